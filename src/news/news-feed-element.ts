import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { DcrElement } from '../core/element.js';
import { news } from '../core/feed/rules/news.js';
import { news as strings } from '../core/i18n/en/news.js';
import { FeedError } from '../core/feed/errors.js';
import type { LoadedFeed, LoadOptions } from '../core/feed/loader.js';
import { langIfOther, pickText, type PickedText } from '../core/feed/text.js';
import type { LocalizedText } from '../core/feed/types.js';
import { dateFormat } from '../core/i18n/format.js';
import { renderStatus } from '../core/status.js';
import { baseStyles } from '../core/theme/base.js';
import { newsEntries, tagsOf, withTag, type NewsEntry } from './items.js';
import { loadNews } from './load.js';
import { truncate } from './excerpt.js';
import { newsStyles } from './news-feed.styles.js';

export type NewsLayout = 'list' | 'cards';

const DEFAULT_LIMIT = 5;
const DEFAULT_HEADING_LEVEL = 3;
/** Excerpt length in characters, per layout (cards are narrower). */
const EXCERPT = { list: 280, cards: 160 } as const;

/**
 * Latest news for a partner site, from the shared feed's `news` or from a JSON Feed 1.1, RSS or Atom
 * document (detected from the document). HTML in any source becomes plain text; only http(s) links are kept.
 *
 * @summary News: title, date, place, excerpt, picture, tags, read more; tag filter and show more.
 *
 * @csspart base - The root wrapper.
 * @csspart status - Loading, error (with retry) and empty views.
 * @csspart filters - The tag chips (with the `filters` attribute).
 * @csspart item - One news item (an `<article>`).
 * @csspart image - The picture box of an item.
 * @csspart title - The heading of an item.
 * @csspart date - The `<time>` of an item.
 * @csspart excerpt - The plain-text excerpt of an item.
 * @csspart tags - The tag list of an item.
 * @csspart link - The "Read more" link of an item.
 * @csspart more - The "Show more" button.
 *
 * @cssproperty --dcr-color-accent - Links, chips and focus ring.
 * @cssproperty --dcr-color-text - Text colour.
 * @cssproperty --dcr-color-surface - Background.
 * @cssproperty --dcr-color-border - Separators and card borders.
 * @cssproperty --dcr-font-family - Font (default: the page's).
 * @cssproperty --dcr-radius - Corner radius.
 * @cssproperty --dcr-space - Base spacing.
 *
 * @fires {DcrLoadEvent} dcr-load - The news document is ready (`detail.feed.news` holds the items, whatever the format).
 * @fires {DcrErrorEvent} dcr-error - The news document failed; `detail.kind` and `detail.message` say why.
 */
export class DcrNewsFeedElement extends DcrElement {
  static override styles = [...baseStyles, newsStyles];
  /** Only the feed's news are validated for this widget. */
  static override feedRules = [news];
  /** This widget's English messages. */
  static override strings = { news: strings };

  /** The tag chosen with the chips ('' = all); starts as the `tag` attribute. */
  @state() private selectedTag = '';
  /** How many pages of `limit` items are revealed. */
  @state() private pages = 1;
  /** Whether to announce the count (after a user action, never on first load). */
  @state() private announce = false;
  /** Picture URLs that failed to load: their box stays (no shift) but shows no broken-image icon. */
  @state() private failedImages = new Set<string>();

  private limitValue = DEFAULT_LIMIT;
  private layoutValue: NewsLayout = 'list';
  private headingValue = DEFAULT_HEADING_LEVEL;
  /** Index of the item to focus after the next render (the first one "Show more" revealed). */
  private focusIndex = -1;

  /** How many items to show at first and to add per "Show more" (default 5). */
  @property({ type: Number }) limit = DEFAULT_LIMIT;

  /** Show only items with this tag (case-insensitive); with `filters`, the chip selected at first. */
  @property() tag?: string;

  /** `list` (default) or `cards`. */
  @property() layout: NewsLayout = 'list';

  /** Hide the items' pictures. */
  @property({ type: Boolean, attribute: 'no-images' }) noImages = false;

  /** Show tag chips that filter the list in place. */
  @property({ type: Boolean }) filters = false;

