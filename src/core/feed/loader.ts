import { FeedError } from './errors.js';
import { readFeed, readFeedText, useRules, type FeedRule } from './read.js';
import type { ValidationResult } from './types.js';

/** A parsed document plus where it came from; `stale` is set when this is the last good copy after a failure. */
export interface Loaded<T> {
  url: string;
  data: T;
  /** ISO time the document was fetched (for a stale copy: when it was saved). */
  fetchedAt: string;
  stale?: { error: FeedError };
}

export type LoadedFeed = Loaded<ValidationResult>;

export interface LoadOptions {
  /** Aborts this caller's wait only; the shared request goes on for the others. */
  signal?: AbortSignal;
  /** Re-request even if a settled result (error or stale copy) is cached; an in-flight request is shared. */
  reload?: boolean;
  /** Milliseconds before the request counts as failed (default 10 000). */
  timeoutMs?: number;
}

type Parser<T> = (text: string, contentType: string) => T | Promise<T>;

interface Entry {
  promise: Promise<Loaded<unknown>>;
  settled: boolean;
  fresh: boolean;
}

const STORAGE_PREFIX = 'dcr-widgets:v1:';
/** localStorage holds a few MB per origin; a copy larger than this is not kept. */
const STORAGE_CAP = 1_500_000;
export const DEFAULT_TIMEOUT_MS = 10_000;

const cache = new Map<string, Entry>();

/** Fires `dcr-feed-update` (detail: the cache key's URL) when a fresh copy of a document has loaded. */
export const feedUpdates = new EventTarget();

/** The bundled default feed: a separate asset, fetched only when a widget needs it. */
export const defaultFeedUrl = (): string => new URL('./default-feed.json', import.meta.url).href;

/** `src` attribute → `<meta name="dcr-feed">` → the bundled default feed, as an absolute URL. */
export function resolveFeedUrl(src?: string | null, doc: Document = document): string {
  const fromAttr = src?.trim();
  const fromMeta = doc.querySelector<HTMLMetaElement>('meta[name="dcr-feed"]')?.content?.trim();
  const chosen = fromAttr || fromMeta;
  if (chosen) {
    try {
      return new URL(chosen, doc.baseURI).href;
    } catch {
      // An unparsable URL fails in the loader with a message that names it.
      return chosen;
    }
  }
  return defaultFeedUrl();
}

/** Forgets every cached document (tests, or a page that swaps feeds wholesale). */
export function clearFeedCache(): void {
  cache.clear();
}

const storageKey = (kind: string, url: string) => `${STORAGE_PREFIX}${kind}:${url}`;

function saveCopy(kind: string, url: string, text: string, fetchedAt: string): void {
  if (text.length > STORAGE_CAP) return;
  try {
    localStorage.setItem(storageKey(kind, url), JSON.stringify({ fetchedAt, text }));
  } catch {
    // Quota exceeded, storage disabled or sandboxed: the copy is a convenience, never a requirement.
  }
}

function readCopy(kind: string, url: string): { fetchedAt: string; text: string } | undefined {
  try {
    const raw = localStorage.getItem(storageKey(kind, url));
    if (!raw) return undefined;
    const parsed = JSON.parse(raw) as { fetchedAt?: unknown; text?: unknown };
    return typeof parsed.fetchedAt === 'string' && typeof parsed.text === 'string'
      ? { fetchedAt: parsed.fetchedAt, text: parsed.text }
      : undefined;
  } catch {
    return undefined;
  }
}

function credentialsFor(url: URL): RequestCredentials {
  return typeof location !== 'undefined' && url.origin === location.origin ? 'same-origin' : 'omit';
}

/** "10 seconds", "1 second", "0.4 seconds". */
const seconds = (ms: number) => {
  const s = Number((ms / 1000).toPrecision(2));
  return `${s} second${s === 1 ? '' : 's'}`;
};

async function fetchText(href: string, timeoutMs: number, reload = false): Promise<{ text: string; contentType: string }> {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    throw new FeedError('network', `The feed address "${href}" is not a valid URL.`, href);
  }
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  try {
    let response: Response;
    try {
      // A retry goes to the server: an error the HTTP cache kept (a static host may let a 404 be kept for minutes)
      // would answer it again. A first load takes what the cache holds, as the feed's server allows.
      response = await fetch(url.href, { signal: controller.signal, credentials: credentialsFor(url), cache: reload ? 'no-cache' : undefined });
    } catch {
      if (timedOut) {
        throw new FeedError('timeout', `The feed did not answer within ${seconds(timeoutMs)}.`, href);
      }
      throw new FeedError(
        'network',
        'The feed could not be reached: the device may be offline, or the feed server does not allow this site (CORS).',
        href,
      );
    }
    if (!response.ok) {
      throw new FeedError(
        'http',
        `The feed server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`,
        href,
        response.status,
      );
    }
    try {
      const text = await response.text();
      return { text, contentType: response.headers.get('content-type') ?? '' };
    } catch {
      if (timedOut) {
        throw new FeedError('timeout', `The feed did not finish within ${seconds(timeoutMs)}.`, href);
      }
      throw new FeedError('network', 'The connection broke while the feed was downloading.', href);
    }
  } finally {
    clearTimeout(timer);
  }
}

