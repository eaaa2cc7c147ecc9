// The map behind <dcr-finder>. The only module that imports maplibre-gl, and only lazily: the finder
// itself imports this module only once a map is on screen, and maplibre-gl follows in its own chunk.
import cssText from 'maplibre-gl/dist/maplibre-gl.css?inline';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type {
  ExpressionSpecification,
  FilterSpecification,
  GeoJSONSource,
  IControl,
  LngLatLike,
  Map as MapLibreMap,
  MapGeoJSONFeature,
  MapMouseEvent,
  StyleSpecification,
} from 'maplibre-gl';
import type { FeatureCollection, Point } from 'geojson';
import { basemapPaint, basemapStyle, PALETTES, type MapPalette, type MapTheme } from './basemap/style.js';
import { loadWorld } from './basemap/world.js';
import type { FacilityStatus } from '../core/feed/types.js';
import { numberFormat } from '../core/i18n/format.js';
import { MAP_STATUSES as STATUSES, MapUnavailableError, type FinderMap, type FinderMapOptions, type FinderMapPoint } from './map-types.js';

type MapLibre = typeof import('maplibre-gl');

const POINTS = 'dcr-points';
const L_HALO = 'dcr-halo';
const L_SELECTED = 'dcr-selected';
const L_POINTS = 'dcr-point';
const L_CLUSTERS = 'dcr-clusters';
/** Places at one position (past the cluster zooms they would lie on top of each other): drawn as one count. */
const L_STACKS = 'dcr-stacks';
/** Points closer than this (CSS px) are grouped until CLUSTER_MAX_ZOOM. */
const CLUSTER_RADIUS = 44;
const CLUSTER_MAX_ZOOM = 11;
/**
 * The closest zoom fitting the points goes to: a region, so one city's points still show the borders and
 * neighbouring cities of the offline basemap (and most positions are only known to the city anyway).
 */
const FIT_MAX_ZOOM = 7;
/** The zoom a selection flies to at least. */
const SELECT_ZOOM = CLUSTER_MAX_ZOOM + 1;
const LOAD_TIMEOUT = 15_000;

let maplibre: Promise<MapLibre> | undefined;

/** maplibre-gl, imported once per page (a failed import may be retried by the next map). */
export function loadMapLibre(): Promise<MapLibre> {
  maplibre ??= import('maplibre-gl').then(
    (ml) => {
      ml.setWorkerUrl(workerUrl);
      return ml;
    },
    (err: unknown) => {
      maplibre = undefined;
      throw err;
    },
  );
  return maplibre;
}

// maplibre's own CSS, plus its controls in the finder's colours (custom properties reach into the shadow root).
const THEMED_CONTROLS = `
.maplibregl-map { font-family: inherit; color: var(--_text); }
.maplibregl-ctrl-group { background: var(--_surface); }
.maplibregl-ctrl-group button + button { border-top-color: var(--_border); }
.maplibregl-ctrl-group button { width: 32px; height: 32px; min-height: 0; min-width: 0; padding: 0; border: 0; border-radius: 0; background: transparent; }
.maplibregl-ctrl-group button:focus-visible { outline: 3px solid var(--_focus); outline-offset: 0; }
.maplibregl-ctrl.maplibregl-ctrl-attrib { background: color-mix(in srgb, var(--_surface) 85%, transparent); color: var(--_text); }
.maplibregl-ctrl-attrib a { color: inherit; }
.maplibregl-ctrl-attrib-button { min-height: 0; min-width: 0; padding: 0; border: 0; }
.maplibregl-ctrl-bottom-left .maplibregl-ctrl-attrib-button, .maplibregl-ctrl-top-left .maplibregl-ctrl-attrib-button { right: auto; }
.maplibregl-ctrl.maplibregl-ctrl-attrib.maplibregl-compact { background: var(--_surface); }
.maplibregl-canvas-container .maplibregl-canvas:focus-visible { outline: 3px solid var(--_focus); outline-offset: -3px; }
.dcr-map-dark .maplibregl-ctrl-icon, .dcr-map-dark .maplibregl-ctrl-attrib-button { filter: invert(1) hue-rotate(180deg); }
.maplibregl-cooperative-gesture-screen { font: inherit; }
.dcr-map-legend { margin: 10px 0 0 10px; max-inline-size: calc(100% - 72px); padding: 4px 8px; list-style: none; font-size: 0.75rem; line-height: 1.35;
  color: var(--_text); background: color-mix(in srgb, var(--_surface) 94%, transparent); border-radius: 6px;
  box-shadow: 0 0 0 1px color-mix(in srgb, var(--_border) 45%, transparent); }
.dcr-map-legend li { display: flex; align-items: center; gap: 6px; }
.dcr-map-legend canvas { inline-size: 18px; block-size: 18px; flex: none; }
`;
let sheet: CSSStyleSheet | undefined;

