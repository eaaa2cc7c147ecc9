import type { FacilityStatus, PositionPrecision } from '../core/feed/types.js';

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
  /** Localized strings the map needs (attribution, cluster label, point label suffix for approximate points). */
  labels: { approximate: string; cluster: (count: number) => string };
  /** Called when the user picks a point on the map. */
  onSelect: (id: string) => void;
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
}

/** Thrown (or rejected) when the map cannot run here: no WebGL, or the style failed to load. */
export class MapUnavailableError extends Error {
  override readonly name = 'MapUnavailableError';
}
