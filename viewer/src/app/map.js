// /map: the 34 provinces (boundaries simplified at build time, inside the bundle) coloured by a measure;
// /map/{PROVINCE}: its communes as a grid coloured the same way (commune boundaries are not in the data).
import { t, language, formatNumber } from './i18n.js';
import { esc } from './diagram.js';
import { graphql, link, app } from './core.js';
import { header } from './layout.js';
import { bodyName } from './bodies.js';
import { chosenMeasure, classOf, formatValue, legend, PALETTE, valuesByBody } from './measures.js';
import geometry from './provinces.json';

const NO_DATA = '#e0e0e0';
let communeProvince = null;

/** commune code → province code, for every commune of the registry (read once, in one request: asking each
 * commune for its parent is much slower). */
function provinceOfCommune() {
  communeProvince ??= graphql('{ bodies(tier: "province", first: 100) { nodes { code children(first: 1000) { nodes { code } } } } }')
    .then((data) => new Map(data.bodies.nodes.flatMap((p) => p.children.nodes.map((c) => [c.code, p.code]))))
    .catch((e) => { communeProvince = null; throw e; });
  return communeProvince;
}

async function ruleBodies(measure, parent, bodyCodes) {
  if (!measure.startsWith('rule:')) return [];
  const bodies = [];
  let after = null;
  for (let i = 0; i < 10; i++) {
    const data = await graphql(`query($rule: String!, $parent: String, $bodies: [String!], $after: String) { findings(rules: [$rule], parent: $parent, bodies: $bodies, first: 1000, after: $after) {
      nodes { body } pageInfo { hasNextPage endCursor } } }`, { rule: measure.slice(5), parent: parent ?? null, bodies: bodyCodes ?? null, after });
    bodies.push(...data.findings.nodes.map((f) => f.body));
    if (!data.findings.pageInfo.hasNextPage) break;
    after = data.findings.pageInfo.endCursor;
  }
  return bodies;
}

function measureChooser(measure, rules) {
  const options = [['readiness', t('measure.readiness')], ['errors', t('measure.errors')], ['warnings', t('measure.warnings')],
    ...rules.map((r) => [`rule:${r.id}`, `${t('measure.rule')}: ${r.id}`])];
  return `<label class="measure">${esc(t('measure'))} <select data-measure-select>${options.map(([v, label]) => `<option value="${esc(v)}"${v === measure ? ' selected' : ''}>${esc(label)}</option>`).join('')}</select></label>`;
}

function legendHtml(measure) {
  return `<ul class="legend" aria-label="${esc(t('legend'))}">${legend(measure).map((row) => `<li data-class="${row.cls ?? 'none'}"><span class="swatch" style="background:${row.color}"></span>${esc(row.text)}</li>`).join('')}</ul>`;
}

function colour(measure, value) {
  const c = classOf(measure, value);
  return c == null ? NO_DATA : PALETTE[c];
}

function bindMeasure() {
  app().querySelector('[data-measure-select]')?.addEventListener('change', (event) => {
    const url = new URL(location.href);
    if (event.target.value === 'readiness') url.searchParams.delete('measure'); else url.searchParams.set('measure', event.target.value);
    history.replaceState(null, '', url.pathname + url.search);
    window.dispatchEvent(new PopStateEvent('popstate'));
  });
}

