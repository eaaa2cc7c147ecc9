/**
 * Loading news through the shared loader: one request per URL per page (shared with every other widget reading
 * the same URL), the last good copy on failure, and the JSON Feed / RSS / Atom converters fetched only when a
 * document needs them.
 */
import { loadFeedFor, type LoadedFeed, type LoadOptions } from '../core/feed/loader.js';
import { news } from '../core/feed/rules/news.js';
import type { ValidationResult } from '../core/feed/types.js';
import { detectNews, type DetectedNews } from './detect.js';

const PENDING = Symbol('dcr-news-pending');
type Read = ValidationResult & { [PENDING]?: DetectedNews };

/**
 * The loader's parser: a dcr feed is read as `loadFeed` reads it (its news validated when first read); another format is
 * detected — so unreadable documents fail as loader errors — and handed on, as an empty feed, for conversion.
 */
export function readNewsDocument(text: string, readFeed: (raw: unknown) => ValidationResult): ValidationResult {
  const found = detectNews(text);
  if (found.format === 'dcr') return readFeed(found.json);
  const none = { kept: 0, dropped: 0 };
  const read: Read = {
    feed: { version: '1', facilities: { type: 'FeatureCollection', features: [] }, events: [], news: [], facts: [] },
    problems: [],
    counts: { facilities: none, events: none, news: none, facts: none },
  };
  read[PENDING] = found;
  return read;
}

const converted = new WeakMap<ValidationResult, Promise<ValidationResult>>();

/** Loads `url` as news: the shared feed, or a JSON Feed, RSS or Atom document converted to the shared shape. */
export async function loadNews(url: string, options: LoadOptions = {}): Promise<LoadedFeed> {
  // Cached as the shared feed is: a page whose widgets all read one shared feed still makes one request.
  const loaded = await loadFeedFor(url, [news], options, readNewsDocument);
  const found = (loaded.data as Read)[PENDING];
  if (!found) return loaded;
  let data = converted.get(loaded.data);
  if (!data) {
    data = import('./parse.js').then((m) => m.convertNews(found, url));
    converted.set(loaded.data, data);
  }
  return { ...loaded, data: await data };
}