function withSignal<T>(promise: Promise<T>, signal?: AbortSignal): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (v) => {
        signal.removeEventListener('abort', onAbort);
        resolve(v);
      },
      (e) => {
        signal.removeEventListener('abort', onAbort);
        reject(e);
      },
    );
  });
}

/**
 * Loads `url` once per page for every caller asking for the same `kind`: callers share one request
 * and one parsed result. On failure, the last good copy (localStorage) is served, marked `stale`.
 */
export function loadParsed<T>(url: string, kind: string, parse: Parser<T>, options: LoadOptions = {}): Promise<Loaded<T>> {
  const key = `${kind} ${url}`;
  let entry = cache.get(key);
  if (!entry || (options.reload && entry.settled && !entry.fresh)) {
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const current: Entry = { settled: false, fresh: false, promise: Promise.resolve() as never };
    current.promise = (async (): Promise<Loaded<T>> => {
      try {
        const { text, contentType } = await fetchText(url, timeoutMs, options.reload);
        const data = await parse(text, contentType);
        const fetchedAt = new Date().toISOString();
        saveCopy(kind, url, text, fetchedAt);
        current.fresh = true;
        return { url, data, fetchedAt };
      } catch (err) {
        // Parsers throw without knowing the address; the error a widget reports names it.
        const error =
          err instanceof FeedError
            ? err.url
              ? err
              : new FeedError(err.kind, err.message, url, err.status)
            : new FeedError('parse', err instanceof Error ? err.message : String(err), url);
        // A saved copy stands in for any passing failure: offline, a server error, a timeout, or a body that is no
        // feed (a captive portal's page, a cut-off download). Not for another feed version: that change is deliberate.
        const copy = error.kind === 'schema' ? undefined : readCopy(kind, url);
        if (copy) {
          try {
            return { url, data: await parse(copy.text, ''), fetchedAt: copy.fetchedAt, stale: { error } };
          } catch {
            // A saved copy that no longer parses (an older format) is ignored.
          }
        }
        throw error;
      } finally {
        current.settled = true;
      }
    })();
    current.promise.then(
      () => current.fresh && feedUpdates.dispatchEvent(new CustomEvent('dcr-feed-update', { detail: url })),
      () => undefined,
    );
    cache.set(key, current);
    entry = current;
  }
  return withSignal(entry.promise as Promise<Loaded<T>>, options.signal);
}

/**
 * Reads the text of a document loaded as the shared feed, for a widget that reads other formats too (the news feed):
 * `readFeed` reads a parsed shared feed (its collections validated when first read).
 */
export type FeedTextReader = (text: string, readFeed: (raw: unknown) => ValidationResult) => ValidationResult;

/**
 * Loads a shared feed (version 1) from `url` for a widget that shows the collections of `rules` (each widget's bundle
 * carries the rules of what it shows): they are validated when first read; a collection no widget on the page reads
 * stays empty. One request and one parse per URL however many widgets (of any kind) read it. `readText` reads the
 * document instead of the shared feed's reader (it is cached under the same key).
 */
export async function loadFeedFor(url: string, rules: readonly FeedRule[], options?: LoadOptions, readText?: FeedTextReader): Promise<LoadedFeed> {
  const loaded = await loadParsed(url, 'feed', (text) => (readText ? readText(text, readFeed) : readFeedText(text)), options);
  // The document may have been read first by another widget, with the rules of its own collections.
  useRules(loaded.data, rules);
  return loaded;
}

/**
 * Loads and validates a shared feed (version 1) from `url`: every collection (a page script, the demo, tests). The rules
 * of all four come in a chunk of their own, so no widget carries the rules of collections it does not show.
 */
export async function loadFeed(url: string, options?: LoadOptions): Promise<LoadedFeed> {
  // The request starts at once (a widget asking for the same URL meanwhile joins it); the rules load beside it.
  const all = import('./rules/index.js');
  all.catch(() => undefined);
  const loaded = await loadFeedFor(url, [], options);
  useRules(loaded.data, (await all).FEED_RULES);
  return loaded;
}
