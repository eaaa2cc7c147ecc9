import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What a `FeedTask` shows in each state (`render`). */
export interface FeedTaskRenderers<T> {
  initial?: () => unknown;
  pending?: () => unknown;
  complete?: (value: T) => unknown;
  error?: (error: unknown) => unknown;
}

export interface FeedTaskOptions<A extends readonly unknown[], T> {
  task: (args: A, options: { signal: AbortSignal }) => Promise<T>;
  args: () => A;
  onComplete?: (value: T) => void;
  onError?: (error: unknown) => void;
}

/**
 * The widgets' feed loading state: the part of `@lit/task`'s `Task` they use, in a fraction of its bytes (it is in every
 * widget's bundle). Runs `task(args)` before an update when `args()` changed (element by element, `===`) and on `run()`;
 * a new run aborts a pending one, and only the latest run's outcome counts. `status` has `TaskStatus`'s values:
 * 0 initial, 1 pending, 2 complete, 3 error. `value` keeps the last outcome's value while a new run is pending.
 */
export class FeedTask<A extends readonly unknown[], T> implements ReactiveController {
  status: 0 | 1 | 2 | 3 = 0;
  value: T | undefined;
  error: unknown;
  private lastArgs?: A;
  private calls = 0;
  private abort?: AbortController;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: FeedTaskOptions<A, T>,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const args = this.options.args();
    const last = this.lastArgs;
    if (!last || args.length !== last.length || args.some((a, i) => a !== last[i])) void this.run(args);
  }

  async run(args: A = this.options.args()): Promise<void> {
    this.lastArgs = args;
    if (this.status === 1) this.abort?.abort();
    this.status = 1;
    this.host.requestUpdate();
    const call = ++this.calls;
    const abort = (this.abort = new AbortController());
    let value: T | undefined;
    let error: unknown;
    let failed = false;
    try {
      value = await this.options.task(args, { signal: abort.signal });
    } catch (e) {
      failed = true;
      error = e;
    }
    if (call !== this.calls) return;
    if (failed) this.options.onError?.(error);
    else this.options.onComplete?.(value as T);
    this.status = failed ? 3 : 2;
    this.value = value;
    this.error = error;
    this.host.requestUpdate();
  }

  render(renderers: FeedTaskRenderers<T>): unknown {
    return [renderers.initial, renderers.pending, () => renderers.complete?.(this.value as T), () => renderers.error?.(this.error)][
      this.status
    ]?.();
  }
}
