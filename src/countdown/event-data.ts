import type { EventLocation, EventStatus, FeedEvent, Link, LocalizedText } from '../core/feed/types.js';
import { safeUrl } from '../core/feed/text.js';
import { addDays, instantOf, isTimeZone, parseWhen, wallAt, type ParsedWhen, type WallTime } from './dates.js';

/** An event as the card uses it: a feed record or the inline attributes, with its instants worked out. */
export interface CardEvent {
  id?: string;
  name: LocalizedText;
  description?: LocalizedText;
  location?: EventLocation;
  online?: string;
  organizers?: readonly Link[];
  url?: string;
  registrationUrl?: string;
  status: EventStatus;
  /** First instant of the event. */
  start: number;
  /** First instant after it (for a date-only end: the midnight after that day). */
  end: number;
  /** False when the source gave no end: the event then lasts until the end of its first day. */
  hasEnd: boolean;
  /** Whole days (dates only, no times). */
  allDay: boolean;
  /** The zone dates are shown and days counted in: the venue's, else the viewer's. */
  zone: string;
  /** True when `zone` is the venue's own (the source named it). */
  venueZone: boolean;
  /** First and last calendar day of the event in `zone`. */
  firstDay: WallTime;
  lastDay: WallTime;
}

/** The inline attributes of an event with no feed. */
export interface InlineEvent {
  name?: string | null;
  start?: string | null;
  end?: string | null;
  timeZone?: string | null;
  location?: string | null;
  url?: string | null;
  registrationUrl?: string | null;
}

/** An inline attribute that cannot be used: which one, what was written, and why. */
export interface InlineProblem {
  attribute: 'name' | 'start' | 'end' | 'time-zone';
  value: string;
  reason: 'missing' | 'invalid' | 'beforeStart' | 'needsZone';
}

function timing(start: ParsedWhen, end: ParsedWhen | undefined, zone: string) {
  const startMs = instantOf(start, zone);
  const firstDay = wallAt(startMs, zone);
  const allDay = start.allDay && (!end || end.allDay);
  let endMs: number;
  if (!end) endMs = instantOf({ wall: addDays(firstDay, 1), allDay: true }, zone);
  // A date-only end is the last day, inclusive.
  else if (end.allDay) endMs = instantOf({ wall: addDays(end.wall, 1), allDay: true }, zone);
  else endMs = instantOf(end, zone);
  // The last day is the one holding the last moment of the event.
  const lastDay = endMs > startMs ? wallAt(endMs - 1, zone) : firstDay;
  return { start: startMs, end: Math.max(endMs, startMs), hasEnd: Boolean(end), allDay, firstDay, lastDay };
}

/** A validated feed event as a card event; `viewerZone` stands in when the feed names no venue zone. */
export function fromFeed(e: FeedEvent, viewerZone: string): CardEvent | undefined {
  const start = parseWhen(e.start);
  if (!start) return undefined;
  const venueZone = Boolean(e.timeZone && isTimeZone(e.timeZone));
  const zone = venueZone ? e.timeZone! : viewerZone;
  const end = e.end ? parseWhen(e.end) : undefined;
  return { ...e, ...timing(start, end, zone), zone, venueZone };
}

const HOUR = 3_600_000;
/** A time written without its offset happens within this of its UTC reading (no zone, even in local mean time, is further). */
const SLACK = 26 * HOUR;

/** Bounds on an event's start and end, with no time-zone work (exact when the feed writes offsets); undefined when unreadable. */
function roughTiming(e: FeedEvent): { startLo: number; startHi: number; endHi: number } | undefined {
  const start = parseWhen(e.start);
  if (!start) return undefined;
  const bounds = (p: ParsedWhen, days = 0): [number, number] => {
    const u = Date.UTC(p.wall.y, p.wall.mo - 1, p.wall.d + days, p.wall.h, p.wall.mi, p.wall.s);
    return p.offset === undefined ? [u - SLACK, u + SLACK] : [u - p.offset * 60_000, u - p.offset * 60_000];
  };
  const [startLo, startHi] = bounds(start);
  const end = e.end ? parseWhen(e.end) : undefined;
  // Without an end, the event lasts until midnight after its first day: at most a (25-hour) day after it starts.
  const endHi = end ? bounds(end, end.allDay ? 1 : 0)[1] : startHi + 26 * HOUR;
  return { startLo, startHi, endHi: Math.max(endHi, startHi) };
}

