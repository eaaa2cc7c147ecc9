/** Registers <dcr-event-countdown> (safe to import twice). */
import { defineElement } from '../core/element.js';
import { DcrEventCountdownElement } from './event-countdown-element.js';

export { DcrEventCountdownElement } from './event-countdown-element.js';
export { EventStartEvent, EventEndEvent } from './events.js';

defineElement('dcr-event-countdown', DcrEventCountdownElement);