  /** Heading level (1–6) of the item titles; default 3, to sit inside a partner's section with an h2. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = DEFAULT_HEADING_LEVEL;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('limit')) {
      const ok = Number.isInteger(this.limit) && this.limit > 0;
      if (!ok) this.badValue('limit', this.limit, DEFAULT_LIMIT);
      this.limitValue = ok ? this.limit : DEFAULT_LIMIT;
      this.pages = 1;
    }
    if (changed.has('layout')) {
      const ok = this.layout === 'list' || this.layout === 'cards';
      if (!ok) this.badValue('layout', this.layout, 'list');
      this.layoutValue = ok ? this.layout : 'list';
    }
    if (changed.has('headingLevel')) {
      const ok = Number.isInteger(this.headingLevel) && this.headingLevel >= 1 && this.headingLevel <= 6;
      if (!ok) this.badValue('heading-level', this.headingLevel, DEFAULT_HEADING_LEVEL);
      this.headingValue = ok ? this.headingLevel : DEFAULT_HEADING_LEVEL;
    }
    if (changed.has('src')) this.pages = 1;
    if (changed.has('tag')) {
      this.selectedTag = this.tag?.trim() ?? '';
      this.pages = 1;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.focusIndex < 0) return;
    const li = this.renderRoot.querySelectorAll<HTMLElement>('.items > li')[this.focusIndex];
    this.focusIndex = -1;
    (li?.querySelector<HTMLElement>('.title a') ?? li?.querySelector<HTMLElement>('.title'))?.focus();
  }

  private badValue(attr: string, value: unknown, fallback: string | number): void {
    const raw = this.getAttribute(attr) ?? String(value);
    this.warnOnce(`${attr}:${raw}`, `${attr}="${raw}" is not valid; using ${fallback}.`);
  }

  /** Reads JSON Feed, RSS and Atom as well as the shared feed, through the loader's shared cache. */
  protected override loadDocument(url: string, options: LoadOptions): Promise<LoadedFeed> {
    return loadNews(url, options);
  }

  /** A document that is not JSON Feed, RSS, Atom or a dcr feed: said as a news feed would. */
  protected override feedErrorReason(error: FeedError): string {
    return error.kind === 'parse' ? this.msg.news.notANewsFeed : super.feedErrorReason(error);
  }

  private selectTag(tag: string): void {
    this.selectedTag = tag;
    this.pages = 1;
    this.announce = true;
  }

  private showMore(shown: number): void {
    this.pages++;
    this.focusIndex = shown;
    this.announce = true;
  }

  /** The `lang` to set on text from the feed: its language when that differs from the UI's. */
  private langOf(picked: PickedText): string | undefined {
    return langIfOther(picked?.lang, this.locale);
  }

  private isExternal(url: string): boolean {
    return new URL(url).origin !== this.ownerDocument.location?.origin;
  }

  override render() {
    return html`<div part="base" class="base" data-layout=${this.layoutValue} lang=${this.locale} dir=${this.direction}>
      ${this.renderFeed((r) => this.renderContent(r))}
    </div>`;
  }

  private renderContent(result: LoadedFeed): TemplateResult {
    const m = this.msg.news;
    const { feed } = result.data;
    const all = newsEntries(feed.news);
    const matching = withTag(all, this.selectedTag);
    const visible = matching.slice(0, this.pages * this.limitValue);
    const left = matching.length - visible.length;
    return html`${this.renderSkippedNote(result, 'news')}
      ${this.filters && all.length ? this.renderFilters(all) : nothing}
      ${matching.length === 0
        ? this.renderEmpty(all.length > 0)
        : html`<ul class="items" aria-label=${m.listLabel}>
            ${visible.map((e) => html`<li>${this.renderItem(e, feed.language)}</li>`)}
          </ul>`}
      ${left > 0
        ? html`<div class="more-row">
            <button type="button" part="more" class="more" @click=${() => this.showMore(visible.length)}>
              ${m.showMore(Math.min(left, this.limitValue))}
            </button>
          </div>`
        : nothing}
      <p class="visually-hidden" aria-live="polite">${this.announce && matching.length ? m.shown(visible.length, matching.length) : ''}</p>`;
  }

  private renderFilters(all: readonly NewsEntry[]): TemplateResult {
    const m = this.msg.news;
    const selected = this.selectedTag.toLowerCase();
    const tags = tagsOf(all);
    if (selected && !tags.some((t) => t.toLowerCase() === selected)) tags.push(this.selectedTag);
    return html`<div part="filters" class="chips" role="group" aria-label=${m.filterLabel}>
      <button type="button" class="chip" aria-pressed=${selected ? 'false' : 'true'} @click=${() => this.selectTag('')}>${m.allTags}</button>
      ${tags.map(
        (t) => html`<button type="button" class="chip" aria-pressed=${t.toLowerCase() === selected ? 'true' : 'false'} @click=${() => this.selectTag(t)}>
          ${t}
        </button>`,
      )}
    </div>`;
  }

  private renderEmpty(hasNews: boolean): TemplateResult {
    const m = this.msg.news;
    const byTag = hasNews && this.selectedTag !== '';
    return renderStatus({
      kind: 'empty',
      message: byTag ? m.emptyTag(this.selectedTag) : m.empty,
      // With chips the reader chose the tag, so offer the way back.
      onRetry: byTag && this.filters ? () => this.selectTag('') : undefined,
      retryLabel: m.showAll,
    });
  }

