import type { Facility } from '../core/feed/types.js';

/** Fired when the user picks a facility (in the list or on the map); never for a deep link or a script. */
export class FacilitySelectEvent extends Event {
  /** The facility's id in the feed. */
  readonly id: string;
  /** The facility record as read from the feed (a GeoJSON Feature). */
  readonly record: Facility;

  constructor(id: string, record: Facility) {
    super('dcr-facility-select', { bubbles: true, composed: true });
    this.id = id;
    this.record = record;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'dcr-facility-select': FacilitySelectEvent;
  }
}
