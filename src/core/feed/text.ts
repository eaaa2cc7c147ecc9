import { baseLanguage } from '../i18n/format.js';
import type { LocalizedText } from './types.js';

/** A string picked from a language map, with the language it is in (so a widget can set `lang` on it). */
export interface PickedText {
  text: string;
  /** The language tag of `text`, or undefined when the source was a plain string. */
  lang?: string;
}

const base = (tag: string) => tag.toLowerCase().split(/[-_]/)[0];

/**
 * Picks the best string for `locale` from a plain string or a language map:
 * exact tag → base language → the feed's `language` → English → the first entry.
 */
export function pickText(value: LocalizedText | undefined | null, locale: string, feedLanguage?: string): PickedText {
  if (value == null) return { text: '' };
  if (typeof value === 'string') return { text: value };
  const keys = Object.keys(value).filter((k) => typeof value[k] === 'string');
  if (keys.length === 0) return { text: '' };
  const find = (tag: string | undefined): string | undefined => {
    if (!tag) return undefined;
    const lower = tag.toLowerCase();
    return keys.find((k) => k.toLowerCase() === lower) ?? keys.find((k) => base(k) === base(tag) && k.length === base(k).length) ?? keys.find((k) => base(k) === base(tag));
  };
  const key =
    keys.find((k) => k.toLowerCase() === locale.toLowerCase()) ??
    find(base(locale)) ??
    find(feedLanguage) ??
    find('en') ??
    keys[0];
  return { text: value[key], lang: key };
}

/** The `lang` to mark picked feed text with: its language when that is not the UI's (else none, it reads as the UI). */
export const langIfOther = (lang: string | undefined, locale: string): string | undefined =>
  lang && baseLanguage(lang) !== baseLanguage(locale) ? lang : undefined;

/** Shorthand for `pickText(...).text`. */
export const textOf = (value: LocalizedText | undefined | null, locale: string, feedLanguage?: string): string =>
  pickText(value, locale, feedLanguage).text;

/** Returns `url` when it is an absolute http(s) URL (or resolvable against `baseUrl`), else undefined. */
export function safeUrl(url: unknown, baseUrl?: string): string | undefined {
  if (typeof url !== 'string' || url.trim() === '') return undefined;
  try {
    const parsed = baseUrl ? new URL(url.trim(), baseUrl) : new URL(url.trim());
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
