/**
 * dcr-widgets drop-in entry: importing this module registers every widget.
 * Each widget also has its own entry (src/<widget>/<widget>.ts) that registers only itself.
 */
export { DcrElement, VERSION, defineElement } from './core/element.js';
export { FeedError } from './core/feed/errors.js';
export type { DcrLoadEvent, DcrErrorEvent, DcrLoadDetail, DcrErrorDetail } from './core/events.js';
export type * from './core/feed/types.js';
export { registerMessages, SUPPORTED_LANGUAGES } from './core/i18n/locale.js';
export type { Messages } from './core/i18n/en.js';
import './news/news-feed.js';
export { DcrNewsFeedElement } from './news/news-feed.js';
import './finder/finder.js';
export { DcrFinderElement, FacilitySelectEvent } from './finder/finder.js';
import './fact/fact-card.js';
export { DcrFactCardElement } from './fact/fact-card.js';
import './countdown/event-countdown.js';
export { DcrEventCountdownElement, EventStartEvent, EventEndEvent } from './countdown/event-countdown.js';
