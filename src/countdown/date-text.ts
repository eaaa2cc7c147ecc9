import { dateFormat } from '../core/i18n/format.js';
import { dateAsUtc, offsetAt } from './dates.js';
import type { CardEvent } from './event-data.js';

/** How an event's dates read: a range in one zone, through `Intl.DateTimeFormat#formatRange`. */

const DAY_OPTIONS: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'long', year: 'numeric' };
const TIME_OPTIONS: Intl.DateTimeFormatOptions = { ...DAY_OPTIONS, hour: 'numeric', minute: '2-digit' };

/**
 * The event's dates in `zone`: "Thu, May 4 – Fri, May 5, 2023" for whole days, with times otherwise.
 * `datesOnly` drops the times and the weekdays (for "took place on …").
 */
export function rangeText(e: CardEvent, locale: string, zone: string, datesOnly = false): string {
  if (e.allDay || datesOnly) {
    const options = datesOnly ? { day: 'numeric', month: 'long', year: 'numeric' } as const : DAY_OPTIONS;
    // Whole days are calendar dates: formatted as such, whatever zone reads them.
    const fmt = dateFormat(locale, { ...options, timeZone: 'UTC' });
    if (e.allDay) return fmt.formatRange(dateAsUtc(e.firstDay), dateAsUtc(e.lastDay));
    return dateFormat(locale, { ...options, timeZone: zone }).formatRange(e.start, Math.max(e.start, e.end - 1));
  }
  const fmt = dateFormat(locale, { ...TIME_OPTIONS, timeZone: zone });
  return e.hasEnd ? fmt.formatRange(e.start, e.end) : fmt.format(e.start);
}

/** The zone's localized generic name: "Central European Time", "heure d’Europe centrale". */
export function zoneName(locale: string, zone: string, at: number): string {
  const parts = dateFormat(locale, { timeZone: zone, timeZoneName: 'longGeneric' }).formatToParts(at);
  return parts.find((p) => p.type === 'timeZoneName')?.value ?? zone;
}

/** True when the viewer's clock differs from the venue's at the start or the end. */
export const differentClock = (e: CardEvent, viewerZone: string): boolean =>
  [e.start, e.end].some((t) => offsetAt(t, e.zone) !== offsetAt(t, viewerZone));
