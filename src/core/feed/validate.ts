/**
 * The runtime validator of the shared feed (version 1). It applies the rules of dcr-feed.schema.json record by record:
 * a bad record is dropped and reported, a bad optional field is left out and reported, every other record is kept.
 * Only a document that is not JSON, not an object, or of another major version fails as a whole. No eval, no
 * recursion into unknown keys (they are ignored), so hostile input costs time linear in what is read.
 *
 * This module reads every collection at once and gives each problem its fix hint: the CLI, the tests and the ESM
 * build use it. The widgets read the feed through read.ts, each with the rules of the collections it shows.
 */
import { explain } from './hints.js';
import { parseJson, readFeed } from './read.js';
import { FEED_RULES } from './rules/index.js';
import type { ValidationResult } from './types.js';

/**
 * Validates a parsed feed document record by record. Throws a `FeedError` ('schema') only when the document
 * is not an object or not version 1; everything else is reported in `problems`, each with a fix `hint`.
 */
export function validateFeed(raw: unknown): ValidationResult {
  const read = readFeed(raw, FEED_RULES);
  const feed = { ...read.feed };
  const problems = read.problems.map((p) => ({ ...p, hint: explain(p.rule) }));
  return { feed, problems, counts: read.counts };
}

/** Parses feed text (a leading byte-order mark is allowed) and validates it. */
export const parseFeedText = (text: string): ValidationResult => validateFeed(parseJson(text));
