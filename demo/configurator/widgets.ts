// What the configurator knows about each widget: every attribute with its control, its default and a line of
// help, and the events a partner may listen to. Plain data (no DOM): the snippet generator and its tests read it,
// and a test checks it against each element's real `observedAttributes`, so a new attribute cannot be forgotten.
import { SUPPORTED_LANGUAGES } from '../../src/core/i18n/locale.ts';

export type WidgetTag = 'dcr-finder' | 'dcr-event-countdown' | 'dcr-news-feed' | 'dcr-fact-card';

/** Which feed values the form offers as suggestions for a text field. */
export type Suggestion = 'countries' | 'cities' | 'events' | 'tags' | 'facts' | 'topics' | 'time-zones';

interface BaseAttr {
  /** The attribute name, as written in HTML. */
  name: string;
  /** What it does, in words (the form adds the attribute name). */
  label: string;
  help?: string;
  /** Fieldset the control sits in (in order of first appearance). */
  group: string;
}

/** Free text (or a URL); empty means "not set". */
export interface TextAttr extends BaseAttr {
  kind: 'text' | 'url';
  placeholder?: string;
  suggest?: Suggestion;
}

/** A whole number; empty, or the default, means "not set". */
export interface NumberAttr extends BaseAttr {
  kind: 'number';
  min: number;
  default: number;
  /**
   * The type of the element's JavaScript property. React and Vue set a property when the element has one, so a
   * `Number` property must get a number there (`limit={4}`), a `String` one a string (`radius="80"`).
   */
  property: 'number' | 'string';
}

/** One of a few values; `default` (the widget's own behaviour) means "not set". */
export interface SelectAttr extends BaseAttr {
  kind: 'select';
  options: readonly { value: string; label: string }[];
  default: string;
}

/** Several of a fixed set, written comma-separated in the set's order. */
export interface ListAttr extends BaseAttr {
  kind: 'list';
  options: readonly { value: string; label: string }[];
}

/** Present or absent. */
export interface BooleanAttr extends BaseAttr {
  kind: 'boolean';
}

export type AttrSpec = TextAttr | NumberAttr | SelectAttr | ListAttr | BooleanAttr;

export interface EventSpec {
  /** The DOM event name. */
  name: string;
  /** What a listener logs, as a JavaScript statement using the event `e`. */
  log: string;
  /** The class of the event object (a type exported by the package root), for typed (Angular) handlers. */
  type: string;
  help: string;
}

export interface WidgetSpec {
  tag: WidgetTag;
  /** The npm entry and drop-in file name (`dcr-widgets/finder`, `cdn/finder.js`). */
  entry: string;
  /** PascalCase name for framework components. */
  component: string;
  title: string;
  summary: string;
  attributes: readonly AttrSpec[];
  events: readonly EventSpec[];
}

const opts = (...values: string[]) => values.map((value) => ({ value, label: value }));

/** A language's name in itself, capitalised as a menu shows it ("Français", "Norsk bokmål"). */
export function languageName(tag: string): string {
  const name = new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? tag;
  return name.charAt(0).toLocaleUpperCase(tag) + name.slice(1);
}

const EVERY = 'Every widget';

/** `src`, `lang`, `theme`: on every element, after its own attributes. */
const COMMON: readonly AttrSpec[] = [
  {
    name: 'src',
    kind: 'url',
    group: EVERY,
    label: 'Feed URL',
    placeholder: 'https://example.org/dcr-feed.json',
    help: 'Empty: the page’s <meta name="dcr-feed">, else the bundled default feed.',
  },
  {
    name: 'lang',
    kind: 'select',
    group: EVERY,
    label: 'Language',
    default: '',
    options: [
      { value: '', label: 'The page’s language' },
      ...SUPPORTED_LANGUAGES.map((value) => ({ value, label: `${languageName(value)} (${value})` })),
    ],
  },
  {
    name: 'theme',
    kind: 'select',
    group: EVERY,
    label: 'Colour theme',
    default: 'auto',
    options: [
      { value: 'auto', label: 'Follow the device' },
      { value: 'light', label: 'Light' },
      { value: 'dark', label: 'Dark' },
    ],
  },
];

