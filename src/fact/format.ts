import { dateFormat, numberFormat } from '../core/i18n/format.js';
import { formatPartialDate, type ShownDate } from '../core/i18n/dates.js';

/** From a million on, a figure reads better short: "12.5M", "12,5 Mio.", "12,5 M". */
const COMPACT_FROM = 1_000_000;

/** Formats a figure for `locale`: grouped ("1,500", "1 500", "1.500"), compact when long ("12.5M"). */
export function formatNumber(n: number, locale: string): string {
  if (Math.abs(n) >= COMPACT_FROM) {
    return numberFormat(locale, { notation: 'compact', compactDisplay: 'short', maximumSignificantDigits: 3 }).format(n);
  }
  return numberFormat(locale, { maximumFractionDigits: 2 }).format(n);
}

/** The feed's `updated` as a day: a plain date is that day everywhere, an instant is the reader's day. */
export function formatUpdated(updated: string | undefined, locale: string): ShownDate | undefined {
  if (!updated) return undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(updated)) return formatPartialDate(updated, locale);
  const time = Date.parse(updated);
  if (Number.isNaN(time)) return undefined;
  return { datetime: updated, text: dateFormat(locale, { dateStyle: 'long' }).format(time) };
}
