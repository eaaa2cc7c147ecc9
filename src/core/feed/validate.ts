/**
 * The runtime validator of the shared feed (version 1). It applies the rules of dcr-feed.schema.json record by record:
 * a bad record is dropped and reported, a bad optional field is left out and reported, every other record is kept.
 * Only a document that is not JSON, not an object, or of another major version fails as a whole. No eval, no
 * recursion into unknown keys (they are ignored), so hostile input costs time linear in what is read.
 */
import { FeedError } from './errors.js';
import type { Feed, FeedCollection, FeedProblem, ValidationResult } from './types.js';

type Json = Record<string, unknown>;
/**
 * Checks the value found under key `k` of the value at path `p`; returns the value to keep, or throws a `Bad`.
 * The path is joined only when needed (a failure, or an object or list to descend into): most fields pass.
 */
type Check = (value: unknown, p: string, k: string | number) => unknown;
/** A field is optional (a bad value is left out), required (1), or strict (2: may be absent, a bad value fails). */
type Field = Check | [Check, 1 | 2];

class Bad {
  constructor(
    readonly path: string,
    readonly message: string,
    readonly hint: string,
  ) {}
}

const fail = (path: string, message: string, hint: string): never => {
  throw new Bad(path, message, hint);
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

const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A short, safe description of a value for messages (never serialises nested data). */
const show = (v: unknown): string =>
  typeof v === 'string'
    ? JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v)
    : Array.isArray(v)
      ? 'a list'
      : isObj(v)
        ? 'an object'
        : String(v);

const str =
  (re: RegExp, what: string, hint: string): Check =>
  (v, p, k) =>
    typeof v === 'string' && re.test(v) ? v : fail(at(p, k), `${show(v)} is not ${what}`, hint);

const oneOf = (...values: string[]): Check => str(new RegExp(`^(${values.join('|')})$`), 'an allowed value', `Use one of: ${values.join(', ')}.`);

const NONEMPTY = /\S/;
const plain = str(NONEMPTY, 'a non-empty string', 'Write some text.');
const LANG = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*$/;
const lang = str(LANG, 'a language tag', 'Use a BCP 47 tag: en, fr, de-CH.');
const country = str(/^[A-Z]{2}$/, 'a country code', 'Use an ISO 3166 code in capitals: FR.');

const TEXT_HINT = 'Write a string or {"en": "…", "fr": "…"}.';
/** Human-readable text: a non-empty string, or a language map (bad entries are left out). */
const text: Check = (v, parent, key) => {
  if (typeof v === 'string') return NONEMPTY.test(v) ? v : fail(at(parent, key), 'the text is empty', TEXT_HINT);
  const p = at(parent, key);
  if (!isObj(v)) return fail(p, `${show(v)} is not text`, TEXT_HINT);
  const out: Record<string, string> = {};
  let kept = 0;
  for (const k of Object.keys(v)) {
    const s = v[k];
    if (!LANG.test(k)) ignored.push(new Bad(p, `${show(k)} is not a language tag`, 'Use BCP 47 tags: en, fr, de-CH.'));
    else if (typeof s !== 'string' || !NONEMPTY.test(s)) ignored.push(new Bad(`${p}/${k}`, `${show(s)} is not a non-empty string`, TEXT_HINT));
    else {
      out[k] = s;
      kept++;
    }
  }
  return kept ? out : fail(p, 'the language map has no usable text', TEXT_HINT);
};

const URL_HINT = 'Write a full address: https://…';
/** An absolute http(s) URL, normalised; javascript:, data:, relative and other addresses fail. */
const url: Check = (v, p, k) => {
  if (typeof v === 'string' && /^https?:\/\/\S+$/.test(v)) {
    try {
      return new URL(v).href;
    } catch {
      // falls through to the report
    }
  }
  return fail(at(p, k), `${show(v)} is not an http(s) address`, URL_HINT);
};

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** A date pattern whose groups 1–3 are year, month, day (month and day optional); the day must exist. */
const dated =
  (re: RegExp, what: string, hint: string): Check =>
  (v, p, k) => {
    const m = typeof v === 'string' ? re.exec(v) : null;
    if (m) {
      const [y, mo, d] = [+m[1], +m[2], +m[3]];
      if (!m[2] || (mo >= 1 && mo <= 12 && (!m[3] || (d >= 1 && d <= (mo === 2 && y % 4 === 0 && (y % 100 > 0 || y % 400 === 0) ? 29 : MONTH_DAYS[mo - 1])))))
        return v;
    }
    return fail(at(p, k), `${show(v)} is not ${what}`, hint);
  };

/** RFC 3339: a date-time with a UTC offset, or a plain date (all day). */
const when = dated(
  /^(\d{4})-(\d\d)-(\d\d)(T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d+)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d))?$/,
  'an RFC 3339 date or date-time',
  'Write 2025-05-04T09:00:00+02:00, or 2025-05-04 for all day.',
);
/** A day, or only a year-month or a year when that is all a source says. */
const day = dated(/^(\d{4})(?:-(\d\d)(?:-(\d\d))?)?$/, 'a date', 'Write YYYY-MM-DD, YYYY-MM or YYYY.');

