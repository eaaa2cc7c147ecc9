import { dateFormat } from '../core/i18n/format.js';

/**
 * Time-zone arithmetic on `Intl` alone (the browser's own tz database; we ship none).
 * A wall time is what a clock on the wall in some zone shows; an instant is epoch milliseconds.
 */

/** A calendar date and clock time, without a zone. Month is 1–12. */
export interface WallTime {
  y: number;
  mo: number;
  d: number;
  h: number;
  mi: number;
  s: number;
}

/** A date or date-time as written: its wall time, whether it is a whole day, and its UTC offset in minutes when given. */
export interface ParsedWhen {
  wall: WallTime;
  allDay: boolean;
  offset?: number;
}

const DAY = 86_400_000;

/** True when the runtime knows `zone` as an IANA time zone. */
export function isTimeZone(zone: string): boolean {
  if (!zone || !/^[A-Za-z][\w+-]*(\/[\w+-]+)*$/.test(zone)) return false;
  try {
    dateFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The device's time zone. */
export const deviceTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

/** The wall time at `ms` in `zone`. */
export function wallAt(ms: number, zone: string): WallTime {
  const parts = dateFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(ms);
  const n = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { y: n('year'), mo: n('month'), d: n('day'), h: n('hour') % 24, mi: n('minute'), s: n('second') };
}

const utcOf = (w: WallTime): number => Date.UTC(w.y, w.mo - 1, w.d, w.h, w.mi, w.s);

/** Minutes east of UTC in `zone` at `ms` (+120 for Paris in summer). */
export function offsetAt(ms: number, zone: string): number {
  return Math.round((utcOf(wallAt(ms, zone)) - Math.floor(ms / 1000) * 1000) / 60_000);
}

/**
 * The instant a wall time happens in `zone`. A time that happens twice (autumn) is the first one; a time
 * skipped by a spring-forward change is read with the offset from before it (02:30 becomes 03:30).
 */
export function instantIn(w: WallTime, zone: string): number {
  const guess = utcOf(w);
  const offsets = [offsetAt(guess - DAY, zone), offsetAt(guess + DAY, zone)];
  const fits = offsets.map((o) => guess - o * 60_000).filter((t, i) => offsetAt(t, zone) === offsets[i]);
  return fits.length ? Math.min(...fits) : guess - offsets[0] * 60_000;
}

const WHEN = /^(\d{4})-(\d\d)-(\d\d)(?:[T ](\d\d):(\d\d)(?::(\d\d)(?:\.\d+)?)?(Z|[+-]\d\d:\d\d)?)?$/i;

/**
 * Reads "2026-10-15" (all day), "2026-10-15T09:00" (wall time, zone given elsewhere) or an RFC 3339
 * date-time with offset. Returns undefined for anything else, including days that do not exist.
 */
export function parseWhen(text: string): ParsedWhen | undefined {
  const m = WHEN.exec(text.trim());
  if (!m) return undefined;
  const [y, mo, d, h = 0, mi = 0, s = 0] = m.slice(1, 7).map((v) => (v === undefined ? undefined : Number(v))) as number[];
  const check = new Date(Date.UTC(y, mo - 1, d));
  if (check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d || h > 23 || mi > 59 || s > 59) return undefined;
  const zone = m[7];
  let offset: number | undefined;
  if (zone) {
    const sign = zone[0] === '-' ? -1 : 1;
    offset = zone.toUpperCase() === 'Z' ? 0 : sign * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6)));
    if (Math.abs(offset) >= 24 * 60) return undefined;
  }
  return { wall: { y, mo, d, h, mi, s }, allDay: m[4] === undefined, offset };
}

/** The instant of a parsed date-time: its own offset when written, else its wall time in `zone`. */
export const instantOf = (p: ParsedWhen, zone: string): number =>
  p.offset === undefined ? instantIn(p.wall, zone) : utcOf(p.wall) - p.offset * 60_000;

/** The day `n` days after the date of `w` (time set to midnight). */
export function addDays(w: WallTime, n: number): WallTime {
  const t = new Date(Date.UTC(w.y, w.mo - 1, w.d + n));
  return { y: t.getUTCFullYear(), mo: t.getUTCMonth() + 1, d: t.getUTCDate(), h: 0, mi: 0, s: 0 };
}

/** Whole calendar days from the date of `a` to the date of `b`. */
export const daysBetween = (a: WallTime, b: WallTime): number =>
  Math.round((Date.UTC(b.y, b.mo - 1, b.d) - Date.UTC(a.y, a.mo - 1, a.d)) / DAY);

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** "2023-05-04" */
export const isoDate = (w: WallTime): string => `${pad(w.y, 4)}-${pad(w.mo)}-${pad(w.d)}`;

/** RFC 3339 with the offset `zone` has at that instant: "2023-05-04T09:00:00+02:00". */
export function isoInZone(ms: number, zone: string): string {
  const w = wallAt(ms, zone);
  const off = offsetAt(ms, zone);
  const sign = off < 0 ? '-' : '+';
  const a = Math.abs(off);
  return `${isoDate(w)}T${pad(w.h)}:${pad(w.mi)}:${pad(w.s)}${sign}${pad(Math.floor(a / 60))}:${pad(a % 60)}`;
}

/** A wall date at midnight, as a UTC instant: for formatting calendar dates with `timeZone: 'UTC'`. */
export const dateAsUtc = (w: WallTime): number => Date.UTC(w.y, w.mo - 1, w.d);
