import { addDays, isoDate } from './dates.js';
import type { IcsEvent } from './ics.js';

/** The same event as the .ics file, as "add to calendar" links. Nothing is requested until the reader follows one. */

const utc = (ms: number) => new Date(ms).toISOString().replace(/\.\d+Z$/, 'Z');
const compact = (s: string) => s.replace(/[-:]/g, '');

function details(e: IcsEvent): string {
  return [e.description, e.url].filter(Boolean).join('\n\n');
}

/** Google Calendar's event template. */
export function googleCalendarUrl(e: IcsEvent, zone?: string): string {
  const dates =
    e.allDay && e.firstDay && e.lastDay
      ? `${compact(isoDate(e.firstDay))}/${compact(isoDate(addDays(e.lastDay, 1)))}`
      : `${compact(utc(e.start))}/${compact(utc(e.end))}`;
  const q = new URLSearchParams({ action: 'TEMPLATE', text: e.summary, dates });
  const body = details(e);
  if (body) q.set('details', body);
  if (e.location) q.set('location', e.location);
  if (zone) q.set('ctz', zone);
  return `https://calendar.google.com/calendar/render?${q}`;
}

/** Outlook on the web (outlook.live.com). */
export function outlookUrl(e: IcsEvent): string {
  const allDay = Boolean(e.allDay && e.firstDay && e.lastDay);
  const q = new URLSearchParams({
    path: '/calendar/action/compose',
    rru: 'addevent',
    subject: e.summary,
    startdt: allDay ? isoDate(e.firstDay!) : utc(e.start),
    enddt: allDay ? isoDate(addDays(e.lastDay!, 1)) : utc(e.end),
    allday: String(allDay),
  });
  const body = details(e);
  if (body) q.set('body', body);
  if (e.location) q.set('location', e.location);
  return `https://outlook.live.com/calendar/0/deeplink/compose?${q}`;
}
