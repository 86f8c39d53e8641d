// The national structure: the body tree (Party / State / Front; central → province → commune) at /bodies and
// one body's page at /bodies/{CODE}, with the breadcrumbs nation → province → commune.
import { t, language, formatNumber } from './i18n.js';
import { esc } from './diagram.js';
import { graphql, link, app, matches, allBodies } from './core.js';
import { percent } from './measures.js';
import { header, stateLabel, notFound } from './layout.js';

const STATE_KINDS = new Set(['state_administration', 'national_assembly', 'court', 'procuracy']);
const FAMILIES = ['party', 'state', 'front'];

export function familyOf(kind) {
  if (kind === 'party') return 'party';
  if (kind === 'front') return 'front';
  return STATE_KINDS.has(kind) ? 'state' : 'state';
}

export function bodyName(b) {
  return language() === 'en' ? b.nameEn : b.name;
}

function fullName(b) {
  return language() === 'en' ? b.fullNameEn : b.fullName;
}

export function bodyHref(code) {
  return link(`/bodies/${encodeURIComponent(code)}`);
}

export function nationRoot() {
  return { root: [t('nation'), '/bodies'], section: 'bodies' };
}

/** Names of the bodies of the given codes, in the current language (at most 60 at once). */
export async function bodyNames(codes) {
  const list = [...new Set(codes.filter(Boolean))].slice(0, 60);
  if (!list.length) return {};
  const vars = {};
  const fields = list.map((code, i) => { vars[`c${i}`] = code; return `b${i}: body(code: $c${i}) { code name nameEn }`; });
  const query = `query(${list.map((_, i) => `$c${i}: String!`).join(', ')}) { ${fields.join(' ')} }`;
  try {
    const data = await graphql(query, vars);
    const names = {};
    Object.values(data).forEach((b) => { if (b) names[b.code] = bodyName(b); });
    return names;
  } catch (e) {
    return {};
  }
}

function leaf(b, children = []) {
  const own = `<a href="${esc(bodyHref(b.code))}" data-route>${esc(bodyName(b))}</a> <span class="code">${esc(b.code)}</span>`;
  return `<li data-body="${esc(b.code)}" data-tier="${esc(b.tier)}" data-kind="${esc(b.kind)}" data-search="${esc(`${b.name} ${b.nameEn} ${b.fullName} ${b.code}`)}">`
    + (children.length ? `<details open><summary>${own}</summary><ul class="tree-list">${children.join('')}</ul></details>` : own) + '</li>';
}

/** Central bodies nested under their parents (the Politburo under the Central Committee, …), roots in registry order. */
function nested(list) {
  const codes = new Set(list.map((b) => b.code));
  const kids = new Map();
  for (const b of list) {
    const p = b.parent?.code;
    if (p && codes.has(p)) { if (!kids.has(p)) kids.set(p, []); kids.get(p).push(b); }
  }
  const draw = (b) => leaf(b, (kids.get(b.code) ?? []).map(draw));
  return list.filter((b) => !(b.parent?.code && codes.has(b.parent.code))).map(draw).join('');
}

function province(p) {
  return `<li data-body="${esc(p.code)}" data-tier="province" data-kind="${esc(p.kind)}" data-search="${esc(`${p.name} ${p.nameEn} ${p.fullName} ${p.code}`)}">`
    + `<details data-province="${esc(p.code)}"><summary><a href="${esc(bodyHref(p.code))}" data-route>${esc(fullName(p))}</a> `
    + `<span class="code">${esc(p.code)}</span> <span class="meta">(${esc(t('communesCount', { n: formatNumber(p.children.totalCount) }))})</span></summary>`
    + `<ul class="tree-list" data-children-of="${esc(p.code)}" data-loaded="false"></ul></details></li>`;
}

async function loadCommunes(list) {
  if (list.dataset.loaded !== 'false') return;
  list.dataset.loaded = 'loading';
  const communes = await allBodies({ parent: list.dataset.childrenOf });
  list.innerHTML = communes.map((c) => leaf(c)).join('');
  list.dataset.loaded = 'true';
}

