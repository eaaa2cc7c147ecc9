import { daysBetween, wallAt } from './dates.js';
import type { CardEvent } from './event-data.js';

/** Where the clock stands relative to an event. */
export type Phase = 'upcoming' | 'live' | 'ended';

export const phaseAt = (e: Pick<CardEvent, 'start' | 'end'>, now: number): Phase =>
  now < e.start ? 'upcoming' : now < e.end ? 'live' : 'ended';

/** The next instant at which the phase changes, if any. */
export const nextCrossing = (e: Pick<CardEvent, 'start' | 'end'>, now: number): number | undefined =>
  now < e.start ? e.start : now < e.end ? e.end : undefined;

export interface Remaining {
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
}

/**
 * Time left, in elapsed time (a day is 24 hours, whatever the clocks do on the way), rounded up to the
 * second so the display reaches 0 exactly at the start.
 */
export function remaining(ms: number): Remaining {
  let s = Math.max(0, Math.ceil(ms / 1000));
  const days = Math.floor(s / 86_400);
  s -= days * 86_400;
  const hours = Math.floor(s / 3600);
  s -= hours * 3600;
  const minutes = Math.floor(s / 60);
  return { days, hours, minutes, seconds: s - minutes * 60 };
}

/** Day N of M of a running event, counted in calendar days of the event's zone. */
export function liveDay(e: Pick<CardEvent, 'zone' | 'firstDay' | 'lastDay'>, now: number): { day: number; days: number } {
  return { day: daysBetween(e.firstDay, wallAt(now, e.zone)) + 1, days: daysBetween(e.firstDay, e.lastDay) + 1 };
}
