/** Sets and clears one-shot timers; the real one wraps `setTimeout`, tests pass a fake clock. */
export interface Scheduler {
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export const realScheduler: Scheduler = {
  set: (callback, ms) => setTimeout(callback, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * Why rotation is held: the reader stopped it (`user`, until they start it again), or for as long as the
 * pointer is over the card, focus is inside it, it is off screen, the tab is hidden, or the card is not on a page.
 */
export type HoldReason = 'user' | 'hover' | 'focus' | 'offscreen' | 'hidden' | 'detached';

/**
 * Automatic rotation through `count` items every `intervalMs`. It runs only while nothing holds it; each
 * time it may run again it waits a full interval, so a reader who looks away and back gets the whole time.
 */
export class Rotation {
  private intervalMs = 0;
  private count = 0;
  // A new rotation waits for its element to be connected.
  private readonly holds = new Set<HoldReason>(['detached']);
  private handle: unknown;
  private pending = false;

  constructor(
    private readonly onAdvance: () => void,
    private scheduler: Scheduler = realScheduler,
  ) {}

  /** Whether rotation is set up at all (an interval and more than one item). */
  get enabled(): boolean {
    return this.intervalMs > 0 && this.count > 1;
  }

  /** Whether the next automatic change is scheduled now. */
  get running(): boolean {
    return this.pending;
  }

  /** Whether anything holds the rotation. */
  get held(): boolean {
    return this.holds.size > 0;
  }

  /** Whether `reason` holds the rotation. */
  isHeld(reason: HoldReason): boolean {
    return this.holds.has(reason);
  }

  /** Sets the interval (0 = off) and the number of items. */
  configure(intervalMs: number, count: number): void {
    if (intervalMs === this.intervalMs && count === this.count) return;
    const restart = intervalMs !== this.intervalMs;
    this.intervalMs = intervalMs;
    this.count = count;
    if (restart) this.cancel();
    this.sync();
  }

  /** Swaps the timer source (tests); the current wait starts again on the new one. */
  useScheduler(scheduler: Scheduler): void {
    this.cancel();
    this.scheduler = scheduler;
    this.sync();
  }

  /** Holds (or releases) rotation for `reason`. */
  hold(reason: HoldReason, on: boolean): void {
    if (on === this.holds.has(reason)) return;
    if (on) this.holds.add(reason);
    else this.holds.delete(reason);
    this.sync();
  }

  private cancel(): void {
    if (this.pending) this.scheduler.clear(this.handle);
    this.pending = false;
    this.handle = undefined;
  }

  private sync(): void {
    const shouldRun = this.enabled && this.holds.size === 0;
    if (!shouldRun) {
      this.cancel();
      return;
    }
    if (this.pending) return;
    this.pending = true;
    this.handle = this.scheduler.set(() => {
      this.pending = false;
      this.handle = undefined;
      this.onAdvance();
      this.sync();
    }, this.intervalMs);
  }
}
