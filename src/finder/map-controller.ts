// The finder's map wiring, fetched when a layout with a map is first rendered (never for a list-only finder).
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Messages } from '../core/i18n/en.js';
import { directionOf } from '../core/i18n/locale.js';
import type { FinderEntry } from './filters.js';
import { statusLabel } from './labels.js';
import { Memo } from '../core/memo.js';
import { MAP_STATUSES, MapUnavailableError, type FinderMap, type FinderMapOptions, type FinderMapPoint } from './map-types.js';

/** The lazily imported map module (src/finder/map.ts), or a test's stand-in. */
export type MapModule = { createFinderMap: (options: FinderMapOptions) => Promise<FinderMap> };

/** off: no map on screen; waiting: container rendered, not yet visible; then loading, ready or failed (for good). */
export type MapState = 'off' | 'waiting' | 'loading' | 'ready' | 'failed';

/** What the host tells the map: createFinderMap's options without the container, points and labels. */
export type MapSettings = Omit<FinderMapOptions, 'container' | 'labels' | 'theme'> & { msg: Messages['finder'] };

export interface MapControllerOptions {
  /** Imports the map module; called only once a map container is visible on screen. */
  load: () => Promise<MapModule>;
  /** The rendered map container, if the layout shows one. */
  container: () => HTMLElement | undefined;
  settings: () => MapSettings;
  /** The places to draw (the filtered results); a new array means new points. */
  entries: () => readonly FinderEntry[];
  selection: () => string | null;
  theme: () => 'light' | 'dark';
  /** Reports a failure that is not the expected "no WebGL here". */
  onError: (error: unknown) => void;
}

/** The map's words in the UI language: controls, gesture hints, the key's status words, cluster and approximate labels. */
function mapLabels(m: Messages['finder']): FinderMapOptions['labels'] {
  return {
    approximate: m.approximate,
    cluster: m.mapCluster,
    // The canvas says how to move the map: not the name of the map's region, so the two landmarks differ.
    map: m.mapKeys,
    zoomIn: m.zoomIn,
    zoomOut: m.zoomOut,
    attribution: m.mapCredits,
    statuses: Object.fromEntries(MAP_STATUSES.map((s) => [s, statusLabel(m, s)])),
    gestures: { wheel: m.gestureWheel, wheelMac: m.gestureWheelMac, touch: m.gestureTouch },
  };
}

/**
 * Starts, feeds and stops the finder's map to match what the host renders: the map module is fetched only when a
 * container is actually on screen; points, selection and theme are pushed after each update, once the list has been
 * painted (handing 10 000 points to maplibre must not hold up the list a keystroke changed); the map is destroyed when
 * its container goes away or the host is disconnected. A failure is final: the host shows the list only.
 */
export class FinderMapController implements ReactiveController {
  state: MapState = 'off';
  private map?: FinderMap;
  private container?: HTMLElement;
  private observer?: IntersectionObserver;
  private token = 0;
  /** The entries last pushed as points. */
  private pushedPoints?: readonly FinderEntry[];
  private pushedSelection?: string | null;
  private pushedTheme?: 'light' | 'dark';
  /** The locale and words the map speaks (its strings: a catalog regrouped in memory is no change). */
  private pushedLanguage?: string;
  /** The map's words and their comparison key, worked out again only when the catalog or locale changes. */
  private readonly languageMemo = new Memo<{ labels: FinderMapOptions['labels']; key: string }>();
  private frame = 0;
  private timer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly o: MapControllerOptions,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const container = this.o.container();
    if (container !== this.container) {
      this.stop();
      this.container = container;
      if (container) this.waitUntilVisible(container);
      return;
    }
    if (!this.map || this.frame || this.timer !== undefined) return;
    // After the next paint: a frame, then a task.
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.timer = setTimeout(() => {
        this.timer = undefined;
        this.push();
      });
    });
  }

  private push(): void {
    const map = this.map;
    if (!map) return;
    const entries = this.o.entries();
    if (this.pushedPoints !== entries) {
      this.pushedPoints = entries;
      map.setPoints(entries.map(toPoint));
    }
    const selection = this.o.selection();
    if (this.pushedSelection !== selection) {
      this.pushedSelection = selection;
      map.select(selection);
    }
    const { msg, locale } = this.o.settings();
    const { labels, key } = this.language(msg, locale);
    if (this.pushedLanguage !== key) {
      this.pushedLanguage = key;
      map.setLanguage?.(locale, labels, directionOf(locale));
    }
    const theme = this.o.theme();
    if (this.pushedTheme !== theme) {
      this.pushedTheme = theme;
      map.setTheme?.(theme);
    }
  }

  private language(msg: Messages['finder'], locale: string): { labels: FinderMapOptions['labels']; key: string } {
    return this.languageMemo.get([msg, locale], () => {
      const labels = mapLabels(msg);
      return { labels, key: languageKey(locale, labels) };
    });
  }

  hostDisconnected(): void {
    this.stop();
  }

  /** Passes a size change of the host on to the map. */
  resize(): void {
    this.map?.resize();
  }

  private waitUntilVisible(container: HTMLElement): void {
    this.state = 'waiting';
    this.observer = new IntersectionObserver((entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      this.observer?.disconnect();
      this.observer = undefined;
      void this.start(container);
    });
    this.observer.observe(container);
  }

  private async start(container: HTMLElement): Promise<void> {
    const token = ++this.token;
    this.state = 'loading';
    this.host.requestUpdate();
    try {
      const mod = await this.o.load();
      // The host settled: a UI catalog still loading when the map was asked for is in place, so the map starts in it.
      await this.host.updateComplete;
      if (token !== this.token) return;
      const { msg, ...settings } = this.o.settings();
      const { labels, key } = this.language(msg, settings.locale);
      const map = await mod.createFinderMap({ ...settings, direction: directionOf(settings.locale), labels, theme: this.o.theme(), container });
      if (token !== this.token) {
        map.destroy();
        return;
      }
      this.map = map;
      this.state = 'ready';
      this.pushedPoints = undefined;
      this.pushedSelection = undefined;
      this.pushedTheme = this.o.theme();
      this.pushedLanguage = key;
    } catch (err) {
      if (token !== this.token) return;
      this.state = 'failed';
      if (!(err instanceof MapUnavailableError)) this.o.onError(err);
    }
    this.host.requestUpdate();
  }

  private stop(): void {
    this.token++;
    cancelAnimationFrame(this.frame);
    clearTimeout(this.timer);
    this.frame = 0;
    this.timer = undefined;
    this.observer?.disconnect();
    this.observer = undefined;
    this.map?.destroy();
    this.map = undefined;
    this.container = undefined;
    if (this.state !== 'failed') this.state = 'off';
  }
}

/** What the map says, as one string to compare (the cluster label goes with the locale). */
const languageKey = (locale: string, labels: FinderMapOptions['labels']): string => `${locale} ${JSON.stringify(labels)}`;

const toPoint = (e: FinderEntry): FinderMapPoint => ({
  id: e.id,
  coordinates: e.position,
  name: e.name.text,
  status: e.facility.properties.status,
  precision: e.facility.properties.precision,
});
