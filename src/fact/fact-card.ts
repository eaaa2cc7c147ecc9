/** Registers <dcr-fact-card> (safe to import twice). */
import { defineElement } from '../core/element.js';
import { DcrFactCardElement } from './fact-card-element.js';

export { DcrFactCardElement } from './fact-card-element.js';

defineElement('dcr-fact-card', DcrFactCardElement);
