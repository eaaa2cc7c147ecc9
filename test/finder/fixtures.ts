import type { Facility, Feed } from '../../src/core/feed/types.js';

/** The finder fixture feed (10 facilities in 8 countries, several statuses, hours in 5 zones). */
export const FIXTURE_URL = new URL('/test/fixtures/finder/facilities.json', location.href).href;

let cached: Feed | undefined;
/** The fixture feed, parsed (for pure-module tests). */
export async function fixtureFeed(): Promise<Feed> {
  cached ??= (await (await fetch(FIXTURE_URL)).json()) as Feed;
  return cached;
}

/** A feed document as a data: URL. */
export const feedUrl = (features: Facility[]): string =>
  `data:application/json,${encodeURIComponent(JSON.stringify({ version: '1', facilities: { type: 'FeatureCollection', features } }))}`;

/** A minimal operating facility. */
export function facility(id: string, p: Partial<Facility['properties']> & { lon?: number; lat?: number } = {}): Facility {
  const { lon = 7.75, lat = 48.58, ...props } = p;
  return {
    type: 'Feature',
    id,
    geometry: { type: 'Point', coordinates: [lon, lat] },
    properties: {
      name: `Place ${id}`,
      address: { city: 'Strasbourg', country: 'FR' },
      status: 'operating',
      precision: 'address',
      sources: [{ name: 'Source', url: 'https://example.org/' }],
      ...props,
    },
  };
}

/** Collects console.warn calls while `fn` runs. */
export async function captureWarnings(fn: () => unknown): Promise<string[]> {
  const seen: string[] = [];
  const orig = console.warn;
  console.warn = (...a: unknown[]) => seen.push(a.map(String).join(' '));
  try {
    await fn();
  } finally {
    console.warn = orig;
  }
  return seen;
}
