// The ndaf viewer: one page, routed in the browser, speaking to the server only through POST /graphql.
// Routes: /  ·  /architectures/{ARCH_ID}  ·  /architectures/{ARCH_ID}/views/{VIEW_ID}  (?element=ID opens an element's details).
// Any other query part of the address (e.g. ?token=…) is kept on every link the viewer makes.
import { t, setLanguage, initialLanguage, language, formatNumber } from './i18n.js';
import { header, stateLabel, notFound } from './layout.js';
import { dashboardPage } from './dashboard.js';
import { mapPage } from './map.js';
import { exportPanel } from './export.js';
import { percent } from './measures.js';
import { reportPage } from './report.js';
import { diagramSvg, interactive, esc } from './diagram.js';
import { graphql, link, keptParams, elementHref, app } from './core.js';
import { bodiesPage, bodyPage, bodyNames, bodyCrumbs, nationRoot } from './bodies.js';
import { searchPage } from './search.js';
import { loadFindings, markFindings, findingsPanel, elementFindings, chosenSeverities, SEVERITIES } from './findings.js';

export { link };

function route() {
  const parts = location.pathname.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts.length === 0) return { page: 'home' };
  if (parts[0] === 'architectures' && parts.length === 2) return { page: 'architecture', arch: parts[1] };
  if (parts[0] === 'architectures' && parts.length === 4 && parts[2] === 'views') return { page: 'view', arch: parts[1], view: parts[3] };
  if (parts[0] === 'bodies' && parts.length === 1) return { page: 'bodies' };
  if (parts[0] === 'bodies' && parts.length === 2) return { page: 'body', body: parts[1] };
  if (parts[0] === 'bodies' && parts.length === 3 && parts[2] === 'report') return { page: 'report', body: parts[1] };
  if (parts[0] === 'search' && parts.length === 1) return { page: 'search' };
  if (parts[0] === 'dashboard' && parts.length === 1) return { page: 'dashboard' };
  if (parts[0] === 'map' && parts.length <= 2) return { page: 'map', province: parts[1] };
  return { page: 'missing' };
}

function go(href, replace = false) {
  if (replace) history.replaceState(null, '', href); else history.pushState(null, '', href);
  render();
}

