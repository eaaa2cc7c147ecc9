/** RFC 822 dates as RSS writes them; only the converters need this (see parse.ts). */
import { calendarDay, instant, numericOffset, parseIsoDate, type NewsDate } from './dates.js';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
// RFC 822 named zones (military single letters are too ambiguous to trust and count as UTC).
const ZONES: Record<string, number> = { ut: 0, utc: 0, gmt: 0, z: 0, est: -5, edt: -4, cst: -6, cdt: -5, mst: -7, mdt: -6, pst: -8, pdt: -7 };
const RFC822 =
  /^(?:[a-z]{3,9},?\s*)?(\d{1,2})\s+([a-z]{3,9})\.?\s+(\d{2,4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*([+-]\d{4}|[a-z]{1,5})?$/i;

function zoneOffset(zone: string | undefined): number | undefined {
  if (!zone) return 0;
  if (/^[+-]\d{4}$/.test(zone)) return numericOffset(zone);
  const z = zone.toLowerCase();
  if (z in ZONES) return ZONES[z] * 60;
  return z.length === 1 ? 0 : undefined;
}

/** Parses an RFC 822 date ("Tue, 07 Sep 2021 10:00:00 +0200", "7 Sep 21 10:00 GMT"); undefined when invalid. */
export function parseRfc822Date(value: string): NewsDate | undefined {
  const m = RFC822.exec(value.trim().replace(/\s+/g, ' '));
  if (!m) return undefined;
  const month = MONTHS.indexOf(m[2].slice(0, 3).toLowerCase()) + 1;
  if (month === 0) return undefined;
  let year = Number(m[3]);
  if (m[3].length === 2) year += year < 50 ? 2000 : 1900;
  const offset = zoneOffset(m[7]);
  if (offset === undefined) return undefined;
  if (m[4] === undefined) return calendarDay(year, month, Number(m[1]));
  return instant(year, month, Number(m[1]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0), offset);
}

/** Parses a date in RFC 3339 or RFC 822 form; undefined when it is not a date we can trust. */
export function parseNewsDate(value: unknown): NewsDate | undefined {
  if (typeof value !== 'string' || !value.trim()) return undefined;
  return parseIsoDate(value) ?? parseRfc822Date(value);
}
