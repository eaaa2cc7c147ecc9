import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { Task } from '@lit/task';
import { baseStyles } from './theme/base.js';
import { renderStatus } from './status.js';
import type { Messages } from './i18n/en.js';
import { addEnglish, directionOf, type EnglishParts, loadMessages, messagesIfLoaded, uiLanguage, uiLocale } from './i18n/locale.js';
import { relativeTime } from './i18n/format.js';
import { FeedError } from './feed/errors.js';
import { feedUpdates, loadFeedFor, resolveFeedUrl, type LoadedFeed, type LoadOptions } from './feed/loader.js';
import type { FeedRule } from './feed/read.js';
import type { FeedCollection, FeedProblem } from './feed/types.js';
import { DcrErrorEvent, DcrLoadEvent } from './events.js';

/** The library version; a second copy of the bundle with another version warns once. */
export const VERSION = '0.1.0';

export type Theme = 'light' | 'dark' | 'auto';
const THEMES: readonly Theme[] = ['light', 'dark', 'auto'];

const warned = new Set<string>();
/** Widget classes whose English strings are in the catalog. */
const englishAdded = new WeakSet<object>();

/**
 * Defines a custom element unless the tag is taken. Loading the bundle twice is therefore silent;
 * a different version of us already holding the tag is reported once.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor & { dcrVersion?: string }): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tag) as (CustomElementConstructor & { dcrVersion?: string }) | undefined;
  if (existing) {
    if (existing.dcrVersion !== ctor.dcrVersion && !warned.has(`define:${tag}`)) {
      warned.add(`define:${tag}`);
      console.warn(
        `[${tag}] already defined by dcr-widgets ${existing.dcrVersion ?? '(unknown version)'}; ignoring ${ctor.dcrVersion ?? 'this copy'}.`,
      );
    }
    return;
  }
  customElements.define(tag, ctor);
}

// One observer for the whole page re-renders every widget when any `lang` attribute changes.
const liveElements = new Set<DcrElement>();
let langObserver: MutationObserver | undefined;

function watchLanguage(el: DcrElement): void {
  liveElements.add(el);
  if (!langObserver && typeof MutationObserver !== 'undefined') {
    langObserver = new MutationObserver(() => liveElements.forEach((e) => e.requestUpdate()));
    langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
}

function unwatchLanguage(el: DcrElement): void {
  liveElements.delete(el);
  if (liveElements.size === 0) {
    langObserver?.disconnect();
    langObserver = undefined;
  }
}

/**
 * A loaded document's problems already logged, and how many of each effect: each problem once, however many widgets show
 * it, by a widget that shows its collection (problems of the document's head by the first widget to read it).
 */
const loggedProblems = new WeakMap<object, { seen: WeakSet<FeedProblem>; logged: Record<FeedProblem['effect'], number> }>();
/** Skipped records, and ignored values, logged one by one per document; past that, one line counts the rest. */
const LOGGED_PROBLEMS = 50;

/**
 * Base class of every dcr widget: language and direction resolution, theme attribute, a tag-prefixed
 * logger, and the shared feed as a `@lit/task` with loading / error-with-retry / stale states.
 *
 * @cssproperty --dcr-color-accent - Accent colour (links, buttons, focus ring).
 * @cssproperty --dcr-color-text - Text colour.
 * @cssproperty --dcr-color-surface - Background.
 * @cssproperty --dcr-color-border - Borders and separators.
 * @cssproperty --dcr-font-family - Font (default: the page's).
 * @cssproperty --dcr-radius - Corner radius.
 * @cssproperty --dcr-space - Base spacing.
 */
export class DcrElement extends LitElement {
  static override styles = baseStyles;
  /** Version stamp compared by `defineElement`. */
  static dcrVersion = VERSION;
  /** The rules of the feed collections this widget shows: only these are validated (so only these are in its bundle). */
  static feedRules: readonly FeedRule[] = [];
  /** The English of the widget's own message group (other languages load whole catalogs): only this is in its bundle. */
  static strings: EnglishParts = {};

  /** The feed, loaded once per URL per page. Resolves to null when the widget needs no feed (see `feedUrl`). */
  protected readonly feedTask = new Task(this, {
    task: async ([url], { signal }): Promise<LoadedFeed | null> => {
      if (url === null) return null;
      const reload = this.reloadNext;
      this.reloadNext = false;
      return this.loadDocument(url, { signal, reload });
    },
    args: () => [this.feedUrl()] as const,
    onComplete: (result) => this.announceLoad(result),
    onError: (error) => this.announceError(error),
  });

  private reloadNext = false;
  private resolvedLocale = 'en';
  /** Lazy work an update started (a catalog, a widget's part): `updateComplete` waits for it. */
  private readonly pendingWork = new Set<Promise<unknown>>();