const LOAD: EventSpec = {
  name: 'dcr-load',
  log: "console.log(e.detail.url, e.detail.problems.length, 'problems')",
  type: 'DcrLoadEvent',
  help: 'the feed is ready (detail: url, feed, problems, stale)',
};
const ERROR: EventSpec = {
  name: 'dcr-error',
  log: 'console.warn(e.detail.kind, e.detail.message)',
  type: 'DcrErrorEvent',
  help: 'the feed failed (detail: url, kind, message)',
};

/** The heading-level attribute: h1–h6, the widget's default marked. */
const headingLevel = (label: string, dflt: number): SelectAttr => ({
  name: 'heading-level',
  kind: 'select',
  group: 'Display',
  label,
  default: String(dflt),
  options: [1, 2, 3, 4, 5, 6].map((n) => ({ value: String(n), label: n === dflt ? `h${n} (default)` : `h${n}` })),
});

export const WIDGETS: readonly WidgetSpec[] = [
  {
    tag: 'dcr-finder',
    entry: 'finder',
    component: 'Finder',
    title: 'Finder',
    summary: 'Map and list of drug consumption rooms: search, filters, near me, open now, details.',
    attributes: [
      { name: 'city', kind: 'text', group: 'Which places', label: 'City', placeholder: 'Strasbourg', suggest: 'cities' },
      {
        name: 'country',
        kind: 'text',
        group: 'Which places',
        label: 'Countries',
        placeholder: 'DE,AT,CH',
        suggest: 'countries',
        help: 'ISO 3166-1 alpha-2 codes, comma-separated.',
      },
      {
        name: 'near',
        kind: 'text',
        group: 'Which places',
        label: 'Around a point',
        placeholder: '50.94,6.96',
        help: 'latitude,longitude: places within the radius, nearest first.',
      },
      { name: 'radius', kind: 'number', group: 'Which places', label: 'Radius in km', min: 1, default: 50, property: 'string' },
      {
        name: 'services',
        kind: 'list',
        group: 'Which places',
        label: 'Consumption modes',
        options: opts('injection', 'inhalation', 'snorting', 'oral'),
      },
      { name: 'model', kind: 'list', group: 'Which places', label: 'Models', options: opts('integrated', 'standalone', 'mobile') },
      {
        name: 'view',
        kind: 'select',
        group: 'Display',
        label: 'View',
        default: '',
        options: [
          { value: '', label: 'Automatic: split when wide, else list' },
          { value: 'split', label: 'split: list and map side by side' },
          { value: 'list', label: 'list: no map' },
          { value: 'map', label: 'map: the map above the list' },
        ],
      },
      {
        name: 'map-style',
        kind: 'url',
        group: 'Display',
        label: 'MapLibre style URL',
        placeholder: 'https://tiles.example.org/style.json',
        help: 'Empty: the built-in offline basemap (no third-party request).',
      },
      { name: 'no-geolocation', kind: 'boolean', group: 'Display', label: 'Hide the “Near me” button' },
      ...COMMON,
    ],
    events: [
      {
        name: 'dcr-facility-select',
        log: 'console.log(e.id, e.record.properties.name)',
        type: 'FacilitySelectEvent',
        help: 'the user picked a place (id, record)',
      },
      LOAD,
      ERROR,
    ],
  },
  {
    tag: 'dcr-event-countdown',
    entry: 'event-countdown',
    component: 'EventCountdown',
    title: 'Event countdown',
    summary: 'An event card with a live countdown, dates in venue time, add-to-calendar and registration.',
    attributes: [
      {
        name: 'event',
        kind: 'text',
        group: 'From the feed',
        label: 'Event id',
        suggest: 'events',
        help: 'Empty: the next event that has not ended, else the most recent one.',
      },
      {
        name: 'name',
        kind: 'text',
        group: 'Or an inline event (no feed is read)',
        label: 'Name',
        placeholder: 'Regional harm-reduction day',
      },
      {
        name: 'start',
        kind: 'text',
        group: 'Or an inline event (no feed is read)',
        label: 'Start',
        placeholder: '2027-05-06T09:00',
        help: 'A clock time in the time zone below, a date-time with offset, or a date for a whole day.',
      },
      {
        name: 'end',
        kind: 'text',
        group: 'Or an inline event (no feed is read)',
        label: 'End',
        placeholder: '2027-05-07T17:00',
        help: 'Same forms; a date alone is the last day, inclusive.',
      },
      {
        name: 'time-zone',
        kind: 'text',
        group: 'Or an inline event (no feed is read)',
        label: 'Venue time zone',
        placeholder: 'Europe/Paris',
        suggest: 'time-zones',
      },
      { name: 'location', kind: 'text', group: 'Or an inline event (no feed is read)', label: 'Place' },
      { name: 'url', kind: 'url', group: 'Or an inline event (no feed is read)', label: 'Event page' },
      { name: 'registration-url', kind: 'url', group: 'Or an inline event (no feed is read)', label: 'Registration page' },
      { name: 'no-seconds', kind: 'boolean', group: 'Display', label: 'Count down without seconds' },
      headingLevel('Title heading level', 2),
      {
        name: 'structured-data',
        kind: 'boolean',
        group: 'Display',
        label: 'Add a schema.org Event block for search engines',
      },
      ...COMMON,
    ],
    events: [
      {
        name: 'dcr-event-start',
        log: "console.log(e.eventName, 'has started')",
        type: 'EventStartEvent',
        help: 'the clock reached the start while the page was open (eventId, eventName, start, end)',
      },
      {
        name: 'dcr-event-end',
        log: "console.log(e.eventName, 'has ended')",
        type: 'EventEndEvent',
        help: 'the clock reached the end while the page was open (eventId, eventName, start, end)',
      },
      LOAD,
      ERROR,
    ],
  },
  {
    tag: 'dcr-news-feed',
    entry: 'news-feed',
    component: 'NewsFeed',
    title: 'News feed',
    summary: 'Latest news from the shared feed, or from your own JSON Feed, RSS or Atom.',
    attributes: [
      { name: 'limit', kind: 'number', group: 'Which news', label: 'Items at first and per “Show more”', min: 1, default: 5, property: 'number' },
      {
        name: 'tag',
        kind: 'text',
        group: 'Which news',
        label: 'Only this tag',
        suggest: 'tags',
        help: 'With tag chips on, the chip selected at first.',
      },
      {
        name: 'layout',
        kind: 'select',
        group: 'Display',
        label: 'Layout',
        default: 'list',
        options: [
          { value: 'list', label: 'list: picture beside the text' },
          { value: 'cards', label: 'cards: a grid, picture on top' },
        ],
      },
      { name: 'filters', kind: 'boolean', group: 'Display', label: 'Show tag chips' },
      { name: 'no-images', kind: 'boolean', group: 'Display', label: 'Hide pictures' },
      headingLevel('Item title heading level', 3),
      ...COMMON.map((a) =>
        a.name === 'src' ? { ...a, help: `${a.help} A JSON Feed, RSS or Atom URL works too.` } : a,
      ),
    ],
    events: [LOAD, ERROR],
  },
  {
    tag: 'dcr-fact-card',
    entry: 'fact-card',
    component: 'FactCard',
    title: 'Fact card',
    summary: 'A harm-reduction fact with its figure and cited source; optional rotation.',
    attributes: [
      {
        name: 'fact',
        kind: 'text',
        group: 'Which facts',
        label: 'One fact, by id',
        suggest: 'facts',
        help: 'Pins one fact: topic and rotation then do nothing.',
      },
      {
        name: 'topic',
        kind: 'text',
        group: 'Which facts',
        label: 'Only this topic',
        suggest: 'topics',
        help: 'Several: comma-separated.',
      },
      {
        name: 'rotate',
        kind: 'number',
        group: 'Display',
        label: 'Seconds between changes',
        min: 0,
        default: 0,
        property: 'number',
        help: '0: no rotation (readers still have previous / next); at least 5.',
      },
      ...COMMON,
    ],
    events: [LOAD, ERROR],
  },
];

/** The spec of `tag`. */
export function widget(tag: WidgetTag): WidgetSpec {
  const spec = WIDGETS.find((w) => w.tag === tag);
  if (!spec) throw new Error(`Unknown widget ${tag}`);
  return spec;
}
