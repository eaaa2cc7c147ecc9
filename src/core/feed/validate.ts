import { FeedError } from './errors.js';
import type { Feed, ValidationResult } from './types.js';

// Provisional: whole-document checks only. The per-record validator (issue #3) replaces the body.
export function validateFeed(raw: unknown): ValidationResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new FeedError('schema', 'The feed is not a JSON object.');
  }
  const doc = raw as Record<string, unknown>;
  const version = String(doc.version ?? '');
  if (!/^1(\.|$)/.test(version)) {
    throw new FeedError('schema', `This feed has version "${version}"; these widgets read version 1.`);
  }
  const arr = (v: unknown) => (Array.isArray(v) ? v : []);
  const fc = doc.facilities as { features?: unknown } | undefined;
  const feed = {
    ...doc,
    version,
    facilities: { type: 'FeatureCollection', features: arr(fc?.features) },
    events: arr(doc.events),
    news: arr(doc.news),
    facts: arr(doc.facts),
  } as unknown as Feed;
  const counts = {
    facilities: { kept: feed.facilities.features.length, dropped: 0 },
    events: { kept: feed.events.length, dropped: 0 },
    news: { kept: feed.news.length, dropped: 0 },
    facts: { kept: feed.facts.length, dropped: 0 },
  };
  return { feed, problems: [], counts };
}

/** Parses feed text (a leading byte-order mark is allowed) and validates it. */
export function parseFeedText(text: string): ValidationResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new FeedError('parse', `The feed is not valid JSON (${err instanceof Error ? err.message : 'syntax error'}).`);
  }
  return validateFeed(raw);
}
