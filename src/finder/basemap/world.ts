// The offline basemap's data: Natural Earth 1:50m land and country borders (public domain) and GeoNames place names
// (CC BY 4.0), built by scripts/build-basemap.mjs into a compact file that is fetched only when a map is shown.
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Point } from 'geojson';

/** The file as built: see scripts/build-basemap.mjs for the format. */
export interface CompactWorld {
  v: 1;
  step: number;
  land: number[][][];
  borders: number[][];
  /** [name, x, y, rank] */
  places?: [string, number, number, number][];
}

export type WorldKind = 'land' | 'border' | 'place';
export type World = FeatureCollection<MultiPolygon | MultiLineString | Point, { kind: WorldKind; name?: string; rank?: number }>;

/** URL of the built asset (bundlers emit it as a file). */
export const WORLD_URL = new URL('./world-50m.json', import.meta.url).href;

function line(flat: readonly number[], step: number): [number, number][] {
  const out: [number, number][] = [];
  let x = 0;
  let y = 0;
  for (let i = 0; i + 1 < flat.length; i += 2) {
    x += flat[i];
    y += flat[i + 1];
    out.push([Math.round((x * step - 180) * 1e6) / 1e6, Math.round((y * step - 90) * 1e6) / 1e6]);
  }
  return out;
}

/** Turns the compact file into GeoJSON: one land MultiPolygon and one borders MultiLineString. */
export function decodeWorld(c: CompactWorld): World {
  if (c?.v !== 1 || !(c.step > 0) || !Array.isArray(c.land) || !Array.isArray(c.borders)) {
    throw new Error('not a v1 basemap file');
  }
  const places = (c.places ?? []).map(
    ([name, x, y, rank]): Feature<Point, { kind: WorldKind; name: string; rank: number }> => ({
      type: 'Feature',
      properties: { kind: 'place', name, rank },
      geometry: { type: 'Point', coordinates: [x * c.step - 180, y * c.step - 90] },
    }),
  );
  return {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: { kind: 'land' },
        geometry: { type: 'MultiPolygon', coordinates: c.land.map((poly) => poly.map((r) => line(r, c.step))) },
      },
      {
        type: 'Feature',
        properties: { kind: 'border' },
        geometry: { type: 'MultiLineString', coordinates: c.borders.map((l) => line(l, c.step)) },
      },
      ...places,
    ],
  };
}

let cached: Promise<World> | undefined;

/** Fetches and decodes the basemap once per page; a failure is not cached, so a later map may retry. */
export function loadWorld(): Promise<World> {
  cached ??= fetch(WORLD_URL)
    .then((r) => {
      if (!r.ok) throw new Error(`basemap ${WORLD_URL}: HTTP ${r.status}`);
      return r.json() as Promise<CompactWorld>;
    })
    .then(decodeWorld)
    .catch((err: unknown) => {
      cached = undefined;
      throw err;
    });
  return cached;
}
