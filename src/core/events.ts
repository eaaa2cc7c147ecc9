import type { FeedErrorKind } from './feed/errors.js';
import type { LoadedFeed } from './feed/loader.js';

export interface DcrLoadDetail {
  url: string;
  feed: LoadedFeed['data']['feed'];
  problems: LoadedFeed['data']['problems'];
  /** True when the network failed and the widget shows the last good copy. */
  stale: boolean;
}

export interface DcrErrorDetail {
  url: string;
  kind: FeedErrorKind;
  message: string;
}

/** Fired when a widget's feed is ready (also for a saved copy after a failure: see `detail.stale`). */
export class DcrLoadEvent extends CustomEvent<DcrLoadDetail> {
  constructor(detail: DcrLoadDetail) {
    super('dcr-load', { detail, bubbles: true, composed: true });
  }
}

/** Fired when a widget's feed failed and no saved copy could stand in; `detail` has the reason. */
export class DcrErrorEvent extends CustomEvent<DcrErrorDetail> {
  constructor(detail: DcrErrorDetail) {
    super('dcr-error', { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'dcr-load': DcrLoadEvent;
    'dcr-error': DcrErrorEvent;
  }
}
