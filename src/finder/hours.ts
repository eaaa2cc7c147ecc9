import type { OpeningHours, Weekday } from '../core/feed/types.js';

/** Monday first, as in ISO 8601 and the feed's `days`. */
export const WEEKDAYS: readonly Weekday[] = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'];

const DAY = 1440;
const WEEK = 7 * DAY;
/** An open place closing within this many minutes "closes soon". */
export const CLOSES_SOON_MINUTES = 60;

/** A span of the week in minutes from Monday 00:00 (end exclusive; may run past the week's end). */
export interface Interval {
  start: number;
  end: number;
}

/** A point in a facility's week: weekday and minutes after that day's midnight (1440 = 24:00). */
export interface WeekTime {
  day: Weekday;
  minutes: number;
  /** Days from today (0 = today, 1 = tomorrow …), in the facility's own time zone. */
  inDays: number;
}

export type OpenState =
  | { kind: 'unknown' }
  /** `closes` is null when the place never closes (open around the clock, every day). */
  | { kind: 'open'; closes: WeekTime | null; closesSoon: boolean }
  /** `opens` is null when the hours list no opening at all. */
  | { kind: 'closed'; opens: WeekTime | null };

/** "HH:MM" (00:00–24:00) → minutes, or undefined when malformed. */
export function parseTime(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const m = /^(\d{1,2}):(\d{2})$/.exec(value.trim());
  if (!m) return undefined;
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (min > 59 || h > 24 || (h === 24 && min !== 0)) return undefined;
  return h * 60 + min;
}

/**
 * Turns hours rows into merged, sorted week intervals. `closes` earlier than `opens` runs past midnight;
 * `closes` equal to `opens` means 24 hours. Returns undefined when no row is usable (hours unknown).
 */
export function compileHours(hours: readonly OpeningHours[] | undefined): Interval[] | undefined {
  if (!Array.isArray(hours) || hours.length === 0) return undefined;
  const raw: Interval[] = [];
  let usable = false;
  for (const row of hours) {
    const opens = parseTime(row?.opens);
    const closes = parseTime(row?.closes);
    if (opens === undefined || closes === undefined || opens === DAY || !Array.isArray(row.days)) continue;
    const length = closes > opens ? closes - opens : closes + DAY - opens;
    for (const d of row.days) {
      const i = WEEKDAYS.indexOf(d);
      if (i < 0) continue;
      usable = true;
      const start = i * DAY + opens;
      raw.push({ start, end: start + length });
    }
  }
  if (!usable) return undefined;
  // Fold everything onto [0, WEEK) and merge, treating the week as a circle.
  const pieces: Interval[] = [];
  for (const { start, end } of raw) {
    if (end <= WEEK) pieces.push({ start, end });
    else {
      pieces.push({ start, end: WEEK });
      pieces.push({ start: 0, end: end - WEEK });
    }
  }
  pieces.sort((a, b) => a.start - b.start);
  const merged: Interval[] = [];
  for (const p of pieces) {
    const last = merged[merged.length - 1];
    if (last && p.start <= last.end) last.end = Math.max(last.end, p.end);
    else merged.push({ ...p });
  }
  return merged;
}

const partsCache = new Map<string, Intl.DateTimeFormat>();
const SHORT_DAYS: Record<string, number> = { Mon: 0, Tue: 1, Wed: 2, Thu: 3, Fri: 4, Sat: 5, Sun: 6 };

/** True when `timeZone` is an IANA zone this browser knows. */
export function isValidTimeZone(timeZone: unknown): timeZone is string {
  if (typeof timeZone !== 'string' || !timeZone) return false;
  try {
    zoneFormat(timeZone);
    return true;
  } catch {
    return false;
  }
}

function zoneFormat(timeZone: string): Intl.DateTimeFormat {
  let f = partsCache.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    partsCache.set(timeZone, f);
  }
  return f;
}

/** Minutes since Monday 00:00 of the wall-clock week in `timeZone` at `now`. */
export function minuteOfWeek(now: Date, timeZone: string): number {
  let day = 0;
  let hour = 0;
  let minute = 0;
  for (const p of zoneFormat(timeZone).formatToParts(now)) {
    if (p.type === 'weekday') day = SHORT_DAYS[p.value] ?? 0;
    else if (p.type === 'hour') hour = Number(p.value) % 24;
    else if (p.type === 'minute') minute = Number(p.value);
  }
  return day * DAY + hour * 60 + minute;
}

function weekTime(at: number, now: number, isEnd: boolean): WeekTime {
  // An interval ending on a day boundary ends at 24:00 of the day before, not 00:00 of the next.
  const endOfDay = isEnd && at % DAY === 0;
  const m = endOfDay ? at - 1 : at;
  const dayIndex = Math.floor(m / DAY);
  return {
    day: WEEKDAYS[((dayIndex % 7) + 7) % 7],
    minutes: endOfDay ? DAY : m % DAY,
    inDays: dayIndex - Math.floor(now / DAY),
  };
}

/**
 * Open / closed state at minute `t` of the facility's week for compiled intervals;
 * undefined intervals (hours not given) are `unknown` — never "closed".
 */
export function openStateAt(intervals: readonly Interval[] | undefined, t: number): OpenState {
  if (!intervals) return { kind: 'unknown' };
  if (intervals.length === 1 && intervals[0].start === 0 && intervals[0].end >= WEEK) {
    return { kind: 'open', closes: null, closesSoon: false };
  }
  // Unroll two weeks so an interval running over Sunday midnight joins Monday's.
  const unrolled: Interval[] = [];
  for (const shift of [0, WEEK]) for (const i of intervals) unrolled.push({ start: i.start + shift, end: i.end + shift });
  const joined: Interval[] = [];
  for (const i of unrolled) {
    const last = joined[joined.length - 1];
    if (last && i.start <= last.end) last.end = Math.max(last.end, i.end);
    else joined.push({ ...i });
  }
  const current = joined.find((i) => i.start <= t && t < i.end);
  if (current) {
    return { kind: 'open', closes: weekTime(current.end, t, true), closesSoon: current.end - t <= CLOSES_SOON_MINUTES };
  }
  const next = joined.find((i) => i.start > t);
  return { kind: 'closed', opens: next ? weekTime(next.start, t, false) : null };
}

/** Open / closed state of `hours` at `now`, in the facility's own `timeZone`; unknown without hours or zone. */
export function openState(hours: readonly OpeningHours[] | undefined, timeZone: string | undefined, now: Date): OpenState {
  if (!isValidTimeZone(timeZone)) return { kind: 'unknown' };
  return openStateAt(compileHours(hours), minuteOfWeek(now, timeZone));
}