/**
 * Adopts maplibre's CSS into a shadow root, once per root (one shared sheet for all roots). It goes first, so the
 * host's own rules win where they meet maplibre's at equal specificity (`.maplibregl-map { position: relative }`
 * must not undo the host's `position: absolute` on the container).
 */
export function adoptMapStyles(root: ShadowRoot): void {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(cssText + THEMED_CONTROLS);
  }
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [sheet, ...root.adoptedStyleSheets];
}

/**
 * Creates the map in `options.container`. Resolves once the style has loaded; rejects with MapUnavailableError when
 * there is no WebGL, the style (or the built-in basemap) fails to load, or it takes longer than `loadTimeout`.
 */
export async function createFinderMap(options: FinderMapOptions): Promise<FinderMap> {
  const [ml, world] = await Promise.all([
    loadMapLibre(),
    options.styleUrl
      ? undefined
      : loadWorld().catch((err: unknown) => {
          throw new MapUnavailableError(`the built-in basemap did not load: ${message(err)}`, { cause: err });
        }),
  ]);
  adoptMapStyles(options.root);
  const style: StyleSpecification | string = options.styleUrl ?? basemapStyle(options.theme, world!, fontStack(options.container));
  const labels = options.labels;
  let map: MapLibreMap;
  try {
    map = new ml.Map({
      container: options.container,
      style,
      center: [10, 35],
      zoom: 1,
      // Below zero: a narrow map (a phone) can still fit places on several continents.
      minZoom: -1,
      maxZoom: 18,
      // Added with the other controls, on the side the UI direction puts it.
      attributionControl: false,
      maplibreLogo: false,
      dragRotate: false,
      pitchWithRotate: false,
      touchPitch: false,
      // An embedded map must not swallow the page's scrolling: Ctrl + wheel to zoom, two fingers to pan.
      cooperativeGestures: true,
      fadeDuration: 0,
      locale: uiStrings(labels),
    });
  } catch (err) {
    // maplibre throws GPUInitializationError here when WebGL (2) cannot be created.
    throw new MapUnavailableError(`the map cannot run here: ${message(err)}`, { cause: err });
  }
  try {
    await loaded(map, options.loadTimeout ?? LOAD_TIMEOUT);
  } catch (err) {
    map.remove();
    throw err;
  }
  return new MapLibreFinderMap(ml, map, options);
}

/** maplibre's own UI strings (canvas name, controls, gesture hints) in the words the finder gives. */
function uiStrings(labels: FinderMapOptions['labels']): Record<string, string> {
  return {
    'Map.Title': labels.map ?? 'Map',
    'NavigationControl.ZoomIn': labels.zoomIn ?? 'Zoom in',
    'NavigationControl.ZoomOut': labels.zoomOut ?? 'Zoom out',
    'AttributionControl.ToggleAttribution': labels.attribution ?? 'Toggle attribution',
    ...(labels.gestures && {
      'CooperativeGesturesHandler.WindowsHelpText': labels.gestures.wheel,
      'CooperativeGesturesHandler.MacHelpText': labels.gestures.wheelMac,
      'CooperativeGesturesHandler.MobileHelpText': labels.gestures.touch,
    }),
  };
}

/** Resolves on the map's `load`; rejects on a style error before it or on timeout. */
function loaded(map: MapLibreMap, timeout: number): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const done = () => {
      clearTimeout(timer);
      map.off('error', onError);
      map.off('load', onLoad);
    };
    const onLoad = () => {
      done();
      resolve();
    };
    const onError = (e: { error?: unknown; sourceId?: string }) => {
      // A failing tile or source of a partner style does not stop the map; a failing style does.
      if (e.sourceId) return;
      done();
      reject(new MapUnavailableError(`the map style did not load: ${message(e.error)}`, { cause: e.error }));
    };
    const timer = setTimeout(() => {
      done();
      reject(new MapUnavailableError(`the map style did not load within ${timeout} ms`));
    }, timeout);
    map.on('load', onLoad);
    map.on('error', onError);
  });
}

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));