  /** Feed URL; else `<meta name="dcr-feed">`; else the bundled default feed. */
  @property() src?: string;

  /** Language of the widget (BCP 47); else the closest ancestor's `lang`, else the page's, else English. */
  @property() override lang!: string;

  /** Colour theme: `light`, `dark` or `auto` (follows the device). */
  @property({ reflect: true }) theme: Theme = 'auto';

  /** The UI locale after resolution (a tag we have a catalog for, e.g. "fr-CH", else "en"). */
  get locale(): string {
    return this.resolvedLocale;
  }

  /** Text direction of the UI locale. */
  get direction(): 'ltr' | 'rtl' {
    return directionOf(this.resolvedLocale);
  }

  /** The message catalog of the UI locale. */
  protected get msg(): Messages {
    return (messagesIfLoaded(uiLanguage(this.resolvedLocale)) ?? messagesIfLoaded('en')) as Messages;
  }

  // Not `tag`: that name is a widget attribute (<dcr-news-feed tag="…">), and frameworks set properties by name.
  private get logTag(): string {
    return this.localName;
  }

  /** Logs a warning prefixed with the tag name. */
  protected warn(...args: unknown[]): void {
    console.warn(`[${this.logTag}]`, ...args);
  }

  /** Logs a warning once per page for `key` (e.g. a bad attribute value). */
  protected warnOnce(key: string, ...args: unknown[]): void {
    const k = `${this.logTag}:${key}`;
    if (warned.has(k)) return;
    warned.add(k);
    this.warn(...args);
  }

  /** The feed URL this widget reads, or null when it needs none (an inline countdown). */
  protected feedUrl(): string | null {
    return resolveFeedUrl(this.src, this.ownerDocument);
  }

  /**
   * Loads the document at `url` for `feedTask`: the shared feed by default. A widget that also reads other
   * formats (the news feed: JSON Feed, RSS, Atom) overrides it, keeping the loader's one-request-per-URL cache.
   */
  protected loadDocument(url: string, options: LoadOptions): Promise<LoadedFeed> {
    return loadFeedFor(url, (this.constructor as typeof DcrElement).feedRules, options);
  }

  /** Re-requests the feed (the retry buttons). */
  retry(): void {
    this.reloadNext = true;
    void this.feedTask.run();
  }

  private readonly onFeedUpdate = (e: Event) => {
    const url = (e as CustomEvent<string>).detail;
    const value = this.feedTask.value;
    const needsFresh = this.feedTask.status === 3 /* ERROR */ || Boolean(value?.stale);
    if (needsFresh && url === this.feedUrl()) void this.feedTask.run();
  };

  constructor() {
    super();
    // Once per widget class: the strings are the class's own, the same for every instance.
    const ctor = this.constructor as typeof DcrElement;
    if (!englishAdded.has(ctor)) {
      englishAdded.add(ctor);
      addEnglish(ctor.strings);
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    watchLanguage(this);
    feedUpdates.addEventListener('dcr-feed-update', this.onFeedUpdate);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unwatchLanguage(this);
    feedUpdates.removeEventListener('dcr-feed-update', this.onFeedUpdate);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('theme') && !THEMES.includes(this.theme)) {
      this.warnOnce(`theme:${this.theme}`, `theme="${this.theme}" is not light, dark or auto; using auto.`);
    }
    this.resolvedLocale = uiLocale(this.resolveLanguageTag());
    const lang = uiLanguage(this.resolvedLocale);
    if (!messagesIfLoaded(lang)) this.waitFor(loadMessages(lang).then(() => this.requestUpdate()));
  }

