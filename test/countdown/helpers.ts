import { clock } from '../../src/countdown/ticker.js';

/** A fake clock installed into the countdown's `clock`: time moves only when the test says so. */
export interface FakeClock {
  /** Pending timers, with the instant each is due. */
  readonly timers: { due: number; id: number }[];
  now(): number;
  /** Moves time forward, running each timer when its moment comes (in order). */
  advance(ms: number): void;
  /** Jumps to `ms` without running any timer (a tab asleep in the background). */
  jump(ms: number): void;
  restore(): void;
}

export function installClock(start: number | string): FakeClock {
  const real = { ...clock };
  let now = typeof start === 'string' ? Date.parse(start) : start;
  let seq = 0;
  const pending = new Map<number, { due: number; fn: () => void }>();
  clock.now = () => now;
  clock.setTimeout = (fn, ms) => {
    const id = ++seq;
    pending.set(id, { due: now + Math.max(0, ms), fn });
    return id;
  };
  clock.clearTimeout = (id) => void pending.delete(id as number);
  return {
    get timers() {
      return [...pending].map(([id, t]) => ({ id, due: t.due }));
    },
    now: () => now,
    advance(ms: number) {
      const target = now + ms;
      for (;;) {
        const next = [...pending].filter(([, t]) => t.due <= target).sort((a, b) => a[1].due - b[1].due || a[0] - b[0])[0];
        if (!next) break;
        pending.delete(next[0]);
        now = Math.max(now, next[1].due);
        next[1].fn();
      }
      now = target;
    },
    jump(ms: number) {
      now = ms;
    },
    restore() {
      Object.assign(clock, real);
    },
  };
}

/** Makes the page look hidden or visible to `document.visibilityState`, and says so with `visibilitychange`. */
export function setTabHidden(hidden: boolean): void {
  if (hidden) Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
  else delete (document as unknown as Record<string, unknown>).visibilityState;
  document.dispatchEvent(new Event('visibilitychange'));
}

export interface Warnings {
  list: string[];
  restore(): void;
}

/** Captures console.warn so tests stay quiet and can assert on expected warnings. */
export function captureWarnings(): Warnings {
  const real = console.warn;
  const list: string[] = [];
  console.warn = (...args: unknown[]) => void list.push(args.map(String).join(' '));
  return { list, restore: () => (console.warn = real) };
}

/** A shared feed holding `events`, as a data: URL (no network). */
export const feedWith = (events: unknown[], extra: Record<string, unknown> = {}): string =>
  `data:application/json,${encodeURIComponent(
    JSON.stringify({ version: '1', facilities: { type: 'FeatureCollection', features: [] }, events, ...extra }),
  )}`;

/** The third symposium as a feed record (fixture; the real default feed is never used in tests). */
export const symposium = {
  id: 'symposium-2023',
  name: { en: 'Third symposium on drug consumption rooms', fr: 'Troisième colloque sur les salles de consommation à moindre risque' },
  description: { en: 'Practitioners, cities and researchers; French and European policy on harm reduction.' },
  start: '2023-05-04T09:00:00+02:00',
  end: '2023-05-05T17:00:00+02:00',
  timeZone: 'Europe/Paris',
  location: { name: 'Council of Europe', city: 'Strasbourg', country: 'FR', coordinates: [7.7737, 48.5901] },
  organizers: [{ name: 'City of Strasbourg', url: 'https://www.strasbourg.eu/' }, { name: 'Pompidou Group' }],
  url: 'https://example.org/symposium-2023',
  registrationUrl: 'https://example.org/symposium-2023/register',
};

/** The second symposium: one whole day, 1 July 2021. */
export const secondSymposium = {
  id: 'symposium-2021',
  name: 'Second European symposium on drug consumption rooms',
  start: '2021-07-01',
  end: '2021-07-01',
  timeZone: 'Europe/Paris',
  location: { name: 'Council of Europe', city: 'Strasbourg', country: 'FR' },
};
