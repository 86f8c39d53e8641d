// Export of a drawn view: a standalone SVG file (the drawing with its styles, fitted to the view's extent, without
// the selection and the findings' marks) and a PNG made from it in the browser. Nothing leaves the page: the files
// are offered as downloads of blob addresses, with a preview.
import { t } from './i18n.js';
import { esc } from './diagram.js';

const STYLE = `.dlabel{display:flex;flex-direction:column;width:100%;height:100%;overflow:hidden;line-height:1.2;word-wrap:break-word}
.dlabel.note{white-space:pre-wrap}
.clabel{font-family:system-ui,"Segoe UI","Noto Sans",sans-serif;paint-order:stroke;stroke:#fff;stroke-opacity:.85;stroke-width:2px;stroke-linejoin:round}`;
const MARGIN = 10;

/** The SVG document of the drawn view (a string), and its size. */
export function svgDocument(svg, extent) {
  const copy = svg.cloneNode(true);
  copy.querySelectorAll('.finding-badge').forEach((b) => b.remove());
  copy.querySelectorAll('.selected').forEach((n) => n.classList.remove('selected'));
  copy.querySelectorAll('[data-finding]').forEach((n) => { n.removeAttribute('data-finding'); n.removeAttribute('data-findings'); });
  copy.querySelectorAll('title').forEach((title) => { if (title.dataset.plain != null) { title.textContent = title.dataset.plain; title.removeAttribute('data-plain'); } });
  copy.querySelectorAll('[tabindex]').forEach((n) => { n.removeAttribute('tabindex'); n.removeAttribute('role'); });
  const width = Math.ceil(Math.max(extent.width, 10) + 2 * MARGIN);
  const height = Math.ceil(Math.max(extent.height, 10) + 2 * MARGIN);
  copy.setAttribute('viewBox', `${extent.x - MARGIN} ${extent.y - MARGIN} ${width} ${height}`);
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  copy.removeAttribute('class');
  copy.removeAttribute('style');
  const style = document.createElementNS('http://www.w3.org/2000/svg', 'style');
  style.textContent = STYLE;
  copy.insertBefore(style, copy.firstChild);
  const background = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
  for (const [k, v] of Object.entries({ x: extent.x - MARGIN, y: extent.y - MARGIN, width, height, fill: '#ffffff' })) background.setAttribute(k, String(v));
  copy.insertBefore(background, style.nextSibling);
  return { text: `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}`, width, height };
}

function base64(text) {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** A PNG (data address) of the SVG document at scale times its size. */
export function pngOf(doc, scale = 2) {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => {
      const canvas = document.createElement('canvas');
      canvas.width = Math.round(doc.width * scale);
      canvas.height = Math.round(doc.height * scale);
      const g = canvas.getContext('2d');
      g.fillStyle = '#ffffff';
      g.fillRect(0, 0, canvas.width, canvas.height);
      g.drawImage(image, 0, 0, canvas.width, canvas.height);
      try { resolve({ url: canvas.toDataURL('image/png'), width: canvas.width, height: canvas.height }); } catch (e) { reject(e); }
    };
    image.onerror = () => reject(new Error('PNG'));
    image.src = `data:image/svg+xml;base64,${base64(doc.text)}`;
  });
}

function fileName(name) {
  return (String(name || 'view').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd')
    .replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'view');
}

/** The export panel: the SVG and the PNG, each previewed with a download link. */
export async function exportPanel(panel, svg, diagram) {
  const doc = svgDocument(svg, diagram.extent);
  const svgUrl = URL.createObjectURL(new Blob([doc.text], { type: 'image/svg+xml' }));
  const base = fileName(diagram.name ?? diagram.id);
  panel.hidden = false;
  panel.innerHTML = `<div class="details-head"><h2 id="export-title">${esc(t('export'))}</h2><button type="button" data-close-export aria-label="${esc(t('close'))}">×</button></div>`
    + `<p><a href="${esc(svgUrl)}" download="${esc(base)}.svg" data-export-link="svg">${esc(t('downloadSvg'))}</a> <span class="meta">${doc.width} × ${doc.height}</span></p>`
    + `<img class="export-preview" data-export="svg" alt="${esc(t('exportPreview', { format: 'SVG' }))}" src="data:image/svg+xml;base64,${base64(doc.text)}">`
    + `<p data-export-png-status>${esc(t('loading'))}</p>`;
  try {
    const png = await pngOf(doc);
    panel.querySelector('[data-export-png-status]').outerHTML = `<p><a href="${esc(png.url)}" download="${esc(base)}.png" data-export-link="png">${esc(t('downloadPng'))}</a> <span class="meta">${png.width} × ${png.height}</span></p>`
      + `<img class="export-preview" data-export="png" width="${png.width / 2}" alt="${esc(t('exportPreview', { format: 'PNG' }))}" src="${esc(png.url)}">`;
  } catch (e) {
    panel.querySelector('[data-export-png-status]').outerHTML = `<p class="error" role="alert">${esc(t('pngFailed'))}</p>`;
  }
}
