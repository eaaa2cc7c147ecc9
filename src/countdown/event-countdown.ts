/** Registers <dcr-event-countdown> (safe to import twice). */
import { defineElement } from '../core/element.js';
import { DcrEventCountdownElement } from './event-countdown-element.js';

export { DcrEventCountdownElement, EventStartEvent, EventEndEvent } from './event-countdown-element.js';

defineElement('dcr-event-countdown', DcrEventCountdownElement);
