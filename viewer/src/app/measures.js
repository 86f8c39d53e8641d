// The measures the dashboard and the map colour by: readiness (mean score of the architectures) or how many
// findings (errors, warnings, or one rule's). ?measure=readiness|errors|warnings|rule:RULE_ID
import { t, language, formatNumber } from './i18n.js';

export function chosenMeasure() {
  const m = new URLSearchParams(location.search).get('measure') ?? 'readiness';
  return m === 'readiness' || m === 'errors' || m === 'warnings' || m.startsWith('rule:') ? m : 'readiness';
}

export function percent(score) {
  return new Intl.NumberFormat(language() === 'vi' ? 'vi-VN' : 'en-GB', { style: 'percent', maximumFractionDigits: 0 }).format(score);
}

export function formatValue(measure, value) {
  if (value == null) return t('noData');
  return measure === 'readiness' ? percent(value) : formatNumber(value);
}

// Five classes, worst first; readiness by fixed shares, counts by fixed bounds (so two maps compare).
const READINESS_BOUNDS = [0.2, 0.4, 0.6, 0.8];
const COUNT_BOUNDS = [0, 5, 20, 100];
// red → green, and for counts the same scale reversed (more findings is worse)
export const PALETTE = ['#c62828', '#ef6c00', '#f9a825', '#9ccc65', '#2e7d32'];

/** 0 (worst) to 4 (best); null without data. */
export function classOf(measure, value) {
  if (value == null) return null;
  if (measure === 'readiness') return READINESS_BOUNDS.filter((b) => value >= b).length;
  return 4 - COUNT_BOUNDS.filter((b) => value > b).length;
}

export function legend(measure) {
  const rows = [];
  for (let c = 4; c >= 0; c--) {
    let text;
    if (measure === 'readiness') {
      const lo = c === 0 ? 0 : READINESS_BOUNDS[c - 1];
      const hi = c === 4 ? 1 : READINESS_BOUNDS[c];
      text = `${percent(lo)} – ${percent(hi)}`;
    } else {
      const i = 4 - c;
      text = i === 0 ? '0' : i === 4 ? `> ${formatNumber(COUNT_BOUNDS[3])}` : `${formatNumber(COUNT_BOUNDS[i - 1] + 1)} – ${formatNumber(COUNT_BOUNDS[i])}`;
    }
    rows.push({ cls: c, color: PALETTE[c], text });
  }
  rows.push({ cls: null, color: '#e0e0e0', text: t('noData') });
  return rows;
}

/**
 * The value of the measure for each key (a province's code, or a commune's), from nationalSummary's readiness
 * (per architecture: body, score, counts) and, for a rule, the bodies of its findings.
 */
export function valuesByBody(measure, readiness, keyOf, ruleBodies) {
  const values = new Map();
  if (measure === 'readiness') {
    const sums = new Map();
    for (const r of readiness) {
      const key = keyOf(r.body);
      if (key == null) continue;
      const s = sums.get(key) ?? { total: 0, n: 0 };
      s.total += r.score;
      s.n += 1;
      sums.set(key, s);
    }
    for (const [k, s] of sums) values.set(k, s.total / s.n);
  } else if (measure.startsWith('rule:')) {
    for (const r of readiness) { const key = keyOf(r.body); if (key != null && !values.has(key)) values.set(key, 0); }
    for (const body of ruleBodies ?? []) {
      const key = keyOf(body);
      if (key != null) values.set(key, (values.get(key) ?? 0) + 1);
    }
  } else {
    const field = measure === 'errors' ? 'error' : 'warning';
    for (const r of readiness) {
      const key = keyOf(r.body);
      if (key == null) continue;
      values.set(key, (values.get(key) ?? 0) + r.counts[field]);
    }
  }
  return values;
}