  private renderItem(e: NewsEntry, feedLanguage?: string): TemplateResult {
    const pick = (v: LocalizedText) => pickText(v, this.locale, feedLanguage);
    const title = pick(e.title);
    const titleLang = this.langOf(title);
    const external = e.url ? this.isExternal(e.url) : false;
    const newTab = external ? html`<span class="visually-hidden"> ${this.msg.common.opensInNewTab}</span>` : nothing;
    // A link standing alone (the whole title, "Read more"): at least a 24 × 24 px target.
    const link = (part: string | undefined, content: unknown) =>
      html`<a
        part=${ifDefined(part)}
        class="standalone"
        href=${e.url!}
        target=${ifDefined(external ? '_blank' : undefined)}
        rel=${ifDefined(external ? 'noopener noreferrer' : undefined)}
        >${content}${newTab}</a
      >`;
    const image = this.noImages ? undefined : e.image;
    return html`<article part="item" class="item ${image ? 'has-image' : ''}">
      <div class="body">
        ${this.renderHeading(titleLang, e.url ? link(undefined, title.text) : title.text, !e.url)}
        ${this.renderMeta(e, pick)}
        ${this.renderExcerpt(e, pick)}
        ${e.tags.length
          ? html`<ul part="tags" class="tags" aria-label=${this.msg.news.tagsLabel}>
              ${e.tags.map((t) => html`<li>${t}</li>`)}
            </ul>`
          : nothing}
        ${e.url
          ? html`<p class="read-more">
              ${link('link', html`${this.msg.news.readMore}<span class="visually-hidden">: <span lang=${ifDefined(titleLang)}>${title.text}</span></span>`)}
            </p>`
          : nothing}
      </div>
      ${image ? this.renderImage(image, pick) : nothing}
    </article>`;
  }

  /** The title heading at `heading-level`; focusable by script when it holds no link (Show more moves focus there). */
  private renderHeading(lang: string | undefined, content: unknown, focusable: boolean): TemplateResult {
    const l = ifDefined(lang);
    const t = ifDefined(focusable ? '-1' : undefined);
    switch (this.headingValue) {
      case 1:
        return html`<h1 part="title" class="title" lang=${l} tabindex=${t}>${content}</h1>`;
      case 2:
        return html`<h2 part="title" class="title" lang=${l} tabindex=${t}>${content}</h2>`;
      case 4:
        return html`<h4 part="title" class="title" lang=${l} tabindex=${t}>${content}</h4>`;
      case 5:
        return html`<h5 part="title" class="title" lang=${l} tabindex=${t}>${content}</h5>`;
      case 6:
        return html`<h6 part="title" class="title" lang=${l} tabindex=${t}>${content}</h6>`;
      default:
        return html`<h3 part="title" class="title" lang=${l} tabindex=${t}>${content}</h3>`;
    }
  }

  private renderMeta(e: NewsEntry, pick: (v: LocalizedText) => PickedText): TemplateResult | typeof nothing {
    const place = e.location ? pick(e.location) : undefined;
    if (!e.date && !place?.text) return nothing;
    // A calendar date is that day everywhere; an instant is shown in the reader's time zone.
    const format = dateFormat(this.locale, e.date?.dateOnly ? { dateStyle: 'long', timeZone: 'UTC' } : { dateStyle: 'long' });
    return html`<p class="meta">
      ${e.date ? html`<time part="date" datetime=${e.date.datetime}>${format.format(e.date.time)}</time>` : nothing}
      ${place?.text ? html`<span class=${e.date ? 'place' : ''} lang=${ifDefined(this.langOf(place))}>${place.text}</span>` : nothing}
    </p>`;
  }

  private renderExcerpt(e: NewsEntry, pick: (v: LocalizedText) => PickedText): TemplateResult | typeof nothing {
    const summary = e.summary ? pick(e.summary) : undefined;
    if (!summary?.text) return nothing;
    return html`<p part="excerpt" class="excerpt" lang=${ifDefined(this.langOf(summary))}>
      ${truncate(summary.text, EXCERPT[this.layoutValue])}
    </p>`;
  }

  private renderImage(image: NonNullable<NewsEntry['image']>, pick: (v: LocalizedText) => PickedText): TemplateResult {
    const alt = image.alt ? pick(image.alt) : undefined;
    return html`<div part="image" class="media ${this.failedImages.has(image.url) ? 'failed' : ''}">
      <img
        src=${image.url}
        alt=${alt?.text ?? ''}
        lang=${ifDefined(alt ? this.langOf(alt) : undefined)}
        width=${ifDefined(image.width)}
        height=${ifDefined(image.height)}
        loading="lazy"
        decoding="async"
        referrerpolicy="no-referrer"
        @error=${() => (this.failedImages = new Set(this.failedImages).add(image.url))}
      />
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dcr-news-feed': DcrNewsFeedElement;
  }
}