const zones = new Map<string, boolean>();
/** An IANA time zone this runtime knows (checked once per name with Intl). */
const tz: Check = (v, p, k) => {
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
  return fail(at(p, k), `${show(v)} is not a known IANA time zone`, 'Use an IANA name: Europe/Paris.');
};

const int =
  (min: number, max: number): Check =>
  (v, p, k) =>
    Number.isInteger(v) && (v as number) >= min && (v as number) <= max ? v : fail(at(p, k), `${show(v)} is not a whole number from ${min} to ${max}`, 'Write a number in range.');

const COORD_HINT = 'Write [longitude, latitude]: [7.75, 48.58].';
/** A GeoJSON position: [longitude, latitude] (an altitude third is allowed and dropped). */
const lonLat: Check = (v, parent, k) => {
  const p = at(parent, k);
  if (Array.isArray(v) && v.length > 1 && v.length < 4 && v.every((n) => typeof n === 'number' && Number.isFinite(n))) {
    const [lon, lat] = v as number[];
    if (Math.abs(lon) <= 180 && Math.abs(lat) <= 90) return [lon, lat];
    if (Math.abs(lat) <= 180 && Math.abs(lon) <= 90) fail(p, `latitude ${lat} is out of range`, `${COORD_HINT} Swapped?`);
  }
  return fail(p, 'is not [longitude, latitude] in range', COORD_HINT);
};

/** What a check would say about a value that is not there: the hint for a missing field. */
function hintOf(check: Check): string {
  try {
    check(undefined, '', '');
  } catch (e) {
    if (e instanceof Bad) return e.hint;
  }
  return '';
}

