import { common } from './en/common.js';
import { baseLanguage } from './format.js';
import type { Messages } from './en.js';

/** UI languages with a bundled catalog. English ships in every bundle; the others load on first use. */
export const SUPPORTED_LANGUAGES = ['en', 'fr', 'de', 'nl', 'es', 'pt', 'it', 'da', 'nb', 'pl', 'uk', 'ar'] as const;
/** A base language tag ("fr") with a catalog: bundled, or registered by the page. */
export type UiLanguage = string;

// One chunk per language: a page pays only for the languages its widgets show.
const loaders: Record<string, () => Promise<Messages>> = {
  fr: () => import('./fr.js').then((m) => m.fr),
  de: () => import('./de.js').then((m) => m.de),
  nl: () => import('./nl.js').then((m) => m.nl),
  es: () => import('./es.js').then((m) => m.es),
  pt: () => import('./pt.js').then((m) => m.pt),
  it: () => import('./it.js').then((m) => m.it),
  da: () => import('./da.js').then((m) => m.da),
  nb: () => import('./nb.js').then((m) => m.nb),
  pl: () => import('./pl.js').then((m) => m.pl),
  uk: () => import('./uk.js').then((m) => m.uk),
  ar: () => import('./ar.js').then((m) => m.ar),
};

/**
 * English as this page has it: the common messages, plus each widget's own group, added when the widget is first
 * created (`addEnglish`), so a bundle carries the English of its own widgets only. Other languages load whole.
 */
const english = { common } as Messages;

/** English messages by group; a group may be given in parts. */
export type EnglishParts = { [G in keyof Messages]?: Partial<Messages[G]> };

/** Adds messages to the built-in English (a widget's own strings), key by key: a group may come in parts. */
export function addEnglish(groups: EnglishParts): void {
  for (const [group, strings] of Object.entries(groups)) {
    const all = english as unknown as Record<string, object>;
    all[group] = { ...all[group], ...strings };
  }
}

const loaded = new Map<UiLanguage, Messages>([['en', english]]);
const pending = new Map<UiLanguage, Promise<Messages>>();

/**
 * Adds (or replaces) the catalog for a language, so a partner can offer a language we do not ship.
 * Widgets already on the page pick it up on their next render.
 */
export function registerMessages(lang: string, messages: Messages): void {
  loaded.set(catalogKey(lang), messages);
}

const RTL = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'dv', 'yi', 'ckb', 'sd', 'ug']);


/**
 * Languages read in another language's catalog: "no" (the Norwegian macro-language, still the most common
 * page tag in Norway) and Nynorsk are shown in Bokmål, which their readers read, rather than in English.
 */
const CATALOG_ALIASES: Record<string, string> = { no: 'nb', nn: 'nb' };

/** The catalog key of a tag: its base language, or the language whose catalog stands in for it ("no-NO" → "nb"). */
const catalogKey = (tag: string): string => {
  const b = baseLanguage(tag);
  return CATALOG_ALIASES[b] ?? b;
};

/** The catalog language for a tag: its catalog key ("fr-CH" → "fr", "no" → "nb") when there is a catalog for it, else English. */
export function uiLanguage(tag: string): UiLanguage {
  const k = catalogKey(tag);
  return loaded.has(k) || k in loaders ? k : 'en';
}

/** The locale widgets format with: the tag itself when its language has a catalog (keeps "fr-CH"), else "en". */
export function uiLocale(tag: string): string {
  const lang = uiLanguage(tag);
  if (lang === 'en' && baseLanguage(tag) !== 'en') return 'en';
  try {
    return Intl.getCanonicalLocales(tag.trim().replace('_', '-'))[0] ?? lang;
  } catch {
    return lang;
  }
}

/** Text direction of a language tag. */
export function directionOf(tag: string): 'ltr' | 'rtl' {
  return RTL.has(baseLanguage(tag)) ? 'rtl' : 'ltr';
}

/** The catalog if already loaded (English always is). */
export function messagesIfLoaded(lang: UiLanguage): Messages | undefined {
  return loaded.get(lang);
}

/** Loads (once) and returns the catalog for a language; English on failure. */
export function loadMessages(lang: UiLanguage): Promise<Messages> {
  const have = loaded.get(lang);
  if (have) return Promise.resolve(have);
  let p = pending.get(lang);
  if (!p) {
    const load = loaders[lang] ?? (() => Promise.resolve(english));
    p = load()
      .catch(() => english)
      .then((m) => {
        // A catalog that failed to load is remembered as English, so widgets stop asking.
        loaded.set(lang, m);
        return m;
      });
    pending.set(lang, p);
  }
  return p;
}