/** The container's CSS font families, as a MapLibre font stack (maplibre draws the glyphs with them, locally). */
function fontStack(el: HTMLElement): string[] {
  const families = getComputedStyle(el)
    .fontFamily.split(',')
    .map((f) => f.trim().replace(/^["']|["']$/g, ''))
    .filter(Boolean);
  return families.length ? families : ['sans-serif'];
}

/** Colours the icons are drawn with: the finder's tokens where readable, else the built-in palette. */
interface IconColours extends MapPalette {
  accent: string;
  onAccent: string;
  surface: string;
  font: string;
}

const TOKEN_FALLBACKS: Record<MapTheme, { accent: string; onAccent: string; surface: string }> = {
  light: { accent: '#0a6e6e', onAccent: '#ffffff', surface: '#ffffff' },
  dark: { accent: '#5cc8c2', onAccent: '#08201f', surface: '#161b1f' },
};

function iconColours(container: HTMLElement, theme: MapTheme): IconColours {
  const cs = getComputedStyle(container);
  const token = (name: string, fallback: string) => cs.getPropertyValue(name).trim() || fallback;
  const f = TOKEN_FALLBACKS[theme];
  return {
    ...PALETTES[theme],
    accent: token('--_accent', f.accent),
    onAccent: token('--_on-accent', f.onAccent),
    surface: token('--_surface', f.surface),
    font: cs.fontFamily || 'system-ui, sans-serif',
  };
}

const statusColour = (c: MapPalette, status: string) =>
  status === 'operating' ? c.ok : status === 'closed' ? c.danger : status === 'planned' ? c.muted : c.warning;

/** Draws an icon on a 2D canvas at `ratio` device pixels per CSS pixel. */
function drawIcon(size: number, ratio: number, draw: (ctx: CanvasRenderingContext2D) => void): ImageData {
  const px = Math.ceil(size * ratio);
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = px;
  const ctx = canvas.getContext('2d')!;
  ctx.scale(ratio, ratio);
  draw(ctx);
  return ctx.getImageData(0, 0, px, px);
}

const STATUS_ICON = 28;

/**
 * One icon per status, told apart by shape as well as colour, echoing the list's badges (✓ ‖ ✕ ◷ ?): operating a
 * filled disc with a check, temporarily closed a ring with a pause sign, closed a ring with a cross, planned a dashed
 * ring with clock hands, unconfirmed a ring with a question mark.
 */
function statusIcon(status: string, c: IconColours, ratio: number): ImageData {
  return drawIcon(STATUS_ICON, ratio, (ctx) => {
    const m = STATUS_ICON / 2;
    const colour = statusColour(c, status);
    ctx.beginPath();
    ctx.arc(m, m, 11.5, 0, Math.PI * 2);
    ctx.fillStyle = c.surface;
    ctx.fill();
    ctx.beginPath();
    ctx.lineCap = 'round';
    ctx.lineJoin = 'round';
    if (status === 'operating') {
      ctx.arc(m, m, 8.75, 0, Math.PI * 2);
      ctx.fillStyle = colour;
      ctx.fill();
      ctx.beginPath();
      ctx.moveTo(m - 3.6, m + 0.2);
      ctx.lineTo(m - 1, m + 2.8);
      ctx.lineTo(m + 3.8, m - 2.4);
      ctx.strokeStyle = c.surface;
      ctx.lineWidth = 2;
      ctx.stroke();
      return;
    }
    ctx.arc(m, m, 7.75, 0, Math.PI * 2);
    ctx.strokeStyle = colour;
    ctx.lineWidth = 2.5;
    if (status === 'planned') ctx.setLineDash([3.4, 2.7]);
    ctx.stroke();
    ctx.setLineDash([]);
    ctx.lineWidth = 1.9;
    ctx.beginPath();
    if (status === 'closed') {
      ctx.moveTo(m - 3.2, m - 3.2);
      ctx.lineTo(m + 3.2, m + 3.2);
      ctx.moveTo(m + 3.2, m - 3.2);
      ctx.lineTo(m - 3.2, m + 3.2);
    } else if (status === 'temporarily-closed') {
      ctx.moveTo(m - 1.9, m - 3.4);
      ctx.lineTo(m - 1.9, m + 3.4);
      ctx.moveTo(m + 1.9, m - 3.4);
      ctx.lineTo(m + 1.9, m + 3.4);
    } else if (status === 'planned') {
      ctx.moveTo(m, m - 3.6);
      ctx.lineTo(m, m);
      ctx.lineTo(m + 2.8, m + 1.4);
    } else {
      ctx.fillStyle = colour;
      ctx.font = `700 10.5px ${c.font}`;
      ctx.textAlign = 'center';
      ctx.textBaseline = 'middle';
      ctx.fillText('?', m, m + 0.75);
    }
    ctx.stroke();
  });
}

function selectedIcon(c: IconColours, ratio: number): ImageData {
  return drawIcon(40, ratio, (ctx) => {
    ctx.beginPath();
    ctx.arc(20, 20, 15.5, 0, Math.PI * 2);
    ctx.strokeStyle = c.surface;
    ctx.lineWidth = 7;
    ctx.stroke();
    ctx.strokeStyle = c.accent;
    ctx.lineWidth = 3.5;
    ctx.stroke();
  });
}

/** A cluster's disc grows with its count (CSS px diameter). */
const clusterSize = (count: number) => (count < 10 ? 28 : count < 100 ? 34 : count < 1000 ? 40 : 46);

function clusterIcon(count: number, label: string, c: IconColours, ratio: number): ImageData {
  const d = clusterSize(count);
  const size = d + 10;
  return drawIcon(size, ratio, (ctx) => {
    const m = size / 2;
    ctx.beginPath();
    ctx.arc(m, m, d / 2 + 3, 0, Math.PI * 2);
    ctx.globalAlpha = 0.3;
    ctx.fillStyle = c.accent;
    ctx.fill();
    ctx.globalAlpha = 1;
    ctx.beginPath();
    ctx.arc(m, m, d / 2, 0, Math.PI * 2);
    ctx.fillStyle = c.accent;
    ctx.fill();
    ctx.strokeStyle = c.surface;
    ctx.lineWidth = 2;
    ctx.stroke();
    ctx.fillStyle = c.onAccent;
    ctx.font = `600 ${d < 34 ? 13 : 14}px ${c.font}`;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.fillText(label, m, m + 0.5, d - 6);
  });
}

const CLUSTER_IMAGE = 'dcr-cluster:';
/** Exact counts below 1000, hundreds above: a bounded set of cluster images. */
const CLUSTER_IMAGE_EXPR: ExpressionSpecification = [
  'concat',
  CLUSTER_IMAGE,
  [
    'to-string',
    ['case', ['<', ['get', 'point_count'], 1000], ['get', 'point_count'], ['*', ['round', ['/', ['get', 'point_count'], 100]], 100]],
  ],
];

const NOT_CLUSTER: ExpressionSpecification = ['!', ['has', 'point_count']];
const selectedFilter = (id: string | null): FilterSpecification => ['all', NOT_CLUSTER, ['==', ['get', 'id'], id ?? '']];

function haloPaint(c: MapPalette): Record<'circle-color' | 'circle-stroke-color', ExpressionSpecification> {
  const colour: ExpressionSpecification = [
    'match',
    ['get', 'status'],
    'operating',
    c.ok,
    'closed',
    c.danger,
    'planned',
    c.muted,
    c.warning,
  ];
  return { 'circle-color': colour, 'circle-stroke-color': colour };
}

/** The key for an approximate (city-precision) place: the halo drawn around its point. */
function haloIcon(c: IconColours, ratio: number): ImageData {
  return drawIcon(STATUS_ICON, ratio, (ctx) => {
    const m = STATUS_ICON / 2;
    ctx.beginPath();
    ctx.arc(m, m, 11, 0, Math.PI * 2);
    ctx.globalAlpha = 0.18;
    ctx.fillStyle = c.muted;
    ctx.fill();
    ctx.globalAlpha = 0.7;
    ctx.strokeStyle = c.muted;
    ctx.lineWidth = 1.5;
    ctx.stroke();
    ctx.globalAlpha = 1;
    ctx.beginPath();
    ctx.arc(m, m, 3.5, 0, Math.PI * 2);
    ctx.fillStyle = c.muted;
    ctx.fill();
  });
}

/**
 * The map's key: one row per kind of symbol among the points (status shapes, the approximate-location halo). Purely
 * visual (aria-hidden): the list says all of it in words. Hidden on a small map, where it would cover the points.
 */
class Legend implements IControl {
  readonly el = document.createElement('ul');
  private last = '';

  onAdd(): HTMLElement {
    this.el.className = 'maplibregl-ctrl dcr-map-legend';
    this.el.setAttribute('aria-hidden', 'true');
    this.el.hidden = true;
    return this.el;
  }

  onRemove(): void {
    this.el.remove();
  }

  show(rows: { key: string; label: string; icon: () => ImageData }[], room: boolean, force = false): void {
    this.el.hidden = !room || rows.length < 2;
    const key = rows.map((r) => `${r.key}:${r.label}`).join('|');
    if (this.el.hidden || (key === this.last && !force)) return;
    this.last = key;
    this.el.replaceChildren(
      ...rows.map((r) => {
        const li = document.createElement('li');
        const image = r.icon();
        const canvas = document.createElement('canvas');
        canvas.width = image.width;
        canvas.height = image.height;
        canvas.getContext('2d')!.putImageData(image, 0, 0);
        li.append(canvas, r.label);
        return li;
      }),
    );
  }
}

type PaintKey = Parameters<MapLibreMap['setPaintProperty']>[1];
type PointProps = { id: string; status: string; precision: string; name: string; stack: number };

/** Points at the same position (to about 10 cm) share a key. */
const spotKey = (c: readonly [number, number]) => `${c[0].toFixed(6)},${c[1].toFixed(6)}`;

/**
 * The smallest box holding the points: across the antimeridian when that is the shorter way round (Vancouver, Sydney
 * and Auckland fit a Pacific view, not one spanning Europe and Africa). East may exceed 180° for maplibre to go round.
 */
export function pointBounds(points: readonly FinderMapPoint[]): [[number, number], [number, number]] {
  const lons = points.map((p) => p.coordinates[0]).sort((a, b) => a - b);
  const lats = points.map((p) => p.coordinates[1]);
  // The widest gap between neighbouring longitudes is the part of the world the box leaves out.
  let gap = lons[0] + 360 - lons[lons.length - 1];
  let west = lons[0];
  let east = lons[lons.length - 1];
  for (let i = 1; i < lons.length; i++) {
    if (lons[i] - lons[i - 1] > gap) {
      gap = lons[i] - lons[i - 1];
      west = lons[i];
      east = lons[i - 1] + 360;
    }
  }
  return [
    [west, Math.min(...lats)],
    [east, Math.max(...lats)],
  ];
}

/** The finder's map, drawn by maplibre-gl. @internal exported for tests (`map` is the maplibre instance). */
export class MapLibreFinderMap implements FinderMap {
  private points: readonly FinderMapPoint[] = [];
  private byId = new Map<string, FinderMapPoint>();
  /** The ids at each position, by `spotKey`. */
  private spots = new Map<string, string[]>();
  private theme: MapTheme;
  private colours: IconColours;
  private readonly ratio = Math.min(3, Math.max(2, Math.ceil(globalThis.devicePixelRatio || 1)));
  private readonly clusterImages = new Set<string>();
  private numbers!: Intl.NumberFormat;
  private compactNumbers!: Intl.NumberFormat;
  private controls: IControl[] = [];
  private readonly warned = new Set<string>();
  private readonly legend = new Legend();
  private fitted = false;
  private selected: string | null = null;
  private fitPending = false;
  private destroyed = false;

  constructor(
    private readonly ml: MapLibre,
    readonly map: MapLibreMap,
    private options: FinderMapOptions,
  ) {
    this.theme = options.theme;
    this.colours = iconColours(options.container, this.theme);
    this.setFormats(options.locale);
    map.getContainer().classList.toggle('dcr-map-dark', this.theme === 'dark');
    this.placeControls();
    map.touchZoomRotate.disableRotation();
    map.keyboard.disableRotation();
    this.addImages();
    map.setMissingStyleImageResolver((id) => this.resolveImage(id));
    this.addLayers();
    map.on('click', this.onClick);
    map.on('mousemove', this.onHover);
    map.on('resize', this.onResize);
    map.on('error', this.onError);
  }

  setPoints(points: readonly FinderMapPoint[]): void {
    if (this.destroyed) return;
    this.points = points;
    this.byId = new Map(points.map((p) => [p.id, p]));
    this.spots = new Map();
    for (const p of points) {
      const key = spotKey(p.coordinates);
      const ids = this.spots.get(key);
      if (ids) ids.push(p.id);
      else this.spots.set(key, [p.id]);
    }
    const data: FeatureCollection<Point, PointProps> = {
      type: 'FeatureCollection',
      features: points.map((p) => ({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [p.coordinates[0], p.coordinates[1]] },
        properties: { id: p.id, status: p.status, precision: p.precision, name: p.name, stack: this.spots.get(spotKey(p.coordinates))!.length },
      })),
    };
    this.source.setData(data);
    this.fit(this.fitted);
    this.updateLegend();
  }

  select(id: string | null): void {
    if (this.destroyed) return;
    this.selected = id;
    this.map.setFilter(L_SELECTED, selectedFilter(id));
    const point = id === null ? undefined : this.byId.get(id);
    if (!point) return;
    // Whether the point is drawn alone can only be told once new points (or a fit) have been drawn.
    if (this.map.isSourceLoaded(POINTS) && !this.map.isMoving()) this.bringIntoView(point);
    else void this.map.once('idle').then(() => this.selected === point.id && !this.destroyed && this.bringIntoView(point));
  }

  /**
   * A selected point off screen: pan to it at the same zoom (the offline basemap has nothing to show at street zoom).
   * One hidden in a cluster: fly close enough to draw it alone — a long flight is a wait for the person who picked
   * the place: over 2 s, jump instead.
   */
  private bringIntoView(point: FinderMapPoint, panned = false): void {
    if (this.isShown(point)) return;
    const center = point.coordinates as LngLatLike;
    if (this.inView(point) || panned) {
      this.map.flyTo({ center, zoom: Math.max(this.map.getZoom(), SELECT_ZOOM), maxDuration: 2000 });
      return;
    }
    this.map.easeTo({ center, duration: 300 });
    void this.map.once('idle').then(() => this.selected === point.id && !this.destroyed && this.bringIntoView(point, true));
  }

  resize(): void {
    if (!this.destroyed) this.map.resize();
  }

  /** Redraws the basemap and the markers in the other theme. */
  setTheme(theme: MapTheme): void {
    if (this.destroyed || theme === this.theme) return;
    this.theme = theme;
    this.map.getContainer().classList.toggle('dcr-map-dark', theme === 'dark');
    if (!this.options.styleUrl) {
      for (const [layer, paint] of Object.entries(basemapPaint(PALETTES[theme]))) {
        for (const [key, value] of Object.entries(paint)) this.map.setPaintProperty(layer, key as PaintKey, value);
      }
    }
    // Computed tokens follow the host's theme attribute once it has re-rendered; read them in the next frame.
    requestAnimationFrame(() => {
      if (this.destroyed) return;
      this.colours = iconColours(this.options.container, theme);
      for (const [key, value] of Object.entries(haloPaint(this.colours))) this.map.setPaintProperty(L_HALO, key as PaintKey, value);
      this.addImages(true);
      for (const id of this.clusterImages) this.map.updateImage(id, this.drawCluster(id));
      this.updateLegend(true);
    });
  }

  /**
   * Speaks another language: maplibre's controls, canvas name and gesture hints, the key, cluster numbers and hover
   * titles take the new words, and the controls move to the other side when the direction changes.
   */
  setLanguage(locale: string, labels: FinderMapOptions['labels'], direction: 'ltr' | 'rtl' = 'ltr'): void {
    if (this.destroyed) return;
    const old = this.options.labels.gestures;
    this.options = { ...this.options, locale, labels, direction };
    // maplibre reads its UI strings when a control is added; it has no public way to change them afterwards.
    const internal = this.map as unknown as { _locale: Record<string, string> };
    internal._locale = { ...internal._locale, ...uiStrings(labels) };
    this.map.getCanvas().setAttribute('aria-label', labels.map ?? 'Map');
    // The gesture hints are written once, when the canvas is made: one of the two desktop texts (Ctrl or ⌘), one touch.
    const hints = this.map.getCanvasContainer();
    const desktop = hints.querySelector('.maplibregl-desktop-message');
    const touch = hints.querySelector('.maplibregl-mobile-message');
    if (labels.gestures && desktop && touch) {
      desktop.textContent = old && desktop.textContent === old.wheelMac ? labels.gestures.wheelMac : labels.gestures.wheel;
      touch.textContent = labels.gestures.touch;
    }
    this.setFormats(locale);
    for (const id of this.clusterImages) this.map.updateImage(id, this.drawCluster(id));
    this.placeControls();
    this.updateLegend(true);
  }

  /**
   * The zoom buttons at the top on the reading direction's far side, the key on its near side (the bottom holds the
   * credits, which go to the far side too): right to left mirrors all three.
   */
  private placeControls(): void {
    for (const c of this.controls) this.map.removeControl(c);
    const [near, far] = this.options.direction === 'rtl' ? (['right', 'left'] as const) : (['left', 'right'] as const);
    const zoom = new this.ml.NavigationControl({ showCompass: false });
    const credits = new this.ml.AttributionControl({ compact: true, customAttribution: [] });
    this.map.addControl(zoom, `top-${far}`);
    this.map.addControl(this.legend, `top-${near}`);
    this.map.addControl(credits, `bottom-${far}`);
    this.controls = [zoom, this.legend, credits];
  }

  private setFormats(locale: string): void {
    this.numbers = numberFormat(locale);
    this.compactNumbers = numberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 });
  }

  /** Resolves after the map has rendered everything it has been asked to (tiles, data, camera moves). */
  whenIdle(): Promise<void> {
    const idle = this.map.once('idle');
    this.map.triggerRepaint();
    return idle.then(() => undefined);
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.map.off('click', this.onClick);
    this.map.off('mousemove', this.onHover);
    this.map.off('resize', this.onResize);
    this.map.off('error', this.onError);
    // Releases the WebGL context, the worker's data and maplibre's own ResizeObserver.
    this.map.remove();
  }

  private updateLegend(force = false): void {
    const words = this.options.labels.statuses;
    if (!words) return;
    const present = new Set(this.points.map((p) => p.status));
    const rows: { key: string; label: string; icon: () => ImageData }[] = STATUSES.filter((s) => present.has(s) && words[s]).map((s) => ({
      key: s,
      label: words[s]!,
      icon: () => statusIcon(s, this.colours, this.ratio),
    }));
    if (this.points.some((p) => p.precision === 'city')) {
      rows.push({ key: 'city', label: this.options.labels.approximate, icon: () => haloIcon(this.colours, this.ratio) });
    }
    const el = this.map.getContainer();
    this.legend.show(rows, el.clientWidth >= 360 && el.clientHeight >= 240, force);
  }

  private get source(): GeoJSONSource {
    return this.map.getSource<GeoJSONSource>(POINTS)!;
  }

  private addImages(update = false): void {
    const put = (id: string, image: ImageData) =>
      update ? this.map.updateImage(id, image) : this.map.addImage(id, image, { pixelRatio: this.ratio });
    for (const s of STATUSES) put(`dcr-status-${s}`, statusIcon(s, this.colours, this.ratio));
    put('dcr-selected', selectedIcon(this.colours, this.ratio));
  }

  private resolveImage(id: string): void {
    if (this.destroyed || !id.startsWith(CLUSTER_IMAGE) || this.map.hasImage(id)) return;
    this.map.addImage(id, this.drawCluster(id), { pixelRatio: this.ratio });
    this.clusterImages.add(id);
  }

  private drawCluster(id: string): ImageData {
    const count = Number(id.slice(CLUSTER_IMAGE.length));
    const label = count < 1000 ? this.numbers.format(count) : this.compactNumbers.format(count);
    return clusterIcon(count, label, this.colours, this.ratio);
  }

  private addLayers(): void {
    const map = this.map;
    map.addSource(POINTS, {
      type: 'geojson',
      data: { type: 'FeatureCollection', features: [] },
      cluster: true,
      clusterRadius: CLUSTER_RADIUS,
      clusterMaxZoom: CLUSTER_MAX_ZOOM,
    });
    // City-precision points: a wide translucent disc says "somewhere in this city".
    map.addLayer({
      id: L_HALO,
      type: 'circle',
      source: POINTS,
      filter: ['all', NOT_CLUSTER, ['==', ['get', 'precision'], 'city']],
      paint: {
        ...haloPaint(this.colours),
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 3, 14, 9, 26, 13, 48],
        'circle-opacity': 0.14,
        'circle-stroke-width': 1.5,
        'circle-stroke-opacity': 0.55,
      },
    });
    map.addLayer({
      id: L_SELECTED,
      type: 'symbol',
      source: POINTS,
      filter: selectedFilter(null),
      layout: { 'icon-image': 'dcr-selected', 'icon-allow-overlap': true, 'icon-ignore-placement': true },
    });
    map.addLayer({
      id: L_POINTS,
      type: 'symbol',
      source: POINTS,
      filter: ['all', NOT_CLUSTER, ['<=', ['get', 'stack'], 1]],
      layout: {
        'icon-image': ['concat', 'dcr-status-', ['get', 'status']],
        // Always drawn, and place names below make way for them.
        'icon-allow-overlap': true,
        // Operating places on top of the others where they overlap.
        'symbol-sort-key': ['match', ['get', 'status'], 'operating', 3, 'temporarily-closed', 2, 'planned', 1, 0],
      },
    });
    map.addLayer({
      id: L_CLUSTERS,
      type: 'symbol',
      source: POINTS,
      filter: ['has', 'point_count'],
      layout: {
        'icon-image': CLUSTER_IMAGE_EXPR,
        'icon-allow-overlap': true,
        'symbol-sort-key': ['get', 'point_count'],
      },
    });
    map.addLayer({
      id: L_STACKS,
      type: 'symbol',
      source: POINTS,
      filter: ['all', NOT_CLUSTER, ['>', ['get', 'stack'], 1]],
      layout: {
        'icon-image': ['concat', CLUSTER_IMAGE, ['to-string', ['get', 'stack']]],
        'icon-allow-overlap': true,
      },
    });
  }

  /** Fits the view to the points (instantly the first time). */
  private fit(animate: boolean): void {
    if (!this.points.length) return;
    const el = this.map.getContainer();
    if (el.clientWidth < 40 || el.clientHeight < 40) {
      this.fitPending = true;
      return;
    }
    this.fitPending = false;
    const padding = Math.round(Math.min(48, el.clientWidth / 6, el.clientHeight / 6));
    this.map.fitBounds(pointBounds(this.points), { padding, maxZoom: FIT_MAX_ZOOM, duration: animate ? 400 : 0 });
    this.fitted = true;
  }

  /** True when the point is well inside the view. */
  private inView(p: FinderMapPoint): boolean {
    const el = this.map.getContainer();
    const { x, y } = this.map.project(p.coordinates as LngLatLike);
    const m = 24;
    return x >= m && y >= m && x <= el.clientWidth - m && y <= el.clientHeight - m;
  }

  /** True when the point is drawn on its own, well inside the view. */
  private isShown(p: FinderMapPoint): boolean {
    if (!this.inView(p)) return false;
    const { x, y } = this.map.project(p.coordinates as LngLatLike);
    return this.map
      .queryRenderedFeatures([[x - 2, y - 2], [x + 2, y + 2]], { layers: [L_POINTS, L_STACKS] })
      .some((f) => f.properties.id === p.id);
  }

  /** The cluster or point under the pointer (a little tolerance for fingers), nearest first. */
  private hit(e: MapMouseEvent): MapGeoJSONFeature | undefined {
    const { x, y } = e.point;
    const r = 8;
    const near = (layers: string[]) =>
      this.map
        .queryRenderedFeatures([[x - r, y - r], [x + r, y + r]], { layers })
        .map((f) => ({ f, d: this.distance(f, x, y) }))
        .sort((a, b) => a.d - b.d)[0]?.f;
    return near([L_CLUSTERS, L_POINTS, L_STACKS]) ?? near([L_HALO]);
  }

  private distance(f: MapGeoJSONFeature, x: number, y: number): number {
    const [lng, lat] = (f.geometry as Point).coordinates;
    const p = this.map.project([lng, lat]);
    return Math.hypot(p.x - x, p.y - y);
  }

  private readonly onClick = (e: MapMouseEvent): void => {
    const f = this.hit(e);
    if (!f) return;
    const props = f.properties as Record<string, unknown>;
    if (props.cluster) {
      const center = (f.geometry as Point).coordinates as [number, number];
      const id = props.cluster_id as number;
      const count = Number(props.point_count);
      Promise.all([this.source.getClusterExpansionZoom(id), this.source.getClusterLeaves(id, count, 0)])
        .then(([zoom, leaves]) => {
          if (this.destroyed) return;
          // All of them at one position: zooming in cannot draw them apart.
          const spot = this.spotOf(String(leaves[0]?.properties?.id));
          if (spot && spot.length === count) return this.pickSpot(spot);
          this.map.easeTo({ center, zoom: Math.min(zoom, this.map.getMaxZoom()) });
        })
        // The data changed under the click: nothing to expand any more.
        .catch(() => undefined);
      return;
    }
    const spot = this.spotOf(String(props.id));
    if (spot && spot.length > 1) this.pickSpot(spot);
    else this.options.onSelect(String(props.id));
  };

  /** The ids at the position of point `id`. */
  private spotOf(id: string): string[] | undefined {
    const p = this.byId.get(id);
    return p && this.spots.get(spotKey(p.coordinates));
  }

  private pickSpot(ids: string[]): void {
    if (this.options.onSelectSpot) this.options.onSelectSpot([...ids]);
    else this.options.onSelect(ids[0]);
  }

  private readonly onHover = (e: MapMouseEvent): void => {
    const f = this.hit(e);
    const canvas = this.map.getCanvas();
    canvas.style.cursor = f ? 'pointer' : '';
    const props = f?.properties as Record<string, unknown> | undefined;
    const labels = this.options.labels;
    const title = !props
      ? ''
      : props.cluster || Number(props.stack) > 1
        ? labels.cluster(Number(props.point_count ?? props.stack))
        : [props.name, labels.statuses?.[props.status as FacilityStatus], props.precision === 'city' ? labels.approximate : '']
            .filter(Boolean)
            .join(' — ');
    const holder = this.map.getCanvasContainer();
    if (holder.title !== title) holder.title = title;
  };

  private readonly onResize = (): void => {
    if (this.fitPending) this.fit(false);
    this.updateLegend();
  };

  /** After load, a failing tile or image of a partner style: tell the page once, keep the map. */
  private readonly onError = (e: { error?: unknown }): void => {
    const text = message(e.error);
    if (this.warned.has(text)) return;
    this.warned.add(text);
    if (this.options.onWarning) this.options.onWarning(`map: ${text}`);
    else console.warn('[dcr-finder]', `map: ${text}`);
  };
}
