// Makes the viewer's province map (src/app/provinces.json) from the 34 provinces' boundaries of the shared test
// data (../shared/testdata/vn-units/geojson, MIT, see docs/viewer.md): projected to a plane, simplified
// (Douglas–Peucker) and rounded, so the asset stays small. The output is the same for the same input, so
// running it on every build leaves the committed file unchanged. Usage: node map/simplify.mjs [SOURCE_DIR]
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
export const DEFAULT_SOURCE = path.resolve(here, '../../../shared/testdata/vn-units/geojson');
export const OUTPUT = path.resolve(here, '../src/app/provinces.json');

const WIDTH = 600; // the map's width in its own units; the height follows from the projection
const TOLERANCE = 0.9; // simplification tolerance, in map units (about 1.6 km)
const MIN_ISLAND = 1.2; // polygons smaller than this (square map units) are drawn as a dot (one per map unit), e.g. the islands of Hoàng Sa and Trường Sa

function simplify(points, tol) {
  if (points.length <= 3) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack = [[0, points.length - 1]];
  while (stack.length) {
    const [a, b] = stack.pop();
    const [ax, ay] = points[a];
    const [bx, by] = points[b];
    const dx = bx - ax;
    const dy = by - ay;
    const len = Math.hypot(dx, dy) || 1;
    let far = -1;
    let dist = tol;
    for (let i = a + 1; i < b; i++) {
      const [px, py] = points[i];
      const d = len === 1 && dx === 0 && dy === 0 ? Math.hypot(px - ax, py - ay) : Math.abs(dy * px - dx * py + bx * ay - by * ax) / len;
      if (d > dist) { dist = d; far = i; }
    }
    if (far > 0) { keep[far] = 1; stack.push([a, far], [far, b]); }
  }
  return points.filter((_, i) => keep[i]);
}

function area(ring) {
  let s = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) s += (ring[j][0] + ring[i][0]) * (ring[j][1] - ring[i][1]);
  return Math.abs(s / 2);
}

export async function makeMap(source = DEFAULT_SOURCE) {
  const files = (await readdir(source)).filter((f) => f.endsWith('.geojson')).sort();
  const features = [];
  for (const f of files) {
    const json = JSON.parse(await readFile(path.join(source, f), 'utf8'));
    for (const feature of json.features) features.push(feature);
  }
  let minLon = Infinity; let maxLon = -Infinity; let minLat = Infinity; let maxLat = -Infinity;
  const polygonsOf = (g) => (g.type === 'MultiPolygon' ? g.coordinates : [g.coordinates]);
  for (const ft of features) {
    for (const poly of polygonsOf(ft.geometry)) for (const [lon, lat] of poly[0]) {
      minLon = Math.min(minLon, lon); maxLon = Math.max(maxLon, lon); minLat = Math.min(minLat, lat); maxLat = Math.max(maxLat, lat);
    }
  }
  const k = Math.cos(((minLat + maxLat) / 2) * Math.PI / 180);
  const scale = WIDTH / ((maxLon - minLon) * k);
  const project = ([lon, lat]) => [(lon - minLon) * k * scale, (maxLat - lat) * scale];
  const height = Math.ceil((maxLat - minLat) * scale);
  const provinces = [];
  for (const ft of features) {
    const p = ft.properties;
    const rings = [];
    const polygons = polygonsOf(ft.geometry).map((poly) => poly.map((ring) => ring.map(project)));
    const largest = Math.max(...polygons.map((poly) => area(poly[0])));
    const dots = new Set();
    for (const poly of polygons) {
      const a = area(poly[0]);
      if (a < MIN_ISLAND && a < largest) {
        const n = poly[0].length;
        dots.add(`${Math.round(poly[0].reduce((s, q) => s + q[0], 0) / n)} ${Math.round(poly[0].reduce((s, q) => s + q[1], 0) / n)}`);
        continue;
      }
      for (const [i, ring] of poly.entries()) {
        const s = simplify(ring, TOLERANCE);
        if (s.length < 4 || (i > 0 && area(s) < MIN_ISLAND)) continue;
        rings.push(s);
      }
    }
    const d = rings.map((ring) => `M${ring.slice(0, -1).map(([x, y]) => `${x.toFixed(1)} ${y.toFixed(1)}`).join('L')}Z`).join('')
      + [...dots].sort().map((xy) => `M${xy}h1v1h-1Z`).join('');
    let cx = 0; let cy = 0; let best = -1;
    for (const ring of rings) {
      const a = area(ring);
      if (a > best) { best = a; cx = ring.reduce((s, q) => s + q[0], 0) / ring.length; cy = ring.reduce((s, q) => s + q[1], 0) / ring.length; }
    }
    provinces.push({ code: p.code, name: p.name, nameEn: p.nameEn, d, label: [Math.round(cx), Math.round(cy)] });
  }
  provinces.sort((a, b) => a.code.localeCompare(b.code));
  return { width: WIDTH, height, source: 'vn-units geojson (Thang Le Quoc, vietnamese-provinces-database, MIT)', provinces };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const source = process.argv[2] ?? DEFAULT_SOURCE;
  if (!existsSync(source)) {
    console.error(`map: ${source} is missing; the committed ${path.relative(process.cwd(), OUTPUT)} is kept`);
    process.exit(0);
  }
  const map = await makeMap(source);
  await writeFile(OUTPUT, `${JSON.stringify(map)}\n`);
  console.log(`map: ${map.provinces.length} provinces, ${(JSON.stringify(map).length / 1024).toFixed(0)} KB`);
}
