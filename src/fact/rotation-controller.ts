import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { Rotation, type HoldReason, type Scheduler } from './rotation.js';

/** What the card shows about rotation (also `data-rotation` on its base, for partners' CSS). */
export type RotationState = 'off' | 'running' | 'paused' | 'held';

/**
 * Wires a `Rotation` to its element: holds it while the pointer is over the element, focus is inside it,
 * it is off screen (IntersectionObserver) or the tab is hidden, and while the element is not connected.
 * Every change of state asks the host to render again.
 */
export class RotationController implements ReactiveController {
  private readonly rotation: Rotation;
  private observer?: IntersectionObserver;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    onAdvance: () => void,
    scheduler: Scheduler,
  ) {
    this.rotation = new Rotation(onAdvance, scheduler);
    host.addController(this);
  }

  /** Whether rotation is set up (an interval and more than one fact). */
  get enabled(): boolean {
    return this.rotation.enabled;
  }

  /** Whether the reader stopped rotation with the pause button. */
  get paused(): boolean {
    return this.rotation.isHeld('user');
  }

  get state(): RotationState {
    if (!this.rotation.enabled) return 'off';
    if (this.paused) return 'paused';
    return this.rotation.held ? 'held' : 'running';
  }

  /** Sets the interval (0 = off) and the number of facts. */
  configure(intervalMs: number, count: number): void {
    this.rotation.configure(intervalMs, count);
  }

  /** The pause / play button. */
  togglePause(): void {
    this.hold('user', !this.paused);
  }

  hostConnected(): void {
    const host = this.host;
    host.addEventListener('mouseenter', this.onPointerIn);
    host.addEventListener('mouseleave', this.onPointerOut);
    host.addEventListener('focusin', this.onFocusIn);
    host.addEventListener('focusout', this.onFocusOut);
    host.ownerDocument.addEventListener('visibilitychange', this.onVisibility);
    this.onVisibility();
    if (typeof IntersectionObserver !== 'undefined') {
      // Held until the observer has seen the element on screen.
      this.hold('offscreen', true);
      this.observer = new IntersectionObserver((entries) => {
        const entry = entries[entries.length - 1];
        if (entry) this.hold('offscreen', !entry.isIntersecting);
      });
      this.observer.observe(host);
    }
    this.hold('detached', false);
  }

  hostDisconnected(): void {
    const host = this.host;
    this.hold('detached', true);
    host.removeEventListener('mouseenter', this.onPointerIn);
    host.removeEventListener('mouseleave', this.onPointerOut);
    host.removeEventListener('focusin', this.onFocusIn);
    host.removeEventListener('focusout', this.onFocusOut);
    host.ownerDocument.removeEventListener('visibilitychange', this.onVisibility);
    this.observer?.disconnect();
    this.observer = undefined;
  }

  private hold(reason: HoldReason, on: boolean): void {
    if (this.rotation.isHeld(reason) === on) return;
    this.rotation.hold(reason, on);
    this.host.requestUpdate();
  }

  private readonly onPointerIn = () => this.hold('hover', true);
  private readonly onPointerOut = () => this.hold('hover', false);
  private readonly onFocusIn = () => this.hold('focus', true);
  // Focus moving between our own controls never reaches the host; focus leaving does, with where it went.
  private readonly onFocusOut = (e: FocusEvent) => {
    const next = e.relatedTarget as Node | null;
    const host = this.host;
    this.hold('focus', Boolean(next && (next === host || host.contains(next) || host.shadowRoot?.contains(next))));
  };
  private readonly onVisibility = () => this.hold('hidden', this.host.ownerDocument.visibilityState === 'hidden');
}