function showError(error) {
  app().innerHTML = `<p class="error" role="alert">${esc(t('error'))}: ${esc(error.message)}</p>`;
  app().dataset.state = 'error';
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
    readiness { score } findings(first: 1) { counts { error warning info } }
    diagrams { id name viewpoint kind nodeCount connectionCount }
    elements(first: 100) { totalCount nodes { id name type archimateType } } } }`, { id: arch });
  const a = data.architecture;
  if (!a) { header(); app().innerHTML = `<p class="error" role="alert">${esc(t('notFound'))}: ${esc(arch)}</p>`; return; }
  const [names, trail] = await Promise.all([bodyNames([a.bodyCode]), bodyCrumbs(a.bodyCode)]);
  header([...trail, archCrumb(a)], trail.length ? { ...nationRoot(), section: 'home' } : undefined);
  let html = `<div class="page"><div class="content"><h1>${esc(a.name ?? a.id)}</h1>`
    + `<p class="meta">${esc(t('body'))}: ${esc(names[a.bodyCode] ?? a.bodyCode ?? t('noBody'))} · ${esc(t('state'))}: ${esc(stateLabel(a.state))}</p>`;
  html += `<p class="meta" data-architecture-findings>${esc(t('findings'))}: ${esc(t('severityCounts', { e: formatNumber(a.findings.counts.error), w: formatNumber(a.findings.counts.warning), i: formatNumber(a.findings.counts.info) }))}`
    + `${a.readiness ? ` · ${esc(t('readiness'))}: ${esc(percent(a.readiness.score))}` : ''}`
    + `${a.bodyCode ? ` · <a href="${esc(link(`/bodies/${encodeURIComponent(a.bodyCode)}/report`))}" data-route>${esc(t('printReport'))}</a>` : ''}</p>`;
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
let refreshFindings = null;
let openExport = null;

async function viewPage({ arch, view }) {
  const data = await graphql(DIAGRAM, { id: arch, view });
  const a = data.architecture;
  const trail = await bodyCrumbs(a?.bodyCode);
  if (!a || !a.diagram) {
    header(a ? [archCrumb(a)] : []);
    app().innerHTML = `<p class="error" role="alert">${esc(t('notFound'))}: ${esc(a ? view : arch)}</p>`;
    return;
  }
  const d = a.diagram;
  header([...trail, archCrumb(a), `<span aria-current="page">${esc(d.name ?? d.id)}</span>`], trail.length ? { ...nationRoot(), section: 'home' } : undefined);
  app().innerHTML = `<div class="page diagram-page"><div class="content"><div class="view-bar"><h1>${esc(d.name ?? d.id)}</h1>`
    + `${d.viewpoint ? `<span class="meta">${esc(t('viewpoint'))}: ${esc(d.viewpoint)}</span>` : ''}`
    + `<span class="zoom"><button type="button" data-zoom="in" title="${esc(t('zoomIn'))}" aria-label="${esc(t('zoomIn'))}">+</button>`
    + `<button type="button" data-zoom="out" title="${esc(t('zoomOut'))}" aria-label="${esc(t('zoomOut'))}">−</button>`
    + `<button type="button" data-zoom="fit">${esc(t('fit'))}</button><button type="button" data-export-open>${esc(t('export'))}</button></span></div>`
    + `<div class="canvas">${diagramSvg(d, `${t('diagramLabel')}: ${d.name ?? d.id}`)}</div></div>`
    + '<div class="side"><aside id="export" class="export" aria-labelledby="export-title" hidden></aside>'
    + '<aside id="findings" class="findings" aria-labelledby="findings-title"></aside>'
    + '<aside id="details" class="details" hidden></aside></div></div>';
  const svg = app().querySelector('svg.diagram');
  controls = interactive(svg, d.extent);
  const findings = await loadFindings(a.id).catch(() => null);
  const panel = document.getElementById('findings');
  if (findings) {
    refreshFindings = () => {
      const severities = chosenSeverities();
      panel.innerHTML = findingsPanel(findings, markFindings(svg, findings, severities), severities, svg);
    };
    refreshFindings();
  } else {
    panel.hidden = true;
  }
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
  openExport = () => exportPanel(document.getElementById('export'), svg, d);
  if (new URLSearchParams(location.search).has('export')) await openExport();
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
  const findings = await loadFindings(arch).catch(() => null);
  if (findings) html += `<h3>${esc(t('findings'))}</h3>${elementFindings(findings, e.id)}`;
  panel.innerHTML = html;
  panel.setAttribute('aria-labelledby', 'details-title');
  panel.dataset.element = e.id;
}

async function render() {
  setLanguage(language());
  refreshFindings = null;
  openExport = null;
  controls = null;
  app().dataset.state = 'loading';
  const r = route();
  try {
    if (r.page === 'home') await homePage();
    else if (r.page === 'architecture') await architecturePage(r);
    else if (r.page === 'view') await viewPage(r);
    else if (r.page === 'bodies') await bodiesPage();
    else if (r.page === 'body') await bodyPage(r);
    else if (r.page === 'report') await reportPage(r);
    else if (r.page === 'search') await searchPage();
    else if (r.page === 'dashboard') await dashboardPage();
    else if (r.page === 'map') await mapPage(r);
    else { header(); app().innerHTML = `<p class="error" role="alert">${esc(t('notFound'))}: ${esc(location.pathname)}</p>`; }
    app().dataset.state = 'ready';
    // milliseconds from the start of the navigation to the page drawn (for docs/benchmarks.md)
    app().dataset.readyMs = String(Math.round(performance.now()));
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
  if (event.target.closest('[data-export-open]') && openExport) {
    const url = new URL(location.href);
    url.searchParams.set('export', '1');
    history.replaceState(null, '', url.pathname + url.search);
    openExport();
    return;
  }
  if (event.target.closest('[data-close-export]')) {
    const panel = document.getElementById('export');
    if (panel) panel.hidden = true;
    const url = new URL(location.href);
    url.searchParams.delete('export');
    history.replaceState(null, '', url.pathname + url.search);
    return;
  }
  const severity = event.target.closest('[data-severity]');
  if (severity && severity.tagName === 'BUTTON' && refreshFindings) {
    const chosen = new Set(chosenSeverities());
    if (chosen.has(severity.dataset.severity)) chosen.delete(severity.dataset.severity); else chosen.add(severity.dataset.severity);
    const url = new URL(location.href);
    if (chosen.size === SEVERITIES.length) url.searchParams.delete('severity');
    else url.searchParams.set('severity', SEVERITIES.filter((s) => chosen.has(s)).join(',') || 'NONE');
    history.replaceState(null, '', url.pathname + url.search);
    refreshFindings();
    return;
  }
  const element = event.target.closest('[data-open-element], [data-element-link], [data-finding-element]');
  if (element && !event.ctrlKey && !event.metaKey) {
    event.preventDefault();
    const id = element.dataset.openElement ?? element.dataset.elementLink ?? element.dataset.findingElement;
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

document.addEventListener('submit', (event) => {
  const form = event.target.closest('form[data-search]');
  if (!form) return;
  event.preventDefault();
  const q = new FormData(form).get('q')?.toString().trim();
  if (q) go(link('/search', { q }));
});

window.addEventListener('popstate', render);
setLanguage(initialLanguage());
render();
