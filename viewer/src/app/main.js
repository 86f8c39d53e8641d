// The ndaf viewer: one page, routed in the browser, speaking to the server only through POST /graphql.
// Routes: /  ·  /architectures/{ARCH_ID}  ·  /architectures/{ARCH_ID}/views/{VIEW_ID}  (?element=ID opens an element's details).
// Any other query part of the address (e.g. ?token=…) is kept on every link the viewer makes.
import { t, setLanguage, initialLanguage, language, languages, formatNumber } from './i18n.js';
import { diagramSvg, interactive, esc } from './diagram.js';

const OWN_PARAMS = new Set(['element']);

function keptParams(extra = {}) {
  const params = new URLSearchParams(location.search);
  for (const p of OWN_PARAMS) params.delete(p);
  for (const [k, v] of Object.entries(extra)) {
    if (v == null) params.delete(k); else params.set(k, v);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function link(path, extra) {
  return path + keptParams(extra);
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

async function graphql(query, variables = {}) {
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

const app = () => document.getElementById('app');

function route() {
  const parts = location.pathname.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts.length === 0) return { page: 'home' };
  if (parts[0] === 'architectures' && parts.length === 2) return { page: 'architecture', arch: parts[1] };
  if (parts[0] === 'architectures' && parts.length === 4 && parts[2] === 'views') return { page: 'view', arch: parts[1], view: parts[3] };
  return { page: 'missing' };
}

function go(href, replace = false) {
  if (replace) history.replaceState(null, '', href); else history.pushState(null, '', href);
  render();
}

function header(crumbs = []) {
  const trail = [`<a href="${esc(link('/'))}" data-route>${esc(t('architectures'))}</a>`, ...crumbs].join('<span class="sep">›</span>');
  const switches = languages.map((l) => `<button type="button" data-lang="${l}" aria-pressed="${l === language()}">${l === 'vi' ? 'Tiếng Việt' : 'English'}</button>`).join('');
  document.getElementById('header').innerHTML = `<a class="brand" href="${esc(link('/'))}" data-route>ndaf</a>`
    + `<nav class="crumbs" aria-label="breadcrumb">${trail}</nav>`
    + `<div class="tools"><a href="${esc(link('/graphiql'))}">${esc(t('graphiql'))}</a>`
    + `<span class="langs" role="group" aria-label="${esc(t('language'))}">${switches}</span></div>`;
  document.title = t('title');
}

function stateLabel(state) {
  return t(String(state).toLowerCase());
}

function showError(error) {
  app().innerHTML = `<p class="error" role="alert">${esc(t('error'))}: ${esc(error.message)}</p>`;
  app().dataset.state = 'error';
}

async function bodyNames(codes) {
  const list = [...new Set(codes.filter(Boolean))].slice(0, 60);
  if (!list.length) return {};
  const vars = {};
  const fields = list.map((code, i) => { vars[`c${i}`] = code; return `b${i}: body(code: $c${i}) { code name nameEn }`; });
  const query = `query(${list.map((_, i) => `$c${i}: String!`).join(', ')}) { ${fields.join(' ')} }`;
  try {
    const data = await graphql(query, vars);
    const names = {};
    Object.values(data).forEach((b) => { if (b) names[b.code] = language() === 'en' ? b.nameEn : b.name; });
    return names;
  } catch (e) {
    return {};
  }
}

async function homePage() {
  header();
  const data = await graphql('{ architectures { id bodyCode state name elementCount relationshipCount viewCount } }');
  const names = await bodyNames(data.architectures.map((a) => a.bodyCode));
  const byBody = new Map();
  for (const a of data.architectures) {
    const key = a.bodyCode ?? '';
    if (!byBody.has(key)) byBody.set(key, []);
    byBody.get(key).push(a);
  }
  let html = `<h1>${esc(t('architecturesByBody'))}</h1>`;
  if (!data.architectures.length) html += `<p>${esc(t('none'))}</p>`;
  for (const [code, list] of [...byBody.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    html += `<section class="body"><h2>${esc(code ? `${names[code] ?? code} (${code})` : t('noBody'))}</h2><table><thead><tr>`
      + `<th>${esc(t('name'))}</th><th>${esc(t('state'))}</th><th class="num">${esc(t('elements'))}</th>`
      + `<th class="num">${esc(t('relationships'))}</th><th class="num">${esc(t('views'))}</th></tr></thead><tbody>`;
    for (const a of list) {
      html += `<tr><td><a href="${esc(link(`/architectures/${encodeURIComponent(a.id)}`))}" data-route data-architecture="${esc(a.id)}">${esc(a.name ?? a.id)}</a></td>`
        + `<td>${esc(stateLabel(a.state))}</td><td class="num">${formatNumber(a.elementCount)}</td>`
        + `<td class="num">${formatNumber(a.relationshipCount)}</td><td class="num">${formatNumber(a.viewCount)}</td></tr>`;
    }
    html += '</tbody></table></section>';
  }
  app().innerHTML = html;
}

function archCrumb(a) {
  return `<a href="${esc(link(`/architectures/${encodeURIComponent(a.id)}`))}" data-route>${esc(a.name ?? a.id)}</a>`;
}

async function architecturePage({ arch }) {
  const data = await graphql(`query($id: ID!) { architecture(id: $id) { id name bodyCode state documentation elementCount relationshipCount viewCount
    diagrams { id name viewpoint kind nodeCount connectionCount }
    elements(first: 100) { totalCount nodes { id name type archimateType } } } }`, { id: arch });
  const a = data.architecture;
  if (!a) { header(); app().innerHTML = `<p class="error" role="alert">${esc(t('notFound'))}: ${esc(arch)}</p>`; return; }
  header([archCrumb(a)]);
  const names = await bodyNames([a.bodyCode]);
  let html = `<div class="page"><div class="content"><h1>${esc(a.name ?? a.id)}</h1>`
    + `<p class="meta">${esc(t('body'))}: ${esc(names[a.bodyCode] ?? a.bodyCode ?? t('noBody'))} · ${esc(t('state'))}: ${esc(stateLabel(a.state))}</p>`;
  if (a.documentation) html += `<p class="doc">${esc(a.documentation)}</p>`;
  html += `<h2>${esc(t('views'))} (${formatNumber(a.diagrams.length)})</h2><table><thead><tr><th>${esc(t('name'))}</th><th>${esc(t('viewpoint'))}</th>`
    + `<th class="num">${esc(t('nodes'))}</th><th class="num">${esc(t('connections'))}</th></tr></thead><tbody>`;
  for (const v of a.diagrams) {
    html += `<tr><td><a href="${esc(link(`/architectures/${encodeURIComponent(a.id)}/views/${encodeURIComponent(v.id)}`))}" data-route data-view-link="${esc(v.id)}">${esc(v.name ?? v.id)}</a></td>`
      + `<td>${esc(v.viewpoint ?? '')}</td><td class="num">${formatNumber(v.nodeCount)}</td><td class="num">${formatNumber(v.connectionCount)}</td></tr>`;
  }
  html += `</tbody></table><h2>${esc(t('elements'))} (${formatNumber(a.elements.totalCount)})</h2><ul class="elements">`;
  for (const e of a.elements.nodes) {
    html += `<li><a href="${esc(elementHref(e.id))}" data-element-link="${esc(e.id)}">${esc(e.name ?? e.id)}</a> <span class="type">${esc(e.type)}</span></li>`;
  }
  html += '</ul>';
  if (a.elements.totalCount > a.elements.nodes.length) html += `<p class="meta">${esc(t('more', { n: formatNumber(a.elements.totalCount - a.elements.nodes.length) }))}</p>`;
  html += '</div><aside id="details" class="details" hidden></aside></div>';
  app().innerHTML = html;
  const selected = new URLSearchParams(location.search).get('element');
  if (selected) await showDetails(a.id, selected);
}

function elementHref(id) {
  const kept = keptParams();
  return location.pathname + (kept ? `${kept}&` : '?') + `element=${encodeURIComponent(id)}`;
}

const DIAGRAM = `query($id: ID!, $view: ID!) { architecture(id: $id) { id name bodyCode
  diagram(id: $view) { id name documentation kind viewpoint connectionRouterType extent { x y width height }
    nodes { id kind name text parent children targetView { id name }
      element { id type archimateType name layer junctionType }
      absoluteBounds { x y width height }
      style { fillColor alpha lineAlpha lineColor lineWidth textAlignment textPosition figure borderType font { name size bold italic color } } }
    connections { id name source target nameVisible
      relationship { id type name accessType directed strength }
      bendpoints { x y }
      style { lineColor lineWidth lineAlpha textPosition font { name size bold italic color } } } } } }`;

let controls = null;

async function viewPage({ arch, view }) {
  const data = await graphql(DIAGRAM, { id: arch, view });
  const a = data.architecture;
  if (!a || !a.diagram) {
    header(a ? [archCrumb(a)] : []);
    app().innerHTML = `<p class="error" role="alert">${esc(t('notFound'))}: ${esc(a ? view : arch)}</p>`;
    return;
  }
  const d = a.diagram;
  header([archCrumb(a), `<span aria-current="page">${esc(d.name ?? d.id)}</span>`]);
  app().innerHTML = `<div class="page diagram-page"><div class="content"><div class="view-bar"><h1>${esc(d.name ?? d.id)}</h1>`
    + `${d.viewpoint ? `<span class="meta">${esc(t('viewpoint'))}: ${esc(d.viewpoint)}</span>` : ''}`
    + `<span class="zoom"><button type="button" data-zoom="in" title="${esc(t('zoomIn'))}" aria-label="${esc(t('zoomIn'))}">+</button>`
    + `<button type="button" data-zoom="out" title="${esc(t('zoomOut'))}" aria-label="${esc(t('zoomOut'))}">−</button>`
    + `<button type="button" data-zoom="fit">${esc(t('fit'))}</button></span></div>`
    + `<div class="canvas">${diagramSvg(d, `${t('diagramLabel')}: ${d.name ?? d.id}`)}</div></div>`
    + '<aside id="details" class="details" hidden></aside></div>';
  const svg = app().querySelector('svg.diagram');
  controls = interactive(svg, d.extent);
  const open = (node) => {
    if (node.dataset.view) go(link(`/architectures/${encodeURIComponent(a.id)}/views/${encodeURIComponent(node.dataset.view)}`));
    else if (node.dataset.element) { history.pushState(null, '', elementHref(node.dataset.element)); showDetails(a.id, node.dataset.element); }
  };
  svg.addEventListener('click', (event) => {
    if (controls.wasDrag()) return;
    const node = event.target.closest('[data-kind="node"]');
    if (node) open(node);
  });
  svg.addEventListener('keydown', (event) => {
    const node = event.target.closest?.('[data-kind="node"]');
    if (node && (event.key === 'Enter' || event.key === ' ')) { event.preventDefault(); open(node); }
  });
  const selected = new URLSearchParams(location.search).get('element');
  if (selected) await showDetails(a.id, selected);
}

const DETAILS = `query($id: ID!, $e: ID!) { architecture(id: $id) { id bodyCode
  elementDetails(id: $e) { id type archimateType name documentation layer
    properties { key value } attributes { name value }
    relationships { id type name direction other { id type name layer } }
    views { id name } } } }`;

async function showDetails(arch, elementId) {
  const panel = document.getElementById('details');
  if (!panel) return;
  document.querySelectorAll('[data-kind="node"].selected').forEach((n) => n.classList.remove('selected'));
  document.querySelectorAll(`[data-kind="node"][data-element="${CSS.escape(elementId)}"]`).forEach((n) => n.classList.add('selected'));
  panel.hidden = false;
  panel.innerHTML = `<p>${esc(t('loading'))}</p>`;
  const data = await graphql(DETAILS, { id: arch, e: elementId });
  const e = data.architecture?.elementDetails;
  if (!e) { panel.innerHTML = `<p class="error" role="alert">${esc(t('notFound'))}: ${esc(elementId)}</p>`; return; }
  const names = await bodyNames([data.architecture.bodyCode]);
  const code = data.architecture.bodyCode;
  let html = `<div class="details-head"><h2 id="details-title">${esc(e.name ?? e.id)}</h2>`
    + `<button type="button" data-close aria-label="${esc(t('close'))}">×</button></div><dl>`
    + `<dt>${esc(t('type'))}</dt><dd data-field="type">${esc(e.type)}${e.archimateType && e.archimateType !== e.type ? ` (${esc(e.archimateType)})` : ''}</dd>`
    + `<dt>${esc(t('layer'))}</dt><dd data-field="layer">${esc(e.layer ? t(`layer.${e.layer}`) : '')}</dd>`
    + `<dt>${esc(t('owningBody'))}</dt><dd data-field="body">${esc(code ? `${names[code] ?? code} (${code})` : t('noBody'))}</dd></dl>`;
  if (e.documentation) html += `<h3>${esc(t('documentation'))}</h3><p class="doc">${esc(e.documentation)}</p>`;
  const props = [...e.properties.map((p) => [p.key, p.value]), ...e.attributes.map((p) => [p.name, p.value])];
  html += `<h3>${esc(t('properties'))}</h3>`;
  html += props.length ? `<table class="props">${props.map(([k, v]) => `<tr><th>${esc(k)}</th><td>${esc(v)}</td></tr>`).join('')}</table>` : `<p class="meta">${esc(t('none'))}</p>`;
  html += `<h3>${esc(t('relationships'))} (${e.relationships.length})</h3><ul class="rels">`;
  for (const r of e.relationships) {
    const arrow = r.direction === 'OUT' ? '→' : '←';
    html += `<li><span class="type" title="${esc(r.direction === 'OUT' ? t('outgoing') : t('incoming'))}">${arrow} ${esc(r.type.replace(/Relationship$/, ''))}</span> `
      + `<a href="${esc(elementHref(r.other.id))}" data-open-element="${esc(r.other.id)}">${esc(r.other.name ?? r.other.id)}</a></li>`;
  }
  html += `</ul><h3>${esc(t('shownIn'))}</h3><ul>`;
  for (const v of e.views) {
    html += `<li><a href="${esc(link(`/architectures/${encodeURIComponent(arch)}/views/${encodeURIComponent(v.id)}`, { element: null }) + (keptParams() ? '&' : '?') + `element=${encodeURIComponent(e.id)}`)}" data-route>${esc(v.name ?? v.id)}</a></li>`;
  }
  html += '</ul>';
  panel.innerHTML = html;
  panel.setAttribute('aria-labelledby', 'details-title');
  panel.dataset.element = e.id;
}

async function render() {
  setLanguage(language());
  app().dataset.state = 'loading';
  const r = route();
  try {
    if (r.page === 'home') await homePage();
    else if (r.page === 'architecture') await architecturePage(r);
    else if (r.page === 'view') await viewPage(r);
    else { header(); app().innerHTML = `<p class="error" role="alert">${esc(t('notFound'))}: ${esc(location.pathname)}</p>`; }
    app().dataset.state = 'ready';
  } catch (error) {
    showError(error);
  }
}

document.addEventListener('click', (event) => {
  const lang = event.target.closest('[data-lang]');
  if (lang) {
    setLanguage(lang.dataset.lang);
    const params = new URLSearchParams(location.search);
    if (params.has('lang')) { params.set('lang', lang.dataset.lang); history.replaceState(null, '', location.pathname + '?' + params); }
    render();
    return;
  }
  if (event.target.closest('[data-close]')) {
    const panel = document.getElementById('details');
    if (panel) panel.hidden = true;
    document.querySelectorAll('[data-kind="node"].selected').forEach((n) => n.classList.remove('selected'));
    history.replaceState(null, '', location.pathname + keptParams());
    return;
  }
  const zoom = event.target.closest('[data-zoom]');
  if (zoom && controls) {
    ({ in: controls.zoomIn, out: controls.zoomOut, fit: controls.fit })[zoom.dataset.zoom]();
    return;
  }
  const element = event.target.closest('[data-open-element], [data-element-link]');
  if (element && !event.ctrlKey && !event.metaKey) {
    event.preventDefault();
    const id = element.dataset.openElement ?? element.dataset.elementLink;
    history.pushState(null, '', elementHref(id));
    const r = route();
    if (r.arch) showDetails(r.arch, id);
    return;
  }
  const a = event.target.closest('a[data-route]');
  if (a && !event.ctrlKey && !event.metaKey && !event.shiftKey && a.origin === location.origin) {
    event.preventDefault();
    go(a.getAttribute('href'));
  }
});

window.addEventListener('popstate', render);
setLanguage(initialLanguage());
render();
