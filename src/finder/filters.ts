import type { ConsumptionMode, Facility, FacilityModel, FacilityStatus, LocalizedText } from '../core/feed/types.js';
import { pickText, type PickedText } from '../core/feed/text.js';
import { displayNames } from '../core/i18n/format.js';
import { haversineKm, type LonLat } from './distance.js';
import { compileHours, isValidTimeZone, minuteOfWeek, openStateAt, type Interval, type OpenState } from './hours.js';
import { narrows, phraseFirst, queryTokens, searchText, tokenMatcher } from './search.js';

export const MODES: readonly ConsumptionMode[] = ['injection', 'inhalation', 'snorting', 'oral'];
export const MODELS: readonly FacilityModel[] = ['integrated', 'standalone', 'mobile'];
/** Shown unless the user asks for everything: closed and unconfirmed places are hidden by default. */
export const DEFAULT_STATUSES: ReadonlySet<FacilityStatus> = new Set(['operating', 'temporarily-closed', 'planned']);

/** A facility prepared once per feed and UI locale: display texts and a normalised search string. */
export interface FinderEntry {
  readonly id: string;
  readonly facility: Facility;
  readonly name: PickedText;
  readonly city: PickedText;
  /** Country name in the UI language (the ISO code when the browser has no name for it). */
  readonly country: string;
  readonly position: LonLat;
  /** Compiled opening hours, undefined when unknown (compiled on first use). */
  readonly intervals: Interval[] | undefined;
  /** The facility's IANA zone when the browser knows it. */
  readonly timeZone: string | undefined;
  /** Every searchable text, normalised (see `normalizeText`), in one string (built on first use). */
  readonly search: string;
}

/** All the strings of a plain string or language map. */
export function variants(value: LocalizedText | undefined | null): string[] {
  if (value == null) return [];
  if (typeof value === 'string') return [value];
  return Object.values(value).filter((v): v is string => typeof v === 'string');
}

/** An entry whose search string and hours are worked out when first needed (most are never shown or searched). */
class Entry implements FinderEntry {
  private folded?: string;
  private compiled?: Interval[] | null;

  constructor(
    readonly id: string,
    readonly facility: Facility,
    readonly name: PickedText,
    readonly city: PickedText,
    readonly position: LonLat,
    readonly timeZone: string | undefined,
    /** The country's name in the UI language and in English. */
    private readonly countryNames: readonly [string, string],
  ) {}

  get country(): string {
    return this.countryNames[0];
  }

  get search(): string {
    if (this.folded === undefined) {
      const p = this.facility.properties;
      const texts = [
        ...variants(p.name),
        ...variants(p.operator),
        ...variants(p.address?.street),
        ...variants(p.address?.city),
        p.address?.postalCode ?? '',
        ...this.countryNames,
      ];
      this.folded = searchText(texts);
    }
    return this.folded;
  }

  get intervals(): Interval[] | undefined {
    if (this.compiled === undefined) this.compiled = compileHours(this.facility.properties.hours) ?? null;
    return this.compiled ?? undefined;
  }
}

