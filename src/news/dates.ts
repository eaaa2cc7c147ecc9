/** News dates from any source (RFC 3339 from the shared feed, JSON Feed and Atom; RFC 822 from RSS). */

export interface NewsDate {
  /** Milliseconds since the epoch; a date without a time counts as midnight UTC of that day. */
  time: number;
  /** True for a calendar date without a time ("2021-09-07"): shown as that day in every time zone. */
  dateOnly: boolean;
  /** A valid `<time datetime>` value: "YYYY-MM-DD", or the instant in ISO form. */
  datetime: string;
}

const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*([Zz]|[+-]\d{2}:?\d{2})?)?$/;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
// RFC 822 named zones (military single letters are too ambiguous to trust and count as UTC).
const ZONES: Record<string, number> = { ut: 0, utc: 0, gmt: 0, z: 0, est: -5, edt: -4, cst: -6, cdt: -5, mst: -7, mdt: -6, pst: -8, pdt: -7 };
const RFC822 =
  /^(?:[a-z]{3,9},?\s*)?(\d{1,2})\s+([a-z]{3,9})\.?\s+(\d{2,4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*([+-]\d{4}|[a-z]{1,5})?$/i;

const pad = (n: number) => String(n).padStart(2, '0');

function validDay(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

function offsetMinutes(zone: string | undefined): number | undefined {
  if (!zone) return 0;
  if (/^[+-]\d{2}:?\d{2}$/.test(zone)) {
    const digits = zone.replace(':', '');
    const mins = Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5));
    return zone[0] === '-' ? -mins : mins;
  }
  const z = zone.toLowerCase();
  if (z in ZONES) return ZONES[z] * 60;
  return z.length === 1 ? 0 : undefined;
}

function instant(y: number, mo: number, d: number, h: number, mi: number, s: number, offset: number): NewsDate | undefined {
  if (!validDay(y, mo, d) || h > 24 || mi > 59 || s > 60) return undefined;
  const time = Date.UTC(y, mo - 1, d, h, mi, s) - offset * 60_000;
  return Number.isFinite(time) ? { time, dateOnly: false, datetime: new Date(time).toISOString() } : undefined;
}

/** Parses an RFC 3339 date or date-time ("2021-09-07", "2021-09-07T10:00:00+02:00"). */
export function parseIsoDate(value: string): NewsDate | undefined {
  const m = RFC3339.exec(value.trim());
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (m[4] === undefined) {
    return validDay(y, mo, d) ? { time: Date.UTC(y, mo - 1, d), dateOnly: true, datetime: `${m[1]}-${m[2]}-${m[3]}` } : undefined;
  }
  // A date-time without an offset is read as UTC rather than the viewer's zone, so every viewer sees the same day.
  return instant(y, mo, d, Number(m[4]), Number(m[5]), Number(m[6] ?? 0), offsetMinutes(m[7]) ?? 0);
}

/** Parses an RFC 822 date as RSS uses it ("Tue, 07 Sep 2021 10:00:00 +0200", "7 Sep 21 10:00 GMT"). */
export function parseRfc822Date(value: string): NewsDate | undefined {
  const m = RFC822.exec(value.trim().replace(/\s+/g, ' '));
  if (!m) return undefined;
  const month = MONTHS.indexOf(m[2].slice(0, 3).toLowerCase()) + 1;
  if (month === 0) return undefined;
  let year = Number(m[3]);
  if (m[3].length === 2) year += year < 50 ? 2000 : 1900;
  const offset = offsetMinutes(m[7]);
  if (offset === undefined) return undefined;
  if (m[4] === undefined) {
    const d = Number(m[1]);
    return validDay(year, month, d) ? { time: Date.UTC(year, month - 1, d), dateOnly: true, datetime: `${year}-${pad(month)}-${pad(d)}` } : undefined;
  }
  return instant(year, month, Number(m[1]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0), offset);
}

/** Parses a news date in either form; undefined when it is not a date we can trust. */
export function parseNewsDate(value: unknown): NewsDate | undefined {
  if (typeof value !== 'string' || !value.trim()) return undefined;
  return parseIsoDate(value) ?? parseRfc822Date(value);
}
