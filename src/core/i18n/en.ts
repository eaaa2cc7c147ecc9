import { plural } from './format.js';

/**
 * English: the reference catalog. Its shape is the `Messages` type, so a key missing from any other
 * catalog fails `tsc`. Keys are grouped by widget; plurals and arguments are functions.
 */
export const en = {
  common: {
    loading: 'Loading…',
    retry: 'Try again',
    errorTitle: 'This content could not be loaded.',
    errorKind: {
      network: 'The feed could not be reached. Check the connection and try again.',
      http: 'The feed server returned an error.',
      timeout: 'The feed took too long to answer.',
      parse: 'The feed is not valid JSON.',
      schema: 'The feed is not in a format these widgets read.',
    },
    staleCopy: (age: string) => `Showing a saved copy from ${age}: the feed could not be reached just now.`,
    empty: 'Nothing to show.',
    skippedRecords: (n: number) =>
      plural('en', n, { one: '# record in the feed was skipped because it is invalid.', other: '# records in the feed were skipped because they are invalid.' }),
    source: 'Source',
    sources: 'Sources',
    close: 'Close',
    copy: 'Copy',
    copied: 'Copied',
    copyFailed: 'Could not copy',
    opensInNewTab: '(opens in a new tab)',
  },
  finder: {},
  countdown: {},
  news: {
    listLabel: 'News',
    readMore: 'Read more',
    showMore: (n: number) => plural('en', n, { other: 'Show # more' }),
    shown: (shown: number, total: number) =>
      plural('en', total, { one: `Showing ${shown} of # news item`, other: `Showing ${shown} of # news items` }),
    filterLabel: 'Filter news by tag',
    allTags: 'All',
    tagsLabel: 'Tags',
    empty: 'No news to show yet.',
    emptyTag: (tag: string) => `No news tagged “${tag}”.`,
    showAll: 'Show all news',
    notANewsFeed: 'This address is not a news feed these widgets read (JSON Feed, RSS, Atom or a dcr feed).',
  },
  fact: {},
};

/** The shape every catalog must have. */
export type Messages = typeof en;
