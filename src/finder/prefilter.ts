// Pre-filter: the partner's attributes narrow the data set (a city page shows its city).
import type { ConsumptionMode, FacilityModel } from '../core/feed/types.js';
import { haversineKm, parseLatLon, type LonLat } from './distance.js';
import { MODELS, MODES, variants, type FinderEntry } from './filters.js';
import { normalizeText } from './search.js';

/** Radius of the `near` attribute when `radius` is absent or invalid, in km. */
export const DEFAULT_RADIUS_KM = 50;

export interface PreFilter {
  countries?: ReadonlySet<string>;
  /** Normalised city name. */
  city?: string;
  near?: { origin: LonLat; radiusKm: number };
  services?: ReadonlySet<ConsumptionMode>;
  models?: ReadonlySet<FacilityModel>;
}

export interface PreFilterAttributes {
  country?: string | null;
  city?: string | null;
  near?: string | null;
  radius?: string | null;
  services?: string | null;
  model?: string | null;
}

const list = (v: string | null | undefined) =>
  (v ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/**
 * Reads the pre-filter attributes. A bad value is reported through `warn(key, message)` and left out
 * (the filter falls back to its default), never thrown.
 */
export function parsePreFilter(a: PreFilterAttributes, warn: (key: string, message: string) => void): PreFilter {
  const pre: PreFilter = {};
  const countries = new Set<string>();
  for (const c of list(a.country)) {
    if (/^[A-Za-z]{2}$/.test(c)) countries.add(c.toUpperCase());
    else warn(`country:${c}`, `country="${a.country}": "${c}" is not an ISO 3166-1 alpha-2 code (e.g. "DE"); ignored.`);
  }
  if (countries.size) pre.countries = countries;
  const city = normalizeText(a.city ?? '');
  if (city) pre.city = city;
  if (a.near != null && a.near.trim() !== '') {
    const origin = parseLatLon(a.near);
    if (!origin) warn(`near:${a.near}`, `near="${a.near}" is not "latitude,longitude" (e.g. "48.58,7.75"); ignored.`);
    else {
      let radiusKm = DEFAULT_RADIUS_KM;
      if (a.radius != null && a.radius.trim() !== '') {
        const r = Number(a.radius);
        if (Number.isFinite(r) && r > 0) radiusKm = r;
        else warn(`radius:${a.radius}`, `radius="${a.radius}" is not a positive number of kilometres; using ${DEFAULT_RADIUS_KM}.`);
      }
      pre.near = { origin, radiusKm };
    }
  }
  const services = new Set<ConsumptionMode>();
  for (const s of list(a.services)) {
    const v = s.toLowerCase() as ConsumptionMode;
    if (MODES.includes(v)) services.add(v);
    else warn(`services:${s}`, `services: "${s}" is not one of ${MODES.join(', ')}; ignored.`);
  }
  if (services.size) pre.services = services;
  const models = new Set<FacilityModel>();
  for (const s of list(a.model)) {
    const v = s.toLowerCase().replace('-', '') as FacilityModel;
    if (MODELS.includes(v)) models.add(v);
    else warn(`model:${s}`, `model: "${s}" is not one of ${MODELS.join(', ')}; ignored.`);
  }
  if (models.size) pre.models = models;
  return pre;
}

function cityMatches(entry: FinderEntry, city: string): boolean {
  return variants(entry.facility.properties.address?.city).some((v) => {
    const n = normalizeText(v);
    return n === city || n.startsWith(`${city} `);
  });
}

/** An unknown list (absent: no source said) never matches a filter on it. */
const hasAny = <T>(values: readonly T[] | undefined, wanted: ReadonlySet<T>) => Array.isArray(values) && values.some((v) => wanted.has(v));

/** The entries the partner's attributes allow (order kept). */
export function applyPreFilter(entries: readonly FinderEntry[], pre: PreFilter): FinderEntry[] {
  return entries.filter((e) => {
    const p = e.facility.properties;
    if (pre.countries && !pre.countries.has(String(p.address?.country ?? '').toUpperCase())) return false;
    if (pre.city && !cityMatches(e, pre.city)) return false;
    if (pre.services && !hasAny(p.services, pre.services)) return false;
    if (pre.models && !(p.model && pre.models.has(p.model))) return false;
    if (pre.near && haversineKm(pre.near.origin, e.position) > pre.near.radiusKm) return false;
    return true;
  });
}
