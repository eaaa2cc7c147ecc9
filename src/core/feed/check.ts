/**
 * The building blocks of the feed validator (see validate.ts for the whole picture): checks for one value, objects and
 * lists of them, and the per-record reading of one collection. A failed check names a fix `rule` — a short key that
 * hints.ts turns into a sentence — so the fix texts stay out of the widgets' bundles (the CLI and `validateFeed` add them).
 */
import type { FeedCollection, FeedProblem, ValidationResult } from './types.js';

type Json = Record<string, unknown>;
/**
 * Checks the value found under key `k` of the value at path `p`; returns the value to keep, or throws a `Bad`.
 * The path is joined only when needed (a failure, or an object or list to descend into): most fields pass.
 */
export type Check = (value: unknown, p: string, k: string | number) => unknown;
/** A field is optional (a bad value is left out), required (1), or strict (2: may be absent, a bad value fails). */
type Field = Check | [Check, 1 | 2];

export class Bad {
  constructor(
    readonly path: string,
    readonly message: string,
    /** The fix: a key of hints.ts, e.g. "url", "oneOf:a,b", "add:name:text". */
    readonly rule: string,
  ) {}
}

const fail = (path: string, message: string, rule: string): never => {
  throw new Bad(path, message, rule);
};

const at = (p: string, k: string | number) => (k === '' ? p : `${p}/${k}`);

/** Fields left out in the record being read, reported only if the record is kept. */
let ignored: Bad[] = [];

const SKIP = Symbol('skip');

/** Runs `check`; on failure, records why and returns SKIP (optional fields, entries of loose lists). */
function lenient(check: Check, value: unknown, p: string, k: string | number): unknown {
  const mark = ignored.length;
  try {
    return check(value, p, k);
  } catch (e) {
    if (!(e instanceof Bad)) throw e;
    ignored.length = mark;
    ignored.push(e);
    return SKIP;
  }
}

export const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A short, safe description of a value for messages (never serialises nested data). */
export const show = (v: unknown): string =>
  typeof v === 'string'
    ? JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v)
    : Array.isArray(v)
      ? 'a list'
      : isObj(v)
        ? 'an object'
        : String(v);

/**
 * The longest string kept, in characters: far above any name, paragraph or address, and far below the megabyte of
 * text that would make a widget as tall as a skyscraper and its page take minutes to lay out.
 */
const MAX_TEXT = 10_000;
/** Fails when `v` is a string over MAX_TEXT characters (code points, as JSON Schema's maxLength counts). */
const short = (v: unknown, p: string, k: string | number): void => {
  if (typeof v === 'string' && v.length > MAX_TEXT && v.length - (v.match(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g)?.length ?? 0) > MAX_TEXT) {
    fail(at(p, k), `${show(v)} is ${v.length.toLocaleString('en')} characters long`, 'long');
  }
};

export const str =
  (re: RegExp, what: string, rule: string): Check =>
  (v, p, k) => {
    short(v, p, k);
    return typeof v === 'string' && re.test(v) ? v : fail(at(p, k), `${show(v)} is not ${what}`, rule);
  };

export const oneOf = (...values: string[]): Check => str(new RegExp(`^(${values.join('|')})$`), 'an allowed value', `oneOf:${values}`);

const NONEMPTY = /\S/;
export const plain = /* @__PURE__ */ str(NONEMPTY, 'a non-empty string', 'plain');
const LANG = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*$/;
export const lang = /* @__PURE__ */ str(LANG, 'a language tag', 'lang');
export const country = /* @__PURE__ */ str(/^[A-Z]{2}$/, 'a country code', 'country');

