import { isoDate, isoInZone } from './dates.js';
import type { CardEvent } from './event-data.js';

/** The plain strings of an event in the page's language (the caller picks them from language maps). */
export interface EventTexts {
  name: string;
  description?: string;
  place?: string;
  address?: string;
  city?: string;
  organizers?: { name: string; url?: string }[];
}

const STATUS = { scheduled: 'EventScheduled', postponed: 'EventPostponed', cancelled: 'EventCancelled' } as const;

/** A schema.org `Event` for search engines. */
export function eventJsonLd(e: CardEvent, t: EventTexts): Record<string, unknown> {
  const when = (ms: number, day: CardEvent['firstDay']) => (e.allDay ? isoDate(day) : isoInZone(ms, e.zone));
  const loc = e.location;
  const place = loc && {
    '@type': 'Place',
    name: t.place || t.city,
    address: { '@type': 'PostalAddress', streetAddress: t.address, addressLocality: t.city, addressCountry: loc.country },
    geo: loc.coordinates && { '@type': 'GeoCoordinates', latitude: loc.coordinates[1], longitude: loc.coordinates[0] },
  };
  const online = e.online && { '@type': 'VirtualLocation', url: e.online };
  const locations = [place, online].filter(Boolean);
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: t.name,
    description: t.description || undefined,
    startDate: when(e.start, e.firstDay),
    endDate: e.hasEnd ? when(e.end, e.lastDay) : undefined,
    eventStatus: `https://schema.org/${STATUS[e.status]}`,
    eventAttendanceMode: `https://schema.org/${place && online ? 'Mixed' : online ? 'Online' : 'Offline'}EventAttendanceMode`,
    location: locations.length > 1 ? locations : locations[0],
    organizer: t.organizers?.map((o) => ({ '@type': 'Organization', name: o.name, url: o.url })),
    url: e.url,
  };
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped so no text can close the script. */
export const jsonForScript = (data: unknown): string => JSON.stringify(data).replace(/</g, '\\u003c');

const MARK = 'data-dcr-structured-data';

/** The JSON-LD block `host` added to its light DOM (where search engines read it), if any. */
export const ownJsonLd = (host: Element): HTMLScriptElement | null => host.querySelector(`:scope > script[${MARK}]`);

/** True for a node that is our JSON-LD block (not content the partner wrote). */
export const isOwnJsonLd = (n: Node): boolean => n instanceof Element && n.hasAttribute(MARK);

/** Puts `data` as a JSON-LD block inside `host`, updates it, or removes it (undefined). */
export function syncJsonLd(host: Element, data: unknown): void {
  let script = ownJsonLd(host);
  if (data === undefined) return void script?.remove();
  const json = jsonForScript(data);
  if (!script) {
    script = host.ownerDocument.createElement('script');
    script.type = 'application/ld+json';
    script.setAttribute(MARK, '');
    host.append(script);
  }
  if (script.textContent !== json) script.textContent = json;
}
