import type { CardEvent } from '../../src/countdown/event-data.js';

/**
 * The event a card shows, written plainly over worked-out events: the one with `id`; else the next that has not ended
 * (earliest start); else the most recent one. The widget picks with `pickFeedEvent` (src/countdown/event-data.ts),
 * which must choose exactly this: its tests compare against it.
 */
export function pickEvent<T extends Pick<CardEvent, 'id' | 'start' | 'end'>>(events: readonly T[], id: string | undefined, now: number): T | undefined {
  if (id) return events.find((e) => e.id === id);
  const byStart = [...events].sort((a, b) => a.start - b.start);
  return byStart.find((e) => e.end > now) ?? byStart[byStart.length - 1];
}
