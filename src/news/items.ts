/** The news list as the widget shows it: checked, ordered newest first, filterable by tag. Dates are RFC 3339 here (converters normalize RSS dates). */
import { safeUrl } from '../core/feed/text.js';
import type { LocalizedText, NewsImage, NewsItem } from '../core/feed/types.js';
import { parseIsoDate, type NewsDate } from './dates.js';

/** One news item, checked again at display time (the feed is untrusted, whoever validated it). */
export interface NewsEntry {
  id: string;
  title: LocalizedText;
  summary?: LocalizedText;
  location?: LocalizedText;
  /** Absolute http(s) link, else absent. */
  url?: string;
  date?: NewsDate;
  tags: readonly string[];
  /** Only with an http(s) `url`. */
  image?: NewsImage;
}

const isText = (v: unknown): v is LocalizedText =>
  typeof v === 'string' || (typeof v === 'object' && v !== null && !Array.isArray(v) && Object.values(v).some((x) => typeof x === 'string'));

function checkImage(raw: unknown): NewsImage | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const img = raw as Partial<NewsImage>;
  const url = safeUrl(img.url);
  if (!url) return undefined;
  const out: NewsImage = { url };
  if (isText(img.alt)) out.alt = img.alt;
  const w = Number(img.width);
  const h = Number(img.height);
  if (w > 0 && h > 0 && Number.isFinite(w / h)) Object.assign(out, { width: w, height: h });
  return out;
}

const cache = new WeakMap<readonly NewsItem[], NewsEntry[]>();

/**
 * The items to show, newest first; items without a valid date keep their order and go last (never
 * dropped). Items without a usable title are left out. Cached per news array.
 */
export function newsEntries(news: readonly NewsItem[]): NewsEntry[] {
  const hit = cache.get(news);
  if (hit) return hit;
  const entries: NewsEntry[] = [];
  (Array.isArray(news) ? news : []).forEach((raw: unknown, index) => {
    if (!raw || typeof raw !== 'object') return;
    const it = raw as Record<string, unknown>;
    if (!isText(it.title)) return;
    entries.push({
      id: typeof it.id === 'string' && it.id ? it.id : `item-${index}`,
      title: it.title,
      summary: isText(it.summary) ? it.summary : undefined,
      location: isText(it.location) ? it.location : undefined,
      url: safeUrl(it.url),
      date: parseIsoDate(it.date),
      tags: Array.isArray(it.tags) ? [...new Set(it.tags.filter((t): t is string => typeof t === 'string' && t.trim() !== '').map((t) => t.trim()))] : [],
      image: checkImage(it.image),
    });
  });
  // Array.prototype.sort is stable, so equal dates and the undated keep the feed's order.
  entries.sort((a, b) => (b.date?.time ?? -Infinity) - (a.date?.time ?? -Infinity) || 0);
  cache.set(news, entries);
  return entries;
}

const norm = (tag: string) => tag.trim().toLowerCase();

/** Entries carrying `tag` (case-insensitive); all of them when `tag` is empty. */
export function withTag(entries: readonly NewsEntry[], tag: string | undefined): readonly NewsEntry[] {
  const t = tag ? norm(tag) : '';
  return t ? entries.filter((e) => e.tags.some((x) => norm(x) === t)) : entries;
}

/** Distinct tags, most used first (ties alphabetical), spelled as first seen; at most `max`. */
export function tagsOf(entries: readonly NewsEntry[], max = 12): string[] {
  const counts = new Map<string, { tag: string; n: number }>();
  for (const e of entries) {
    for (const t of e.tags) {
      const c = counts.get(norm(t));
      if (c) c.n++;
      else counts.set(norm(t), { tag: t, n: 1 });
    }
  }
  return [...counts.values()]
    .sort((a, b) => b.n - a.n || a.tag.localeCompare(b.tag))
    .slice(0, max)
    .map((c) => c.tag);
}
