import { dateFormat } from './format.js';

/** A date to show, with the machine-readable form for `<time datetime>`. */
export interface ShownDate {
  datetime: string;
  text: string;
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * When a date written as precisely as known (YYYY, YYYY-MM or YYYY-MM-DD) is over, in ms: the end of that year, month
 * or day's start. Undefined for anything else.
 */
export function partialDateEnd(date: string): number | undefined {
  const m = PARTIAL_DATE.exec(date.trim());
  if (!m) return undefined;
  const [y, mo, d] = [m[1], m[2], m[3]].map(Number);
  return m[3] ? Date.UTC(y, mo - 1, d) : m[2] ? Date.UTC(y, mo, 1) : Date.UTC(y + 1, 0, 1);
}

/** A date as precise as it was written (YYYY, YYYY-MM or YYYY-MM-DD): "2024", "March 2024", "12 March 2024". */
export function formatPartialDate(date: string, locale: string): ShownDate | undefined {
  const m = PARTIAL_DATE.exec(date.trim());
  if (!m) return undefined;
  const [, y, mo, d] = m;
  const time = Date.UTC(Number(y), mo ? Number(mo) - 1 : 0, d ? Number(d) : 1);
  const options: Intl.DateTimeFormatOptions = d
    ? { dateStyle: 'long', timeZone: 'UTC' }
    : mo
      ? { year: 'numeric', month: 'long', timeZone: 'UTC' }
      : { year: 'numeric', timeZone: 'UTC' };
  return { datetime: m[0], text: dateFormat(locale, options).format(time) };
}
