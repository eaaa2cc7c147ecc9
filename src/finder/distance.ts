import { numberFormat } from '../core/i18n/format.js';

/** [longitude, latitude], as in GeoJSON. */
export type LonLat = readonly [number, number];

const EARTH_RADIUS_KM = 6371.0088;
const KM_PER_MILE = 1.609344;
const rad = (deg: number) => (deg * Math.PI) / 180;

/** Great-circle distance in kilometres between two [lon, lat] points (haversine). */
export function haversineKm(a: LonLat, b: LonLat): number {
  const dLat = rad(b[1] - a[1]);
  const dLon = rad(b[0] - a[0]);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a[1])) * Math.cos(rad(b[1])) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

// Road distances are given in miles in the United States, the United Kingdom, Liberia and Myanmar.
const MILE_REGIONS = new Set(['US', 'GB', 'LR', 'MM']);

/**
 * True when the locale measures road distance in miles: its region is US, GB, LR or MM, or it is Burmese.
 * A tag without a region ("en") uses kilometres, as most of the world does.
 */
export function usesMiles(locale: string): boolean {
  try {
    const l = new Intl.Locale(locale);
    return l.region ? MILE_REGIONS.has(l.region) : l.language === 'my';
  } catch {
    return false;
  }
}

/** "850 m", "3.2 km", "14 km" — or "0.5 mi", "12 mi" where the locale uses miles. */
export function formatDistance(km: number, locale: string): string {
  if (usesMiles(locale)) {
    const mi = Math.max(0.1, km / KM_PER_MILE);
    return numberFormat(locale, { style: 'unit', unit: 'mile', maximumFractionDigits: mi < 10 ? 1 : 0 }).format(mi);
  }
  if (km < 1) {
    const m = Math.max(10, Math.round((km * 1000) / 10) * 10);
    return numberFormat(locale, { style: 'unit', unit: 'meter', maximumFractionDigits: 0 }).format(m);
  }
  return numberFormat(locale, { style: 'unit', unit: 'kilometer', maximumFractionDigits: km < 10 ? 1 : 0 }).format(km);
}

/** Parses "lat,lon" (the `near` attribute) into [lon, lat], or undefined when it is not a valid position. */
export function parseLatLon(value: string | null | undefined): LonLat | undefined {
  if (!value) return undefined;
  const parts = value.split(',').map((s) => s.trim());
  if (parts.length !== 2 || parts.some((p) => p === '')) return undefined;
  const [lat, lon] = parts.map(Number);
  if (!Number.isFinite(lat) || !Number.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180) return undefined;
  return [lon, lat];
}
