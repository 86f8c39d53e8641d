// /search?q=TEXT: bodies, architectures and elements (and views) whose names hold every word, accents ignored.
import { t, formatNumber } from './i18n.js';
import { esc } from './diagram.js';
import { graphql, link, app, matches, allBodies } from './core.js';
import { header } from './layout.js';
import { bodyName, bodyHref } from './bodies.js';

const LIMIT = 50;
let bodyCache = null;

function objectHref(o) {
  const arch = encodeURIComponent(o.architecture);
  if (/DiagramModel$/.test(o.type)) return link(`/architectures/${arch}/views/${encodeURIComponent(o.id)}`);
  return link(`/architectures/${arch}`, { element: o.id });
}

export async function searchPage() {
  const q = (new URLSearchParams(location.search).get('q') ?? '').trim();
  header([`<span aria-current="page">${esc(t('search'))}</span>`], { section: 'search' });
  if (!q) { app().innerHTML = `<h1>${esc(t('search'))}</h1><p class="meta">${esc(t('searchHint'))}</p>`; return; }
  bodyCache ??= allBodies({}, 'code name nameEn fullName fullNameEn tier');
  const [bodies, data, objects] = await Promise.all([
    bodyCache,
    graphql('{ architectures { id name bodyCode state } }'),
    graphql('query($q: String!) { search(text: $q, first: 50) { id architecture type name } }', { q }).catch(() => ({ search: [] })),
  ]);
  const foundBodies = bodies.filter((b) => matches(q, b.name, b.nameEn, b.fullName, b.code));
  const foundArchs = data.architectures.filter((a) => matches(q, a.name, a.id));
  const archNames = Object.fromEntries(data.architectures.map((a) => [a.id, a.name ?? a.id]));
  // objects of the registry are the bodies, listed above; the rest are elements, relationships and views of architectures
  const found = objects.search.filter((o) => archNames[o.architecture] && !/Relationship$/.test(o.type));
  let html = `<h1>${esc(t('resultsFor', { q }))}</h1><div class="results" data-query="${esc(q)}">`;
  const section = (kind, title, items, render) => {
    html += `<section data-results="${kind}"><h2>${esc(title)} (${formatNumber(items.length)}${items.length > LIMIT ? '+' : ''})</h2>`;
    html += items.length ? `<ul>${items.slice(0, LIMIT).map(render).join('')}</ul>` : `<p class="meta">${esc(t('none'))}</p>`;
    html += '</section>';
  };
  section('body', t('bodies'), foundBodies, (b) => `<li data-result="body" data-id="${esc(b.code)}"><a href="${esc(bodyHref(b.code))}" data-route>${esc(bodyName(b))}</a> <span class="code">${esc(b.code)}</span></li>`);
  section('architecture', t('architectures'), foundArchs, (a) => `<li data-result="architecture" data-id="${esc(a.id)}"><a href="${esc(link(`/architectures/${encodeURIComponent(a.id)}`))}" data-route>${esc(a.name ?? a.id)}</a></li>`);
  section('element', t('elements'), found, (o) => `<li data-result="${/DiagramModel$/.test(o.type) ? 'view' : 'element'}" data-id="${esc(o.id)}" data-architecture="${esc(o.architecture)}">`
    + `<a href="${esc(objectHref(o))}" data-route>${esc(o.name ?? o.id)}</a> <span class="type">${esc(o.type)}</span> <span class="meta">· ${esc(archNames[o.architecture])}</span></li>`);
  html += '</div>';
  app().innerHTML = html;
}