/** /bodies: the tree, with a filter over every body's name (accents ignored). */
export async function bodiesPage() {
  header([], nationRoot());
  const data = await graphql(`{ central: bodies(tier: "central", first: 1000) { totalCount nodes { code name nameEn fullName fullNameEn tier kind parent { code } } }
    provinces: bodies(tier: "province", first: 100) { totalCount nodes { code name nameEn fullName fullNameEn tier kind children(first: 1) { totalCount } } } }`);
  const central = data.central.nodes;
  const groups = Object.fromEntries(FAMILIES.map((f) => [f, central.filter((b) => familyOf(b.kind) === f)]));
  const params = new URLSearchParams(location.search);
  const filter = params.get('q') ?? '';
  let html = `<h1>${esc(t('bodyTree'))}</h1><div class="tree-tools"><label>${esc(t('filterBodies'))} `
    + `<input type="search" data-tree-filter value="${esc(filter)}" placeholder="${esc(t('filterPlaceholder'))}"></label> <span class="meta" data-tree-count></span></div>`
    + '<div class="tree" data-tree>';
  for (const family of FAMILIES) {
    const list = groups[family];
    const isState = family === 'state';
    const count = list.length + (isState ? data.provinces.totalCount : 0);
    html += `<details class="family" data-family="${family}" open><summary>${esc(t(`family.${family}`))} <span class="meta">(${formatNumber(count)})</span></summary>`;
    if (isState) {
      html += `<details data-group="central" open><summary>${esc(t('tier.central'))} <span class="meta">(${formatNumber(list.length)})</span></summary>`
        + `<ul class="tree-list">${nested(list)}</ul></details>`
        + `<details data-group="province" open><summary>${esc(t('provincesGroup'))} <span class="meta">(${formatNumber(data.provinces.totalCount)})</span></summary>`
        + `<ul class="tree-list">${data.provinces.nodes.map(province).join('')}</ul></details>`;
    } else {
      html += `<ul class="tree-list">${nested(list)}</ul>`;
    }
    html += '</details>';
  }
  html += '</div>';
  app().innerHTML = html;
  const tree = app().querySelector('[data-tree]');
  tree.addEventListener('toggle', (event) => {
    const d = event.target;
    if (d.matches?.('details[data-province]') && d.open) {
      loadCommunes(d.querySelector('[data-children-of]')).catch(() => {});
    }
  }, true);
  const input = app().querySelector('[data-tree-filter]');
  let pending = null;
  input.addEventListener('input', () => {
    clearTimeout(pending);
    pending = setTimeout(() => applyFilter(tree, input.value).catch(() => {}), 200);
  });
  if (filter) await applyFilter(tree, filter);
}

/** Shows only the bodies whose names match (and the provinces holding them), opening what holds a match. */
async function applyFilter(tree, text) {
  const counter = document.querySelector('[data-tree-count]');
  const q = text.trim();
  const url = new URL(location.href);
  if (q) url.searchParams.set('q', q); else url.searchParams.delete('q');
  history.replaceState(null, '', url.pathname + url.search);
  if (!q) {
    tree.querySelectorAll('[data-body]').forEach((li) => { li.hidden = false; });
    tree.dataset.filter = '';
    if (counter) counter.textContent = '';
    return;
  }
  if (q.length >= 2) await Promise.all([...tree.querySelectorAll('[data-children-of]')].map(loadCommunes));
  let shown = 0;
  tree.querySelectorAll('li[data-body]').forEach((li) => {
    const own = matches(q, li.dataset.search);
    const inner = li.querySelector('li[data-body]') ? [...li.querySelectorAll('li[data-body]')].some((c) => matches(q, c.dataset.search)) : false;
    li.hidden = !(own || inner);
    if (own) shown++;
    const d = li.querySelector(':scope > details');
    if (d && inner) d.open = true;
  });
  tree.dataset.filter = q;
  if (counter) counter.textContent = t('bodiesFound', { n: formatNumber(shown) });
}

