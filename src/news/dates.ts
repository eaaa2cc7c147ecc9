/** News dates in RFC 3339 (the shared feed, JSON Feed, Atom, and every converted item). */

export interface NewsDate {
  /** Milliseconds since the epoch; a date without a time counts as midnight UTC of that day. */
  time: number;
  /** True for a calendar date without a time ("2021-09-07"): shown as that day in every time zone. */
  dateOnly: boolean;
  /** A valid `<time datetime>` value: "YYYY-MM-DD", or the instant in ISO form. */
  datetime: string;
}

const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*([Zz]|[+-]\d{2}:?\d{2})?)?$/;

const pad = (n: number) => String(n).padStart(2, '0');

function validDay(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** A calendar day, or undefined when it does not exist (31 February). */
export const calendarDay = (y: number, m: number, d: number): NewsDate | undefined =>
  validDay(y, m, d) ? { time: Date.UTC(y, m - 1, d), dateOnly: true, datetime: `${y}-${pad(m)}-${pad(d)}` } : undefined;

/** An instant given in a zone `offset` minutes east of UTC, or undefined when a field is out of range. */
export function instant(y: number, mo: number, d: number, h: number, mi: number, s: number, offset: number): NewsDate | undefined {
  if (!validDay(y, mo, d) || h > 24 || mi > 59 || s > 60) return undefined;
  const time = Date.UTC(y, mo - 1, d, h, mi, s) - offset * 60_000;
  return Number.isFinite(time) ? { time, dateOnly: false, datetime: new Date(time).toISOString() } : undefined;
}

/** "+02:00", "-0500" → minutes east of UTC. */
export function numericOffset(zone: string): number {
  const digits = zone.replace(':', '');
  const mins = Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5));
  return zone[0] === '-' ? -mins : mins;
}

/** Parses an RFC 3339 date or date-time ("2021-09-07", "2021-09-07T10:00:00+02:00"); undefined when invalid. */
export function parseIsoDate(value: unknown): NewsDate | undefined {
  const m = typeof value === 'string' ? RFC3339.exec(value.trim()) : null;
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (m[4] === undefined) return calendarDay(y, mo, d);
  // A date-time without an offset is read as UTC rather than the viewer's zone, so every viewer sees the same day.
  const offset = m[7] && m[7].toUpperCase() !== 'Z' ? numericOffset(m[7]) : 0;
  return instant(y, mo, d, Number(m[4]), Number(m[5]), Number(m[6] ?? 0), offset);
}
