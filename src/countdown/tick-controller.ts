import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { clock, reschedule, subscribe, type TickSubscriber } from './ticker.js';

export interface TickHost extends ReactiveControllerHost, HTMLElement {}

/**
 * Connects one element to the shared ticker: subscribed while `wanted()` (a start or an end still to
 * come), ticking each second only while the element is on screen (IntersectionObserver), otherwise
 * woken only at `deadline()`.
 */
export class TickController implements ReactiveController {
  private unsubscribe?: () => void;
  private observer?: IntersectionObserver;
  private readonly subscriber: TickSubscriber;

  constructor(
    private readonly host: TickHost,
    private readonly wanted: () => boolean,
    deadline: () => number | undefined,
    tick: (now: number) => void,
  ) {
    this.subscriber = { active: false, tick, deadline };
    host.addController(this);
  }

  hostConnected(): void {
    if (typeof IntersectionObserver === 'undefined') {
      this.subscriber.active = true;
      return;
    }
    this.observer = new IntersectionObserver((entries) => {
      this.subscriber.active = entries[entries.length - 1].isIntersecting;
      // Back on screen: catch up at once rather than at the next second.
      if (this.subscriber.active && this.unsubscribe) this.subscriber.tick(clock.now());
      reschedule();
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.subscriber.active = false;
    this.sync();
  }

  hostUpdated(): void {
    this.sync();
  }

  /** Subscribes or unsubscribes after the host's state changed; re-plans the timer either way. */
  private sync(): void {
    const wants = this.host.isConnected && this.wanted();
    if (wants && !this.unsubscribe) this.unsubscribe = subscribe(this.subscriber);
    else if (!wants && this.unsubscribe) {
      this.unsubscribe();
      this.unsubscribe = undefined;
    } else if (wants) reschedule();
  }
}
