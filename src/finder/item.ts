import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { langIfOther } from '../core/feed/text.js';
import type { Messages } from '../core/i18n/en.js';
import { formatPartialDate, partialDateEnd } from '../core/i18n/dates.js';
import { comma, listFormat } from '../core/i18n/format.js';
import { formatDistance } from './distance.js';
import type { FinderEntry } from './filters.js';
import type { OpenState } from './hours.js';
import { STATUS_SYMBOL, openStateText, statusLabel } from './labels.js';

export interface ItemContext {
  msg: Messages['finder'];
  locale: string;
  entry: FinderEntry;
  open: OpenState;
  /** The finder's clock (ms). */
  now: number;
  km: number | undefined;
  current: boolean;
  /** Place in the whole list (1-based) and its length, when the rendered items are only a window of it. */
  position: number | undefined;
  total: number;
  /** This item asks for more items when it scrolls into view. */
  more: boolean;
  onOpen: (entry: FinderEntry) => void;
}


/** A year and a day: a place last checked longer ago says so on its list item. */
const STALE_MS = 366 * 86_400_000;

/** "Last checked: March 2019" when the feed's check of the place is over a year old (the details always say it). */
function staleCheck(c: ItemContext): string | undefined {
  const v = c.entry.facility.properties.verified;
  if (typeof v !== 'string') return undefined;
  // A year alone ("2019") counts from its end, a month from its last day: never older than the feed says.
  const end = partialDateEnd(v.slice(0, 10));
  if (end === undefined || c.now - end <= STALE_MS) return undefined;
  const d = formatPartialDate(v.slice(0, 10), c.locale);
  return d && c.msg.checkedOn(d.text);
}

/** One list item (part `item`): a button that opens the details. */
export function renderItem(c: ItemContext): TemplateResult {
  const { msg: m, entry: e } = c;
  const p = e.facility.properties;
  const open = p.status === 'operating' ? openStateText(m, c.locale, c.open) || m.hoursUnknown : '';
  const services = p.services ?? [];
  const modes = services.length ? listFormat(c.locale, { type: 'unit', style: 'short' }).format(services.map((s) => m.modeNames[s] ?? s)) : '';
  // The city is feed text (its own language and direction); the comma and the country are in the UI's.
  const city = e.city.text ? html`<span lang=${ifDefined(langIfOther(e.city.lang, c.locale))} dir="auto">${e.city.text}</span>` : nothing;
  const country = e.country ? `${e.city.text ? comma(c.locale) : ''}${e.country}` : '';
  const checked = staleCheck(c);
  return html`<li aria-posinset=${c.position ?? nothing} aria-setsize=${c.position ? c.total : nothing} ?data-more=${c.more}>
    <button type="button" part="item" class="item" data-id=${e.id} aria-current=${c.current ? 'true' : nothing} @click=${() => c.onOpen(e)}>
      <span class="item-head">
        <span class="item-name" lang=${ifDefined(langIfOther(e.name.lang, c.locale))} dir="auto">${e.name.text}</span>
        ${c.km !== undefined ? html`<span class="item-distance">${m.distance(formatDistance(c.km, c.locale))}</span>` : nothing}
      </span>
      <span class="item-place"
        ><span>${city}${country}</span>${p.precision === 'city'
          ? html` <span class="item-approx"><span aria-hidden="true">◌</span> ${m.approximate}</span>`
          : nothing}</span
      >
      <span class="item-tags">
        <span class="badge" data-status=${p.status}><span aria-hidden="true">${STATUS_SYMBOL[p.status]}</span> ${statusLabel(m, p.status)}</span>
        ${open ? html`<span class="open-state" data-open=${c.open.kind} data-soon=${c.open.kind === 'open' && c.open.closesSoon ? 'true' : nothing}>${open}</span>` : nothing}
      </span>
      ${modes ? html`<span class="item-modes">${modes}</span>` : nothing}
      ${checked ? html`<span class="item-checked">${checked}</span>` : nothing}
    </button>
  </li>`;
}
