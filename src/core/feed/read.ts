/**
 * Reading the shared feed (version 1) for the widgets. The document is parsed once and its head checked at once; each
 * collection is validated record by record the first time it is read, with the rules of the collections a widget shows
 * (loader.ts fetches this module and those rules while the feed request runs: a fact card fetches only the rules for
 * `facts` and `facilities`, and no widget's bundle carries them). Collections nobody on the page reads stay empty.
 * validate.ts reads every collection at once and adds the fix hints (the CLI, tests, `validateFeed`).
 */
import { FeedError } from './errors.js';
import { Bad, isObj, lang, link, obj, readHead, show, text, url, when, type Counts, type FeedRule, type Report } from './check.js';
import type { Feed, FeedCollection, FeedProblem, ValidationResult } from './types.js';

export type { FeedRule } from './check.js';

const head = /* @__PURE__ */ obj({ title: text, updated: when, language: lang, publisher: link, home_page_url: url });
const COLLECTIONS: readonly FeedCollection[] = ['facilities', 'events', 'news', 'facts'];

const extenders = new WeakMap<ValidationResult, (rules: readonly FeedRule[]) => void>();

/**
 * Reads a parsed feed document. Throws a `FeedError` ('schema') only when it is not an object or not version 1;
 * everything else is reported in `problems` (reading `problems` or `counts` validates every collection with rules).
 */
export function readFeed(raw: unknown, rules: readonly FeedRule[] = []): ValidationResult {
  if (!isObj(raw)) throw new FeedError('schema', `The feed is ${show(raw)}, not a JSON object.`);
  const v = raw.version;
  const version = typeof v === 'number' ? String(v) : v;
  if (typeof version !== 'string' || !/^1(\.\d+)*$/.test(version)) {
    throw new FeedError(
      'schema',
      v === undefined ? 'The feed has no "version"; add "version": "1".' : `The feed's version ${show(v)} is not supported: these widgets read version 1.`,
    );
  }
  const problems: FeedProblem[] = [];
  const report: Report = (b, effect, collection, index, id) =>
    problems.push({ path: b.path, collection, index, id, message: b.message, rule: b.rule, effect });
  if (typeof v === 'number') report(new Bad('/version', 'the version is a number', 'versionString'), 'ignored');
  const feed = { ...readHead(head, raw, report), version } as Feed & Record<FeedCollection, unknown>;

  const counts = {} as Counts;
  const known = new Map<FeedCollection, FeedRule>();
  const read = new Map<FeedCollection, unknown>();
  const empty: Record<FeedCollection, unknown> = { facilities: { type: 'FeatureCollection', features: [] }, events: [], news: [], facts: [] };
  const get = (name: FeedCollection) => {
    const rule = known.get(name);
    if (rule && !read.has(name)) read.set(name, rule.read(raw, report, counts));
    return rule ? read.get(name) : empty[name];
  };
  for (const name of COLLECTIONS) Object.defineProperty(feed, name, { get: () => get(name), enumerable: true, configurable: true });
  const readAll = () => {
    for (const name of COLLECTIONS) {
      get(name);
      counts[name] ??= { kept: 0, dropped: 0 };
    }
  };
  const result: ValidationResult = {
    feed,
    get problems() {
      readAll();
      return problems;
    },
    get counts() {
      readAll();
      return counts;
    },
  };
  const use = (more: readonly FeedRule[]) => {
    for (const r of more) if (!known.has(r.name)) known.set(r.name, r);
  };
  use(rules);
  extenders.set(result, use);
  return result;
}

/** Adds the rules of more collections to a feed read by `readFeed` (another kind of widget reads it too). */
export const useRules = (data: ValidationResult, rules: readonly FeedRule[]): void => extenders.get(data)?.(rules);

/** Parses feed text (a leading byte-order mark is allowed); throws a `FeedError` ('parse') when it is not JSON. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new FeedError('parse', `The feed is not valid JSON (${err instanceof Error ? err.message : 'syntax error'}).`);
  }
}

/** Parses and reads feed text; collections are validated when first read (see `readFeed`). */
export const readFeedText = (text: string): ValidationResult => readFeed(parseJson(text));
