// /bodies/{CODE}/report: a body's conformance report, laid out for printing (the header and the controls are not
// printed): each of its architectures with its readiness figures and its findings by rule.
import { t, language, formatNumber } from './i18n.js';
import { esc } from './diagram.js';
import { graphql, link, app } from './core.js';
import { header, stateLabel, notFound } from './layout.js';
import { bodyName, bodyHref, nationRoot } from './bodies.js';
import { loadFindings, SEVERITIES } from './findings.js';
import { percent } from './measures.js';

export async function reportPage({ body }) {
  const data = await graphql(`query($code: String!) { body(code: $code) { code name nameEn fullName fullNameEn tier
      parent { code name nameEn }
      architectures { id name state elementCount relationshipCount viewCount }
      readiness { architecture score blocksRequired blocksPresent platformsRequired platformsUsed databases databasesSynchronised tasks tasksOnTime counts { error warning info } } }
    rules { id title } }`, { code: body });
  const b = data.body;
  if (!b) { header([], nationRoot()); app().innerHTML = notFound(body); return; }
  const crumbs = [];
  if (b.parent) crumbs.push(`<a href="${esc(bodyHref(b.parent.code))}" data-route>${esc(bodyName(b.parent))}</a>`);
  crumbs.push(`<a href="${esc(bodyHref(b.code))}" data-route>${esc(bodyName(b))}</a>`, `<span aria-current="page">${esc(t('report'))}</span>`);
  header(crumbs, nationRoot());
  const titles = Object.fromEntries(data.rules.map((r) => [r.id, r.title]));
  const readiness = Object.fromEntries(b.readiness.map((r) => [r.architecture, r]));
  const when = new Intl.DateTimeFormat(language() === 'vi' ? 'vi-VN' : 'en-GB', { dateStyle: 'long', timeStyle: 'short' }).format(new Date());
  let html = `<article class="report" data-report="${esc(b.code)}"><div class="report-tools" data-print-hide><button type="button" data-print>${esc(t('print'))}</button></div>`
    + `<h1>${esc(t('reportTitle'))}: ${esc(language() === 'en' ? b.fullNameEn : b.fullName)} <span class="code">${esc(b.code)}</span></h1>`
    + `<p class="meta">${esc(t('reportMade', { when }))}</p>`;
  if (!b.architectures.length) html += `<p>${esc(t('none'))}</p>`;
  const lists = await Promise.all(b.architectures.map((a) => loadFindings(a.id).catch(() => [])));
  b.architectures.forEach((a, i) => {
    const r = readiness[a.id];
    const findings = lists[i];
    html += `<section class="report-architecture" data-report-architecture="${esc(a.id)}"><h2>${esc(a.name ?? a.id)} <span class="meta">(${esc(stateLabel(a.state))})</span></h2>`
      + `<p class="meta">${formatNumber(a.elementCount)} ${esc(t('elements').toLowerCase())} · ${formatNumber(a.relationshipCount)} ${esc(t('relationships').toLowerCase())} · ${formatNumber(a.viewCount)} ${esc(t('views').toLowerCase())}</p>`;
    if (r) {
      html += `<table class="figures"><tbody><tr><th>${esc(t('readiness'))}</th><td data-figure="score">${esc(percent(r.score))}</td></tr>`
        + `<tr><th>${esc(t('blocks'))}</th><td data-figure="blocks">${formatNumber(r.blocksPresent)} / ${formatNumber(r.blocksRequired)}</td></tr>`
        + `<tr><th>${esc(t('platforms'))}</th><td data-figure="platforms">${formatNumber(r.platformsUsed)} / ${formatNumber(r.platformsRequired)}</td></tr>`
        + `<tr><th>${esc(t('databases'))}</th><td data-figure="databases">${formatNumber(r.databasesSynchronised)} / ${formatNumber(r.databases)}</td></tr>`
        + `<tr><th>${esc(t('tasks'))}</th><td data-figure="tasks">${formatNumber(r.tasksOnTime)} / ${formatNumber(r.tasks)}</td></tr></tbody></table>`;
    }
    html += `<p data-report-counts>${esc(t('severityCounts', { e: formatNumber(findings.filter((f) => f.severity === 'ERROR').length), w: formatNumber(findings.filter((f) => f.severity === 'WARNING').length), i: formatNumber(findings.filter((f) => f.severity === 'INFO').length) }))}</p>`;
    const byRule = new Map();
    for (const f of findings) { if (!byRule.has(f.rule)) byRule.set(f.rule, []); byRule.get(f.rule).push(f); }
    const order = [...byRule.entries()].sort((x, y) => SEVERITIES.indexOf(x[1][0].severity) - SEVERITIES.indexOf(y[1][0].severity) || x[0].localeCompare(y[0]));
    for (const [rule, list] of order) {
      html += `<h3><span class="sev sev-${list[0].severity.toLowerCase()}">${esc(t(`severity.${list[0].severity}`))}</span> <span class="rule-id">${esc(rule)}</span> — ${esc(titles[rule] ?? '')} (${formatNumber(list.length)})</h3>`
        + `<table class="report-findings"><thead><tr><th>${esc(t('object'))}</th><th>${esc(t('message'))}</th></tr></thead><tbody>`
        + list.map((f) => `<tr data-report-finding data-rule="${esc(f.rule)}" data-severity="${f.severity}"><td>${esc(f.name || f.id || '')}</td><td>${esc(f.message)}</td></tr>`).join('')
        + '</tbody></table>';
    }
    html += `<p class="meta" data-print-hide><a href="${esc(link(`/architectures/${encodeURIComponent(a.id)}`))}" data-route>${esc(t('openArchitecture'))}</a></p></section>`;
  });
  html += '</article>';
  app().innerHTML = html;
  app().querySelector('[data-print]')?.addEventListener('click', () => window.print());
}