/**
 * The feed event a card shows: the one with `id`; else the next that has not ended (earliest start); else the latest.
 * Exact instants are worked out only for the events that could be it: time-zone work costs, and a feed may hold
 * thousands of events.
 */
export function pickFeedEvent(events: readonly FeedEvent[], id: string | undefined, now: number, viewerZone: string): CardEvent | undefined {
  if (id) {
    const e = events.find((x) => x.id === id);
    return e && fromFeed(e, viewerZone);
  }
  const rough = events.flatMap((e, i) => {
    const r = roughTiming(e);
    return r ? [{ e, i, ...r }] : [];
  });
  let best: { card: CardEvent; i: number } | undefined;
  // The earliest start among events not ended; ties go to the first in the feed.
  for (const r of rough.filter((x) => x.endHi > now).sort((a, b) => a.startLo - b.startLo)) {
    if (best && r.startLo > best.card.start) break;
    const card = fromFeed(r.e, viewerZone)!;
    if (card.end > now && (!best || card.start < best.card.start || (card.start === best.card.start && r.i < best.i))) best = { card, i: r.i };
  }
  if (best) return best.card;
  // All ended: the latest start; ties go to the last in the feed.
  for (const r of rough.sort((a, b) => b.startHi - a.startHi)) {
    if (best && r.startHi < best.card.start) break;
    const card = fromFeed(r.e, viewerZone)!;
    if (!best || card.start > best.card.start || (card.start === best.card.start && r.i > best.i)) best = { card, i: r.i };
  }
  return best?.card;
}

/** The inline attributes as a card event, or the first attribute that cannot be used. */
export function fromInline(a: InlineEvent, viewerZone: string): CardEvent | InlineProblem {
  const name = a.name?.trim() ?? '';
  const zoneText = a.timeZone?.trim() ?? '';
  if (zoneText && !isTimeZone(zoneText)) return { attribute: 'time-zone', value: zoneText, reason: 'invalid' };
  const startText = a.start?.trim() ?? '';
  if (!startText) return { attribute: 'start', value: '', reason: 'missing' };
  const start = parseWhen(startText);
  if (!start) return { attribute: 'start', value: startText, reason: 'invalid' };
  const endText = a.end?.trim() ?? '';
  const end = endText ? parseWhen(endText) : undefined;
  if (endText && !end) return { attribute: 'end', value: endText, reason: 'invalid' };
  // A clock time with no offset means the venue's clock: without its zone it is ambiguous.
  if (!zoneText && ((!start.allDay && start.offset === undefined) || (end && !end.allDay && end.offset === undefined))) {
    return { attribute: 'time-zone', value: '', reason: 'needsZone' };
  }
  if (!name) return { attribute: 'name', value: '', reason: 'missing' };
  const zone = zoneText || viewerZone;
  const t = timing(start, end, zone);
  const endsBefore = end && (end.allDay ? t.end <= t.start : instantOf(end, zone) < t.start);
  if (endsBefore) return { attribute: 'end', value: endText, reason: 'beforeStart' };
  const location = a.location?.trim();
  return {
    name,
    location: location ? { name: location } : undefined,
    url: safeUrl(a.url ?? undefined),
    registrationUrl: safeUrl(a.registrationUrl ?? undefined),
    status: 'scheduled',
    ...t,
    zone,
    venueZone: Boolean(zoneText),
  };
}

/** True for what `fromInline` returns when an attribute cannot be used. */
export const isProblem = (v: CardEvent | InlineProblem): v is InlineProblem => 'reason' in v;
