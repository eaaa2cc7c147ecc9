import { expect } from '@open-wc/testing';
import { pickEvent } from './pick-event.js';
import { fromFeed, pickFeedEvent, type CardEvent } from '../../src/countdown/event-data.js';
import type { FeedEvent } from '../../src/core/feed/types.js';

/** A small deterministic generator, so a failure names a case that can be replayed. */
function random(seed: number): () => number {
  return () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
}

const ZONES = [undefined, 'Europe/Paris', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'America/St_Johns', 'Asia/Kolkata', 'Australia/Lord_Howe'];
const pad = (n: number) => String(n).padStart(2, '0');

/** Events on a few days around 2026-03-29 (a DST change in Europe), written every way the feed allows. */
function events(next: () => number, n: number): FeedEvent[] {
  return Array.from({ length: n }, (_, i) => {
    const day = 26 + Math.floor(next() * 6);
    const date = `2026-03-${pad(day)}`;
    const time = `${pad(Math.floor(next() * 24))}:${pad(Math.floor(next() * 4) * 15)}:00`;
    const form = Math.floor(next() * 3);
    const start = form === 0 ? date : form === 1 ? `${date}T${time}+0${Math.floor(next() * 9)}:00` : `${date}T${time}-1${Math.floor(next() * 2)}:00`;
    const endDay = `2026-03-${pad(Math.min(31, day + Math.floor(next() * 3)))}`;
    const end = next() < 0.3 ? undefined : form === 0 ? endDay : `${endDay}T23:00:00+14:00`;
    return { id: `e${i}`, name: `Event ${i}`, start, end, timeZone: ZONES[Math.floor(next() * ZONES.length)], status: 'scheduled' } as FeedEvent;
  });
}

describe('pickFeedEvent', () => {
  it('picks exactly what pickEvent picks among all events, at every moment around them', () => {
    const next = random(7);
    for (let round = 0; round < 40; round++) {
      const feed = events(next, 1 + Math.floor(next() * 12));
      const viewer = ZONES[1 + Math.floor(next() * (ZONES.length - 1))]!;
      const all = feed.map((e) => fromFeed(e, viewer)).filter((e): e is CardEvent => Boolean(e));
      for (let hour = -48; hour < 24 * 9; hour += 5) {
        const now = Date.UTC(2026, 2, 25) + hour * 3_600_000;
        const expected = pickEvent(all, undefined, now)?.id;
        expect(pickFeedEvent(feed, undefined, now, viewer)?.id, `round ${round}, ${new Date(now).toISOString()} in ${viewer}`).to.equal(expected);
      }
    }
  });

  it('by id: that event, worked out; an unknown id or an empty feed gives none', () => {
    const feed = events(random(3), 5);
    expect(pickFeedEvent(feed, 'e3', 0, 'UTC')).to.deep.equal(fromFeed(feed[3], 'UTC'));
    expect(pickFeedEvent(feed, 'nope', 0, 'UTC')).to.equal(undefined);
    expect(pickFeedEvent([], undefined, 0, 'UTC')).to.equal(undefined);
  });
});