export async function mapPage({ province }) {
  const measure = chosenMeasure();
  if (province) return communesPage(province, measure);
  header([`<span aria-current="page">${esc(t('section.map'))}</span>`], { section: 'map' });
  const [summary, owner, bodies] = await Promise.all([
    graphql('{ nationalSummary { readiness { architecture body score counts { error warning info } } } rules { id title } }'),
    provinceOfCommune(),
    ruleBodies(measure),
  ]);
  const provinceOf = (code) => (code && code.length === 2 ? code : owner.get(code) ?? null);
  const values = valuesByBody(measure, summary.nationalSummary.readiness, provinceOf, bodies);
  const name = (p) => (language() === 'en' ? p.nameEn : p.name);
  const shapes = geometry.provinces.map((p) => {
    const value = values.get(p.code);
    const cls = classOf(measure, value);
    const text = `${name(p)}: ${formatValue(measure, value)}`;
    return `<a href="${esc(link(`/map/${p.code}`, { measure: measure === 'readiness' ? null : measure }))}" data-route data-province="${esc(p.code)}" data-class="${cls ?? 'none'}"`
      + `${value == null ? '' : ` data-value="${value}"`} aria-label="${esc(text)}"><path d="${p.d}" fill="${colour(measure, value)}"/><title>${esc(text)}</title></a>`;
  }).join('');
  const rows = [...geometry.provinces].sort((a, b) => (values.get(a.code) ?? -1) - (values.get(b.code) ?? -1)).map((p) => `<tr data-province-row="${esc(p.code)}">`
    + `<td><a href="${esc(link(`/map/${p.code}`, { measure: measure === 'readiness' ? null : measure }))}" data-route>${esc(name(p))}</a></td><td class="code">${esc(p.code)}</td>`
    + `<td class="num">${esc(formatValue(measure, values.get(p.code)))}</td></tr>`).join('');
  app().innerHTML = `<h1>${esc(t('mapTitle'))}</h1><div class="map-tools">${measureChooser(measure, summary.rules)}${legendHtml(measure)}</div>`
    + `<div class="map-page"><svg class="map" xmlns="http://www.w3.org/2000/svg" viewBox="-5 -5 ${geometry.width + 10} ${geometry.height + 10}" role="img" aria-label="${esc(t('mapTitle'))}" data-measure="${esc(measure)}">${shapes}</svg>`
    + `<table class="map-table"><caption>${esc(t('mapTable'))}</caption><thead><tr><th>${esc(t('province'))}</th><th>${esc(t('code'))}</th><th class="num">${esc(t(`measure.${measure.startsWith('rule:') ? 'rule' : measure}`))}</th></tr></thead><tbody>${rows}</tbody></table></div>`
    + `<p class="meta source">${esc(t('mapSource'))}</p>`;
  bindMeasure();
  return undefined;
}

async function communesPage(code, measure) {
  const [data, summary, bodies] = await Promise.all([
    graphql(`query($code: String!) { body(code: $code) { code name nameEn fullName fullNameEn tier
      children(first: 1000) { totalCount nodes { code name nameEn fullName fullNameEn } } } rules { id title } }`, { code }),
    graphql(`query($parent: String!) { communes: nationalSummary(parent: $parent) { readiness { architecture body score counts { error warning info } } }
      own: nationalSummary(bodies: [$parent]) { readiness { architecture body score counts { error warning info } } } }`, { parent: code }),
    Promise.all([ruleBodies(measure, code), ruleBodies(measure, null, [code])]).then(([a, b]) => [...a, ...b]),
  ]);
  const p = data.body;
  const mapCrumb = `<a href="${esc(link('/map', { measure: measure === 'readiness' ? null : measure }))}" data-route>${esc(t('section.map'))}</a>`;
  if (!p || p.tier !== 'province') {
    header([mapCrumb], { section: 'map' });
    app().innerHTML = `<p class="error" role="alert">${esc(t('notFound'))}: ${esc(code)}</p>`;
    return;
  }
  header([mapCrumb, `<span aria-current="page">${esc(bodyName(p))}</span>`], { section: 'map' });
  const values = valuesByBody(measure, [...summary.communes.readiness, ...summary.own.readiness], (b) => b, bodies);
  const cells = p.children.nodes.map((c) => {
    const value = values.get(c.code);
    const cls = classOf(measure, value);
    return `<li data-body="${esc(c.code)}" data-class="${cls ?? 'none'}"${value == null ? '' : ` data-value="${value}"`} style="--fill:${colour(measure, value)}">`
      + `<a href="${esc(link(`/bodies/${encodeURIComponent(c.code)}`))}" data-route><span class="name">${esc(bodyName(c))}</span>`
      + `<span class="value">${esc(formatValue(measure, value))}</span></a></li>`;
  }).join('');
  const own = values.get(p.code);
  app().innerHTML = `<h1>${esc(language() === 'en' ? p.fullNameEn : p.fullName)}</h1>`
    + `<p class="meta">${esc(t('provinceItself'))}: <span data-province-value>${esc(formatValue(measure, own))}</span> · `
    + `<a href="${esc(link(`/bodies/${encodeURIComponent(p.code)}`))}" data-route>${esc(t('bodyPage'))}</a></p>`
    + `<div class="map-tools">${measureChooser(measure, data.rules)}${legendHtml(measure)}</div>`
    + `<h2>${esc(t('communes'))} (${formatNumber(p.children.totalCount)})</h2><ul class="commune-grid" data-communes-of="${esc(p.code)}">${cells}</ul>`;
  bindMeasure();
}
