/** Registers <dcr-finder>. Importing this module alone brings only the finder (and never maplibre-gl). */
import { defineElement } from '../core/element.js';
import { DcrFinderElement } from './finder-element.js';

export { DcrFinderElement } from './finder-element.js';
export { FacilitySelectEvent } from './events.js';

defineElement('dcr-finder', DcrFinderElement);

declare global {
  interface HTMLElementTagNameMap {
    'dcr-finder': DcrFinderElement;
  }
}
