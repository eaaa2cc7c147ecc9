/** The catalogs' shared test vocabulary: every message by path, and sample arguments for each function. */
import type { Messages } from '../../src/core/i18n/en.js';

export type Leaf = string | ((...args: never[]) => string);
export type Arg = 'n' | string;

/** The counts every plural message is tried with: each CLDR category of every shipped language shows up. */
export const COUNTS = [0, 1, 2, 3, 5, 11, 22, 100];

/**
 * Sample arguments of every message function: `n` is a count (tried with each of COUNTS), anything else a
 * string the output must contain. A function missing here fails the walk, so a new message gets samples.
 */
export const ARGS: Record<string, Arg[]> = {
  'common.staleCopy': ['⟪age⟫'],
  'common.skippedRecords': ['n'],
  'finder.filtersActive': ['n'],
  'finder.count': ['n', 'n'],
  'finder.openUntil': ['⟪time⟫'],
  'finder.closesSoon': ['⟪time⟫'],
  'finder.opensToday': ['⟪time⟫'],
  'finder.opensTomorrow': ['⟪time⟫'],
  'finder.opensOn': ['⟪day⟫', '⟪time⟫'],
  'finder.distance': ['⟪d⟫'],
  'finder.showMore': ['n'],
  'finder.mapCluster': ['n'],
  'finder.localTime': ['⟪zone⟫'],
  'finder.showEarlier': ['n'],
  'finder.showHidden': ['n'],
  'finder.spotPlaces': ['n'],
  'finder.checkedOn': ['⟪date⟫'],
  'countdown.dayOf': ['n', 'n'],
  'countdown.tookPlace': ['⟪dates⟫'],
  'countdown.wasPlanned': ['⟪dates⟫'],
  'countdown.units.days': ['n'],
  'countdown.units.hours': ['n'],
  'countdown.units.minutes': ['n'],
  'countdown.units.seconds': ['n'],
  'countdown.amount.days': ['n'],
  'countdown.amount.hours': ['n'],
  'countdown.amount.minutes': ['n'],
  'countdown.startsIn': ['⟪left⟫'],
  'countdown.yourTime': ['⟪dates⟫'],
  'countdown.unknownEvent': ['⟪id⟫'],
  'countdown.skippedEvent': ['⟪id⟫'],
  'countdown.missingAttribute': ['⟪attr⟫'],
  'countdown.badAttribute': ['⟪attr⟫', '⟪value⟫'],
  'countdown.endBeforeStart': ['⟪value⟫'],
  'news.showMore': ['n'],
  'news.shown': ['n', 'n'],
  'news.emptyTag': ['⟪tag⟫'],
  'fact.slide': ['n', 'n'],
  'fact.position': ['n', 'n'],
  'fact.moved': ['n', 'n', '⟪text⟫'],
  'fact.asOf': ['⟪date⟫'],
  'fact.citation': ['⟪text⟫', '⟪source⟫'],
  'fact.carouselOn': ['⟪topics⟫'],
  'fact.emptyTopic': ['⟪topic⟫'],
  'fact.missing': ['⟪id⟫'],
  'fact.unavailable': ['⟪id⟫'],
};

/** Every leaf of a catalog, by dotted path. */
export function leaves(obj: object, prefix = ''): [string, Leaf][] {
  return Object.entries(obj).flatMap(([k, v]) =>
    typeof v === 'object' && v !== null ? leaves(v as object, `${prefix}${k}.`) : [[`${prefix}${k}`, v as Leaf]],
  );
}

export const at = (m: Messages, path: string): Leaf | undefined =>
  path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], m) as Leaf | undefined;

/** The outputs of a leaf: the string itself, or the function called with each set of sample arguments. */
export function outputs(path: string, leaf: Leaf): { args: (string | number)[]; text: string }[] {
  if (typeof leaf === 'string') return [{ args: [], text: leaf }];
  const spec = ARGS[path];
  if (!spec) throw new Error(`${path}: a message function without sample arguments in ARGS`);
  const counts = spec.includes('n') ? COUNTS : [NaN];
  return counts.map((n) => {
    const args = spec.map((a) => (a === 'n' ? n : a));
    return { args, text: (leaf as (...a: (string | number)[]) => string)(...args) };
  });
}

/**
 * Messages a language may word exactly as English does — the same word, or a name — each with its reason.
 * Everything else must differ from English, so a string copied over untranslated is caught.
 */
export const SAME_AS_ENGLISH: Record<string, Record<string, string>> = {
  fr: {
    'common.source': 'French "Source"',
    'common.sources': 'French "Sources"',
    'finder.modeNames.injection': 'French "Injection"',
    'finder.offerNames.naloxone': 'the drug name, spelled the same in French',
    'finder.contact': 'French "Contact"',
    'countdown.units.minutes': 'French "minute(s)"',
    'countdown.amount.minutes': 'French "2 minutes"',
    'fact.position': '"1 / 3": digits and a slash',
  },
  de: {
    'finder.modeNames.oral': 'German "oral"',
    'finder.website': 'German "Website" (Duden)',
    'countdown.online': 'German "online" (Duden)',
    'fact.position': '"1 / 3": digits and a slash',
  },
  nl: {
    'finder.filters': 'Dutch "Filters" (plural of "filter")',
    'finder.filtersActive': 'Dutch "Filters (2)"',
    'finder.website': 'Dutch "website", the standard word (Van Dale)',
    'fact.position': '"1 / 3": digits and a slash',
  },
  es: { 'countdown.google': 'the product name Google uses in Spanish', 'fact.position': '"1 / 3": digits and a slash' },
  pt: { 'countdown.google': 'the product name Google uses in Portugal', 'fact.position': '"1 / 3": digits and a slash' },
  it: {
    'finder.offerNames.naloxone': 'the drug name, spelled the same in Italian',
    'countdown.google': 'the product name Google uses in Italian',
    'fact.position': '"1 / 3": digits and a slash',
  },
  da: { 'fact.position': '"1 / 3": digits and a slash' },
  nb: { 'fact.position': '"1 / 3": digits and a slash' },
  pl: { 'fact.position': '"1 / 3": digits and a slash' },
  uk: { 'fact.position': '"1 / 3": digits and a slash' },
  ar: { 'fact.position': '"1 / 3": digits and a slash (Arabic formats with Latin digits unless the region says otherwise)' },
};
