// Draws a view (as the GraphQL field Architecture.diagram returns it) as inline SVG in ArchiMate notation,
// with pan (drag), zoom (wheel, buttons) and fit. Every diagram object carries data-kind="node" and data-id,
// every connection data-kind="connection" and data-id (the viewer's contract, docs/viewer.md).
import {
  defaultFill, iconOf, iconMarkup, rounded, lineOf, MARKERS, GROUP_FILL, NOTE_FILL, VIEWREF_FILL, LINE,
} from './notation.js';

const SVG = 'http://www.w3.org/2000/svg';
const DEFAULT_FONT = 'system-ui, "Segoe UI", "Noto Sans", sans-serif';
const DEFAULT_SIZE_PT = 9;

export function esc(text) {
  return String(text ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}

function opacity(alpha) {
  return alpha == null ? 1 : Math.max(0, Math.min(255, alpha)) / 255;
}

function fontCss(font, fallbackColor = '#000000') {
  const size = (font?.size ?? DEFAULT_SIZE_PT) * 96 / 72;
  const family = font?.name ? `"${font.name.replace(/"/g, '')}", ${DEFAULT_FONT}` : DEFAULT_FONT;
  return `font-family:${esc(family)};font-size:${size.toFixed(1)}px;color:${esc(font?.color ?? fallbackColor)};`
    + `font-weight:${font?.bold ? 'bold' : 'normal'};font-style:${font?.italic ? 'italic' : 'normal'};`;
}

const ALIGN = { 1: 'left', 2: 'center', 4: 'right' };
const VALIGN = { 0: 'flex-start', 1: 'center', 2: 'flex-end' };

/** A text block inside a box: alignment (1 left, 2 centre, 4 right) and position (0 top, 1 centre, 2 bottom) as stored. */
function label(text, x, y, w, h, style, defaults, pad = { l: 4, r: 4, t: 4, b: 4 }) {
  if (!text) return '';
  const align = ALIGN[style.textAlignment ?? defaults.align] ?? 'center';
  const valign = VALIGN[style.textPosition ?? defaults.position] ?? 'flex-start';
  return `<foreignObject x="${x + pad.l}" y="${y + pad.t}" width="${Math.max(0, w - pad.l - pad.r)}" height="${Math.max(0, h - pad.t - pad.b)}" pointer-events="none">`
    + `<div xmlns="http://www.w3.org/1999/xhtml" class="dlabel" style="${fontCss(style.font)}text-align:${align};justify-content:${valign};">`
    + `<span>${esc(text)}</span></div></foreignObject>`;
}

function icon(name, x, y, stroke) {
  return `<g class="icon" transform="translate(${x},${y})" fill="none" stroke="${esc(stroke)}" stroke-width="1">${iconMarkup(name)}</g>`;
}

/** The element's own shape (Archi's alternate figure, style.figure 1), or null where only the box is known. */
function alternateShape(kind, x, y, w, h, paint) {
  const r = Math.min(h / 2, w / 2);
  switch (kind) {
    case 'service':
      return `<rect class="frame" x="${x}" y="${y}" width="${w}" height="${h}" rx="${r}" ${paint}/>`;
    case 'process': {
      const head = Math.min(w / 3, h / 2);
      return `<path class="frame" d="M${x} ${y + h * 0.2}H${x + w - head}V${y}L${x + w} ${y + h / 2}L${x + w - head} ${y + h}V${y + h * 0.8}H${x}z" ${paint}/>`;
    }
    case 'valueStream': {
      const head = Math.min(w / 4, h / 2);
      return `<path class="frame" d="M${x} ${y}H${x + w - head}L${x + w} ${y + h / 2}L${x + w - head} ${y + h}H${x}L${x + head} ${y + h / 2}z" ${paint}/>`;
    }
    case 'function': {
      const d = Math.min(h / 4, 15);
      return `<path class="frame" d="M${x} ${y + d}L${x + w / 2} ${y}L${x + w} ${y + d}V${y + h}L${x + w / 2} ${y + h - d}L${x} ${y + h}z" ${paint}/>`;
    }
    case 'event': {
      const d = Math.min(h / 2, w / 4);
      return `<path class="frame" d="M${x} ${y}H${x + w - d}A${d} ${h / 2} 0 0 1 ${x + w - d} ${y + h}H${x}L${x + d} ${y + h / 2}z" ${paint}/>`;
    }
    case 'interface':
      return `<ellipse class="frame" cx="${x + w / 2}" cy="${y + h / 2}" rx="${w / 2}" ry="${h / 2}" ${paint}/>`;
    case 'value': case 'meaning':
      return `<ellipse class="frame" cx="${x + w / 2}" cy="${y + h / 2}" rx="${w / 2}" ry="${h / 2}" ${paint}/>`;
    case 'component':
      return `<rect class="frame" x="${x + 10}" y="${y}" width="${w - 10}" height="${h}" ${paint}/>`
        + `<rect x="${x}" y="${y + 10}" width="20" height="10" ${paint}/><rect x="${x}" y="${y + 28}" width="20" height="10" ${paint}/>`;
    case 'node': case 'device': case 'equipment': case 'facility': {
      if (kind === 'device') {
        return `<rect class="frame" x="${x}" y="${y}" width="${w}" height="${h * 0.8}" rx="6" ${paint}/>`
          + `<path d="M${x + w * 0.15} ${y + h * 0.8}L${x} ${y + h}H${x + w}L${x + w * 0.85} ${y + h * 0.8}" ${paint}/>`;
      }
      const d = Math.min(12, h / 4, w / 4);
      return `<path class="frame" d="M${x} ${y + d}H${x + w - d}V${y + h}H${x}z" ${paint}/>`
        + `<path d="M${x} ${y + d}L${x + d} ${y}H${x + w}V${y + h - d}L${x + w - d} ${y + h}V${y + d}H${x}z M${x + w - d} ${y + d}L${x + w} ${y}" ${paint}/>`;
    }
    case 'object': case 'contract': case 'representation': {
      const band = Math.min(14, h / 3);
      const body = kind === 'representation'
        ? `<path class="frame" d="M${x} ${y}H${x + w}V${y + h - 6}C${x + w * 0.75} ${y + h - 14} ${x + w * 0.25} ${y + h + 4} ${x} ${y + h - 6}z" ${paint}/>`
        : `<rect class="frame" x="${x}" y="${y}" width="${w}" height="${h}" ${paint}/>`;
      const lines = `<path fill="none" d="M${x} ${y + band}H${x + w}${kind === 'contract' ? `M${x} ${y + h - band}H${x + w}` : ''}" ${paint}/>`;
      return body + lines;
    }
    default:
      return null;
  }
}

function elementNode(n, paint, stroke) {
  const { x, y, width: w, height: h } = n.absoluteBounds;
  const e = n.element;
  const kind = iconOf(e.archimateType);
  const name = e.name ?? '';
  if (kind === 'junction') {
    const filled = (e.junctionType ?? 'and') !== 'or';
    return `<ellipse class="frame" cx="${x + w / 2}" cy="${y + h / 2}" rx="${w / 2}" ry="${h / 2}" fill="${filled ? esc(n.style.fillColor ?? '#000000') : '#ffffff'}" stroke="${esc(stroke)}"/>`;
  }
  if (kind === 'grouping') {
    const tab = Math.min(w, Math.max(60, w / 3));
    return `<path class="frame" d="M${x} ${y + 18}V${y}H${x + tab}V${y + 18}H${x + w}V${y + h}H${x}z M${x} ${y + 18}H${x + tab}" ${paint} stroke-dasharray="6 3"/>`
      + label(name, x, y, tab, 18, n.style, { align: 1, position: 0 }, { l: 4, r: 4, t: 2, b: 0 });
  }
  if ((n.style.figure ?? 0) === 1) {
    const shape = alternateShape(kind, x, y, w, h, paint);
    if (shape) {
      const inner = kind === 'component' ? { l: 24, r: 4, t: 4, b: 4 } : kind === 'object' || kind === 'contract' ? { l: 4, r: 4, t: 16, b: 4 } : { l: 8, r: 8, t: 4, b: 4 };
      return shape + label(name, x, y, w, h, n.style, { align: 2, position: kind === 'object' || kind === 'contract' ? 0 : 1 }, inner);
    }
  }
  const rx = rounded(e.archimateType) ? 8 : 0;
  return `<rect class="frame" x="${x}" y="${y}" width="${w}" height="${h}" rx="${rx}" ${paint}/>`
    + icon(kind, x + w - 19, y + 5, stroke)
    + label(name, x, y, w, h, n.style, { align: 2, position: 0 }, { l: 6, r: 22, t: 4, b: 4 });
}

function nodeMarkup(n, views) {
  const { x, y, width: w, height: h } = n.absoluteBounds;
  const s = n.style;
  const stroke = s.lineColor ?? LINE;
  const strokeOpacity = opacity(s.lineAlpha);
  const strokeWidth = s.lineWidth ?? 1;
  const paintFor = (fill) => `fill="${esc(fill)}" fill-opacity="${opacity(s.alpha)}" stroke="${esc(stroke)}" stroke-opacity="${strokeOpacity}" stroke-width="${strokeWidth}"`;
  let body;
  let title;
  switch (n.kind) {
    case 'element': case 'junction':
      body = elementNode(n, paintFor(s.fillColor ?? defaultFill(n.element)), stroke);
      title = `${n.element.name ?? ''} (${n.element.type})`;
      break;
    case 'group': {
      const tabbed = (s.borderType ?? 0) === 0;
      const tab = Math.min(w, Math.max(80, w / 2));
      body = tabbed
        ? `<path class="frame" d="M${x} ${y + 18}V${y}H${x + tab}V${y + 18}H${x + w}V${y + h}H${x}z" ${paintFor(s.fillColor ?? GROUP_FILL)}/><path d="M${x} ${y + 18}H${x + tab}" stroke="${esc(stroke)}"/>`
          + label(n.name, x, y, tab, 18, s, { align: 1, position: 0 }, { l: 4, r: 4, t: 2, b: 0 })
        : `<rect class="frame" x="${x}" y="${y}" width="${w}" height="${h}" ${paintFor(s.fillColor ?? GROUP_FILL)}/>`
          + label(n.name, x, y, w, h, s, { align: 1, position: 0 });
      title = n.name;
      break;
    }
    case 'note': {
      const border = s.borderType ?? 0;
      const fold = 10;
      const shape = border === 0
        ? `<path class="frame" d="M${x} ${y}H${x + w}V${y + h - fold}L${x + w - fold} ${y + h}H${x}z" ${paintFor(s.fillColor ?? NOTE_FILL)}/>`
        : `<rect class="frame" x="${x}" y="${y}" width="${w}" height="${h}" ${paintFor(s.fillColor ?? NOTE_FILL)}${border === 2 ? ' stroke-opacity="0"' : ''}/>`;
      body = shape + label(n.text, x, y, w, h, s, { align: 1, position: 0 }, { l: 5, r: 5, t: 5, b: 5 }).replace('class="dlabel"', 'class="dlabel note"');
      title = n.text;
      break;
    }
    case 'viewref': {
      const target = n.targetView;
      body = `<rect class="frame" x="${x}" y="${y}" width="${w}" height="${h}" ${paintFor(s.fillColor ?? VIEWREF_FILL)}/>`
        + icon('view', x + w - 19, y + 5, stroke)
        + label(target?.name ?? n.name, x, y, w, h, s, { align: 2, position: 0 }, { l: 6, r: 22, t: 4, b: 4 });
      title = target?.name;
      break;
    }
    default:
      body = `<rect class="frame" x="${x}" y="${y}" width="${w}" height="${h}" ${paintFor(s.fillColor ?? '#ffffff')}/>`
        + label(n.text ?? n.name, x, y, w, h, s, { align: 1, position: 0 });
      title = n.text ?? n.name;
  }
  const focusable = n.kind === 'element' || n.kind === 'viewref' || n.kind === 'junction';
  const extra = n.kind === 'viewref' && n.targetView ? ` data-view="${esc(n.targetView.id)}"` : '';
  const element = n.element ? ` data-element="${esc(n.element.id)}"` : '';
  return `<g data-kind="node" data-id="${esc(n.id)}" data-node-kind="${n.kind}"${element}${extra}`
    + `${focusable ? ' tabindex="0" role="button"' : ''} aria-label="${esc(title ?? n.kind)}">`
    + `<title>${esc(title ?? '')}</title>${body}</g>`;
}

// Geometry of connection ends: the point where the line from a box's centre towards `toward` leaves the box
// (Archi's chopbox anchor), or leaves the ellipse for junctions.
function anchor(bounds, ellipse, toward) {
  const cx = bounds.x + bounds.width / 2;
  const cy = bounds.y + bounds.height / 2;
  const dx = toward.x - cx;
  const dy = toward.y - cy;
  if (dx === 0 && dy === 0) return { x: cx, y: cy };
  if (ellipse) {
    const a = bounds.width / 2;
    const b = bounds.height / 2;
    const k = 1 / Math.sqrt((dx * dx) / (a * a) + (dy * dy) / (b * b));
    return { x: cx + dx * k, y: cy + dy * k };
  }
  const sx = dx === 0 ? Infinity : (bounds.width / 2) / Math.abs(dx);
  const sy = dy === 0 ? Infinity : (bounds.height / 2) / Math.abs(dy);
  const k = Math.min(sx, sy, 1);
  return { x: cx + dx * k, y: cy + dy * k };
}

function midpoint(points) {
  let total = 0;
  for (let i = 1; i < points.length; i++) total += Math.hypot(points[i].x - points[i - 1].x, points[i].y - points[i - 1].y);
  let half = total / 2;
  for (let i = 1; i < points.length; i++) {
    const len = Math.hypot(points[i].x - points[i - 1].x, points[i].y - points[i - 1].y);
    if (half <= len && len > 0) {
      const f = half / len;
      return { x: points[i - 1].x + (points[i].x - points[i - 1].x) * f, y: points[i - 1].y + (points[i].y - points[i - 1].y) * f };
    }
    half -= len;
  }
  return points[0];
}

/** The polyline of every connection, by id; a connection ending at another connection ends at its middle. */
export function routeConnections(diagram) {
  const nodes = new Map(diagram.nodes.map((n) => [n.id, n]));
  const connections = new Map(diagram.connections.map((c) => [c.id, c]));
  const routes = new Map();
  const centreOf = (id, visiting) => {
    const n = nodes.get(id);
    if (n) return { x: n.absoluteBounds.x + n.absoluteBounds.width / 2, y: n.absoluteBounds.y + n.absoluteBounds.height / 2 };
    const c = connections.get(id);
    if (c) return midpoint(route(c, visiting));
    return { x: 0, y: 0 };
  };
  const end = (id, toward, visiting) => {
    const n = nodes.get(id);
    return n ? anchor(n.absoluteBounds, n.kind === 'junction', toward) : centreOf(id, visiting);
  };
  const route = (c, visiting = new Set()) => {
    if (routes.has(c.id)) return routes.get(c.id);
    if (visiting.has(c.id)) return [{ x: 0, y: 0 }, { x: 0, y: 0 }];
    visiting.add(c.id);
    const bends = c.bendpoints.map((b) => ({ x: b.x, y: b.y }));
    const sourceCentre = centreOf(c.source, visiting);
    const targetCentre = centreOf(c.target, visiting);
    const first = end(c.source, bends[0] ?? targetCentre, visiting);
    const last = end(c.target, bends[bends.length - 1] ?? sourceCentre, visiting);
    const points = [first, ...bends, last];
    routes.set(c.id, points);
    return points;
  };
  diagram.connections.forEach((c) => route(c));
  return routes;
}

function markerId(name, colour) {
  return `m-${name}-${colour.replace(/[^0-9a-zA-Z]/g, '')}`;
}

function markerDefs(used) {
  let defs = '';
  for (const key of used) {
    const [name, colour] = key.split('|');
    const m = MARKERS[name];
    defs += `<marker id="${markerId(name, colour)}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="${name === 'dot' ? 7 : 10}" markerHeight="${name === 'dot' ? 7 : 10}" `
      + `markerUnits="userSpaceOnUse" orient="auto-start-reverse" overflow="visible">`
      + `<path d="${m.path}" fill="${m.fill ? esc(colour) : '#ffffff'}" stroke="${esc(colour)}" stroke-width="1" stroke-linejoin="miter"/></marker>`;
  }
  return `<defs>${defs}</defs>`;
}

function connectionMarkup(c, points, used) {
  const s = c.style;
  const colour = s.lineColor ?? '#000000';
  const line = lineOf(c.relationship);
  const d = points.map((p, i) => `${i ? 'L' : 'M'}${p.x.toFixed(1)} ${p.y.toFixed(1)}`).join('');
  let markers = '';
  if (line.start) { used.add(`${line.start}|${colour}`); markers += ` marker-start="url(#${markerId(line.start, colour)})"`; }
  if (line.end) { used.add(`${line.end}|${colour}`); markers += ` marker-end="url(#${markerId(line.end, colour)})"`; }
  const name = c.relationship?.name ?? c.name;
  let text = '';
  if (name && c.nameVisible !== false) {
    const at = s.textPosition === 0 ? points[0] : s.textPosition === 2 ? points[points.length - 1] : midpoint(points);
    const font = s.font;
    const size = ((font?.size ?? DEFAULT_SIZE_PT) * 96) / 72;
    text = `<text x="${at.x.toFixed(1)}" y="${(at.y - 4).toFixed(1)}" text-anchor="middle" font-size="${size.toFixed(1)}" `
      + `fill="${esc(font?.color ?? '#000000')}" class="clabel">${esc(name)}</text>`;
  }
  const type = c.relationship?.type ?? 'Connection';
  return `<g data-kind="connection" data-id="${esc(c.id)}" data-type="${esc(type)}"${c.relationship ? ` data-relationship="${esc(c.relationship.id)}"` : ''}>`
    + `<title>${esc(type)}${name ? `: ${esc(name)}` : ''}</title>`
    + `<path d="${d}" fill="none" stroke="transparent" stroke-width="8"/>`
    + `<path class="line" d="${d}" fill="none" stroke="${esc(colour)}" stroke-opacity="${opacity(s.lineAlpha)}" stroke-width="${s.lineWidth ?? 1}"`
    + `${line.dash ? ` stroke-dasharray="${line.dash}"` : ''}${markers}/>${text}</g>`;
}

/** The SVG markup of a whole view. */
export function diagramSvg(diagram, labelText) {
  const nodes = diagram.nodes.map((n) => nodeMarkup(n)).join('');
  const routes = routeConnections(diagram);
  const used = new Set();
  const connections = diagram.connections.map((c) => connectionMarkup(c, routes.get(c.id), used)).join('');
  return `<svg xmlns="${SVG}" class="diagram" role="img" aria-label="${esc(labelText)}" data-view="${esc(diagram.id)}">`
    + `${markerDefs(used)}<g class="viewport"><g class="nodes">${nodes}</g><g class="connections">${connections}</g></g></svg>`;
}

/** Pan, zoom and fit on a drawn view; returns the controls (zoomIn, zoomOut, fit) and whether the last press was a drag. */
export function interactive(svg, extent) {
  const margin = 20;
  const box = { x: 0, y: 0, w: 100, h: 100 };
  const apply = () => svg.setAttribute('viewBox', `${box.x} ${box.y} ${box.w} ${box.h}`);
  const fit = () => {
    const w = Math.max(extent.width, 10) + 2 * margin;
    const h = Math.max(extent.height, 10) + 2 * margin;
    const rect = svg.getBoundingClientRect();
    const aspect = rect.width > 0 && rect.height > 0 ? rect.width / rect.height : w / h;
    box.w = Math.max(w, h * aspect);
    box.h = box.w / aspect;
    box.x = extent.x - margin - (box.w - w) / 2;
    box.y = extent.y - margin - (box.h - h) / 2;
    apply();
  };
  const zoom = (factor, cx = box.x + box.w / 2, cy = box.y + box.h / 2) => {
    box.x = cx - (cx - box.x) / factor;
    box.y = cy - (cy - box.y) / factor;
    box.w /= factor;
    box.h /= factor;
    apply();
  };
  const toView = (event) => {
    const rect = svg.getBoundingClientRect();
    return { x: box.x + ((event.clientX - rect.left) / rect.width) * box.w, y: box.y + ((event.clientY - rect.top) / rect.height) * box.h };
  };
  svg.addEventListener('wheel', (event) => {
    event.preventDefault();
    const p = toView(event);
    zoom(event.deltaY < 0 ? 1.15 : 1 / 1.15, p.x, p.y);
  }, { passive: false });
  const state = { dragging: false, moved: false, start: null };
  svg.addEventListener('pointerdown', (event) => {
    if (event.button !== 0) return;
    state.dragging = true;
    state.moved = false;
    state.start = { x: event.clientX, y: event.clientY, bx: box.x, by: box.y };
  });
  svg.addEventListener('pointermove', (event) => {
    if (!state.dragging) return;
    const dx = event.clientX - state.start.x;
    const dy = event.clientY - state.start.y;
    if (!state.moved && Math.hypot(dx, dy) < 4) return;
    if (!state.moved) { state.moved = true; svg.setPointerCapture?.(event.pointerId); svg.classList.add('panning'); }
    const rect = svg.getBoundingClientRect();
    box.x = state.start.bx - dx * (box.w / rect.width);
    box.y = state.start.by - dy * (box.h / rect.height);
    apply();
  });
  const stop = () => { state.dragging = false; svg.classList.remove('panning'); };
  svg.addEventListener('pointerup', stop);
  svg.addEventListener('pointercancel', stop);
  fit();
  // Fit again once the page has its final size, not after the user has zoomed.
  let fitted = svg.getBoundingClientRect().width > 0;
  new ResizeObserver(() => { if (!fitted && svg.getBoundingClientRect().width > 0) { fitted = true; fit(); } }).observe(svg);
  return { fit, zoomIn: () => zoom(1.25), zoomOut: () => zoom(1 / 1.25), wasDrag: () => state.moved };
}
