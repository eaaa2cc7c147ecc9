import type { PickedText } from '../core/feed/text.js';
import type { LocalizedText } from '../core/feed/types.js';
import { comma, displayNames } from '../core/i18n/format.js';
import type { CardEvent } from './event-data.js';
import type { IcsEvent } from './ics.js';

/** The plain strings of an event in the page's language (the caller picks them from language maps). */
export interface EventTexts {
  name: string;
  description?: string;
  place?: string;
  address?: string;
  city?: string;
  organizers?: { name: string; url?: string }[];
}

/** A stable identifier for an event with no id of its own (FNV-1a of its name and start). */
export function hashId(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}


/** The event's texts in one language, and one line for its place ("Council of Europe, Strasbourg, France"). */
export function eventTexts(e: CardEvent, pick: (v: LocalizedText | undefined) => PickedText, locale: string): EventTexts & { placeLine?: string } {
  const loc = e.location;
  const [place, address, city] = [loc?.name, loc?.address, loc?.city].map((v) => pick(v).text);
  const country = loc?.country ? displayNames(locale, { type: 'region' }).of(loc.country) : undefined;
  return {
    name: pick(e.name).text,
    description: pick(e.description).text,
    place,
    address,
    city,
    organizers: e.organizers?.map((o) => ({ name: pick(o.name).text, url: o.url })),
    placeLine: [place, address, city, country].filter(Boolean).join(comma(locale)) || undefined,
  };
}

/** What the calendar file and links hold; the registration address is added to the description. */
export function calendarEvent(e: CardEvent, t: ReturnType<typeof eventTexts>, registerLabel: string): IcsEvent {
  const register = e.registrationUrl ? `\n\n${registerLabel}: ${e.registrationUrl}` : '';
  const c = e.location?.coordinates;
  return {
    uid: `${e.id ?? hashId(`${t.name}|${e.start}`)}@dcr-widgets`,
    summary: t.name,
    description: ((t.description ?? '') + register).trim() || undefined,
    location: t.placeLine ?? e.online,
    url: e.url,
    geo: c ? [c[1], c[0]] : undefined,
    start: e.start,
    // The card's own end, also for an event with none given (the midnight after its first day): the calendar says what the card says.
    end: e.end,
    allDay: e.allDay,
    firstDay: e.firstDay,
    lastDay: e.lastDay,
  };
}
