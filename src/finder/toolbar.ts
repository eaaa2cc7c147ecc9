import { html, nothing, type TemplateResult } from 'lit';
import type { Messages } from '../core/i18n/en.js';
import type { GeoResult } from './geolocation.js';

export type GeoState = 'idle' | 'locating' | GeoResult['kind'];

export interface ToolbarContext {
  msg: Messages['finder'];
  query: string;
  /** Active filters besides the search text (shown on the Filters button). */
  activeFilters: number;
  filtersOpen: boolean;
  showNearMe: boolean;
  geo: GeoState;
  /** Whether to offer "Show map" / "Hide map" (a narrow element in the default view). */
  mapToggle: boolean;
  mapRequested: boolean;
  onSearch: (e: Event) => void;
  onNearMe: () => void;
  onToggleMap: () => void;
  onToggleFilters: () => void;
}

const nearMeIcon = html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
  <circle cx="12" cy="12" r="7" fill="none" stroke="currentColor" stroke-width="2" />
  <circle cx="12" cy="12" r="2.5" fill="currentColor" />
  <path d="M12 1v4M12 19v4M1 12h4M19 12h4" stroke="currentColor" stroke-width="2" />
</svg>`;

/** Search field (part `search`), Near me, Show map and the Filters button. */
export function renderToolbar(c: ToolbarContext): TemplateResult {
  const m = c.msg;
  return html`<div class="toolbar">
    <div part="search" class="search">
      <label for="search">${m.searchLabel}</label>
      <input id="search" type="search" autocomplete="off" spellcheck="false" .value=${c.query} @input=${c.onSearch} />
    </div>
    <div class="tools">
      ${c.showNearMe
        ? html`<button
            type="button"
            class="near-me"
            aria-pressed=${c.geo === 'granted' ? 'true' : 'false'}
            aria-disabled=${c.geo === 'locating' ? 'true' : nothing}
            @click=${c.onNearMe}
          >
            ${nearMeIcon} ${m.nearMe}
          </button>`
        : nothing}
      ${c.mapToggle
        ? html`<button type="button" class="map-toggle" @click=${c.onToggleMap}>${c.mapRequested ? m.hideMap : m.showMap}</button>`
        : nothing}
      <!-- last, so the panel it opens comes next in the tab order -->
      <button
        type="button"
        class="filters-toggle"
        aria-expanded=${c.filtersOpen ? 'true' : 'false'}
        aria-controls="filters"
        @click=${c.onToggleFilters}
      >
        ${c.activeFilters ? m.filtersActive(c.activeFilters) : m.filters}
      </button>
    </div>
  </div>`;
}

/** What "Near me" (or the `near` attribute) is doing, in a polite live region that is always present. */
export function renderGeoMessage(m: Messages['finder'], geo: GeoState, nearAttribute: boolean): TemplateResult {
  const text: Record<GeoState, string> = {
    idle: nearAttribute ? m.nearAttr : '',
    locating: m.locating,
    granted: m.nearMeOn,
    denied: m.geoDenied,
    timeout: m.geoTimeout,
    unavailable: m.geoUnavailable,
  };
  const problem = geo === 'denied' || geo === 'timeout' || geo === 'unavailable';
  return html`<p class="geo" role="status" data-kind=${problem ? 'problem' : 'info'}>${text[geo]}</p>`;
}
