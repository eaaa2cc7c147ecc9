/** Cached Intl formatters: creating one costs far more than using it, and widgets format on every render. */
const cache = new Map<string, unknown>();

function cached<T>(kind: string, locale: string, options: object | undefined, make: () => T): T {
  const key = `${kind}|${locale}|${options ? JSON.stringify(options) : ''}`;
  let hit = cache.get(key) as T | undefined;
  if (!hit) {
    hit = make();
    cache.set(key, hit);
  }
  return hit;
}

export const dateFormat = (locale: string, options?: Intl.DateTimeFormatOptions): Intl.DateTimeFormat =>
  cached('date', locale, options, () => new Intl.DateTimeFormat(locale, options));

export const numberFormat = (locale: string, options?: Intl.NumberFormatOptions): Intl.NumberFormat =>
  cached('number', locale, options, () => new Intl.NumberFormat(locale, options));

export const relativeTimeFormat = (locale: string, options?: Intl.RelativeTimeFormatOptions): Intl.RelativeTimeFormat =>
  cached('relative', locale, options, () => new Intl.RelativeTimeFormat(locale, options));

export const listFormat = (locale: string, options?: Intl.ListFormatOptions): Intl.ListFormat =>
  cached('list', locale, options, () => new Intl.ListFormat(locale, options));

export const pluralRules = (locale: string, options?: Intl.PluralRulesOptions): Intl.PluralRules =>
  cached('plural', locale, options, () => new Intl.PluralRules(locale, options));

export const displayNames = (locale: string, options: Intl.DisplayNamesOptions): Intl.DisplayNames =>
  cached('names', locale, options, () => new Intl.DisplayNames(locale, options));

/** The base language of a BCP 47 tag, lower case ("fr-CH" → "fr"). */
export const baseLanguage = (tag: string): string => tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';

/** Languages written in Arabic script: they separate with the Arabic comma. */
const ARABIC_COMMA = new Set(['ar', 'fa', 'ur', 'ps', 'ckb', 'sd', 'ug']);

/** The comma that joins the parts of one place: "Strasbourg, France"; "Strasbourg، فرنسا" in Arabic script. */
export const comma = (locale: string): string => (ARABIC_COMMA.has(baseLanguage(locale)) ? '، ' : ', ');

/** Plural forms of one message; `other` is required, as in CLDR. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** Picks the CLDR plural form of `n` for `locale` and replaces `#` with the localized number. */
export function plural(locale: string, n: number, forms: PluralForms): string {
  const form = forms[pluralRules(locale).select(n)] ?? forms.other;
  return form.replace('#', numberFormat(locale).format(n));
}

/** The units a countdown sentence counts in. */
type Unit = 'days' | 'hours' | 'minutes';

/** A count with its unit word, its number in `locale` (the page's region may pick the digits; default: the catalog's). */
export type Amounts = Record<Unit, (n: number, locale?: string) => string>;

/** "3 days": each count before its unit word (`units` is read when called: a catalog's own). */
export function amounts(lang: string, units: () => Record<Unit, (n: number) => string>): Amounts {
  const say = (u: Unit) => (n: number, locale = lang) => `${numberFormat(locale).format(n)} ${units()[u](n)}`;
  return { days: say('days'), hours: say('hours'), minutes: say('minutes') };
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 86_400_000],
  ['month', 30 * 86_400_000],
  ['week', 7 * 86_400_000],
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/** "3 hours ago" / "in 2 days" for a difference in milliseconds (negative = past). */
export function relativeTime(locale: string, diffMs: number): string {
  const rtf = relativeTimeFormat(locale, { numeric: 'auto' });
  for (const [unit, size] of UNITS) {
    if (Math.abs(diffMs) >= size) return rtf.format(Math.round(diffMs / size), unit);
  }
  return rtf.format(0, 'minute');
}
