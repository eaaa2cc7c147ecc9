import type { Feed, LocalizedText } from '../core/feed/types.js';

/** The live figures a fact may use, written `{name}` inside any of its strings. */
export const PLACEHOLDERS = ['operatingFacilities', 'operatingCountries', 'operatingCities', 'facilities'] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

/** Figures counted from one feed; a name is absent when the feed gives nothing honest to count. */
export type LiveFigures = Partial<Record<Placeholder, number>>;

const isPlaceholder = (name: string): name is Placeholder => (PLACEHOLDERS as readonly string[]).includes(name);

/** Lower case, no accents, single spaces: "Zürich " and "zurich" are one city. */
const normalize = (s: string): string =>
  s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();

/** Every name a city is given (a plain string, or each value of a language map), normalized. */
function cityNames(city: LocalizedText): string[] {
  const values = typeof city === 'string' ? [city] : Object.values(city);
  return values.map(normalize).filter(Boolean);
}

/**
 * Counts the live figures from the feed's facilities: all of them, those operating, and the distinct
 * countries and cities among those operating. A feed that lists no facility at all (a news-only feed)
 * has nothing to count, so no figure is given and facts that need one stay hidden.
 */
export function liveFigures(feed: Pick<Feed, 'facilities'>): LiveFigures {
  let figures = counted.get(feed.facilities);
  if (!figures) counted.set(feed.facilities, (figures = count(feed.facilities.features)));
  return figures;
}

/** Figures per facility collection: a card works them out at each update, and a feed may list thousands of places. */
const counted = new WeakMap<object, LiveFigures>();

function count(all: Feed['facilities']['features']): LiveFigures {
  if (all.length === 0) return {};
  const operating = all.filter((f) => f.properties.status === 'operating');
  const countries = new Set<string>();
  // Per country, the names seen so far: a city written "Wien" in one record and {"en": "Vienna", "de": "Wien"}
  // in another is counted once.
  const seen = new Map<string, Set<string>>();
  let cities = 0;
  for (const f of operating) {
    const country = f.properties.address.country.toUpperCase();
    countries.add(country);
    const names = cityNames(f.properties.address.city);
    if (names.length === 0) continue;
    let known = seen.get(country);
    if (!known) seen.set(country, (known = new Set()));
    if (!names.some((n) => known.has(n))) cities++;
    for (const n of names) known.add(n);
  }
  return {
    facilities: all.length,
    operatingFacilities: operating.length,
    operatingCountries: countries.size,
    operatingCities: cities,
  };
}

/** A string with its placeholders filled, or the first one that could not be. */
export type Filled = { text: string; live: boolean } | { missing: string };

const TOKEN = /\{([^{}]*)\}/g;

/**
 * Fills `{name}` placeholders in `s` with `format(figure)`. An unknown name, a figure the feed cannot give,
 * or any brace left over makes the whole string unfillable: a reader never sees braces.
 */
export function fillPlaceholders(s: string, figures: LiveFigures, format: (n: number) => string): Filled {
  let missing: string | undefined;
  let live = false;
  const text = s.replace(TOKEN, (token, raw: string) => {
    const name = raw.trim();
    const value = isPlaceholder(name) ? figures[name] : undefined;
    if (value === undefined) {
      missing ??= token;
      return token;
    }
    live = true;
    return format(value);
  });
  if (missing) return { missing };
  if (/[{}]/.test(text)) return { missing: text.includes('{') ? '{' : '}' };
  return { text, live };
}
