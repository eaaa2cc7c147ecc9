/** The rules for `facts`. */
import { day, id, obj, plain, records, text, url, type Check, type FeedRule } from '../check.js';

const value: Check = (v, p, k) => (typeof v === 'number' && Number.isFinite(v) ? v : plain(v, p, k));

const fact = /* @__PURE__ */ obj({
  id: [id, 1],
  text: [text, 1],
  topic: plain,
  figure: /* @__PURE__ */ obj({ value: [value, 1], unit: text, label: text }),
  source: [/* @__PURE__ */ obj({ name: [text, 1], url, date: day }), 1],
});

export const facts: FeedRule = { name: 'facts', read: (raw, report, counts) => records('facts', raw.facts, '/facts', fact, report, counts) };
