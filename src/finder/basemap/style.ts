// The built-in offline basemap: a calm MapLibre style (water, land, coast, borders, city names) in the finder's
// light or dark palette, drawn from Natural Earth and GeoNames data shipped with the widget. No tiles, no sprites,
// no key, and no glyphs: with no `glyphs` URL, maplibre-gl 6 draws label text locally in the page's own font.
// Nothing is fetched but our own asset.
import type { StyleSpecification } from 'maplibre-gl';
import type { World } from './world.js';

export type MapTheme = 'light' | 'dark';

/** Colours the map paints itself (WebGL cannot read CSS custom properties). */
export interface MapPalette {
  water: string;
  land: string;
  coast: string;
  border: string;
  /** Place names, and the halo that keeps them legible (the land colour). */
  label: string;
  /** Status colours, as the list's badges use them (--_ok, --_warning, --_danger, --_muted). */
  ok: string;
  warning: string;
  danger: string;
  muted: string;
}

export const PALETTES: Record<MapTheme, MapPalette> = {
  light: {
    water: '#dce8ed',
    land: '#fbfaf7',
    coast: '#a9bcc6',
    border: '#9aa5ad',
    label: '#5b6770',
    ok: '#1d6b32',
    warning: '#7a5200',
    danger: '#a4262c',
    muted: '#4e5a63',
  },
  dark: {
    water: '#0e1418',
    land: '#232a30',
    coast: '#3d4a53',
    border: '#5b6a74',
    label: '#a3afb7',
    ok: '#7fd69a',
    warning: '#f2c46b',
    danger: '#ff9b9b',
    muted: '#b3bec5',
  },
};

export const BASEMAP_SOURCE = 'dcr-basemap';
export const BASEMAP_ATTRIBUTION = [
  '<a href="https://www.naturalearthdata.com/" target="_blank" rel="noopener">Natural Earth</a>',
  '<a href="https://www.geonames.org/" target="_blank" rel="noopener">GeoNames</a>',
].join(' · ');

/** Place names by rank (1: capitals and cities of a million, 2: from 300 000, 3: from 100 000): from which zoom, what size. */
const PLACE_RANKS = [
  { rank: 1, minzoom: 2.5, size: [3, 11, 10, 14] },
  { rank: 2, minzoom: 5, size: [5, 10.5, 10, 13] },
  { rank: 3, minzoom: 6.5, size: [6.5, 10.5, 10, 12.5] },
] as const;
const placeLayer = (rank: number) => `dcr-places-${rank}`;

/** Paint properties that follow the theme, by layer id (also used to switch themes in place). */
export function basemapPaint(p: MapPalette): Record<string, Record<string, string>> {
  return {
    'dcr-water': { 'background-color': p.water },
    'dcr-land': { 'fill-color': p.land },
    'dcr-coast': { 'line-color': p.coast },
    'dcr-borders': { 'line-color': p.border },
    ...Object.fromEntries(
      PLACE_RANKS.map(({ rank }) => [placeLayer(rank), { 'text-color': p.label, 'text-halo-color': p.land }]),
    ),
  };
}

/**
 * The style for `theme`. `fonts` is the CSS font stack labels are drawn in (the page's font); maplibre rasterizes the
 * glyphs itself, in the browser.
 */
export function basemapStyle(theme: MapTheme, world: World, fonts: string[] = ['sans-serif']): StyleSpecification {
  const paint = basemapPaint(PALETTES[theme]);
  return {
    version: 8,
    sources: {
      [BASEMAP_SOURCE]: {
        type: 'geojson',
        data: world,
        attribution: BASEMAP_ATTRIBUTION,
        // Coarse data: tiles past zoom 7 would add nothing but work.
        maxzoom: 7,
        tolerance: 0.5,
      },
    },
    layers: [
      { id: 'dcr-water', type: 'background', paint: paint['dcr-water'] },
      {
        id: 'dcr-land',
        type: 'fill',
        source: BASEMAP_SOURCE,
        filter: ['==', ['get', 'kind'], 'land'],
        paint: { ...paint['dcr-land'], 'fill-antialias': true },
      },
      {
        id: 'dcr-coast',
        type: 'line',
        source: BASEMAP_SOURCE,
        filter: ['==', ['get', 'kind'], 'land'],
        paint: { ...paint['dcr-coast'], 'line-width': ['interpolate', ['linear'], ['zoom'], 1, 0.5, 8, 1.2] },
      },
      {
        id: 'dcr-borders',
        type: 'line',
        source: BASEMAP_SOURCE,
        filter: ['==', ['get', 'kind'], 'border'],
        layout: { 'line-join': 'round' },
        paint: {
          ...paint['dcr-borders'],
          'line-width': ['interpolate', ['linear'], ['zoom'], 1, 0.5, 8, 1.2],
          'line-dasharray': [3, 2],
          // At city zoom these 1:50m lines are kilometres off: fade them rather than pretend precision.
          'line-opacity': ['interpolate', ['linear'], ['zoom'], 8, 1, 12, 0.35],
        },
      },
      // Larger places last: the top layer is placed first and wins where names would collide.
      ...[...PLACE_RANKS].reverse().map(({ rank, minzoom, size }) => ({
        id: placeLayer(rank),
        type: 'symbol',
        source: BASEMAP_SOURCE,
        minzoom,
        filter: ['all', ['==', ['get', 'kind'], 'place'], ['==', ['get', 'rank'], rank]],
        layout: {
          'text-field': ['get', 'name'],
          'text-font': fonts,
          'text-size': ['interpolate', ['linear'], ['zoom'], size[0], size[1], size[2], size[3]],
          // Beside the place rather than on it when a marker sits there (the finder's points win collisions).
          'text-variable-anchor': ['center', 'top', 'bottom', 'left', 'right'],
          'text-radial-offset': 1.2,
          'text-max-width': 8,
          'text-padding': 3,
        },
        paint: { ...paint[placeLayer(rank)], 'text-halo-width': 1.5 },
      })),
    ],
  } as StyleSpecification;
}