/** Human-readable text: a non-empty string, or a language map (bad entries are left out). */
export const text: Check = (v, parent, key) => {
  short(v, parent, key);
  if (typeof v === 'string') return NONEMPTY.test(v) ? v : fail(at(parent, key), 'the text is empty', 'text');
  const p = at(parent, key);
  if (!isObj(v)) return fail(p, `${show(v)} is not text`, 'text');
  const out: Record<string, string> = {};
  let kept = 0;
  for (const k of Object.keys(v)) {
    const s = v[k];
    if (lenient(short, s, p, k) === SKIP) continue;
    if (!LANG.test(k)) ignored.push(new Bad(p, `${show(k)} is not a language tag`, 'langs'));
    else if (typeof s !== 'string' || !NONEMPTY.test(s)) ignored.push(new Bad(`${p}/${k}`, `${show(s)} is not a non-empty string`, 'text'));
    else {
      out[k] = s;
      kept++;
    }
  }
  return kept ? out : fail(p, 'the language map has no usable text', 'text');
};

/** An absolute http(s) URL, normalised; javascript:, data:, relative and other addresses fail. */
export const url: Check = (v, p, k) => {
  short(v, p, k);
  if (typeof v === 'string' && /^https?:\/\/\S+$/.test(v)) {
    try {
      return new URL(v).href;
    } catch {
      // falls through to the report
    }
  }
  return fail(at(p, k), `${show(v)} is not an http(s) address`, 'url');
};

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** A date pattern whose groups 1–3 are year, month, day (month and day optional); the day must exist. */
const dated =
  (re: RegExp, what: string, rule: string): Check =>
  (v, p, k) => {
    const m = typeof v === 'string' ? re.exec(v) : null;
    if (m) {
      const [y, mo, d] = [+m[1], +m[2], +m[3]];
      if (!m[2] || (mo >= 1 && mo <= 12 && (!m[3] || (d >= 1 && d <= (mo === 2 && y % 4 === 0 && (y % 100 > 0 || y % 400 === 0) ? 29 : MONTH_DAYS[mo - 1])))))
        return v;
    }
    return fail(at(p, k), `${show(v)} is not ${what}`, rule);
  };

/** RFC 3339: a date-time with a UTC offset, or a plain date (all day). */
export const when = /* @__PURE__ */ dated(
  /^(\d{4})-(\d\d)-(\d\d)(T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d+)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d))?$/,
  'an RFC 3339 date or date-time',
  'when',
);
/** A day, or only a year-month or a year when that is all a source says. */
export const day = /* @__PURE__ */ dated(/^(\d{4})(?:-(\d\d)(?:-(\d\d))?)?$/, 'a date', 'day');

const zones = new Map<string, boolean>();
/** An IANA time zone this runtime knows (checked once per name with Intl). */
export const tz: Check = (v, p, k) => {
  if (typeof v === 'string' && /^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/.test(v)) {
    let ok = zones.get(v);
    if (ok === undefined) {
      try {
        new Intl.DateTimeFormat('en', { timeZone: v });
        ok = true;
      } catch {
        ok = false;
      }
      zones.set(v, ok);
    }
    if (ok) return v;
  }
  return fail(at(p, k), `${show(v)} is not a known IANA time zone`, 'tz');
};

export const int =
  (min: number, max: number): Check =>
  (v, p, k) =>
    Number.isInteger(v) && (v as number) >= min && (v as number) <= max ? v : fail(at(p, k), `${show(v)} is not a whole number from ${min} to ${max}`, 'int');

/** A GeoJSON position: [longitude, latitude] (an altitude third is allowed and dropped). */
export const lonLat: Check = (v, parent, k) => {
  const p = at(parent, k);
  if (Array.isArray(v) && v.length > 1 && v.length < 4 && v.every((n) => typeof n === 'number' && Number.isFinite(n))) {
    const [lon, lat] = v as number[];
    if (Math.abs(lon) <= 180 && Math.abs(lat) <= 90) return [lon, lat];
    if (Math.abs(lat) <= 180 && Math.abs(lon) <= 90) fail(p, `latitude ${lat} is out of range`, 'swapped');
  }
  return fail(p, 'is not [longitude, latitude] in range', 'coordinates');
};

/** The fix rule a check names for a value that is not there (for a missing field's report). */
function ruleOf(check: Check): string {
  try {
    check(undefined, '', '');
  } catch (e) {
    if (e instanceof Bad) return e.rule;
  }
  return '';
}

