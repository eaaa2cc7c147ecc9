/** The rules for `news`. */
import { id, int, link, list, obj, plain, records, text, url, when, type FeedRule } from '../check.js';

const item = /* @__PURE__ */ obj(
  {
    id: [id, 1],
    title: [text, 1],
    date: when,
    location: text,
    summary: text,
    url,
    tags: /* @__PURE__ */ list(plain, 0, true),
    image: /* @__PURE__ */ obj({ url: [url, 1], alt: text, width: /* @__PURE__ */ int(1, 1e5), height: /* @__PURE__ */ int(1, 1e5) }),
    source: link,
  },
  // An undated item is kept and listed last; '' marks it (as the news converters do).
  (o) => void (o.date ??= ''),
);

export const news: FeedRule = { name: 'news', read: (raw, report, counts) => records('news', raw.news, '/news', item, report, counts) };
