// Values the configurator's text fields suggest (a <datalist> each), read from the feed the preview shows.
import { textOf } from '../../src/core/feed/text.ts';
import type { Feed } from '../../src/core/feed/types.ts';
import type { Suggestion } from './widgets.ts';

/** A suggested value and, when it helps, a words-only hint shown beside it. */
export interface Option {
  value: string;
  label?: string;
}

export type Suggestions = Readonly<Partial<Record<Suggestion, readonly Option[]>>>;

const sorted = (values: Iterable<string>): Option[] =>
  [...new Set(values)].filter(Boolean).sort((a, b) => a.localeCompare(b)).map((value) => ({ value }));

/** Cities, countries, event and fact ids, tags and topics found in `feed`; time zones from the browser. */
export function suggestionsFrom(feed: Feed | undefined): Suggestions {
  const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  if (!feed) return { 'time-zones': zones.map((value) => ({ value })) };
  const places = feed.facilities.features.map((f) => f.properties.address);
  const lang = feed.language ?? 'en';
  return {
    countries: sorted(places.map((a) => a.country)),
    cities: sorted(places.map((a) => textOf(a.city, lang, feed.language))),
    events: feed.events.map((e) => ({ value: e.id, label: textOf(e.name, lang, feed.language) })),
    tags: sorted(feed.news.flatMap((n) => n.tags ?? [])),
    facts: feed.facts.map((f) => ({ value: f.id, label: f.topic })),
    topics: sorted(feed.facts.map((f) => f.topic ?? '')),
    'time-zones': zones.map((value) => ({ value })),
  };
}
