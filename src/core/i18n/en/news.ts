import { plural } from '../format.js';

/** English: Messages of <dcr-news-feed>. */
export const news = {
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
};
