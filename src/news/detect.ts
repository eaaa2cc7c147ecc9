/**
 * Tells a news document's format from its text, synchronously and cheaply (JSON.parse / DOMParser), so the
 * loader can reject what no widget reads — with a message a web editor understands — before any converter loads.
 */
import { FeedError } from '../core/feed/errors.js';

export type NewsFormat = 'dcr' | 'json-feed' | 'rss' | 'atom';

/** A document whose format is known: the parsed JSON object, or the XML root element. */
export interface DetectedNews {
  format: NewsFormat;
  json?: Record<string, unknown>;
  root?: Element;
}

export const NS = {
  atom: 'http://www.w3.org/2005/Atom',
  content: 'http://purl.org/rss/1.0/modules/content/',
  dc: 'http://purl.org/dc/elements/1.1/',
  media: 'http://search.yahoo.com/mrss/',
  rss1: 'http://purl.org/rss/1.0/',
  xml: 'http://www.w3.org/XML/1998/namespace',
};

/** RSS's own elements: no namespace (0.9x, 2.0) or the RSS 1.0 one — never atom:link or media:title. */
export const rssKids = (el: Element, name: string): Element[] =>
  Array.from(el.children).filter((c) => c.localName === name && (!c.namespaceURI || c.namespaceURI === NS.rss1));

/** Detects the format; throws a FeedError ('parse') for anything that is not a news document we read. */
export function detectNews(source: string): DetectedNews {
  const text = source.replace(/^\uFEFF/, '').trimStart();
  if (text.startsWith('{') || text.startsWith('[')) {
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (err) {
      throw new FeedError('parse', `The news feed is not valid JSON (${err instanceof Error ? err.message : 'syntax error'}).`);
    }
    const doc = (raw && typeof raw === 'object' && !Array.isArray(raw) ? raw : {}) as Record<string, unknown>;
    if (typeof doc.version === 'string' && /^https?:\/\/jsonfeed\.org\/version\//.test(doc.version)) return { format: 'json-feed', json: doc };
    // Any other versioned document is ours: validateFeed explains an unsupported version.
    if (['version', 'news', 'facilities', 'events', 'facts'].some((k) => k in doc)) return { format: 'dcr', json: doc };
    throw new FeedError(
      'parse',
      'This JSON is neither a dcr feed (no "news" list) nor a JSON Feed ("version": "https://jsonfeed.org/version/1.1").',
    );
  }
  if (text.startsWith('<')) {
    const xml = new DOMParser().parseFromString(text, 'application/xml');
    const root = xml.documentElement;
    const error = xml.getElementsByTagName('parsererror')[0];
    if (/^<!doctype html|^<html[\s>]/i.test(text) && (error || root?.localName.toLowerCase() === 'html')) {
      throw new FeedError('parse', 'This address returned a web page, not a feed.');
    }
    if (error || !root) {
      const why = (error?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 160);
      throw new FeedError('parse', `The news feed is not well-formed XML${why ? ` (${why})` : ''}.`);
    }
    if (root.localName === 'rss' || (root.localName === 'RDF' && rssKids(root, 'channel').length > 0)) return { format: 'rss', root };
    if (root.localName === 'feed' && root.namespaceURI === NS.atom) return { format: 'atom', root };
    throw new FeedError('parse', `This XML document (<${root.localName}>) is neither RSS nor Atom.`);
  }
  throw new FeedError('parse', 'This document is not a news feed: expected JSON Feed, RSS, Atom or a dcr feed.');
}

/** Which format a document is in, judged from its text; undefined when it is none we read. */
export function detectNewsFormat(source: string): NewsFormat | undefined {
  try {
    return detectNews(source).format;
  } catch {
    return undefined;
  }
}
