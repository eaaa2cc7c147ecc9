/**
 * Converts JSON Feed 1.x, RSS (2.0, 0.9x, 1.0) and Atom documents into the shared feed's shape (`Feed` with
 * `news` items), so the news widget, the loader cache and `dcr-load` all see one model. HTML in any field
 * becomes plain text; links and pictures are kept only when http(s). Loaded on first need (see load.ts):
 * a page that reads only the shared feed never downloads it.
 */
import { safeUrl } from '../core/feed/text.js';
import { readFeed } from '../core/feed/read.js';
import { news as newsRules } from '../core/feed/rules/news.js';
import type { Feed, FeedProblem, LocalizedText, NewsImage, NewsItem, ValidationResult } from '../core/feed/types.js';
import { parseNewsDate } from './rfc822.js';
import { detectNews, NS, rssKids, type DetectedNews } from './detect.js';
import { collapseWhitespace, truncate } from './excerpt.js';
import { parseHtml, textOfNode } from './html-text.js';

/** Longest summary kept per item; the widget shortens it further for display. */
const SUMMARY_CAP = 1000;
const TITLE_CAP = 300;

/** What we gather per item before it becomes a `NewsItem`. */
interface Draft {
  id?: string;
  title?: string;
  /** The summary as plain text, or HTML to flatten. */
  text?: string;
  html?: string;
  url?: string;
  date?: string;
  tags: string[];
  image?: NewsImage;
  lang?: string;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v : undefined);
const localized = (text: string, lang?: string): LocalizedText => (lang ? { [lang]: text } : text);

/** Builds the feed from drafts: HTML flattened, links checked, dates normalized, unusable items reported. */
function toFeed(drafts: Draft[], meta: { title?: string; language?: string; home?: string }, base?: string): ValidationResult {
  const news: NewsItem[] = [];
  const problems: FeedProblem[] = [];
  const report = (index: number, id: string | undefined, message: string, effect: FeedProblem['effect']) =>
    problems.push({ path: `/items/${index}`, collection: 'news', index, id, message, effect });
  drafts.forEach((d, index) => {
    let summary = d.text ? collapseWhitespace(d.text) : '';
    let image = d.image;
    if (d.html) {
      const body = parseHtml(d.html).body;
      if (!summary) summary = textOfNode(body);
      image ??= firstImage(body, base);
    }
    let title = collapseWhitespace(d.title ?? '');
    // Microblog-style items have no title: their opening words stand in for it.
    if (!title) title = truncate(summary, 80);
    if (!title) {
      report(index, d.id, 'item has neither a title nor any text', 'dropped');
      return;
    }
    const url = safeUrl(d.url, base);
    if (d.url && !url) report(index, d.id, `link "${d.url.slice(0, 80)}" is not an http(s) address`, 'ignored');
    const when = parseNewsDate(d.date);
    if (d.date && !when) report(index, d.id, `date "${d.date.slice(0, 40)}" is not a date`, 'ignored');
    const item: NewsItem = {
      id: d.id?.trim() || url || `item-${index}`,
      title: localized(truncate(title, TITLE_CAP), d.lang),
      // An item without a valid date is kept (it is listed last); "" marks it.
      date: when?.datetime ?? '',
    };
    if (summary) item.summary = localized(truncate(summary, SUMMARY_CAP), d.lang);
    if (url) item.url = url;
    const tags = [...new Set(d.tags.map((t) => collapseWhitespace(t)).filter(Boolean))];
    if (tags.length) item.tags = tags;
    if (image) item.image = image;
    news.push(item);
  });
  const feed: Feed = {
    version: '1',
    facilities: { type: 'FeatureCollection', features: [] },
    events: [],
    news,
    facts: [],
  };
  if (meta.title) feed.title = collapseWhitespace(meta.title);
  if (meta.language) feed.language = meta.language;
  const home = safeUrl(meta.home, base);
  if (home) feed.home_page_url = home;
  const none = { kept: 0, dropped: 0 };
  return {
    feed,
    problems,
    counts: {
      facilities: none,
      events: none,
      facts: none,
      news: { kept: news.length, dropped: drafts.length - news.length },
    },
  };
}

const dimension = (v: unknown): number | undefined => {
  const n = typeof v === 'number' ? v : typeof v === 'string' ? Number.parseInt(v, 10) : NaN;
  return Number.isFinite(n) && n > 0 && n < 100_000 ? n : undefined;
};

