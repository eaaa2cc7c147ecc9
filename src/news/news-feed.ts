/** Registers <dcr-news-feed> (safe to import twice). */
import { defineElement } from '../core/element.js';
import { DcrNewsFeedElement } from './news-feed-element.js';

export { DcrNewsFeedElement } from './news-feed-element.js';
export type { NewsLayout } from './news-feed-element.js';

defineElement('dcr-news-feed', DcrNewsFeedElement);
