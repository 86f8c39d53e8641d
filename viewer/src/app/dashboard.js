// /dashboard: the nation at a glance from nationalSummary: findings per severity, mean readiness, counts per rule
// by tier and per province, the architectures least ready.
import { t, language, formatNumber } from './i18n.js';
import { esc } from './diagram.js';
import { graphql, link, app } from './core.js';
import { header } from './layout.js';
import { bodyNames } from './bodies.js';
import { percent } from './measures.js';
import geometry from './provinces.json';

const TIERS = ['central', 'province', 'commune'];

export async function dashboardPage() {
  header([`<span aria-current="page">${esc(t('section.dashboard'))}</span>`], { section: 'dashboard' });
  const data = await graphql(`{ nationalSummary { totals { error warning info } meanScore
      ruleCounts { rule severity tier kind province count }
      readiness { architecture body score blocksRequired blocksPresent platformsRequired platformsUsed counts { error warning info } } }
    rules { id title severity group } architectures { id name bodyCode } }`);
  const s = data.nationalSummary;
  const titles = Object.fromEntries(data.rules.map((r) => [r.id, r.title]));
  const archNames = Object.fromEntries(data.architectures.map((a) => [a.id, a.name ?? a.id]));
  let html = `<h1>${esc(t('dashboardTitle'))}</h1><div class="cards">`
    + `<div class="card" data-total="error"><span class="big sev-error">${formatNumber(s.totals.error)}</span> ${esc(t('severity.ERROR'))}</div>`
    + `<div class="card" data-total="warning"><span class="big sev-warning">${formatNumber(s.totals.warning)}</span> ${esc(t('severity.WARNING'))}</div>`
    + `<div class="card" data-total="info"><span class="big sev-info">${formatNumber(s.totals.info)}</span> ${esc(t('severity.INFO'))}</div>`
    + `<div class="card" data-total="readiness"><span class="big">${s.meanScore == null ? '–' : esc(percent(s.meanScore))}</span> ${esc(t('meanReadiness'))}</div>`
    + `<div class="card" data-total="architectures"><span class="big">${formatNumber(s.readiness.length)}</span> ${esc(t('checkedArchitectures'))}</div></div>`
    + `<p><a href="${esc(link('/map'))}" data-route>${esc(t('seeMap'))}</a></p>`;

  // per rule and tier
  const byRule = new Map();
  for (const c of s.ruleCounts) {
    const row = byRule.get(c.rule) ?? { severity: c.severity, central: 0, province: 0, commune: 0, total: 0 };
    if (c.tier in row) row[c.tier] += c.count;
    row.total += c.count;
    byRule.set(c.rule, row);
  }
  html += `<h2>${esc(t('byRule'))}</h2><table class="by-rule"><thead><tr><th>${esc(t('rule'))}</th><th>${esc(t('severity'))}</th>`
    + `${TIERS.map((tier) => `<th class="num">${esc(t(`tier.${tier}`))}</th>`).join('')}<th class="num">${esc(t('total'))}</th></tr></thead><tbody>`;
  for (const [rule, row] of [...byRule.entries()].sort((a, b) => b[1].total - a[1].total)) {
    html += `<tr data-rule="${esc(rule)}"><td><span class="rule-id">${esc(rule)}</span><div class="meta">${esc(titles[rule] ?? '')}</div></td>`
      + `<td class="sev sev-${row.severity.toLowerCase()}">${esc(t(`severity.${row.severity}`))}</td>`
      + `${TIERS.map((tier) => `<td class="num">${formatNumber(row[tier])}</td>`).join('')}<td class="num">${formatNumber(row.total)}</td></tr>`;
  }
  html += '</tbody></table>';

  // per province
  const byProvince = new Map();
  for (const c of s.ruleCounts) {
    if (!c.province) continue;
    const row = byProvince.get(c.province) ?? { ERROR: 0, WARNING: 0, INFO: 0 };
    row[c.severity] += c.count;
    byProvince.set(c.province, row);
  }
  const provinceName = Object.fromEntries(geometry.provinces.map((p) => [p.code, language() === 'en' ? p.nameEn : p.name]));
  html += `<h2>${esc(t('byProvince'))}</h2><table class="by-province"><thead><tr><th>${esc(t('province'))}</th>`
    + `<th class="num">${esc(t('severity.ERROR'))}</th><th class="num">${esc(t('severity.WARNING'))}</th><th class="num">${esc(t('severity.INFO'))}</th></tr></thead><tbody>`;
  for (const [code, row] of [...byProvince.entries()].sort((a, b) => b[1].ERROR - a[1].ERROR || a[0].localeCompare(b[0]))) {
    html += `<tr data-province-row="${esc(code)}"><td><a href="${esc(link(`/map/${code}`))}" data-route>${esc(provinceName[code] ?? code)}</a> <span class="code">${esc(code)}</span></td>`
      + `<td class="num">${formatNumber(row.ERROR)}</td><td class="num">${formatNumber(row.WARNING)}</td><td class="num">${formatNumber(row.INFO)}</td></tr>`;
  }
  html += '</tbody></table>';

  // least ready
  const least = [...s.readiness].sort((a, b) => a.score - b.score || a.architecture.localeCompare(b.architecture)).slice(0, 20);
  const names = await bodyNames(least.map((r) => r.body));
  html += `<h2>${esc(t('leastReady'))}</h2><table class="readiness"><thead><tr><th>${esc(t('architectures'))}</th><th>${esc(t('body'))}</th>`
    + `<th class="num">${esc(t('readiness'))}</th><th class="num">${esc(t('blocks'))}</th><th class="num">${esc(t('platforms'))}</th><th class="num">${esc(t('severity.ERROR'))}</th></tr></thead><tbody>`;
  for (const r of least) {
    html += `<tr data-readiness="${esc(r.architecture)}"><td><a href="${esc(link(`/architectures/${encodeURIComponent(r.architecture)}`))}" data-route>${esc(archNames[r.architecture] ?? r.architecture)}</a></td>`
      + `<td>${r.body ? `<a href="${esc(link(`/bodies/${encodeURIComponent(r.body)}`))}" data-route>${esc(names[r.body] ?? r.body)}</a>` : ''}</td>`
      + `<td class="num">${esc(percent(r.score))}</td><td class="num">${formatNumber(r.blocksPresent)}/${formatNumber(r.blocksRequired)}</td>`
      + `<td class="num">${formatNumber(r.platformsUsed)}/${formatNumber(r.platformsRequired)}</td><td class="num">${formatNumber(r.counts.error)}</td></tr>`;
  }
  html += '</tbody></table>';
  app().innerHTML = html;
}
