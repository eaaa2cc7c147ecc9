import { pickText, safeUrl, type PickedText } from '../core/feed/text.js';
import type { Fact, LocalizedText } from '../core/feed/types.js';
import { comma, numberFormat } from '../core/i18n/format.js';
import { fillPlaceholders, PLACEHOLDERS, type LiveFigures, type Placeholder } from './placeholders.js';
import { formatPartialDate, type ShownDate } from '../core/i18n/dates.js';
import { formatNumber } from './format.js';

/** A fact ready to show in the UI language: placeholders filled, numbers and dates localized, link checked. */
export interface ShownFact {
  id: string;
  text: PickedText;
  topic?: string;
  figure?: ShownFigure;
  source: { name: PickedText; url?: string; date?: ShownDate };
  /** Whether any string used a live figure (the card then says "as of <feed date>"). */
  live: boolean;
}

/** A figure as shown: its localized value, unit and label. */
export interface ShownFigure {
  text: string;
  /** The number it stands for (for `<data value>`), when the value is a number or a single placeholder. */
  number?: number;
  unit?: PickedText;
  label?: PickedText;
  /** Whether the value is a live figure. */
  live: boolean;
}

/** A fact that cannot be shown, and the placeholder that is to blame. */
export interface UnfillableFact {
  id: string;
  missing: string;
}

export interface PrepareContext {
  locale: string;
  feedLanguage?: string;
  figures: LiveFigures;
}

class Unfillable extends Error {
  constructor(readonly missing: string) {
    super(missing);
  }
}

/** Picks a fact's strings for the UI language and fills their placeholders; unfillable when any cannot be. */
export function prepareFact(fact: Fact, ctx: PrepareContext): { fact: ShownFact } | { unfillable: UnfillableFact } {
  let live = false;
  const localized = (n: number) => numberFormat(ctx.locale).format(n);
  const fill = (value: string, format: (n: number) => string): { text: string; live: boolean } => {
    const filled = fillPlaceholders(value, ctx.figures, format);
    if ('missing' in filled) throw new Unfillable(filled.missing);
    live ||= filled.live;
    return filled;
  };
  const pick = (value: LocalizedText | undefined): PickedText | undefined => {
    if (value === undefined) return undefined;
    const picked = pickText(value, ctx.locale, ctx.feedLanguage);
    return { ...picked, text: fill(picked.text, localized).text };
  };
  try {
    const text = pick(fact.text)!;
    let figure: ShownFact['figure'];
    if (fact.figure) {
      figure = { ...figureValue(fact.figure.value, ctx, fill), unit: pick(fact.figure.unit), label: pick(fact.figure.label) };
    }
    const name = pick(fact.source.name)!;
    return {
      fact: {
        id: fact.id,
        text,
        topic: fact.topic?.trim() || undefined,
        figure,
        source: {
          name,
          url: safeUrl(fact.source.url),
          date: fact.source.date ? formatPartialDate(fact.source.date, ctx.locale) : undefined,
        },
        live,
      },
    };
  } catch (e) {
    if (e instanceof Unfillable) return { unfillable: { id: fact.id, missing: e.missing } };
    throw e;
  }
}

const ONLY_PLACEHOLDER = /^\s*\{\s*(\w+)\s*\}\s*$/;

/**
 * A number is localized ("1,500", "1 500", "1.500"; compact from a million). A string is shown as written
 * (">140", "1 in 3", a year), its placeholders filled with localized figures.
 */
function figureValue(
  value: number | string,
  ctx: PrepareContext,
  fill: (value: string, format: (n: number) => string) => { text: string; live: boolean },
): Pick<ShownFigure, 'text' | 'number' | 'live'> {
  if (typeof value === 'number') return { text: formatNumber(value, ctx.locale), number: value, live: false };
  const filled = fill(value.trim(), (n) => formatNumber(n, ctx.locale));
  const only = ONLY_PLACEHOLDER.exec(value)?.[1];
  const number = only && (PLACEHOLDERS as readonly string[]).includes(only) ? ctx.figures[only as Placeholder] : undefined;
  return { ...filled, number };
}

/** The topics of a `topic` attribute: comma-separated, as written. */
export const topicList = (topic: string | undefined): string[] =>
  (topic ?? '')
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);

/** What the card shows: facts (`more` when `max` left some out), or why there are none. */
export type Selection =
  | { kind: 'facts'; facts: ShownFact[]; more?: boolean }
  | { kind: 'empty' }
  | { kind: 'no-topic'; topic: string }
  | { kind: 'missing'; id: string }
  /** The feed has a record with this id, but the feed reader skipped it as invalid. */
  | { kind: 'invalid'; id: string }
  | { kind: 'unavailable'; id: string };

export interface SelectOptions {
  /** Pins one fact by id (wins over `topic`). */
  fact?: string;
  /** Comma-separated topics, case-insensitive. */
  topic?: string;
  /** At most this many facts are prepared and shown. */
  max?: number;
}

/**
 * Chooses the facts to show, in feed order: the pinned one, or those on the topic(s), or all. Facts whose
 * placeholders cannot be filled are left out and reported through `onUnfillable`.
 */
export function selectFacts(
  facts: readonly Fact[],
  options: SelectOptions,
  ctx: PrepareContext,
  onUnfillable: (u: UnfillableFact) => void = () => {},
): Selection {
  const pinned = options.fact?.trim();
  if (pinned) {
    const fact = facts.find((f) => f.id === pinned);
    if (!fact) return { kind: 'missing', id: pinned };
    const prepared = prepareFact(fact, ctx);
    if ('unfillable' in prepared) {
      onUnfillable(prepared.unfillable);
      return { kind: 'unavailable', id: pinned };
    }
    return { kind: 'facts', facts: [prepared.fact] };
  }
  const topics = topicList(options.topic).map((t) => t.toLowerCase());
  const chosen = topics.length ? facts.filter((f) => f.topic && topics.includes(f.topic.trim().toLowerCase())) : facts;
  const shown: ShownFact[] = [];
  const max = options.max ?? Infinity;
  for (const f of chosen) {
    if (shown.length === max) return { kind: 'facts', facts: shown, more: true };
    const prepared = prepareFact(f, ctx);
    if ('fact' in prepared) shown.push(prepared.fact);
    else onUnfillable(prepared.unfillable);
  }
  if (shown.length) return { kind: 'facts', facts: shown };
  return topics.length && chosen.length === 0 ? { kind: 'no-topic', topic: options.topic!.trim() } : { kind: 'empty' };
}

/** The parts of a citation after "Source:": name, date, address — those there are, joined by the locale's comma. */
export function citationSource(fact: ShownFact, locale: string, asOf?: string): string {
  const date = fact.source.date?.text ?? (fact.live ? asOf : undefined);
  return [fact.source.name.text, date, fact.source.url].filter(Boolean).join(comma(locale));
}
