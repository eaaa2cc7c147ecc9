import type { FacilityStatus, Weekday } from '../core/feed/types.js';
import type { Messages } from '../core/i18n/en.js';
import { dateFormat } from '../core/i18n/format.js';
import { WEEKDAYS, type OpenState } from './hours.js';

type FinderMessages = Messages['finder'];

/** "08:00" / "8:00 AM" for minutes after midnight (1440 = midnight at the end of the day). */
export function formatMinutes(locale: string, minutes: number): string {
  let f = timeFormats.get(locale);
  if (!f) {
    // 24-hour locales write "08:00" (aligned in the hours table); 12-hour ones "8:00 AM".
    const cycle = dateFormat(locale, { hour: 'numeric', timeZone: 'UTC' }).resolvedOptions().hourCycle;
    const hour = cycle === 'h23' || cycle === 'h24' ? '2-digit' : 'numeric';
    f = dateFormat(locale, { hour, minute: '2-digit', timeZone: 'UTC' });
    timeFormats.set(locale, f);
  }
  return f.format(Date.UTC(2024, 0, 1, 0, minutes % 1440));
}

/** One time format per locale: every item in the list formats a time on every render. */
const timeFormats = new Map<string, Intl.DateTimeFormat>();

/** The localized weekday name ("Monday", "lundi") of a feed weekday code. */
export function weekdayName(locale: string, day: Weekday, width: 'long' | 'short' = 'long'): string {
  // 1 January 2024 was a Monday.
  return dateFormat(locale, { weekday: width, timeZone: 'UTC' }).format(Date.UTC(2024, 0, 1 + WEEKDAYS.indexOf(day)));
}

const STATUS_KEY: Record<FacilityStatus, keyof FinderMessages['status']> = {
  operating: 'operating',
  'temporarily-closed': 'temporarilyClosed',
  closed: 'closed',
  planned: 'planned',
  unconfirmed: 'unconfirmed',
};

/** The status in words (never colour alone). */
export const statusLabel = (m: FinderMessages, status: FacilityStatus): string => m.status[STATUS_KEY[status]] ?? status;

/** A shape beside the status words, for a second cue that is not colour. */
export const STATUS_SYMBOL: Record<FacilityStatus, string> = {
  operating: '✓',
  'temporarily-closed': '‖',
  closed: '✕',
  planned: '◷',
  unconfirmed: '?',
};

const camel = (id: string) => id.replace(/[-_\s]+(\p{L})/gu, (_, c: string) => c.toUpperCase());

/** The label of an on-site offer; an offer we have no words for is shown as written, with spaces for dashes. */
export function offerLabel(m: FinderMessages, offer: string): string {
  return m.offerNames[camel(offer)] ?? offer.replace(/[-_]+/g, ' ');
}

/** Open-now words: "Open until 20:00", "Closes soon (19:00)", "Closed now · opens tomorrow at 08:00"; '' when unknown. */
export function openStateText(m: FinderMessages, locale: string, s: OpenState): string {
  if (s.kind === 'unknown') return '';
  if (s.kind === 'open') {
    if (!s.closes) return m.open24h;
    const time = formatMinutes(locale, s.closes.minutes);
    return s.closesSoon ? m.closesSoon(time) : m.openUntil(time);
  }
  if (!s.opens) return m.closedNow;
  const time = formatMinutes(locale, s.opens.minutes);
  const when =
    s.opens.inDays === 0 ? m.opensToday(time) : s.opens.inDays === 1 ? m.opensTomorrow(time) : m.opensOn(weekdayName(locale, s.opens.day), time);
  return `${m.closedNow} · ${when}`;
}
