import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { TaskStatus } from '@lit/task';
import { DcrElement } from '../core/element.js';
import { baseStyles } from '../core/theme/base.js';
import { renderStatus } from '../core/status.js';
import { safeUrl } from '../core/feed/text.js';
import type { LoadedFeed } from '../core/feed/loader.js';
import type { Facility } from '../core/feed/types.js';
import { facilityIdFromHash, facilityLink } from './deep-link.js';
import type { DirectionsLink } from './details.js';
import { renderDetails } from './details.js';
import type { LonLat } from './distance.js';
import { FacilitySelectEvent } from './events.js';
import {
  DEFAULT_STATUSES,
  NO_FILTERS,
  activeFilterCount,
  applyPreFilter,
  applyUserFilters,
  availableOptions,
  buildEntries,
  openClock,
  parsePreFilter,
  sortByDistance,
  type FinderEntry,
  type PreFilter,
  type UserFilters,
} from './filters.js';
import { renderFilters, type FilterGroup } from './filters-view.js';
import { finderStyles } from './finder.styles.js';
import { locate } from './geolocation.js';
import { renderGeoMessage, renderToolbar, type GeoState } from './toolbar.js';
import { renderItem } from './item.js';
import type { FinderMapPoint } from './map-types.js';
import { FinderMapController, type MapModule } from './map-controller.js';
import { Memo } from './memo.js';

/** Items rendered at first and added by each "show more". */
const PAGE = 50;
/** The element is "wide" (list and map side by side) from this content width, in CSS pixels. */
export const WIDE_MIN_PX = 720;
const VIEWS = ['split', 'list', 'map'] as const;
type View = (typeof VIEWS)[number];
type Layout = 'split' | 'list' | 'stacked';

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
 * @fires dcr-facility-select - The user picked a place (FacilitySelectEvent: `id`, `record`).
 * @fires dcr-load - The feed is ready.
 * @fires dcr-error - The feed failed.
 */
export class DcrFinderElement extends DcrElement {
  static override styles = [...baseStyles, finderStyles];

  /** @internal The one lazy import of the map module (maplibre-gl); tests swap it for a fake. */
  static loadMapModule: () => Promise<MapModule> = () => import('./map.js');

  @state() private filters: UserFilters = NO_FILTERS;
  @state() private filtersOpen = false;
  @state() private userOrigin: LonLat | undefined;
  @state() private geo: GeoState = 'idle';
  @state() private currentId: string | null = null;
  @state() private detailsId: string | null = null;
  @state() private limit = PAGE;
  @state() private wide = false;
  @state() private measured = false;
  @state() private mapRequested = false;
  @state() private copyState: 'idle' | 'copied' | 'failed' = 'idle';

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
  private results: FinderEntry[] = [];
  private readonly preMemo = new Memo<FinderEntry[]>();
  private readonly orderMemo = new Memo<{ entries: FinderEntry[]; km?: Map<string, number> }>();
  private readonly resultsMemo = new Memo<FinderEntry[]>();
  private readonly pointsMemo = new Memo<FinderMapPoint[]>();
  private readonly indexMemo = new Memo<Map<string, FinderEntry>>();

  private resizeObserver?: ResizeObserver;
  private minuteTimer?: ReturnType<typeof setInterval>;
  private resizeFrame = 0;
  private deepLinkChecked?: LoadedFeed;

  private readonly map = new FinderMapController(this, {
    load: () => DcrFinderElement.loadMapModule(),
    container: () => this.renderRoot.querySelector<HTMLElement>('.map-canvas') ?? undefined,
    options: () => {
      const m = this.msg.finder;
      const dark = this.theme === 'dark' || (this.theme !== 'light' && matchMedia('(prefers-color-scheme: dark)').matches);
      return {
        root: this.renderRoot as ShadowRoot,
        styleUrl: this.styleUrl,
        theme: dark ? 'dark' : 'light',
        locale: this.locale,
        labels: { approximate: m.approximate, cluster: m.mapCluster },
        onSelect: (id) => void this.onMapSelect(id),
      };
    },
    points: () => this.points,
    selection: () => this.currentId,
    onError: (err) => this.warnOnce('map-failed', 'the map failed; showing the list only:', err),
  });

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
    window.addEventListener('hashchange', this.onHashChange);
    // Open-now states change with the clock.
    this.minuteTimer = setInterval(() => this.requestUpdate(), 60_000);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    cancelAnimationFrame(this.resizeFrame);
    window.removeEventListener('hashchange', this.onHashChange);
    clearInterval(this.minuteTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const preKeys = ['country', 'city', 'near', 'radius', 'services', 'model'] as const;
    if (preKeys.some((k) => changed.has(k))) {
      this.pre = parsePreFilter(this, (key, message) => this.warnOnce(key, message));
    }
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
    if (v === 'list' || this.map.state === 'failed') return 'list';
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
    this.map.resize();
  }

