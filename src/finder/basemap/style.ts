// The built-in offline basemap: a calm MapLibre style (water, land, coast, borders) in the finder's
// light or dark palette, drawn from Natural Earth data shipped with the widget. No tiles, no glyphs,
// no sprites, no key: nothing is fetched but our own asset.
import type { StyleSpecification } from 'maplibre-gl';
import type { World } from './world.js';

export type MapTheme = 'light' | 'dark';

/** Colours the map paints itself (WebGL cannot read CSS custom properties). */
export interface MapPalette {
  water: string;
  land: string;
  coast: string;
  border: string;
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
    ok: '#7fd69a',
    warning: '#f2c46b',
    danger: '#ff9b9b',
    muted: '#b3bec5',
  },
};

export const BASEMAP_SOURCE = 'dcr-basemap';
export const NATURAL_EARTH = '<a href="https://www.naturalearthdata.com/" target="_blank" rel="noopener">Natural Earth</a>';

/** Paint properties that follow the theme, by layer id (also used to switch themes in place). */
export function basemapPaint(p: MapPalette): Record<string, Record<string, string>> {
  return {
    'dcr-water': { 'background-color': p.water },
    'dcr-land': { 'fill-color': p.land },
    'dcr-coast': { 'line-color': p.coast },
    'dcr-borders': { 'line-color': p.border },
  };
}

export function basemapStyle(theme: MapTheme, world: World): StyleSpecification {
  const paint = basemapPaint(PALETTES[theme]);
  return {
    version: 8,
    sources: {
      [BASEMAP_SOURCE]: {
        type: 'geojson',
        data: world,
        attribution: NATURAL_EARTH,
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
    ],
  } as StyleSpecification;
}
