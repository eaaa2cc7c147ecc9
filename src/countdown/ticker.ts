/**
 * The one timer every countdown on the page shares. It ticks on the second while a countdown is on
 * screen and the tab is visible; otherwise it waits only for the next start or end that someone is
 * waiting for, and it stops entirely while the tab is hidden, catching everyone up when it comes back.
 */

/** Where the widgets read the time and schedule their timer. Tests replace these members. */
export const clock = {
  now: (): number => Date.now(),
  setTimeout: (fn: () => void, ms: number): unknown => setTimeout(fn, ms),
  clearTimeout: (id: unknown): void => clearTimeout(id as ReturnType<typeof setTimeout>),
};

export interface TickSubscriber {
  /** Called with the current time on every tick while `active`, and once when `deadline()` passes. */
  tick(now: number): void;
  /** True while the subscriber is on screen and wants the seconds. */
  active: boolean;
  /** The next instant it must hear about even off screen (a start or an end), if any. */
  deadline(): number | undefined;
}

/** setTimeout holds a 32-bit delay; a later deadline is reached in steps. */
const MAX_DELAY = 2_147_483_647;

const subscribers = new Set<TickSubscriber>();
let timer: unknown;

const hidden = () => typeof document !== 'undefined' && document.visibilityState === 'hidden';

function run(all: boolean): void {
  timer = undefined;
  const now = clock.now();
  for (const s of [...subscribers]) {
    const due = s.deadline();
    if (all || s.active || (due !== undefined && due <= now)) s.tick(now);
  }
  schedule();
}

function schedule(): void {
  if (timer !== undefined) clock.clearTimeout(timer);
  timer = undefined;
  if (hidden() || subscribers.size === 0) return;
  const now = clock.now();
  let delay = Infinity;
  for (const s of subscribers) {
    // A few milliseconds past the second, so the reading is already the new second.
    if (s.active) delay = Math.min(delay, 1000 - (now % 1000) + 5);
    const due = s.deadline();
    if (due !== undefined) delay = Math.min(delay, Math.max(0, due - now));
  }
  if (delay !== Infinity) timer = clock.setTimeout(() => run(false), Math.min(delay, MAX_DELAY));
}

function onVisibility(): void {
  if (hidden()) schedule();
  else run(true);
}

/** Adds a subscriber (idempotent); returns the function that removes it. */
export function subscribe(s: TickSubscriber): () => void {
  if (subscribers.size === 0) document.addEventListener('visibilitychange', onVisibility);
  subscribers.add(s);
  schedule();
  return () => {
    if (!subscribers.delete(s)) return;
    if (subscribers.size === 0) document.removeEventListener('visibilitychange', onVisibility);
    schedule();
  };
}

/** Re-plans the timer after a subscriber's `active` flag or deadline changed. */
export const reschedule = schedule;