/** Country name in `locale`, the ISO code when unknown. */
export function countryName(code: string, locale: string): string {
  try {
    return displayNames(locale, { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

const collators = new Map<string, Intl.Collator>();
function collator(locale: string): Intl.Collator {
  let c = collators.get(locale);
  if (!c) {
    c = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
    collators.set(locale, c);
  }
  return c;
}

const built = new WeakMap<readonly Facility[], Map<string, FinderEntry[]>>();

/**
 * Prepares facilities for the list once per feed and locale (cached): picks display texts and sorts by country, city
 * and name in the UI language. Search strings and hours follow on first use, or from `prepareEntries` in idle time.
 */
export function buildEntries(features: readonly Facility[], locale: string, feedLanguage?: string): FinderEntry[] {
  let perLocale = built.get(features);
  if (!perLocale) {
    perLocale = new Map();
    built.set(features, perLocale);
  }
  const key = `${locale}|${feedLanguage ?? ''}`;
  const hit = perLocale.get(key);
  if (hit) return hit;
  const entries: FinderEntry[] = [];
  // Country names per code: a feed has thousands of places in a few dozen countries.
  const countries = new Map<string, [string, string]>();
  for (const facility of features) {
    const p = facility?.properties;
    const coords = facility?.geometry?.coordinates;
    if (!p || !Array.isArray(coords) || !Number.isFinite(coords[0]) || !Number.isFinite(coords[1])) continue;
    const code = String(p.address?.country ?? '').toUpperCase();
    let names = countries.get(code);
    if (!names) {
      names = code ? [countryName(code, locale), countryName(code, 'en')] : ['', ''];
      countries.set(code, names);
    }
    const position: LonLat = [coords[0], coords[1]];
    const zone = isValidTimeZone(p.timeZone) ? p.timeZone : undefined;
    entries.push(new Entry(String(facility.id), facility, pickText(p.name, locale, feedLanguage), pickText(p.address?.city, locale, feedLanguage), position, zone, names));
  }
  const c = collator(locale);
  entries.sort((a, b) => c.compare(a.country, b.country) || c.compare(a.city.text, b.city.text) || c.compare(a.name.text, b.name.text));
  perLocale.set(key, entries);
  return entries;
}

const prepared = new WeakSet<readonly FinderEntry[]>();
/** Entries per slice of idle time (a few milliseconds of work on a slow phone). */
const PREPARE_SLICE = 500;

/**
 * Builds the entries' search strings and hours in idle time, a slice at a time, so the first keystroke (or the open-now
 * switch) finds them ready without the first render having paid for them. Once per entries list.
 */
export function prepareEntries(entries: readonly FinderEntry[]): void {
  if (prepared.has(entries)) return;
  prepared.add(entries);
  const idle = (fn: () => void) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(fn, { timeout: 500 }) : setTimeout(fn, 16));
  let at = 0;
  const step = () => {
    for (const end = Math.min(entries.length, at + PREPARE_SLICE); at < end; at++) {
      void entries[at].search;
      void entries[at].intervals;
    }
    if (at < entries.length) idle(step);
  };
  idle(step);
}

const hasAll = <T>(values: readonly T[] | undefined, wanted: ReadonlySet<T>) => Array.isArray(values) && [...wanted].every((v) => values.includes(v));

// ---------------------------------------------------------------------------------------------------
// User filters: what the person chooses inside the pre-filtered set.

export interface UserFilters {
  query: string;
  /** Consumption modes: a place must allow all of them (each ticked box narrows the list). */
  modes: ReadonlySet<ConsumptionMode>;
  models: ReadonlySet<FacilityModel>;
  /** On-site offers: a place must offer all of them. */
  offers: ReadonlySet<string>;
  openNow: boolean;
  /** Also show closed and unconfirmed places. */
  showInactive: boolean;
}

export const NO_FILTERS: UserFilters = {
  query: '',
  modes: new Set(),
  models: new Set(),
  offers: new Set(),
  openNow: false,
  showInactive: false,
};

/** How many filters differ from the defaults (the search box counts as one). */
export const activeFilterCount = (f: UserFilters): number =>
  (f.query.trim() ? 1 : 0) + f.modes.size + f.models.size + f.offers.size + (f.openNow ? 1 : 0) + (f.showInactive ? 1 : 0);

/**
 * A clock for open-now: the facility's state at `now` in its own time zone. Only operating places
 * get open / closed; for other statuses, and without hours or zone, the state is unknown.
 */
export function openClock(now: Date): (entry: FinderEntry) => OpenState {
  const minutes = new Map<string, number>();
  return (entry) => {
    if (!entry.timeZone || !entry.intervals || entry.facility.properties.status !== 'operating') return { kind: 'unknown' };
    let t = minutes.get(entry.timeZone);
    if (t === undefined) {
      t = minuteOfWeek(now, entry.timeZone);
      minutes.set(entry.timeZone, t);
    }
    return openStateAt(entry.intervals, t);
  };
}

/** The entries the user's filters allow, order kept. `openAt` is needed only when `openNow` is on. */
export function applyUserFilters(
  entries: readonly FinderEntry[],
  f: UserFilters,
  openAt: (entry: FinderEntry) => OpenState,
): FinderEntry[] {
  const tokens = queryTokens(f.query);
  const matches = tokenMatcher(tokens);
  return entries.filter((e) => {
    const p = e.facility.properties;
    if (!f.showInactive && !DEFAULT_STATUSES.has(p.status)) return false;
    if (f.modes.size && !hasAll(p.services, f.modes)) return false;
    if (f.models.size && !(p.model && f.models.has(p.model))) return false;
    if (f.offers.size && !hasAll(p.offers, f.offers)) return false;
    if (tokens.length && !matches(e.search)) return false;
    if (f.openNow && openAt(e).kind !== 'open') return false;
    return true;
  });
}

/** One filtering of `base` by `filters` at the open-now minute `clock`, kept so the next one can build on it. */
export interface Filtered {
  base: readonly FinderEntry[];
  filters: UserFilters;
  clock: number;
  /** `base` through every filter but the search words. */
  pool: FinderEntry[];
  /** `pool` through the search words, in its order (what the next query narrows). */
  matched: FinderEntry[];
  /** `matched` as shown: places holding the query's words side by side first. */
  results: FinderEntry[];
}

const sameButQuery = (a: UserFilters, b: UserFilters) =>
  a.modes === b.modes && a.models === b.models && a.offers === b.offers && a.openNow === b.openNow && a.showInactive === b.showInactive;

/**
 * `applyUserFilters`, reusing the last result: unchanged inputs return it as is; a new query only re-tests the search
 * words, on the places the last query kept when the user typed on (each word contains an earlier one), else on the
 * places the other filters keep.
 */
export function filterEntries(
  base: readonly FinderEntry[],
  filters: UserFilters,
  openAt: (entry: FinderEntry) => OpenState,
  clock: number,
  last?: Filtered,
): Filtered {
  const tokens = queryTokens(filters.query);
  let pool: FinderEntry[];
  let from: readonly FinderEntry[];
  if (last && last.base === base && last.clock === clock && sameButQuery(last.filters, filters)) {
    if (last.filters.query === filters.query) return last;
    pool = last.pool;
    from = narrows(queryTokens(last.filters.query), tokens) ? last.matched : pool;
  } else {
    pool = from = applyUserFilters(base, { ...filters, query: '' }, openAt);
  }
  const matches = tokenMatcher(tokens);
  const matched = tokens.length ? from.filter((e) => matches(e.search)) : pool;
  return { base, filters, clock, pool, matched, results: phraseFirst(matched, tokens) };
}

/** Entries sorted by distance from `origin` (nearest first), with the distance in km. */
export function sortByDistance(entries: readonly FinderEntry[], origin: LonLat): { entries: FinderEntry[]; km: Map<string, number> } {
  const km = new Map<string, number>();
  for (const e of entries) km.set(e.id, haversineKm(origin, e.position));
  return { entries: [...entries].sort((a, b) => km.get(a.id)! - km.get(b.id)!), km };
}