/** An object with these fields; unknown keys are ignored. `then` checks across fields. */
function obj(fields: Record<string, Field>, then?: (out: Json, path: string) => void): Check {
  const spec = Object.entries(fields).map(([k, f]) => (Array.isArray(f) ? [k, ...f] : [k, f, 0]) as [string, Check, number]);
  return (v, parent, key) => {
    const p = at(parent, key);
    if (!isObj(v)) return fail(p, `${show(v)} is not an object`, 'Write an object: { … }.');
    const out: Json = {};
    for (const [k, check, mode] of spec) {
      const x = v[k];
      if (x === undefined) {
        if (mode === 1) fail(`${p}/${k}`, `"${k}" is missing`, `Add "${k}". ${hintOf(check)}`);
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
const list =
  (item: Check, min = 0, loose = false): Check =>
  (v, parent, key) => {
    const p = at(parent, key);
    if (!Array.isArray(v)) return fail(p, `${show(v)} is not a list`, 'Write a list: [ … ].');
    const out: unknown[] = [];
    const mark = ignored.length;
    for (let i = 0; i < v.length; i++) {
      const x = loose ? lenient(item, v[i], p, i) : item(v[i], p, i);
      if (x !== SKIP) out.push(x);
    }
    if (out.length >= min) return out;
    // Too few good entries: the first bad one is the reason worth reporting.
    throw ignored[mark] ?? new Bad(p, 'the list is empty', 'Give at least one valid entry.');
  };

const ID_HINT = 'Give each record its own string id.';
const id = str(NONEMPTY, 'a non-empty string', ID_HINT);
const link = obj({ name: [text, 1], url });
const HHMM = '([01]\\d|2[0-3]):[0-5]\\d';
const DAYS = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'];
const hoursRow = obj({
  days: [list(oneOf(...DAYS), 1), 1],
  opens: [str(new RegExp(`^${HHMM}$`), 'a time HH:MM', 'Write HH:MM, 24-hour.'), 1],
  closes: [str(new RegExp(`^(${HHMM}|24:00)$`), 'a time HH:MM', 'Write HH:MM, 24-hour (24:00: midnight).'), 1],
});

const facility = obj({
  type: [oneOf('Feature'), 1],
  id: [id, 1],
  geometry: [obj({ type: [oneOf('Point'), 1], coordinates: [lonLat, 1] }), 1],
  properties: [
    obj({
      name: [text, 1],
      operator: text,
      address: [obj({ street: text, postalCode: plain, city: [text, 1], country: [country, 1] }), 1],
      model: oneOf('integrated', 'standalone', 'mobile'),
      services: list(oneOf('injection', 'inhalation', 'snorting', 'oral'), 1, true),
      offers: list(str(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'an offer name', 'Use lower-case-words.'), 0, true),
      // A bad row leaves all hours out: a partial week would show the place as closed when it may be open.
      hours: list(hoursRow, 1),
      hoursNote: text,
      timeZone: tz,
      phone: str(/^\+?[0-9 ()./-]{3,}$/, 'a phone number', 'Write digits and spaces: +33 3 88 00 00 00.'),
      email: str(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'an e-mail address', 'Write name@example.org.'),
      website: url,
      languages: list(lang, 0, true),
      status: [oneOf('operating', 'temporarily-closed', 'closed', 'planned', 'unconfirmed'), 1],
      statusNote: text,
      precision: [oneOf('address', 'street', 'city'), 1],
      verified: day,
      opened: int(1900, 2100),
      description: text,
      sources: [list(link, 1, true), 1],
    }),
    1,
  ],
});

/** Whether `end` is earlier than `start`; a plain date compares by day (an all-day end lasts the whole day). */
const endsEarly = (start: string, end: string) =>
  start.length === 10 || end.length === 10 ? end.slice(0, 10) < start.slice(0, 10) : Date.parse(end) < Date.parse(start);

const event = obj(
  {
    id: [id, 1],
    name: [text, 1],
    description: text,
    start: [when, 1],
    end: when,
    timeZone: tz,
    location: obj({ name: text, address: text, city: text, country, coordinates: lonLat }),
    online: url,
    organizers: list(link, 0, true),
    url,
    registrationUrl: url,
    status: [oneOf('scheduled', 'postponed', 'cancelled'), 2],
  },
  (o, p) => {
    o.status ??= 'scheduled';
    if (typeof o.end === 'string' && endsEarly(o.start as string, o.end)) {
      ignored.push(new Bad(`${p}/end`, `the event ends (${o.end}) before it starts (${o.start})`, 'Check "start" and "end".'));
      delete o.end;
    }
  },
);

const news = obj(
  {
    id: [id, 1],
    title: [text, 1],
    date: when,
    location: text,
    summary: text,
    url,
    tags: list(plain, 0, true),
    image: obj({ url: [url, 1], alt: text, width: int(1, 1e5), height: int(1, 1e5) }),
    source: link,
  },
  // An undated item is kept and listed last; '' marks it (as the news converters do).
  (o) => void (o.date ??= ''),
);

const fact = obj({
  id: [id, 1],
  text: [text, 1],
  topic: plain,
  figure: obj({
    value: [(v, p, k) => (typeof v === 'number' && Number.isFinite(v) ? v : plain(v, p, k)), 1],
    unit: text,
    label: text,
  }),
  source: [obj({ name: [text, 1], url, date: day }), 1],
});

const head = obj({ title: text, updated: when, language: lang, publisher: link, home_page_url: url });

/**
 * Validates a parsed feed document record by record. Throws a `FeedError` ('schema') only when the document
 * is not an object or not version 1; everything else is reported in `problems`.
 */
export function validateFeed(raw: unknown): ValidationResult {
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
  const report = (b: Bad, effect: FeedProblem['effect'], collection?: FeedCollection, index?: number, id?: string) =>
    problems.push({ path: b.path, collection, index, id, message: b.message, hint: b.hint, effect });
  const counts = {} as ValidationResult['counts'];

  ignored = typeof v === 'number' ? [new Bad('/version', 'the version is a number', 'Write "version": "1" (a string).')] : [];
  const top = head(raw, '', '') as Partial<Feed>;
  for (const b of ignored) report(b, 'ignored');

  const records = (name: FeedCollection, value: unknown, path: string, check: Check) => {
    const kept: unknown[] = [];
    const seen = new Set<string>();
    let dropped = 0;
    if (value !== undefined && !Array.isArray(value)) report(new Bad(path, `${show(value)} is not a list`, 'Write a list: [ … ].'), 'dropped', name);
    const all = Array.isArray(value) ? value : [];
    for (let i = 0; i < all.length; i++) {
      const r = all[i];
      const p = `${path}/${i}`;
      const rid = isObj(r) && typeof r.id === 'string' ? r.id : undefined;
      ignored = [];
      try {
        const rec = check(r, path, i) as { id: string };
        if (seen.has(rec.id)) fail(`${p}/id`, `id ${show(rec.id)} is already used by an earlier record`, ID_HINT);
        seen.add(rec.id);
        kept.push(rec);
        for (const b of ignored) report(b, 'ignored', name, i, rid);
      } catch (e) {
        if (!(e instanceof Bad)) throw e;
        dropped++;
        report(e, 'dropped', name, i, rid);
      }
    }
    counts[name] = { kept: kept.length, dropped };
    return kept as never[];
  };

  const fc = raw.facilities;
  let features: unknown;
  if (isObj(fc)) {
    if (fc.type !== 'FeatureCollection') {
      report(new Bad('/facilities/type', `${show(fc.type)} is not "FeatureCollection"`, 'Write "type": "FeatureCollection".'), 'ignored', 'facilities');
    }
    features = fc.features;
    if (features === undefined) report(new Bad('/facilities/features', '"features" is missing', 'Write "features": [ … ].'), 'dropped', 'facilities');
  } else if (fc !== undefined) {
    report(new Bad('/facilities', `${show(fc)} is not a GeoJSON FeatureCollection`, 'Write {"type": "FeatureCollection", "features": [ … ]}.'), 'dropped', 'facilities');
  }
  const feed: Feed = {
    ...top,
    version,
    facilities: { type: 'FeatureCollection', features: records('facilities', features, '/facilities/features', facility) },
    events: records('events', raw.events, '/events', event),
    news: records('news', raw.news, '/news', news),
    facts: records('facts', raw.facts, '/facts', fact),
  };
  ignored = [];
  return { feed, problems, counts };
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
