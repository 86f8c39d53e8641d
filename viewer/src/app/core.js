// What every page of the viewer shares: the GraphQL call, links that keep the address's query part, folding for search.

// Query parameters that belong to one page and are not carried to the links it makes.
const OWN_PARAMS = new Set(['element', 'q', 'severity', 'measure', 'export']);

export function keptParams(extra = {}) {
  const params = new URLSearchParams(location.search);
  for (const p of OWN_PARAMS) params.delete(p);
  for (const [k, v] of Object.entries(extra)) {
    if (v == null || v === '') params.delete(k); else params.set(k, v);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** path with the kept query part (e.g. ?token=…) and the given page parameters. */
export function link(path, extra) {
  return path + keptParams(extra);
}

/** The current page with ?element=ID (details open), other page parameters kept. */
export function elementHref(id) {
  const params = new URLSearchParams(location.search);
  params.set('element', id);
  return `${location.pathname}?${params}`;
}

// Signed in by the address's ?token=… (the URL `ndaf serve` prints) or by the sign-in form's session cookie,
// whose CSRF token the server gives in the XSRF-TOKEN cookie and wants back as X-XSRF-TOKEN.
function graphqlAddress() {
  const token = new URLSearchParams(location.search).get('token');
  return token ? `/graphql?token=${encodeURIComponent(token)}` : '/graphql';
}

function csrfHeader() {
  const cookie = document.cookie.split('; ').find((c) => c.startsWith('XSRF-TOKEN='));
  return cookie ? { 'X-XSRF-TOKEN': decodeURIComponent(cookie.substring('XSRF-TOKEN='.length)) } : {};
}

export async function graphql(query, variables = {}) {
  const response = await fetch(graphqlAddress(), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...csrfHeader() },
    body: JSON.stringify({ query, variables }),
  });
  if (response.status === 401 && !new URLSearchParams(location.search).get('token')) {
    location.assign('/login');
    return new Promise(() => {});
  }
  const body = await response.json();
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
  return body.data;
}

/** Lower case without accents, đ as d: "Hà Nội" and "ha noi" fold alike. */
export function fold(text) {
  return String(text ?? '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase();
}

/** True when every word of query occurs in one of the texts, accents ignored. */
export function matches(query, ...texts) {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (!words.length) return false;
  const hay = texts.map(fold).join(' ');
  return words.every((w) => hay.includes(w));
}

export const app = () => document.getElementById('app');

/** Every page of a paged `bodies` query (first 1000), in registry order. */
export async function allBodies(args = {}, fields = 'code name nameEn fullName fullNameEn tier kind unitType') {
  const list = [];
  let after = null;
  for (let i = 0; i < 10; i++) {
    const data = await graphql(`query($tier: String, $kind: String, $parent: String, $after: String) {
      bodies(tier: $tier, kind: $kind, parent: $parent, first: 1000, after: $after) { nodes { ${fields} } pageInfo { hasNextPage endCursor } } }`,
    { tier: args.tier ?? null, kind: args.kind ?? null, parent: args.parent ?? null, after });
    list.push(...data.bodies.nodes);
    if (!data.bodies.pageInfo.hasNextPage) break;
    after = data.bodies.pageInfo.endCursor;
  }
  return list;
}