/** /bodies/{CODE}: one body, its place in the nation, its architectures, readiness and findings, its communes. */
export async function bodyPage({ body }) {
  const data = await graphql(`query($code: String!) { body(code: $code) { code name nameEn fullName fullNameEn tier kind unitType template note
      parent { code name nameEn fullName fullNameEn }
      architectures { id name state elementCount viewCount }
      readiness { architecture score }
      findings(first: 1) { totalCount counts { error warning info } }
      children(first: 1000) { totalCount nodes { code name nameEn fullName fullNameEn tier kind unitType } } } }`, { code: body });
  const b = data.body;
  if (!b) { header([], nationRoot()); app().innerHTML = notFound(body); return; }
  const crumbs = [];
  if (b.parent) crumbs.push(`<a href="${esc(bodyHref(b.parent.code))}" data-route data-crumb="${esc(b.parent.code)}">${esc(bodyName(b.parent))}</a>`);
  crumbs.push(`<span aria-current="page" data-crumb="${esc(b.code)}">${esc(bodyName(b))}</span>`);
  header(crumbs, nationRoot());
  const scores = Object.fromEntries(b.readiness.map((r) => [r.architecture, r.score]));
  let html = `<div class="body-page" data-body-page="${esc(b.code)}"><h1>${esc(fullName(b))} <span class="code">${esc(b.code)}</span></h1>`
    + `<dl class="facts"><dt>${esc(t('tier'))}</dt><dd data-field="tier">${esc(t(`tier.${b.tier}`))}</dd>`
    + `<dt>${esc(t('kind'))}</dt><dd data-field="kind">${esc(t(`kind.${b.kind}`))}</dd>`
    + `${b.parent ? `<dt>${esc(t('province'))}</dt><dd data-field="parent"><a href="${esc(bodyHref(b.parent.code))}" data-route>${esc(fullName(b.parent))}</a></dd>` : ''}`
    + `${b.template ? `<dt>${esc(t('template'))}</dt><dd data-field="template">${esc(b.template)}</dd>` : ''}`
    + `<dt>${esc(t('findings'))}</dt><dd data-field="findings">${esc(t('severityCounts', { e: formatNumber(b.findings.counts.error), w: formatNumber(b.findings.counts.warning), i: formatNumber(b.findings.counts.info) }))}</dd></dl>`;
  if (b.note) html += `<p class="meta">${esc(b.note)}</p>`;
  if (b.architectures.length) html += `<p><a href="${esc(link(`/bodies/${encodeURIComponent(b.code)}/report`))}" data-route data-report-link>${esc(t('printReport'))}</a></p>`;
  html += `<h2>${esc(t('architectures'))} (${formatNumber(b.architectures.length)})</h2>`;
  if (b.architectures.length) {
    html += `<table><thead><tr><th>${esc(t('name'))}</th><th>${esc(t('state'))}</th><th class="num">${esc(t('elements'))}</th><th class="num">${esc(t('views'))}</th><th class="num">${esc(t('readiness'))}</th></tr></thead><tbody>`;
    for (const a of b.architectures) {
      const score = scores[a.id];
      html += `<tr><td><a href="${esc(link(`/architectures/${encodeURIComponent(a.id)}`))}" data-route data-architecture="${esc(a.id)}">${esc(a.name ?? a.id)}</a></td>`
        + `<td>${esc(stateLabel(a.state))}</td><td class="num">${formatNumber(a.elementCount)}</td><td class="num">${formatNumber(a.viewCount)}</td>`
        + `<td class="num">${score == null ? '' : esc(percent(score))}</td></tr>`;
    }
    html += '</tbody></table>';
  } else {
    html += `<p class="meta">${esc(t('none'))}</p>`;
  }
  if (b.children.totalCount) {
    html += `<h2>${esc(t('communes'))} (${formatNumber(b.children.totalCount)})</h2><ul class="children columns">`
      + b.children.nodes.map((c) => `<li data-body="${esc(c.code)}"><a href="${esc(bodyHref(c.code))}" data-route>${esc(fullName(c))}</a> <span class="code">${esc(c.code)}</span></li>`).join('')
      + '</ul>';
  }
  html += '</div>';
  app().innerHTML = html;
}


/** The breadcrumbs of a body inside the nation: its province (for a commune), then itself; [] when unknown. */
export async function bodyCrumbs(code) {
  if (!code) return [];
  try {
    const data = await graphql('query($code: String!) { body(code: $code) { code name nameEn parent { code name nameEn } } }', { code });
    const b = data.body;
    if (!b) return [];
    const crumbs = [];
    if (b.parent) crumbs.push(`<a href="${esc(bodyHref(b.parent.code))}" data-route data-crumb="${esc(b.parent.code)}">${esc(bodyName(b.parent))}</a>`);
    crumbs.push(`<a href="${esc(bodyHref(b.code))}" data-route data-crumb="${esc(b.code)}">${esc(bodyName(b))}</a>`);
    return crumbs;
  } catch (e) {
    return [];
  }
}
