import { html, nothing, type TemplateResult } from 'lit';
import type { Messages } from '../core/i18n/en.js';
import type { UserFilters, availableOptions } from './filters.js';
import { offerLabel } from './labels.js';

export type FilterGroup = 'modes' | 'models' | 'offers';

export interface FiltersViewContext {
  msg: Messages['finder'];
  locale: string;
  filters: UserFilters;
  options: ReturnType<typeof availableOptions>;
  /** Whether the data holds closed or unconfirmed places (else the status switch is pointless). */
  hasInactive: boolean;
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
  return html`<div part="filters" id="filters" class="filters">
    <div class="filter-switches">
      <label class="check">
        <input type="checkbox" .checked=${c.filters.openNow} @change=${(e: Event) => c.onOpenNow(checked(e))} />
        <span>${m.openNowFilter}</span>
      </label>
      ${c.hasInactive || c.filters.showInactive
        ? html`<label class="check">
            <input type="checkbox" .checked=${c.filters.showInactive} @change=${(e: Event) => c.onShowInactive(checked(e))} />
            <span>${m.showInactive}</span>
          </label>`
        : nothing}
    </div>
    ${group(c, 'modes', m.modes, c.options.modes, (v) => m.modeNames[v as keyof typeof m.modeNames] ?? v)}
    ${group(c, 'models', m.model, c.options.models, (v) => m.modelNames[v as keyof typeof m.modelNames] ?? v)}
    ${group(
      c,
      'offers',
      m.offers,
      [...c.options.offers].sort((a, b) => offerLabel(m, a).localeCompare(offerLabel(m, b), c.locale)),
      (v) => offerLabel(m, v),
    )}
  </div>`;
}
