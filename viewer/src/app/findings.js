// The analysis on the diagram: an architecture's stored findings listed beside a view, the nodes and connections
// they concern marked (colour, a symbol and a text alternative), filtered by severity (?severity=ERROR,WARNING).
import { t, formatNumber } from './i18n.js';
import { esc } from './diagram.js';
import { graphql, elementHref } from './core.js';

export const SEVERITIES = ['ERROR', 'WARNING', 'INFO'];
const SYMBOL = { ERROR: '!', WARNING: '▲', INFO: 'i' };
const cache = new Map();

/** Every stored finding of an architecture (pages of 500, at most 4,000). */
export function loadFindings(arch) {
  if (!cache.has(arch)) {
    cache.set(arch, (async () => {
      const list = [];
      let after = null;
      for (let i = 0; i < 8; i++) {
        const data = await graphql(`query($id: ID!, $after: String) { architecture(id: $id) {
          findings(first: 500, after: $after) { nodes { rule severity id name message } pageInfo { hasNextPage endCursor } } } }`, { id: arch, after });
        const page = data.architecture?.findings;
        if (!page) break;
        list.push(...page.nodes);
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      return list;
    })().catch((e) => { cache.delete(arch); throw e; }));
  }
  return cache.get(arch);
}

/** The severities chosen by ?severity= (all when absent). */
export function chosenSeverities() {
  const param = new URLSearchParams(location.search).get('severity');
  if (param == null) return [...SEVERITIES];
  return param.split(',').map((s) => s.trim().toUpperCase()).filter((s) => SEVERITIES.includes(s));
}

function worst(list) {
  return SEVERITIES.find((s) => list.some((f) => f.severity === s));
}

function drawnObjects(svg) {
  const byId = new Map();
  const add = (id, g) => { if (!byId.has(id)) byId.set(id, []); byId.get(id).push(g); };
  // a finding names an element or relationship (drawn by its nodes and connections) or a diagram object itself
  svg.querySelectorAll('[data-kind="node"][data-element]').forEach((g) => add(g.dataset.element, g));
  svg.querySelectorAll('[data-kind="connection"][data-relationship]').forEach((g) => add(g.dataset.relationship, g));
  svg.querySelectorAll('[data-kind]').forEach((g) => add(g.dataset.id, g));
  return byId;
}

/** Marks the drawn objects the findings of the chosen severities concern; returns the findings drawn on this view. */
export function markFindings(svg, findings, severities) {
  const byId = drawnObjects(svg);
  svg.querySelectorAll('[data-finding]').forEach((g) => {
    g.removeAttribute('data-finding');
    g.removeAttribute('data-findings');
    g.querySelector(':scope > .finding-badge')?.remove();
    const title = g.querySelector(':scope > title');
    if (title?.dataset.plain != null) title.textContent = title.dataset.plain;
  });
  const shown = findings.filter((f) => severities.includes(f.severity));
  const onView = shown.filter((f) => f.id && byId.has(f.id));
  const perObject = new Map();
  for (const f of onView) {
    for (const g of byId.get(f.id)) {
      if (!perObject.has(g)) perObject.set(g, []);
      if (!perObject.get(g).includes(f)) perObject.get(g).push(f);
    }
  }
  for (const [g, list] of perObject) {
    const severity = worst(list);
    g.dataset.finding = severity.toLowerCase();
    g.dataset.findings = String(list.length);
    const title = g.querySelector(':scope > title');
    if (title) {
      title.dataset.plain ??= title.textContent;
      title.textContent = `${title.dataset.plain} — ${list.map((f) => `${t(`severity.${f.severity}`)}: ${f.message}`).join(' · ')}`;
    }
    const frame = g.querySelector(':scope > .frame');
    if (g.dataset.kind === 'node' && frame) {
      const box = frame.getBBox();
      const badge = document.createElementNS('http://www.w3.org/2000/svg', 'g');
      badge.setAttribute('class', 'finding-badge');
      badge.setAttribute('aria-hidden', 'true');
      badge.innerHTML = `<circle cx="${box.x}" cy="${box.y}" r="8"/><text x="${box.x}" y="${box.y + 4}" text-anchor="middle">${SYMBOL[severity]}</text>`;
      g.appendChild(badge);
    }
  }
  return onView;
}

/** The panel beside the diagram: severity filter, the findings on this view, how many others the architecture has. */
export function findingsPanel(findings, onView, severities, svg) {
  // a finding on a diagram object is named by what the object shows
  const nameOf = (f) => (f.name && f.name !== f.id ? f.name : svg?.querySelector(`[data-kind][data-id="${CSS.escape(f.id)}"]`)?.getAttribute('aria-label') || f.name || f.id);
  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, findings.filter((f) => f.severity === s).length]));
  const buttons = SEVERITIES.map((s) => `<button type="button" data-severity="${s}" aria-pressed="${severities.includes(s)}" class="sev sev-${s.toLowerCase()}">`
    + `<span class="sym" aria-hidden="true">${SYMBOL[s]}</span> ${esc(t(`severity.${s}`))} (${formatNumber(counts[s])})</button>`).join('');
  // … and opens the element the object shows
  const target = (f) => svg?.querySelector(`[data-kind][data-id="${CSS.escape(f.id)}"][data-element]`)?.dataset.element ?? f.id;
  const shown = findings.filter((f) => severities.includes(f.severity));
  let html = `<h2 id="findings-title">${esc(t('findings'))}</h2><div class="severity-filter" role="group" aria-label="${esc(t('filterSeverity'))}">${buttons}</div>`
    + `<p class="meta" data-findings-count="${onView.length}">${esc(t('findingsOnView', { n: formatNumber(onView.length), total: formatNumber(shown.length) }))}</p>`;
  html += '<ul class="findings-list">';
  for (const f of onView) {
    html += `<li data-finding-of="${esc(f.id)}" data-severity="${f.severity}" data-rule="${esc(f.rule)}"><span class="sev sev-${f.severity.toLowerCase()}" title="${esc(t(`severity.${f.severity}`))}">`
      + `<span class="sym" aria-hidden="true">${SYMBOL[f.severity]}</span> ${esc(t(`severity.${f.severity}`))}</span> `
      + `<a href="${esc(elementHref(target(f)))}" data-finding-element="${esc(target(f))}">${esc(nameOf(f))}</a><div class="msg">${esc(f.message)}</div><div class="meta rule">${esc(f.rule)}</div></li>`;
  }
  html += '</ul>';
  return html;
}

/** The findings of one element, for its details. */
export function elementFindings(findings, id) {
  const list = findings.filter((f) => f.id === id);
  if (!list.length) return `<p class="meta" data-element-findings="0">${esc(t('none'))}</p>`;
  return `<ul class="findings-list" data-element-findings="${list.length}">${list.map((f) => `<li data-severity="${f.severity}" data-rule="${esc(f.rule)}">`
    + `<span class="sev sev-${f.severity.toLowerCase()}"><span class="sym" aria-hidden="true">${SYMBOL[f.severity]}</span> ${esc(t(`severity.${f.severity}`))}</span> ${esc(f.message)}</li>`).join('')}</ul>`;
}
