// The header every page shares: the main sections, the search box, the breadcrumbs and the language switch.
import { t, language, languages } from './i18n.js';
import { esc } from './diagram.js';
import { link } from './core.js';

const SECTIONS = [
  ['home', '/'], ['bodies', '/bodies'], ['dashboard', '/dashboard'], ['map', '/map'],
];

/**
 * crumbs: the trail's links after its root; root: [label, path] of the trail's first link (the architectures by
 * default, the nation for the body pages); section: which main section is current.
 */
export function header(crumbs = [], { root = [t('architectures'), '/'], section = 'home' } = {}) {
  const trail = [`<a href="${esc(link(root[1]))}" data-route>${esc(root[0])}</a>`, ...crumbs].join('<span class="sep">›</span>');
  const switches = languages.map((l) => `<button type="button" data-lang="${l}" aria-pressed="${l === language()}">${l === 'vi' ? 'Tiếng Việt' : 'English'}</button>`).join('');
  const nav = SECTIONS.map(([key, path]) => `<a href="${esc(link(path))}" data-route data-section="${key}"${key === section ? ' aria-current="true"' : ''}>${esc(t(`section.${key}`))}</a>`).join('');
  const q = location.pathname === '/search' ? new URLSearchParams(location.search).get('q') ?? '' : '';
  document.getElementById('header').innerHTML = `<a class="brand" href="${esc(link('/'))}" data-route>ndaf</a>`
    + `<nav class="sections" aria-label="${esc(t('sections'))}">${nav}</nav>`
    + `<form class="search" role="search" data-search><input type="search" name="q" value="${esc(q)}" placeholder="${esc(t('searchPlaceholder'))}" aria-label="${esc(t('search'))}">`
    + `<button type="submit">${esc(t('search'))}</button></form>`
    + `<div class="tools"><a href="${esc(link('/graphiql'))}">${esc(t('graphiql'))}</a>`
    + `<span class="langs" role="group" aria-label="${esc(t('language'))}">${switches}</span></div>`;
  let bar = document.getElementById('crumbs');
  if (!bar) {
    bar = document.createElement('nav');
    bar.id = 'crumbs';
    bar.className = 'crumbs';
    bar.setAttribute('aria-label', 'breadcrumb');
    document.getElementById('header').after(bar);
  }
  bar.innerHTML = trail;
  document.title = t('title');
}

export function stateLabel(state) {
  return t(String(state).toLowerCase());
}

export function notFound(what) {
  return `<p class="error" role="alert">${esc(t('notFound'))}: ${esc(what)}</p>`;
}
