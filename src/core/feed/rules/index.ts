import { events } from './events.js';
import { facilities } from './facilities.js';
import { facts } from './facts.js';
import { news } from './news.js';

export { events, facilities, facts, news };

/** Every collection's rules, in the order problems are reported. */
export const FEED_RULES = [facilities, events, news, facts];
