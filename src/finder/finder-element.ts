import { html, nothing, type CSSResult, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { TaskStatus } from '@lit/task';
import { DcrElement } from '../core/element.js';
import { facilities } from '../core/feed/rules/facilities.js';
import { finder as strings } from '../core/i18n/en/finder.js';
import { baseStyles } from '../core/theme/base.js';
import { renderStatus } from '../core/status.js';
import { safeUrl } from '../core/feed/text.js';
import type { LoadedFeed } from '../core/feed/loader.js';
import type { Facility } from '../core/feed/types.js';
import { facilityIdFromHash } from './deep-link.js';
import type { CopyState, DirectionsLink } from './details.js';
import type { LonLat } from './distance.js';
import { FacilitySelectEvent } from './events.js';
import {
  NO_FILTERS,
  activeFilterCount,
  applyUserFilters,
  buildEntries,
  filterEntries,
  openClock,
  prepareEntries,
  sortByDistance,
  type FinderEntry,
  type Filtered,
  type UserFilters,
} from './filters.js';
import type { FilterGroup } from './filters-view.js';
import { applyPreFilter, parsePreFilter, type PreFilter } from './prefilter.js';
import { finderStyles } from './finder.styles.js';
import { renderGeoMessage, renderToolbar, type GeoState } from './toolbar.js';
import { FIRST_WINDOW, PAGE, renderList, windowWith, type ListWindow } from './list.js';
import type { FinderMapController, MapModule, MapSettings, MapState } from './map-controller.js';
import { Memo } from '../core/memo.js';

/** The element is "wide" (list and map side by side) from this content width, in CSS pixels. */
export const WIDE_MIN_PX = 720;
const VIEWS = ['split', 'list', 'map'] as const;
type View = (typeof VIEWS)[number];
type Layout = 'split' | 'list' | 'stacked';

type DetailsModule = typeof import('./details.js');
type FiltersModule = typeof import('./filters-view.js');
/** The attributes that narrow the data set. */
const PRE_KEYS = ['country', 'city', 'near', 'radius', 'services', 'model'] as const;

/**
 * Finds drug consumption rooms: a searchable, filterable list first, and a map beside it (split view on a
 * wide element) or on request (narrow element). Opening a place shows its details, hours and sources.
 *
 * @summary Facility finder: list, search, filters, near me, open now, details; a lazily loaded map.
 * @csspart base - The root wrapper.
 * @csspart status - Loading, error, empty and notice views.
 * @csspart search - The search field and its label.
 * @csspart filters - The filter panel.
 * @csspart list - The list of places.
 * @csspart item - One place in the list (a button).
 * @csspart map - The map area.
 * @csspart details - The details of the opened place.
 * @cssproperty --dcr-color-accent - Accent colour (links, focus, highlights).
 * @fires {FacilitySelectEvent} dcr-facility-select - The user picked a place (`id`, `record`).
 * @fires {DcrLoadEvent} dcr-load - The feed is ready.
 * @fires {DcrErrorEvent} dcr-error - The feed failed.
 */
export class DcrFinderElement extends DcrElement {
  static override styles = [...baseStyles, finderStyles];
  /** Only the feed's facilities are validated for this widget. */
  static override feedRules = [facilities];
  /** This widget's English messages. */
  static override strings = { finder: strings };

  /** @internal The one lazy import of the map module (maplibre-gl); tests swap it for a fake. */
  static loadMapModule: () => Promise<MapModule> = () => import('./map.js');

  @state() private filters: UserFilters = NO_FILTERS;
  @state() private filtersOpen = false;
  /** Places at one position on the map, picked there: the list shows only them until cleared (or a filter changes). */
  @state() private spot?: ReadonlySet<string>;
  @state() private userOrigin: LonLat | undefined;
  @state() private geo: GeoState = 'idle';
  @state() private currentId: string | null = null;
  @state() private detailsId: string | null = null;
  @state() private wide = false;
  @state() private measured = false;
  @state() private mapRequested = false;
  @state() private copyState: CopyState = 'idle';

  /** ISO 3166-1 alpha-2 codes, comma-separated: only places in these countries. */
  @property() country?: string;
  /** Only places in this city (accent- and case-insensitive; "Frankfurt" also matches "Frankfurt am Main"). */
  @property() city?: string;
  /** "latitude,longitude": only places within `radius` km of this point, nearest first. */
  @property() near?: string;
  /** Radius around `near`, in km (default 50). */
  @property() radius?: string;
  /** Consumption modes, comma-separated (injection, inhalation, snorting, oral): places allowing any of them. */
  @property() services?: string;
  /** Models, comma-separated (integrated, standalone, mobile). */
  @property() model?: string;
  /** `split`, `list` or `map`; default: split when the element is at least 720px wide, else list. */
  @property() view?: string;
  /** A MapLibre style URL for the map; default: the built-in offline basemap. */
  @property({ attribute: 'map-style' }) mapStyle?: string;
  /** Hides the "Near me" button. */
  @property({ type: Boolean, attribute: 'no-geolocation' }) noGeolocation = false;
  /** The clock for open-now (a property, for tests and kiosk screens). */
  @property({ attribute: false }) now: () => Date = () => new Date();
  /** Extra directions links for a place (a partner's own journey planner), shown after OpenStreetMap. */
  @property({ attribute: false }) directions?: (facility: Facility) => readonly DirectionsLink[];

  private pre: PreFilter = {};
  private preEntries: FinderEntry[] = [];
  private filtered?: Filtered;
  private results: FinderEntry[] = [];
  /** The rendered slice of `results` (`of`): a new result set starts at the top. */
  private win: ListWindow & { of?: FinderEntry[] } = FIRST_WINDOW;
  /** Parts fetched on first use: the details view (first place opened) and the filter panel (first opened). */
  private details?: DetailsModule;
  private filtersView?: FiltersModule;
  private lazySheets: CSSResult[] = [];
  /** The place the page's hash opened, so a hash that stops naming it closes it again. */
  private hashId: string | null = null;
  private readonly preMemo = new Memo<FinderEntry[]>();
  private readonly spotMemo = new Memo<FinderEntry[]>();
  /** What the map shows: the filtered places (a spot picked on the map narrows the list, not the map). */
  private mapEntries: FinderEntry[] = [];
  private readonly orderMemo = new Memo<{ entries: FinderEntry[]; km?: Map<string, number> }>();
  private readonly indexMemo = new Memo<Map<string, FinderEntry>>();

  private resizeObserver?: ResizeObserver;
  private moreObserver?: IntersectionObserver;
  private observedMore: Element[] = [];
  private minuteTimer?: ReturnType<typeof setInterval>;
  private resizeFrame = 0;
  private deepLinkChecked?: LoadedFeed;
  private readonly darkScheme = matchMedia('(prefers-color-scheme: dark)');

  /** The map wiring, once a layout with a map has been rendered. */
  private map?: FinderMapController;
  private mapWiring?: Promise<void>;

  override connectedCallback(): void {
    super.connectedCallback();
    // A moved element re-renders, which restarts its map.
    this.requestUpdate();
    // Re-rendering changes our height; acting in the next frame keeps ResizeObserver out of a loop.
    this.resizeObserver = new ResizeObserver((entries) => {
      const width = entries[entries.length - 1].contentRect.width;
      cancelAnimationFrame(this.resizeFrame);
      this.resizeFrame = requestAnimationFrame(() => this.onResize(width));
    });
    this.resizeObserver.observe(this);
    // Scrolling near the end of the rendered items renders the next ones.
    this.moreObserver = new IntersectionObserver((entries) => {
      const more = this.win.end < this.results.length;
      if (more && entries.some((e) => e.isIntersecting)) this.setWindow({ start: this.win.start, end: this.win.end + PAGE });
    });
    window.addEventListener('hashchange', this.onHashChange);
    this.darkScheme.addEventListener('change', this.onSchemeChange);
    // Open-now states change with the clock.
    this.minuteTimer = setInterval(() => this.requestUpdate(), 60_000);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    this.moreObserver?.disconnect();
    this.moreObserver = undefined;
    this.observedMore = [];
    cancelAnimationFrame(this.resizeFrame);
    window.removeEventListener('hashchange', this.onHashChange);
    this.darkScheme.removeEventListener('change', this.onSchemeChange);
    clearInterval(this.minuteTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (PRE_KEYS.some((k) => changed.has(k))) this.pre = parsePreFilter(this, (key, message) => this.warnOnce(key, message));
    if (changed.has('view') && this.view && !VIEWS.includes(this.view as View)) {
      this.warnOnce(`view:${this.view}`, `view="${this.view}" is not split, list or map; choosing by width.`);
    }
    if (changed.has('mapStyle') && this.mapStyle && !this.styleUrl) {
      this.warnOnce(`map-style:${this.mapStyle}`, `map-style="${this.mapStyle}" is not an http(s) URL; using the built-in basemap.`);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.feedTask.status === TaskStatus.COMPLETE && this.feedTask.value && this.deepLinkChecked !== this.feedTask.value) {
      this.deepLinkChecked = this.feedTask.value;
      // After this update, not inside it: opening details changes state.
      queueMicrotask(() => this.openFromHash());
    }
    if (this.layout !== 'list' && !this.mapWiring) this.wireMap();
    // Not before the element is measured: the first frame's provisional list layout (before a split view's pane holds
    // the list) may put the item that asks for more in view, and rendering more would then be nobody's request.
    const more = this.measured ? [...this.renderRoot.querySelectorAll('li[data-more]')] : [];
    if (more.length !== this.observedMore.length || more.some((li, i) => li !== this.observedMore[i])) {
      for (const li of this.observedMore) this.moreObserver?.unobserve(li);
      for (const li of more) this.moreObserver?.observe(li);
      this.observedMore = more;
    }
  }

  private get viewAttr(): View | undefined {
    return VIEWS.includes(this.view as View) ? (this.view as View) : undefined;
  }

  private get styleUrl(): string | undefined {
    return this.mapStyle ? safeUrl(this.mapStyle, this.ownerDocument.baseURI) : undefined;
  }

  /** split: list and map side by side; stacked: map above the list; list: no map. */
  private get layout(): Layout {
    const v = this.viewAttr;
    if (v === 'list' || this.mapState === 'failed') return 'list';
    if (v === 'map') return 'stacked';
    if (v === 'split') return this.wide ? 'split' : 'stacked';
    if (!this.measured) return 'list';
    return this.wide ? 'split' : this.mapRequested ? 'stacked' : 'list';
  }

  // --- handlers ---------------------------------------------------------------------------------------

  private onResize(width: number): void {
    const wide = width >= WIDE_MIN_PX;
    if (wide !== this.wide || !this.measured) {
      this.wide = wide;
      this.measured = true;
    }
    this.map?.resize();
  }

  private readonly onHashChange = () => this.openFromHash();
  private readonly onSchemeChange = () => this.requestUpdate();

  private setFilters(next: Partial<UserFilters>): void {
    this.filters = { ...this.filters, ...next };
    this.spot = undefined;
  }

  /** Several places at one position picked on the map: the list shows them, from the top. */
  private async onMapSpot(ids: string[]): Promise<void> {
    this.spot = new Set(ids);
    this.detailsId = null;
    await this.updateComplete;
    this.renderRoot.querySelector('.list-pane')?.scrollTo({ top: 0 });
  }

  private async clearSpot(): Promise<void> {
    this.spot = undefined;
    await this.focusAfterUpdate('#search');
  }

  /** Once the update a change asked for is rendered, moves focus to `selector` (when it is there). */
  private async focusAfterUpdate(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  private setWindow(w: ListWindow): void {
    this.win = { ...w, of: this.results };
    this.requestUpdate();
  }

  /** Renders the item at `index` of the results (and its neighbours), then returns its button. */
  private async reveal(index: number): Promise<HTMLElement | null> {
    const entry = this.results[index];
    if (!entry) {
      await this.updateComplete;
      return null;
    }
    const w = windowWith(this.win, index, this.results.length);
    if (w !== this.win) this.setWindow(w);
    await this.updateComplete;
    return this.itemButton(entry.id);
  }

  private onSearch(e: Event): void {
    this.setFilters({ query: (e.target as HTMLInputElement).value });
    if (this.detailsId) this.detailsId = null;
  }

  private onToggle(group: FilterGroup, value: string, on: boolean): void {
    const set = new Set(this.filters[group] as ReadonlySet<string>);
    if (on) set.add(value);
    else set.delete(value);
    this.setFilters({ [group]: set });
  }

  private async clearFilters(): Promise<void> {
    this.setFilters(NO_FILTERS);
    await this.focusAfterUpdate('#search');
  }

  private async onNearMe(): Promise<void> {
    if (this.geo === 'granted') {
      this.userOrigin = undefined;
      this.geo = 'idle';
      return;
    }
    if (this.geo === 'locating') return;
    this.geo = 'locating';
    // Loaded on the click: most visits never ask for a position.
    const { locate } = await import('./geolocation.js');
    const result = await locate();
    if (!this.isConnected) return;
    this.geo = result.kind;
    if (result.kind === 'granted') this.userOrigin = result.position;
  }

  /**
   * Fetches a lazy part, applies it (module and styles) and re-renders; settles once it is applied. `updateComplete`
   * waits for it, so a click then `await updateComplete` sees the part.
   */
  private lazy<T extends object>(load: () => Promise<T>, apply: (mod: T) => void): Promise<void> {
    const ready = load().then((mod) => {
      apply(mod);
      const root = this.renderRoot as ShadowRoot;
      const styles = (mod as { styles?: CSSResult }).styles;
      const sheet = styles?.styleSheet;
      if (styles) this.lazySheets.push(styles);
      if (sheet && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      this.requestUpdate();
    });
    this.waitFor(ready);
    return ready;
  }

  /** Shows closed and unconfirmed places too (the empty view's button); focus goes to the first place found. */
  private async showHidden(): Promise<void> {
    this.setFilters({ showInactive: true });
    await this.focusAfterUpdate('[part~="item"]');
  }

  /** Escape in the filter panel closes it; focus goes back to the Filters button. */
  private readonly onFiltersKeydown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || !this.filtersOpen) return;
    e.preventDefault();
    this.filtersOpen = false;
    void this.focusAfterUpdate('.filters-toggle');
  };

  private toggleFilters(): void {
    this.filtersOpen = !this.filtersOpen;
    if (this.filtersOpen && !this.filtersView) {
      this.lazy(() => import('./filters-view.js'), (mod) => (this.filtersView = mod)).catch((err: unknown) => this.warn('the filter panel did not load:', err));
    }
  }

  private async openDetails(entry: FinderEntry, how: { user: boolean; focus: boolean }): Promise<void> {
    if (!this.details) {
      try {
        await this.lazy(() => import('./details.js'), (mod) => (this.details = mod));
      } catch (err) {
        this.warn('the details view did not load:', err);
        return;
      }
      if (!this.isConnected) return;
    }
    this.detailsId = entry.id;
    this.currentId = entry.id;
    this.copyState = 'idle';
    if (how.user) this.dispatchEvent(new FacilitySelectEvent(entry.id, entry.facility));
    await this.updateComplete;
    if (how.focus) this.renderRoot.querySelector<HTMLElement>('#details-title')?.focus();
  }

  /** Back to the list; focus goes to the place's item when it was in the details (Escape, the Back button). */
  private async closeDetails(): Promise<void> {
    const id = this.detailsId;
    const hadFocus = Boolean(this.renderRoot.querySelector('[part=details]')?.matches(':focus-within'));
    this.detailsId = null;
    const item = await this.reveal(id ? this.results.findIndex((e) => e.id === id) : -1);
    if (hadFocus) (item ?? this.renderRoot.querySelector<HTMLElement>('#search'))?.focus();
  }

  private itemButton(id: string): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`.item[data-id="${CSS.escape(id)}"]`);
  }

  private onPaneKeydown(e: KeyboardEvent): void {
    if (e.key === 'Escape' && this.detailsId) {
      e.preventDefault();
      void this.closeDetails();
    }
  }

  /** Arrow keys, Home and End move between all the results, rendering the ones not yet shown (Tab walks too). */
  private async onListKeydown(e: KeyboardEvent): Promise<void> {
    const keys = ['ArrowDown', 'ArrowUp', 'Home', 'End'];
    const id = (e.target as HTMLElement).dataset?.id;
    if (!keys.includes(e.key) || !id) return;
    e.preventDefault();
    const at = this.results.findIndex((r) => r.id === id);
    const last = this.results.length - 1;
    const to = e.key === 'Home' ? 0 : e.key === 'End' ? last : at + (e.key === 'ArrowDown' ? 1 : -1);
    (await this.reveal(Math.max(0, Math.min(last, to))))?.focus();
  }

  /** "Show more" / "Show earlier": renders the next items and moves focus to the first new one. */
  private async showMore(earlier: boolean): Promise<void> {
    const { start, end } = this.win;
    const first = earlier ? Math.max(0, start - PAGE) : end;
    this.setWindow(earlier ? { start: first, end } : { start, end: end + PAGE });
    await this.updateComplete;
    const entry = this.results[first];
    if (entry) this.itemButton(entry.id)?.focus();
  }

  /** A point picked on the map: highlight its list item and bring it into view (or show it, in details). */
  private async onMapSelect(id: string): Promise<void> {
    const entry = this.index.get(id);
    if (!entry) return;
    // A place outside the spot picked before: the list shows all places again, so the pick lands in it.
    if (this.spot && !this.spot.has(id)) {
      this.spot = undefined;
      await this.updateComplete;
    }
    this.currentId = id;
    this.dispatchEvent(new FacilitySelectEvent(id, entry.facility));
    if (this.detailsId) {
      this.detailsId = id;
      this.copyState = 'idle';
      return;
    }
    (await this.reveal(this.results.findIndex((e) => e.id === id)))?.scrollIntoView({ block: 'nearest' });
  }

  /**
   * Opens the place named by `#dcr-facility=<id>` when it is in this finder's data set; closes it again when the
   * hash stops naming it (the browser's Back button after following such a link).
   */
  private openFromHash(): void {
    if (!this.isConnected) return;
    const id = facilityIdFromHash(location.hash);
    const entry = id ? this.index.get(id) : undefined;
    if (!entry) {
      if (this.hashId && this.detailsId === this.hashId) void this.closeDetails();
      this.hashId = null;
      return;
    }
    this.hashId = entry.id;
    void this.openDetails(entry, { user: false, focus: false }).then(() => this.scrollIntoView({ block: 'start' }));
  }

  // --- the map ----------------------------------------------------------------------------------------

  private get mapTheme(): 'light' | 'dark' {
    return this.theme === 'dark' || (this.theme !== 'light' && this.darkScheme.matches) ? 'dark' : 'light';
  }

  private get mapState(): MapState {
    return this.map?.state ?? 'off';
  }

  private wireMap(): void {
    this.mapWiring = this.lazy(
      () => import('./map-controller.js'),
      (mod) =>
        (this.map = new mod.FinderMapController(this, {
          load: () => DcrFinderElement.loadMapModule(),
          container: () => this.renderRoot.querySelector<HTMLElement>('.map-canvas') ?? undefined,
          settings: (): MapSettings => ({
            root: this.renderRoot as ShadowRoot,
            styleUrl: this.styleUrl,
            locale: this.locale,
            msg: this.msg.finder,
            onSelect: (id) => void this.onMapSelect(id),
            onSelectSpot: (ids) => void this.onMapSpot(ids),
            onWarning: (message) => this.warn(message),
          }),
          entries: () => this.mapEntries,
          selection: () => this.currentId,
          theme: () => this.mapTheme,
          onError: (err) => this.warnOnce('map-failed', 'the map failed; showing the list only:', err),
        })),
    );
    // A failed fetch of the wiring leaves the list as it is; the next map layout tries again.
    this.mapWiring.catch((err: unknown) => {
      this.mapWiring = undefined;
      this.warn('the map did not load:', err);
    });
  }

  private get index(): Map<string, FinderEntry> {
    return this.indexMemo.get([this.preEntries], () => new Map(this.preEntries.map((e) => [e.id, e])));
  }

  // --- rendering --------------------------------------------------------------------------------------

  override render() {
    return html`<div
      part="base"
      class="base"
      lang=${this.locale}
      dir=${this.direction}
      data-layout=${this.layout}
      data-details=${this.detailsId ? 'open' : nothing}
    >
      ${this.renderFeed((r) => this.renderContent(r))}
    </div>`;
  }

  private renderContent(result: LoadedFeed): TemplateResult {
    const m = this.msg.finder;
    const feed = result.data.feed;
    const entries = buildEntries(feed.facilities.features, this.locale, feed.language);
    prepareEntries(entries);
    this.preEntries = this.preMemo.get([entries, this.pre], () => applyPreFilter(entries, this.pre));
    const origin = this.userOrigin ?? this.pre.near?.origin;
    const ordered = this.orderMemo.get([this.preEntries, origin], () =>
      origin ? sortByDistance(this.preEntries, origin) : { entries: this.preEntries },
    );
    const now = this.now();
    const openAt = openClock(now);
    const minute = this.filters.openNow ? Math.floor(now.getTime() / 60_000) : 0;
    this.filtered = filterEntries(ordered.entries, this.filters, openAt, minute, this.filtered);
    this.results = this.mapEntries = this.filtered.results;
    const spot = this.spot;
    if (spot) {
      const inSpot = this.spotMemo.get([this.mapEntries, spot], () => this.mapEntries.filter((e) => spot.has(e.id)));
      if (inSpot.length) this.results = inSpot;
    }
    if (this.win.of !== this.results) this.win = { ...FIRST_WINDOW, of: this.results };
    if (!this.preEntries.length) {
      return html`${this.renderSkippedNote(result, 'facilities')}${renderStatus({ kind: 'empty', message: m.noPlaces })}`;
    }
    const details = this.detailsId && this.details ? this.index.get(this.detailsId) : undefined;
    return html`${this.renderSkippedNote(result, 'facilities')}
      ${renderToolbar({
        msg: m,
        query: this.filters.query,
        activeFilters: activeFilterCount({ ...this.filters, query: '' }),
        filtersOpen: this.filtersOpen,
        showNearMe: !this.noGeolocation,
        geo: this.geo,
        mapToggle: !this.viewAttr && this.measured && !this.wide && this.mapState !== 'failed',
        mapRequested: this.mapRequested,
        onSearch: (e) => this.onSearch(e),
        onNearMe: () => void this.onNearMe(),
        onToggleMap: () => (this.mapRequested = !this.mapRequested),
        onToggleFilters: () => this.toggleFilters(),
      })}
      ${this.renderFilterPanel()} ${this.renderSummary()} ${renderGeoMessage(m, this.geo, Boolean(this.pre.near))}
      ${this.mapState === 'failed' && this.viewAttr !== 'list'
        ? html`<p part="status" class="status map-notice" data-kind="notice">${m.mapUnavailable}</p>`
        : nothing}
      <div class="panes">
        <div class="list-pane" @keydown=${this.onPaneKeydown}>
          ${details && this.details
            ? this.details.renderDetails({
                msg: this.msg,
                locale: this.locale,
                feedLanguage: feed.language,
                entry: details,
                open: openAt(details),
                userTimeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
                extraDirections: this.directions?.(details.facility) ?? [],
                copyState: this.copyState,
                styles: () => [...baseStyles, finderStyles, ...this.lazySheets],
                dir: this.direction,
                onBack: () => void this.closeDetails(),
                onCopied: (state) => (this.copyState = state),
              })
            : nothing}
          <div class="list-wrap" ?hidden=${Boolean(details)}>${this.renderResults(ordered.km, openAt, now)}</div>
        </div>
        ${this.layout !== 'list'
          ? html`<div part="map" class="map-pane" role="region" aria-label=${m.map}>
              <div class="map-canvas"></div>
              ${this.mapState !== 'ready'
                ? html`<p class="map-loading">${m.mapLoading}</p>`
                : nothing}
            </div>`
          : nothing}
      </div>`;
  }

  private renderFilterPanel(): TemplateResult {
    const panel = this.filtersView?.renderFilters({
      msg: this.msg.finder,
      locale: this.locale,
      filters: this.filters,
      entries: this.preEntries,
      onToggle: (g, v, on) => this.onToggle(g, v, on),
      onOpenNow: (on) => this.setFilters({ openNow: on }),
      onShowInactive: (on) => this.setFilters({ showInactive: on }),
    });
    return html`<div id="filters" class="filters-wrap" ?hidden=${!this.filtersOpen} @keydown=${this.onFiltersKeydown}>${panel ?? nothing}</div>`;
  }

  private renderSummary(): TemplateResult {
    const m = this.msg.finder;
    return html`<div class="summary">
      <p class="count" role="status" aria-live="polite" aria-atomic="true">${m.count(this.results.length, this.preEntries.length)}</p>
      ${activeFilterCount(this.filters)
        ? html`<button type="button" class="clear" @click=${this.clearFilters}>${m.clearFilters}</button>`
        : nothing}
    </div>
    ${this.results !== this.mapEntries
      ? html`<div class="summary spot">
          <p role="status">${m.spotPlaces(this.results.length)}</p>
          <button type="button" class="clear" @click=${this.clearSpot}>${m.showAllPlaces}</button>
        </div>`
      : nothing}`;
  }

  private renderResults(km: Map<string, number> | undefined, openAt: ReturnType<typeof openClock>, now: Date): TemplateResult {
    const m = this.msg.finder;
    if (!this.results.length) {
      // Nothing shown, but closed or unconfirmed places match (hidden by default): say so, one button away.
      const hidden = this.filters.showInactive ? 0 : applyUserFilters(this.filtered?.base ?? [], { ...this.filters, showInactive: true }, openAt).length;
      return renderStatus({
        kind: 'empty',
        message: m.empty,
        detail: m.emptyHint,
        ...(hidden ? { onRetry: () => void this.showHidden(), retryLabel: m.showHidden(hidden) } : {}),
      });
    }
    return renderList({
      msg: m,
      locale: this.locale,
      results: this.results,
      window: this.win,
      km,
      openAt,
      now: now.getTime(),
      currentId: this.currentId,
      onOpen: (entry) => void this.openDetails(entry, { user: true, focus: true }),
      onKeydown: (e) => void this.onListKeydown(e),
      onEarlier: () => void this.showMore(true),
      onMore: () => void this.showMore(false),
    });
  }
}
