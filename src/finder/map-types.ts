import type { FacilityStatus, PositionPrecision } from '../core/feed/types.js';

/** Every facility status, in the order the map's key lists them. */
export const MAP_STATUSES: readonly FacilityStatus[] = ['operating', 'temporarily-closed', 'closed', 'planned', 'unconfirmed'];

/** One facility as the map draws it. */
export interface FinderMapPoint {
  id: string;
  /** [longitude, latitude] */
  coordinates: readonly [number, number];
  name: string;
  status: FacilityStatus;
  precision: PositionPrecision;
}

export interface FinderMapOptions {
  /** An empty element inside the finder's shadow root that the map fills. */
  container: HTMLElement;
  /** The finder's shadow root: maplibre's CSS is adopted into it. */
  root: ShadowRoot;
  /** A MapLibre style URL from the `map-style` attribute; absent = the built-in offline basemap. */
  styleUrl?: string;
  theme: 'light' | 'dark';
  /** UI locale, for labels the map draws itself. */
  locale: string;
  /** The UI's reading direction: right to left mirrors the controls (zoom buttons top left, key top right). */
  direction?: 'ltr' | 'rtl';
  /** Localized strings the map needs (attribution, cluster label, point label suffix for approximate points). */
  labels: {
    approximate: string;
    cluster: (count: number) => string;
    /** The map canvas's accessible name (maplibre's default: "Map"). */
    map?: string;
    /** The zoom buttons and the attribution toggle (maplibre's English defaults otherwise). */
    zoomIn?: string;
    zoomOut?: string;
    attribution?: string;
    /** Status words for the map's key (shown when the points have more than one kind of symbol) and hover titles. */
    statuses?: Partial<Record<FacilityStatus, string>>;
    /** The hint shown when a gesture is left to the page: Ctrl + wheel, ⌘ + wheel, two fingers. */
    gestures?: { wheel: string; wheelMac: string; touch: string };
  };
  /** Called when the user picks a point on the map. */
  onSelect: (id: string) => void;
  /**
   * Called instead when the point picked stands for several places at one position (a city's places, known only to the
   * city): no zoom can draw them apart, so the finder lists them. Without it the first of them is selected.
   */
  onSelectSpot?: (ids: string[]) => void;
  /** Non-fatal problems after load (a partner style's failing tiles); default: console.warn. */
  onWarning?: (message: string) => void;
  /** How long the style may take to load before the map gives up (ms, default 15 000). */
  loadTimeout?: number;
}

/** The map behind the finder. Only src/finder/map.ts (which imports maplibre-gl) implements it. */
export interface FinderMap {
  /** Replaces the points and fits the view to them. */
  setPoints(points: readonly FinderMapPoint[]): void;
  /** Highlights a point and flies to it (null clears the highlight). */
  select(id: string | null): void;
  /** Call after the container changed size. */
  resize(): void;
  /** Releases the WebGL context, listeners and observers. */
  destroy(): void;
  /** Repaints the built-in basemap and the markers for another theme. */
  setTheme?(theme: 'light' | 'dark'): void;
  /** Takes the words, number format and control sides of another UI language (a page's `lang` changed). */
  setLanguage?(locale: string, labels: FinderMapOptions['labels'], direction?: 'ltr' | 'rtl'): void;
  /** Resolves once the map has drawn everything asked of it so far (data, tiles, camera moves). */
  whenIdle?(): Promise<void>;
}

/** Thrown (or rejected) when the map cannot run here: no WebGL, or the style failed to load. */
export class MapUnavailableError extends Error {
  override readonly name = 'MapUnavailableError';
}