function image(url: unknown, base: string | undefined, alt?: string, width?: unknown, height?: unknown): NewsImage | undefined {
  const safe = safeUrl(url, base);
  if (!safe) return undefined;
  const img: NewsImage = { url: safe };
  const a = alt && collapseWhitespace(alt);
  if (a) img.alt = a;
  const w = dimension(width);
  const h = dimension(height);
  if (w && h) Object.assign(img, { width: w, height: h });
  return img;
}

/** The first real picture in HTML content (tracking pixels, 1–2 px, are skipped). */
function firstImage(body: HTMLElement, base?: string): NewsImage | undefined {
  for (const img of Array.from(body.querySelectorAll('img'))) {
    const w = dimension(img.getAttribute('width'));
    const h = dimension(img.getAttribute('height'));
    if ((w !== undefined && w <= 2) || (h !== undefined && h <= 2)) continue;
    const found = image(img.getAttribute('src'), base, img.getAttribute('alt') ?? undefined, w, h);
    if (found) return found;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------- JSON Feed

function parseJsonFeed(doc: Record<string, unknown>, docUrl?: string): ValidationResult {
  const base = safeUrl(str(doc.feed_url), docUrl) ?? docUrl;
  const language = str(doc.language);
  const items = Array.isArray(doc.items) ? doc.items : [];
  const drafts = items.map((raw): Draft => {
    const it = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
    const tags = Array.isArray(it.tags) ? it.tags.filter((t): t is string => typeof t === 'string') : [];
    const id = typeof it.id === 'number' ? String(it.id) : str(it.id);
    return {
      id,
      title: str(it.title),
      text: str(it.summary) ?? str(it.content_text),
      html: str(it.content_html),
      url: str(it.url) ?? str(it.external_url),
      date: str(it.date_published) ?? str(it.date_modified),
      tags,
      image: image(it.image, base) ?? image(it.banner_image, base),
      lang: str(it.language) ?? language,
    };
  });
  return toFeed(drafts, { title: str(doc.title), language, home: str(doc.home_page_url) }, base);
}

// ---------------------------------------------------------------------------------------------- XML

const kids = (el: Element, name: string, ns?: string | null): Element[] =>
  Array.from(el.children).filter((c) => c.localName === name && (ns === undefined || c.namespaceURI === ns));
const kid = (el: Element, name: string, ns?: string | null): Element | undefined => kids(el, name, ns)[0];
const text = (el: Element | undefined): string | undefined => (el ? str(el.textContent ?? '') : undefined);

/** xml:lang of the element or its closest ancestor. */
function xmlLang(el: Element): string | undefined {
  for (let e: Element | null = el; e; e = e.parentElement) {
    const l = e.getAttributeNS(NS.xml, 'lang');
    if (l?.trim()) return l.trim();
  }
  return undefined;
}

/** Media RSS / enclosure pictures: `<media:content medium="image">`, `<media:thumbnail>`, `<enclosure type="image/…">`. */
function mediaImage(item: Element, base?: string): NewsImage | undefined {
  const groups = [item, ...kids(item, 'group', NS.media)];
  for (const g of groups) {
    for (const m of kids(g, 'content', NS.media)) {
      const isImage = m.getAttribute('medium') === 'image' || (m.getAttribute('type') ?? '').startsWith('image/');
      if (!isImage) continue;
      const alt = text(kid(m, 'description', NS.media)) ?? text(kid(m, 'title', NS.media));
      const found = image(m.getAttribute('url'), base, alt, m.getAttribute('width'), m.getAttribute('height'));
      if (found) return found;
    }
  }
  for (const g of groups) {
    const t = kid(g, 'thumbnail', NS.media);
    const found = t && image(t.getAttribute('url'), base, undefined, t.getAttribute('width'), t.getAttribute('height'));
    if (found) return found;
  }
  for (const e of [...rssKids(item, 'enclosure'), ...kids(item, 'link', NS.atom).filter((l) => l.getAttribute('rel') === 'enclosure')]) {
    if (!(e.getAttribute('type') ?? '').startsWith('image/')) continue;
    const found = image(e.getAttribute('url') ?? e.getAttribute('href'), base);
    if (found) return found;
  }
  return undefined;
}

const rssKid = (el: Element | undefined, name: string): Element | undefined => (el ? rssKids(el, name)[0] : undefined);

function parseRss(root: Element, docUrl?: string): ValidationResult {
  const channel = rssKid(root, 'channel');
  const home = text(rssKid(channel, 'link'));
  const base = safeUrl(home, docUrl) ?? docUrl;
  const language = text(rssKid(channel, 'language') ?? (channel && kid(channel, 'language', NS.dc)));
  // RSS 2.0 nests items in <channel>; RSS 1.0 (RDF) puts them beside it.
  const items = [...(channel ? rssKids(channel, 'item') : []), ...rssKids(root, 'item')];
  const drafts = items.map((item): Draft => {
    const guid = rssKid(item, 'guid');
    const permalink = guid && guid.getAttribute('isPermaLink') !== 'false' ? text(guid) : undefined;
    const description = text(rssKid(item, 'description'));
    const content = text(kid(item, 'encoded', NS.content));
    return {
      id: text(guid) ?? item.getAttribute('rdf:about') ?? undefined,
      title: text(rssKid(item, 'title')),
      // RSS descriptions are HTML (entity-encoded or CDATA) by the letter of the spec and in practice.
      html: description ?? content,
      url: text(rssKid(item, 'link')) ?? permalink,
      date: text(rssKid(item, 'pubDate')) ?? text(kid(item, 'date', NS.dc)),
      tags: [...rssKids(item, 'category'), ...kids(item, 'subject', NS.dc)].map((c) => c.textContent ?? ''),
      image: mediaImage(item, base) ?? (description && content ? firstImage(parseHtml(content).body, base) : undefined),
      lang: language,
    };
  });
  return toFeed(drafts, { title: text(rssKid(channel, 'title')), language, home }, base);
}

/** An Atom text construct as plain text (`type="text"`) or HTML to flatten (`html`, `xhtml`). */
function atomText(el: Element | undefined): { text?: string; html?: string } {
  if (!el || el.hasAttribute('src')) return {};
  const type = el.getAttribute('type') ?? 'text';
  if (type === 'xhtml') {
    const div = kid(el, 'div') ?? el;
    return { text: str(textOfNode(div)) };
  }
  if (type === 'html' || type === 'text/html') return { html: text(el) };
  return { text: text(el) };
}

function atomLink(el: Element, base?: string): string | undefined {
  const links = kids(el, 'link', NS.atom);
  const pick = links.find((l) => (l.getAttribute('rel') ?? 'alternate') === 'alternate' && (l.getAttribute('type') ?? 'text/html').includes('html'))
    ?? links.find((l) => (l.getAttribute('rel') ?? 'alternate') === 'alternate');
  const href = pick?.getAttribute('href') ?? undefined;
  const xmlBase = safeUrl(el.getAttributeNS(NS.xml, 'base'), base) ?? base;
  return href ? safeUrl(href, xmlBase) ?? href : undefined;
}

function parseAtom(root: Element, docUrl?: string): ValidationResult {
  const base = safeUrl(root.getAttributeNS(NS.xml, 'base'), docUrl) ?? docUrl;
  const home = atomLink(root, base);
  const drafts = kids(root, 'entry', NS.atom).map((entry): Draft => {
    const summary = atomText(kid(entry, 'summary', NS.atom));
    const content = atomText(kid(entry, 'content', NS.atom));
    const title = atomText(kid(entry, 'title', NS.atom));
    return {
      id: text(kid(entry, 'id', NS.atom)),
      title: title.text ?? (title.html ? textOfNode(parseHtml(title.html).body) : undefined),
      text: summary.text ?? (summary.html ? undefined : content.text),
      html: summary.html ?? (summary.text ? undefined : content.html),
      url: atomLink(entry, base),
      date: text(kid(entry, 'published', NS.atom)) ?? text(kid(entry, 'updated', NS.atom)),
      tags: kids(entry, 'category', NS.atom).map((c) => c.getAttribute('label') || c.getAttribute('term') || ''),
      image: mediaImage(entry, base),
      lang: xmlLang(entry),
    };
  });
  const title = atomText(kid(root, 'title', NS.atom));
  return toFeed(drafts, { title: title.text ?? title.html, language: xmlLang(root), home }, base);
}

// ---------------------------------------------------------------------------------------------- entry points

/**
 * Converts a detected JSON Feed, RSS or Atom document (or validates a dcr feed) into the shared feed's shape.
 * `docUrl` (the address it came from) resolves relative links.
 */
export function convertNews(found: DetectedNews, docUrl?: string): ValidationResult {
  const base = safeUrl(docUrl);
  switch (found.format) {
    case 'dcr':
      return readFeed(found.json, [newsRules]);
    case 'json-feed':
      return parseJsonFeed(found.json!, base);
    case 'rss':
      return parseRss(found.root!, base);
    case 'atom':
      return parseAtom(found.root!, base);
  }
}

/**
 * Parses a news document of any supported format into the shared feed's shape. Throws a `FeedError`
 * ('parse', or 'schema' for an unsupported dcr feed version) with a message a web editor understands.
 */
export const parseNewsDocument = (source: string, _contentType = '', docUrl?: string): ValidationResult =>
  convertNews(detectNews(source), docUrl);
