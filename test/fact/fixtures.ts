/** Fixture feeds and a fake clock for the fact card tests. */
import type { Scheduler } from '../../src/fact/rotation.js';

type Status = 'operating' | 'temporarily-closed' | 'closed' | 'planned' | 'unconfirmed';

const place = (id: string, status: Status, country: string, city: unknown, lon = 7.75, lat = 48.58) => ({
  type: 'Feature',
  id,
  geometry: { type: 'Point', coordinates: [lon, lat] },
  properties: { name: `Place ${id}`, address: { city, country }, status, precision: 'city', sources: [{ name: 'Test' }] },
});

/**
 * Nine places, mixed statuses: 6 operating, in 3 countries (FR, DE, ES) and 5 cities — "München" written
 * twice and once as {"en": "Munich", "de": "München"} is one city; Lyon (FR, temporarily closed), Bern (CH,
 * closed) and Rome (IT, planned) count only in `{facilities}`.
 */
export const PLACES = [
  place('strasbourg', 'operating', 'FR', 'Strasbourg'),
  place('paris', 'operating', 'FR', { fr: 'Paris', en: 'Paris' }),
  place('berlin', 'operating', 'DE', 'Berlin'),
  place('munich-1', 'operating', 'DE', { en: 'Munich', de: 'München' }),
  place('munich-2', 'operating', 'DE', 'München'),
  place('barcelona', 'operating', 'ES', 'Barcelona'),
  place('lyon', 'temporarily-closed', 'FR', 'Lyon'),
  place('bern', 'closed', 'CH', 'Bern'),
  place('rome', 'planned', 'IT', 'Roma'),
];

export const FACTS = [
  {
    id: 'europe',
    topic: 'dcr',
    text: {
      en: 'More than 140 drug consumption rooms operate in 11 European countries.',
      fr: 'Plus de 140 salles de consommation fonctionnent dans 11 pays européens.',
      de: 'Mehr als 140 Drogenkonsumräume gibt es in 11 europäischen Ländern.',
    },
    figure: { value: '>140', unit: { en: 'DCRs', fr: 'salles', de: 'Räume' }, label: { en: 'in Europe', fr: 'en Europe', de: 'in Europa' } },
    source: { name: 'Drugreporter', url: 'https://drogriporter.hu/en/drug-consumption-rooms-around-the-world/', date: '2024-07-30' },
  },
  {
    id: 'live',
    topic: 'dcr',
    text: '{operatingFacilities} places in {operatingCities} cities of {operatingCountries} countries are operating, of {facilities} listed.',
    figure: { value: '{operatingFacilities}', unit: 'places', label: 'operating in this feed' },
    source: { name: 'This feed' },
  },
  {
    id: 'syringes',
    topic: 'Supplies',
    text: 'A room hands out 1,500 clean syringes a week.',
    figure: { value: 1500, unit: 'syringes', label: 'a week' },
    source: { name: 'Test source', url: 'https://example.org/syringes', date: '2023' },
  },
  {
    id: 'broken',
    topic: 'dcr',
    text: 'There are {unknownPlaceholder} of them.',
    source: { name: 'Typo' },
  },
  {
    id: 'french-only',
    topic: 'history',
    text: { fr: 'La première salle légale a ouvert à Berne en 1986.' },
    figure: { value: '1986' },
    source: { name: 'INDCR', url: 'javascript:alert(1)', date: '2019-05' },
  },
];

/** A feed as a data: URL. */
export function feedUrl(parts: { facts?: unknown[]; facilities?: unknown[]; updated?: string; title?: string } = {}): string {
  const doc = {
    version: '1',
    title: parts.title ?? 'Fact card tests',
    updated: parts.updated ?? '2025-03-03T10:00:00Z',
    facilities: { type: 'FeatureCollection', features: parts.facilities ?? PLACES },
    facts: parts.facts ?? FACTS,
  };
  return `data:application/json,${encodeURIComponent(JSON.stringify(doc))}`;
}

/** A fake clock for rotation: timers fire only when the test moves time on. */
export class FakeClock implements Scheduler {
  now = 0;
  private next = 1;
  private readonly timers = new Map<number, { at: number; callback: () => void }>();

  set(callback: () => void, ms: number): unknown {
    const id = this.next++;
    this.timers.set(id, { at: this.now + ms, callback });
    return id;
  }

  clear(handle: unknown): void {
    this.timers.delete(handle as number);
  }

  /** Timers waiting. */
  get pending(): number {
    return this.timers.size;
  }

  /** Moves time on by `ms`, firing due timers in order (timers they set fire too when due). */
  tick(ms: number): void {
    const end = this.now + ms;
    for (;;) {
      let first: [number, { at: number; callback: () => void }] | undefined;
      for (const entry of this.timers) if (entry[1].at <= end && (!first || entry[1].at < first[1].at)) first = entry;
      if (!first) break;
      this.timers.delete(first[0]);
      this.now = first[1].at;
      first[1].callback();
    }
    this.now = end;
  }
}

/** Captures console.warn so tests stay quiet and can assert on expected warnings. */
export function captureWarnings(): { list: string[]; restore(): void } {
  const real = console.warn;
  const list: string[] = [];
  console.warn = (...args: unknown[]) => list.push(args.map(String).join(' '));
  return { list, restore: () => (console.warn = real) };
}