/** An object with these fields; unknown keys are ignored. `then` checks across fields. */
export function obj(fields: Record<string, Field>, then?: (out: Json, path: string) => void): Check {
  const spec = Object.entries(fields).map(([k, f]) => (Array.isArray(f) ? [k, ...f] : [k, f, 0]) as [string, Check, number]);
  return (v, parent, key) => {
    const p = at(parent, key);
    if (!isObj(v)) return fail(p, `${show(v)} is not an object`, 'object');
    const out: Json = {};
    for (const [k, check, mode] of spec) {
      const x = v[k];
      if (x === undefined) {
        if (mode === 1) fail(`${p}/${k}`, `"${k}" is missing`, `add:${k}:${ruleOf(check)}`);
        continue;
      }
      const y = mode ? check(x, p, k) : lenient(check, x, p, k);
      if (y !== SKIP) out[k] = y;
    }
    then?.(out, p);
    return out;
  };
}

/** A list; with `loose`, bad entries are left out and reported. Fails when fewer than `min` entries remain. */
export const list =
  (item: Check, min = 0, loose = false): Check =>
  (v, parent, key) => {
    const p = at(parent, key);
    if (!Array.isArray(v)) return fail(p, `${show(v)} is not a list`, 'list');
    const out: unknown[] = [];
    const mark = ignored.length;
    for (let i = 0; i < v.length; i++) {
      const x = loose ? lenient(item, v[i], p, i) : item(v[i], p, i);
      if (x !== SKIP) out.push(x);
    }
    if (out.length >= min) return out;
    // Too few good entries: the first bad one is the reason worth reporting.
    throw ignored[mark] ?? new Bad(p, 'the list is empty', 'entries');
  };

/** Records a problem found outside any record check (a wrong-shaped collection, the document's head). */
export const ignore = (b: Bad) => ignored.push(b);

export const id = /* @__PURE__ */ str(NONEMPTY, 'a non-empty string', 'id');
export const link = /* @__PURE__ */ obj({ name: [text, 1], url });

export type Report = (b: Bad, effect: FeedProblem['effect'], collection?: FeedCollection, index?: number, id?: string) => void;
export type Counts = ValidationResult['counts'];

/** How one collection is read from the raw document: its records checked one by one. */
export interface FeedRule {
  name: FeedCollection;
  /** The validated collection (for facilities, the FeatureCollection). */
  read(raw: Json, report: Report, counts: Counts): unknown;
}

/**
 * Reads the records of one collection: a bad record is dropped and reported, a bad optional field inside a kept one is
 * reported as ignored; ids must be unique (the first record wins).
 */
export function records(name: FeedCollection, value: unknown, path: string, check: Check, report: Report, counts: Counts): never[] {
  const kept: unknown[] = [];
  const seen = new Set<string>();
  let dropped = 0;
  if (value !== undefined && !Array.isArray(value)) report(new Bad(path, `${show(value)} is not a list`, 'list'), 'dropped', name);
  const all = Array.isArray(value) ? value : [];
  for (let i = 0; i < all.length; i++) {
    const r = all[i];
    const p = `${path}/${i}`;
    const rid = isObj(r) && typeof r.id === 'string' ? r.id : undefined;
    ignored = [];
    try {
      const rec = check(r, path, i) as { id: string };
      if (seen.has(rec.id)) fail(`${p}/id`, `id ${show(rec.id)} is already used by an earlier record`, 'id');
      seen.add(rec.id);
      kept.push(rec);
      for (const b of ignored) report(b, 'ignored', name, i, rid);
    } catch (e) {
      if (!(e instanceof Bad)) throw e;
      dropped++;
      report(e, 'dropped', name, i, rid);
    }
  }
  ignored = [];
  counts[name] = { kept: kept.length, dropped };
  return kept as never[];
}

/** Runs a check on the document's head fields, collecting what it leaves out. */
export function readHead(check: Check, raw: Json, report: Report): Json {
  ignored = [];
  const out = check(raw, '', '') as Json;
  for (const b of ignored) report(b, 'ignored');
  ignored = [];
  return out;
}
