// The schema.org Event of a card, for search engines: loaded only by a card with `structured-data`.
import { isoDate, isoInZone } from './dates.js';
import type { CardEvent } from './event-data.js';
import type { EventTexts } from './event-texts.js';

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
