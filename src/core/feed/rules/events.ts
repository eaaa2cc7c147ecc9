/** The rules for `events`. */
import { Bad, country, id, ignore, link, list, lonLat, obj, oneOf, records, text, tz, url, when, type FeedRule } from '../check.js';

/** Whether `end` is earlier than `start`; a plain date compares by day (an all-day end lasts the whole day). */
const endsEarly = (start: string, end: string) =>
  start.length === 10 || end.length === 10 ? end.slice(0, 10) < start.slice(0, 10) : Date.parse(end) < Date.parse(start);

const event = /* @__PURE__ */ obj(
  {
    id: [id, 1],
    name: [text, 1],
    description: text,
    start: [when, 1],
    end: when,
    timeZone: tz,
    location: /* @__PURE__ */ obj({ name: text, address: text, city: text, country, coordinates: lonLat }),
    online: url,
    organizers: /* @__PURE__ */ list(link, 0, true),
    url,
    registrationUrl: url,
    status: [/* @__PURE__ */ oneOf('scheduled', 'postponed', 'cancelled'), 2],
  },
  (o, p) => {
    o.status ??= 'scheduled';
    if (typeof o.end === 'string' && endsEarly(o.start as string, o.end)) {
      ignore(new Bad(`${p}/end`, `the event ends (${o.end}) before it starts (${o.start})`, 'endBeforeStart'));
      delete o.end;
    }
  },
);

export const events: FeedRule = { name: 'events', read: (raw, report, counts) => records('events', raw.events, '/events', event, report, counts) };