  /** Makes `updateComplete` wait for `work` too (which reports its own failures). */
  protected waitFor(work: Promise<unknown>): void {
    const p = work.catch(() => undefined).finally(() => this.pendingWork.delete(p));
    this.pendingWork.add(p);
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.pendingWork.size) {
      await Promise.all(this.pendingWork);
      result = await super.getUpdateComplete();
    }
    return result;
  }

  /** Own `lang` → closest ancestor `[lang]` (crossing shadow roots) → `<html lang>` → "en". */
  private resolveLanguageTag(): string {
    if (this.lang?.trim()) return this.lang;
    let node: Node | null = this.parentNode;
    while (node) {
      if (node instanceof Element) {
        const l = node.getAttribute('lang');
        if (l && l.trim()) return l;
        node = node.parentNode;
      } else if (node instanceof ShadowRoot) {
        node = node.host;
      } else {
        node = node.parentNode;
      }
    }
    return this.ownerDocument?.documentElement?.lang?.trim() || 'en';
  }

  private announceLoad(result: LoadedFeed | null): void {
    if (!result) return;
    const { feed, problems } = result.data;
    let log = loggedProblems.get(result.data);
    if (!log) loggedProblems.set(result.data, (log = { seen: new WeakSet(), logged: { dropped: 0, ignored: 0 } }));
    const { seen, logged } = log;
    const mine = new Set((this.constructor as typeof DcrElement).feedRules.map((r) => r.name));
    let unlisted = 0;
    for (const p of problems) {
      if (seen.has(p) || (p.collection && !mine.has(p.collection))) continue;
      seen.add(p);
      if (logged[p.effect] === LOGGED_PROBLEMS) {
        unlisted++;
        continue;
      }
      logged[p.effect]++;
      const id = p.id && (p.id.length > 80 ? `${p.id.slice(0, 80)}…` : p.id);
      this.warn(`feed ${result.url}: ${p.path}${id ? ` (id "${id}")` : ''}: ${p.message}${p.effect === 'dropped' ? ' — record skipped' : ' — value ignored'}`);
    }
    if (unlisted) {
      const skipped = problems.filter((p) => p.effect === 'dropped').length;
      const n = (x: number) => x.toLocaleString('en');
      this.warn(
        `feed ${result.url}: ${n(unlisted)} more problems not listed (${n(problems.length)} problems in all: ${n(skipped)} records skipped, ` +
          `${n(problems.length - skipped)} values ignored); the dcr-load event's detail.problems has every one.`,
      );
    }
    if (result.stale) this.warnOnce(`stale:${result.url}`, `showing a saved copy of ${result.url}: ${result.stale.error.message}`);
    this.dispatchEvent(new DcrLoadEvent({ url: result.url, feed, problems, stale: Boolean(result.stale) }));
  }

  private announceError(error: unknown): void {
    if (error instanceof DOMException && error.name === 'AbortError') return;
    const fe = error instanceof FeedError ? error : new FeedError('network', String(error));
    const url = fe.url ?? this.feedUrl() ?? '';
    this.warn(`feed ${url} failed (${fe.kind}): ${fe.message}`);
    this.dispatchEvent(new DcrErrorEvent({ url, kind: fe.kind, message: fe.message }));
  }

  /** The loading view. */
  protected renderLoading(): TemplateResult {
    return renderStatus({ kind: 'loading', message: this.msg.common.loading });
  }

  /** The error view for a failed feed, with a retry button. */
  protected renderFeedError(error: unknown): TemplateResult {
    const fe = error instanceof FeedError ? error : undefined;
    const m = this.msg.common;
    return renderStatus({
      kind: 'error',
      message: m.errorTitle,
      detail: fe ? this.feedErrorReason(fe) : undefined,
      onRetry: () => this.retry(),
      retryLabel: m.retry,
      // The loader's own words for a web editor are English (the console says the same): folded away, marked English.
      technical: fe ? fe.message : String(error),
      technicalLabel: m.technicalDetails,
    });
  }

  /** What went wrong, in the reader's language, for the error view: by kind (a widget may say it in its own words). */
  protected feedErrorReason(error: FeedError): string {
    return this.msg.common.errorKind[error.kind];
  }

  /** A notice above the content when it comes from the saved copy, with a retry button. */
  protected renderStaleNotice(result: LoadedFeed | null | undefined): TemplateResult | typeof nothing {
    if (!result?.stale) return nothing;
    const age = relativeTime(this.locale, Date.parse(result.fetchedAt) - Date.now());
    return renderStatus({
      kind: 'stale',
      message: this.msg.common.staleCopy(age),
      onRetry: () => this.retry(),
      retryLabel: this.msg.common.retry,
      technical: result.stale.error.message,
      technicalLabel: this.msg.common.technicalDetails,
    });
  }

  /** The problem that made the reader skip the `collection` record with this id (a widget asked for it by id), if any. */
  protected skippedRecord(result: LoadedFeed, collection: FeedCollection, id: string): FeedProblem | undefined {
    return result.data.problems.find((p) => p.collection === collection && p.effect === 'dropped' && p.id?.trim() === id);
  }

  /** A quiet note when records this widget would show were skipped as invalid. */
  protected renderSkippedNote(result: LoadedFeed | null | undefined, collection: FeedCollection): TemplateResult | typeof nothing {
    const dropped = result?.data.counts[collection]?.dropped ?? 0;
    return dropped ? html`<p class="skipped-note">${this.msg.common.skippedRecords(dropped)}</p>` : nothing;
  }

  /**
   * Renders the feed task's states: loading, error with retry, and `complete(result)` preceded by a
   * stale-copy notice when there is one. The widget renders its own empty state inside `complete`.
   */
  protected renderFeed(complete: (result: LoadedFeed) => unknown): unknown {
    return this.feedTask.render({
      initial: () => this.renderLoading(),
      pending: () => this.renderLoading(),
      error: (e) => this.renderFeedError(e),
      complete: (result) => (result ? [this.renderStaleNotice(result), complete(result)] : nothing),
    });
  }
}
