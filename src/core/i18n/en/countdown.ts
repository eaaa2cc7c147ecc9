import { amounts, plural } from '../format.js';

const units = {
  days: (n: number) => plural('en', n, { one: 'day', other: 'days' }),
  hours: (n: number) => plural('en', n, { one: 'hour', other: 'hours' }),
  minutes: (n: number) => plural('en', n, { one: 'minute', other: 'minutes' }),
  seconds: (n: number) => plural('en', n, { one: 'second', other: 'seconds' }),
};

/** English: Messages of <dcr-event-countdown>. */
export const countdown = {
  live: 'Happening now',
  dayOf: (day: number, days: number) => `day ${day} of ${days}`,
  tookPlace: (dates: string) => `Took place on ${dates}`,
  wasPlanned: (dates: string) => `Was planned for ${dates}`,
  postponed: 'Postponed',
  postponedNote: 'New dates will be announced.',
  cancelled: 'Cancelled',
  cancelledNote: 'This event will not take place.',
  timer: 'Time until the start',
  units,
  /** A count and its unit in the sentence "Starts in 3 days, 4 hours" (Arabic says one and two with the noun). */
  amount: amounts('en', () => units),
  startsIn: (left: string) => `Starts in ${left}`,
  startsSoon: 'Starts in less than a minute',
  yourTime: (dates: string) => `Your time: ${dates}`,
  online: 'Online',
  joinOnline: 'Join online',
  map: 'Map',
  organizedBy: 'Organised by',
  register: 'Register',
  eventPage: 'Event page',
  addToCalendar: 'Add to calendar',
  icsFile: 'Calendar file (.ics)',
  google: 'Google Calendar',
  empty: 'No event to show yet.',
  skippedEvent: (id: string) => `The feed has an event with the id “${id}”, but it is not valid, so it is not shown.`,
  unknownEvent: (id: string) => `The feed has no event with the id “${id}”.`,
  unknownEventHint: 'Check the event attribute against the ids in the feed.',
  missingAttribute: (attr: string) => `The event cannot be shown: the ${attr} attribute is missing.`,
  badAttribute: (attr: string, value: string) => `The event cannot be shown: ${attr}="${value}" is not valid.`,
  endBeforeStart: (value: string) => `The event cannot be shown: end="${value}" is before the start.`,
  needsZone: 'The event cannot be shown: a time-zone attribute is needed, because a time is given without a UTC offset.',
  dateHint: 'Write 2026-10-15T09:00 with time-zone="Europe/Paris", 2026-10-15T09:00:00+02:00, or 2026-10-15 for a whole day.',
  zoneHint: 'Use an IANA time zone name, such as Europe/Paris.',
};