  private readonly onHashChange = () => this.openFromHash();

  private setFilters(next: Partial<UserFilters>): void {
    this.filters = { ...this.filters, ...next };
    this.limit = PAGE;
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
    this.filters = NO_FILTERS;
    this.limit = PAGE;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>('#search')?.focus();
  }

  private async onNearMe(): Promise<void> {
    if (this.geo === 'granted') {
      this.userOrigin = undefined;
      this.geo = 'idle';
      return;
    }
    if (this.geo === 'locating') return;
    this.geo = 'locating';
    const result = await locate();
    if (!this.isConnected) return;
    this.geo = result.kind;
    if (result.kind === 'granted') {
      this.userOrigin = result.position;
      this.limit = PAGE;
    }
  }

  private async openDetails(entry: FinderEntry, how: { user: boolean; focus: boolean }): Promise<void> {
    this.detailsId = entry.id;
    this.currentId = entry.id;
    this.copyState = 'idle';
    if (how.user) this.dispatchEvent(new FacilitySelectEvent(entry.id, entry.facility));
    await this.updateComplete;
    if (how.focus) this.renderRoot.querySelector<HTMLElement>('#details-title')?.focus();
  }

  private async closeDetails(): Promise<void> {
    const id = this.detailsId;
    this.detailsId = null;
    if (id) {
      const index = this.results.findIndex((e) => e.id === id);
      if (index >= this.limit) this.limit = Math.ceil((index + 1) / PAGE) * PAGE;
    }
    await this.updateComplete;
    const item = id ? this.itemButton(id) : null;
    (item ?? this.renderRoot.querySelector<HTMLElement>('#search'))?.focus();
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

  /** Arrow keys, Home and End move between items (Tab still walks through them too). */
  private onListKeydown(e: KeyboardEvent): void {
    const keys = ['ArrowDown', 'ArrowUp', 'Home', 'End'];
    if (!keys.includes(e.key)) return;
    const items = [...this.renderRoot.querySelectorAll<HTMLElement>('.item')];
    const at = items.indexOf(e.target as HTMLElement);
    if (at < 0) return;
    e.preventDefault();
    const to = e.key === 'Home' ? 0 : e.key === 'End' ? items.length - 1 : at + (e.key === 'ArrowDown' ? 1 : -1);
    items[Math.max(0, Math.min(items.length - 1, to))]?.focus();
  }

  private async showMore(): Promise<void> {
    const first = this.limit;
    this.limit += PAGE;
    await this.updateComplete;
    this.renderRoot.querySelectorAll<HTMLElement>('.item')[first]?.focus();
  }

  private async copyLink(): Promise<void> {
    if (!this.detailsId) return;
    try {
      await navigator.clipboard.writeText(facilityLink(this.detailsId, location.href));
      this.copyState = 'copied';
    } catch {
      this.copyState = 'failed';
    }
  }

  /** A point picked on the map: highlight its list item and bring it into view (or show it, in details). */
  private async onMapSelect(id: string): Promise<void> {
    const entry = this.index.get(id);
    if (!entry) return;
    this.currentId = id;
    this.dispatchEvent(new FacilitySelectEvent(id, entry.facility));
    if (this.detailsId) {
      this.detailsId = id;
      this.copyState = 'idle';
      return;
    }
    const index = this.results.findIndex((e) => e.id === id);
    if (index >= this.limit) this.limit = Math.ceil((index + 1) / PAGE) * PAGE;
    await this.updateComplete;
    this.itemButton(id)?.scrollIntoView({ block: 'nearest' });
  }

  /** Opens the place named by `#dcr-facility=<id>` when it is in this finder's data set. */
  private openFromHash(): void {
    const id = facilityIdFromHash(location.hash);
    const entry = id ? this.index.get(id) : undefined;
    if (!entry || !this.isConnected) return;
    void this.openDetails(entry, { user: false, focus: false }).then(() => this.scrollIntoView({ block: 'start' }));
  }

  // --- the map ----------------------------------------------------------------------------------------

  private get index(): Map<string, FinderEntry> {
    return this.indexMemo.get([this.preEntries], () => new Map(this.preEntries.map((e) => [e.id, e])));
  }

  private get points(): FinderMapPoint[] {
    return this.pointsMemo.get([this.results], () =>
      this.results.map((e) => ({
        id: e.id,
        coordinates: e.position,
        name: e.name.text,
        status: e.facility.properties.status,
        precision: e.facility.properties.precision,
      })),
    );
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
    this.preEntries = this.preMemo.get([entries, this.pre], () => applyPreFilter(entries, this.pre));
    const origin = this.userOrigin ?? this.pre.near?.origin;
    const ordered = this.orderMemo.get([this.preEntries, origin], () =>
      origin ? sortByDistance(this.preEntries, origin) : { entries: this.preEntries },
    );
    const now = this.now();
    const openAt = openClock(now);
    const minute = this.filters.openNow ? Math.floor(now.getTime() / 60_000) : 0;
    this.results = this.resultsMemo.get([ordered, this.filters, minute], () => applyUserFilters(ordered.entries, this.filters, openAt));
    if (!this.preEntries.length) {
      return html`${this.renderSkippedNote(result, 'facilities')}${renderStatus({ kind: 'empty', message: m.noPlaces })}`;
    }
    const details = this.detailsId ? this.index.get(this.detailsId) : undefined;
    return html`${this.renderSkippedNote(result, 'facilities')}
      ${renderToolbar({
        msg: m,
        query: this.filters.query,
        activeFilters: activeFilterCount({ ...this.filters, query: '' }),
        filtersOpen: this.filtersOpen,
        showNearMe: !this.noGeolocation,
        geo: this.geo,
        mapToggle: !this.viewAttr && this.measured && !this.wide && this.map.state !== 'failed',
        mapRequested: this.mapRequested,
        onSearch: (e) => this.onSearch(e),
        onNearMe: () => void this.onNearMe(),
        onToggleMap: () => (this.mapRequested = !this.mapRequested),
        onToggleFilters: () => (this.filtersOpen = !this.filtersOpen),
      })}
      ${this.renderFilterPanel()} ${this.renderSummary()} ${renderGeoMessage(m, this.geo, Boolean(this.pre.near))}
      ${this.map.state === 'failed' && this.viewAttr !== 'list'
        ? html`<p part="status" class="status map-notice" data-kind="notice">${m.mapUnavailable}</p>`
        : nothing}
      <div class="panes">
        <div class="list-pane" @keydown=${this.onPaneKeydown}>
          ${details
            ? renderDetails({
                msg: this.msg,
                locale: this.locale,
                feedLanguage: feed.language,
                entry: details,
                open: openAt(details),
                userTimeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
                extraDirections: this.directions?.(details.facility) ?? [],
                copyState: this.copyState,
                link: facilityLink(details.id, location.href),
                onBack: () => void this.closeDetails(),
                onCopy: () => void this.copyLink(),
                onPrint: () => window.print(),
              })
            : this.renderList(ordered.km, openAt)}
        </div>
        ${this.layout !== 'list'
          ? html`<div part="map" class="map-pane" role="region" aria-label=${m.map}>
              <div class="map-canvas"></div>
              ${this.map.state === 'loading' || this.map.state === 'waiting'
                ? html`<p class="map-loading">${m.mapLoading}</p>`
                : nothing}
            </div>`
          : nothing}
      </div>`;
  }

  private renderFilterPanel(): TemplateResult {
    const panel = renderFilters({
      msg: this.msg.finder,
      locale: this.locale,
      filters: this.filters,
      options: availableOptions(this.preEntries),
      hasInactive: this.preEntries.some((e) => !DEFAULT_STATUSES.has(e.facility.properties.status)),
      onToggle: (g, v, on) => this.onToggle(g, v, on),
      onOpenNow: (on) => this.setFilters({ openNow: on }),
      onShowInactive: (on) => this.setFilters({ showInactive: on }),
    });
    return html`<div class="filters-wrap" ?hidden=${!this.filtersOpen}>${panel}</div>`;
  }

  private renderSummary(): TemplateResult {
    const m = this.msg.finder;
    return html`<div class="summary">
      <p class="count" role="status" aria-live="polite" aria-atomic="true">${m.count(this.results.length, this.preEntries.length)}</p>
      ${activeFilterCount(this.filters)
        ? html`<button type="button" class="clear" @click=${this.clearFilters}>${m.clearFilters}</button>`
        : nothing}
    </div>`;
  }

  private renderList(km: Map<string, number> | undefined, openAt: ReturnType<typeof openClock>): TemplateResult {
    const m = this.msg.finder;
    if (!this.results.length) {
      return renderStatus({ kind: 'empty', message: m.empty, detail: m.emptyHint });
    }
    const shown = this.results.slice(0, this.limit);
    const more = this.results.length - shown.length;
    return html`<ul part="list" class="list" aria-label=${m.list} @keydown=${this.onListKeydown}>
        ${repeat(
          shown,
          (e) => e.id,
          (e) =>
            renderItem({
              msg: m,
              locale: this.locale,
              entry: e,
              open: openAt(e),
              km: km?.get(e.id),
              current: e.id === this.currentId,
              onOpen: (entry) => void this.openDetails(entry, { user: true, focus: true }),
            }),
        )}
      </ul>
      ${more > 0 ? html`<button type="button" class="more" @click=${this.showMore}>${m.showMore(Math.min(PAGE, more))}</button>` : nothing}`;
  }
}
