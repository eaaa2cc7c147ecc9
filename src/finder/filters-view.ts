// The filter panel: fetched the first time the visitor opens it (most visits only search or scroll).
import { css, html, nothing, type TemplateResult } from 'lit';
import type { ConsumptionMode, FacilityModel } from '../core/feed/types.js';
import type { Messages } from '../core/i18n/en.js';
import { DEFAULT_STATUSES, MODELS, MODES, type FinderEntry, type UserFilters } from './filters.js';
import { offerLabel } from './labels.js';

/** Styles of the panel, adopted into the finder's shadow root with the module. */
export const styles = css`
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem 2rem;
    padding: 0.75rem 1rem;
    background: var(--_surface-2);
    border-radius: calc(var(--_radius) * 0.75);
  }
  .filter-switches {
    flex-basis: 100%;
    display: flex;
    flex-wrap: wrap;
    gap: 0 1.5rem;
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-inline-size: 0;
  }
  legend {
    font-weight: 600;
    padding: 0;
  }
  .check {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-block-size: 2rem;
    cursor: pointer;
  }
  .check input {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0;
    accent-color: var(--_accent);
    flex: none;
  }
`;

interface Options {
  modes: ConsumptionMode[];
  models: FacilityModel[];
  offers: string[];
  /** Whether the data holds closed or unconfirmed places (else the status switch is pointless). */
  hasInactive: boolean;
}

const optionsCache = new WeakMap<readonly FinderEntry[], Options>();

/** The filter options worth offering: values present in the data, in canonical order (offers: feed order). */
export function availableOptions(entries: readonly FinderEntry[]): Options {
  let o = optionsCache.get(entries);
  if (o) return o;
  const modes = new Set<string>();
  const models = new Set<string>();
  const offers = new Set<string>();
  let hasInactive = false;
  for (const e of entries) {
    const p = e.facility.properties;
    if (Array.isArray(p.services)) p.services.forEach((s) => modes.add(s));
    if (p.model) models.add(p.model);
    if (Array.isArray(p.offers)) p.offers.forEach((x) => typeof x === 'string' && offers.add(x));
    hasInactive ||= !DEFAULT_STATUSES.has(p.status);
  }
  o = { modes: MODES.filter((m) => modes.has(m)), models: MODELS.filter((m) => models.has(m)), offers: [...offers], hasInactive };
  optionsCache.set(entries, o);
  return o;
}

export type FilterGroup = 'modes' | 'models' | 'offers';

export interface FiltersViewContext {
  msg: Messages['finder'];
  locale: string;
  filters: UserFilters;
  /** The places the partner's attributes allow: the options are the values among them. */
  entries: readonly FinderEntry[];
  onToggle: (group: FilterGroup, value: string, on: boolean) => void;
  onOpenNow: (on: boolean) => void;
  onShowInactive: (on: boolean) => void;
}

const checked = (e: Event) => (e.target as HTMLInputElement).checked;

function group(c: FiltersViewContext, key: FilterGroup, legend: string, values: readonly string[], label: (v: string) => string) {
  if (!values.length) return nothing;
  const selected = c.filters[key] as ReadonlySet<string>;
  return html`<fieldset class="filter-group">
    <legend>${legend}</legend>
    ${values.map(
      (v) => html`<label class="check">
        <input type="checkbox" .checked=${selected.has(v)} @change=${(e: Event) => c.onToggle(key, v, checked(e))} />
        <span>${label(v)}</span>
      </label>`,
    )}
  </fieldset>`;
}

/** The filter panel (part `filters`): consumption mode, model, on-site offers, open now, status switch. */
export function renderFilters(c: FiltersViewContext): TemplateResult {
  const m = c.msg;
  const o = availableOptions(c.entries);
  return html`<div part="filters" class="filters">
    <div class="filter-switches">
      <label class="check">
        <input type="checkbox" .checked=${c.filters.openNow} @change=${(e: Event) => c.onOpenNow(checked(e))} />
        <span>${m.openNowFilter}</span>
      </label>
      ${o.hasInactive || c.filters.showInactive
        ? html`<label class="check">
            <input type="checkbox" .checked=${c.filters.showInactive} @change=${(e: Event) => c.onShowInactive(checked(e))} />
            <span>${m.showInactive}</span>
          </label>`
        : nothing}
    </div>
    ${group(c, 'modes', m.modes, o.modes, (v) => m.modeNames[v as keyof typeof m.modeNames] ?? v)}
    ${group(c, 'models', m.model, o.models, (v) => m.modelNames[v as keyof typeof m.modelNames] ?? v)}
    ${group(
      c,
      'offers',
      m.offers,
      [...o.offers].sort((a, b) => offerLabel(m, a).localeCompare(offerLabel(m, b), c.locale)),
      (v) => offerLabel(m, v),
    )}
  </div>`;
}
