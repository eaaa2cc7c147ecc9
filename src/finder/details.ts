import { html, nothing, type CSSResult, type TemplateResult } from 'lit';
import type { LocalizedText, OpeningHours, Weekday } from '../core/feed/types.js';
import { langIfOther, pickText, safeUrl } from '../core/feed/text.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Messages } from '../core/i18n/en.js';
import { comma, displayNames, listFormat } from '../core/i18n/format.js';
import { addEnglish } from '../core/i18n/locale.js';
import { finderDetails } from '../core/i18n/en/finder-details.js';
import { formatPartialDate } from '../core/i18n/dates.js';
import { facilityLink } from './deep-link.js';
import type { FinderEntry } from './filters.js';
import { WEEKDAYS, parseTime, type OpenState } from './hours.js';
import { STATUS_SYMBOL, formatMinutes, offerLabel, openStateText, statusLabel, weekdayName } from './labels.js';

export { detailsStyles as styles } from './details.styles.js';

// The details view's English comes with it.
addEnglish({ finder: finderDetails });

/** A directions link a partner adds beside OpenStreetMap and `geo:` (see the `directions` property). */
export interface DirectionsLink {
  label: string;
  url: string;
}

export interface DetailsContext {
  msg: Messages;
  locale: string;
  feedLanguage?: string;
  entry: FinderEntry;
  open: OpenState;
  /** The user's own time zone: the hours table says "local time" when the facility's differs. */
  userTimeZone: string;
  extraDirections: readonly DirectionsLink[];
  copyState: CopyState;
  /** The finder's styles, for the printed card. */
  styles: () => readonly CSSResult[];
  dir: string;
  onBack: () => void;
  onCopied: (state: CopyState) => void;
}

export type CopyState = 'idle' | 'copied' | 'failed';

/** "Copy link": the page's address with `#dcr-facility=<id>`, on the clipboard (or shown to copy by hand). */
async function copyLink(c: DetailsContext): Promise<void> {
  try {
    await navigator.clipboard.writeText(facilityLink(c.entry.id, location.href));
    c.onCopied('copied');
  } catch {
    c.onCopied('failed');
  }
}

/** "Print": the card alone, from a frame (the print module is fetched on the click). */
async function print(e: Event, c: DetailsContext): Promise<void> {
  const card = (e.target as Element).closest<HTMLElement>('[part=details]');
  if (!card) return;
  const { printCard } = await import('./print.js');
  const title = card.querySelector('#details-title')?.textContent?.trim() || document.title;
  const styles = c.styles().map((s) => s.cssText);
  printCard(card, { styles, lang: c.locale, dir: c.dir, title, font: getComputedStyle(card).fontFamily });
}

/** One weekday's rows for the hours table: [opens, closes] in minutes; empty = closed that day. */
export function hoursByDay(hours: readonly OpeningHours[] | undefined): Map<Weekday, [number, number][]> {
  const byDay = new Map<Weekday, [number, number][]>(WEEKDAYS.map((d) => [d, []]));
  for (const row of hours ?? []) {
    const opens = parseTime(row?.opens);
    const closes = parseTime(row?.closes);
    if (opens === undefined || closes === undefined || !Array.isArray(row.days)) continue;
    for (const d of row.days) byDay.get(d)?.push([opens, closes]);
  }
  for (const rows of byDay.values()) rows.sort((a, b) => a[0] - b[0]);
  return byDay;
}

/** A language name in the UI language ("German" for "de"), the tag itself when unknown. */
function languageName(locale: string, tag: string): string {
  try {
    return displayNames(locale, { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** "12 March 2024", "March 2024" or "2024", as precise as the feed's date; other text as written. */
function verifiedDate(locale: string, value: string): TemplateResult {
  const d = formatPartialDate(value.slice(0, 10), locale);
  return d ? html`<time datetime=${d.datetime}>${d.text}</time>` : html`${value}`;
}

const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]+$/;

/** A text from the feed, with `lang` when it is not in the UI language. */
function feedText(value: LocalizedText | undefined, c: DetailsContext): TemplateResult | typeof nothing {
  const t = pickText(value, c.locale, c.feedLanguage);
  if (!t.text) return nothing;
  // dir="auto": feed text keeps its own direction inside the UI's ("20 Minutes" in an Arabic card is not "Minutes 20").
  return html`<span lang=${ifDefined(langIfOther(t.lang, c.locale))} dir="auto">${t.text}</span>`;
}

function newTab(c: DetailsContext) {
  return html`<span class="visually-hidden"> ${c.msg.common.opensInNewTab}</span>`;
}

function renderHours(c: DetailsContext): TemplateResult {
  const m = c.msg.finder;
  const p = c.entry.facility.properties;
  const note = p.hoursNote ? html`<p class="note">${feedText(p.hoursNote, c)}</p>` : nothing;
  if (!c.entry.intervals) return html`<p>${m.hoursUnknownLong}</p>${note}`;
  const byDay = hoursByDay(p.hours);
  const text = (d: Weekday) => {
    const rows = byDay.get(d) ?? [];
    return rows.length ? rows.map(([o, cl]) => `${formatMinutes(c.locale, o)}–${formatMinutes(c.locale, cl)}`) : [m.closedDay];
  };
  // Consecutive days with the same hours share one row ("Monday–Friday").
  const groups: { from: Weekday; to: Weekday; lines: string[] }[] = [];
  for (const d of WEEKDAYS) {
    const lines = text(d);
    const last = groups[groups.length - 1];
    if (last && last.lines.join('|') === lines.join('|')) last.to = d;
    else groups.push({ from: d, to: d, lines });
  }
  const zone = c.entry.timeZone;
  return html`<table class="hours">
      <caption class="visually-hidden">${m.hours}</caption>
      <tbody>
        ${groups.map(
          (g) => html`<tr>
            <th scope="row">${weekdayName(c.locale, g.from)}${g.to !== g.from ? `–${weekdayName(c.locale, g.to)}` : ''}</th>
            <td>${g.lines.map((l, i) => html`${i ? html`<br />` : nothing}${l}`)}</td>
          </tr>`,
        )}
      </tbody>
    </table>
    ${zone && zone !== c.userTimeZone ? html`<p class="note">${m.localTime(zone)}</p>` : nothing} ${note}`;
}

function renderContact(c: DetailsContext): TemplateResult | typeof nothing {
  const m = c.msg.finder;
  const p = c.entry.facility.properties;
  const phone = typeof p.phone === 'string' && p.phone.replace(/[^\d+]/g, '').length >= 3 ? p.phone : undefined;
  const website = safeUrl(p.website);
  const email = typeof p.email === 'string' && EMAIL.test(p.email.trim()) ? p.email.trim() : undefined;
  if (!phone && !website && !email) return nothing;
  return html`<dt>${m.contact}</dt>
    <dd>
      <ul class="plain">
        ${phone ? html`<li>${m.phone}: <a href=${`tel:${phone.replace(/[^\d+]/g, '')}`}>${phone}</a></li>` : nothing}
        ${website
          ? html`<li>
              <a class="standalone" href=${website} target="_blank" rel="noopener noreferrer">${m.website}: ${new URL(website).host}${newTab(c)}</a>
            </li>`
          : nothing}
        ${email ? html`<li>${m.email}: <a href=${`mailto:${email}`}>${email}</a></li>` : nothing}
      </ul>
    </dd>`;
}

function renderDirections(c: DetailsContext): TemplateResult {
  const m = c.msg.finder;
  const [lon, lat] = c.entry.position;
  const la = lat.toFixed(5);
  const lo = lon.toFixed(5);
  const city = c.entry.facility.properties.precision === 'city';
  const osm = `https://www.openstreetmap.org/?mlat=${la}&mlon=${lo}#map=${city ? 13 : 17}/${la}/${lo}`;
  const extra = c.extraDirections.flatMap((d) => {
    const url = safeUrl(d.url);
    return url && typeof d.label === 'string' ? [{ label: d.label, url }] : [];
  });
  return html`<dt>${m.directions}</dt>
    <dd>
      ${city ? html`<p class="note approx">${m.directionsCity}</p>` : nothing}
      <ul class="plain">
        <li><a class="standalone" href=${osm} target="_blank" rel="noopener noreferrer">${m.osm}${newTab(c)}</a></li>
        <li><a class="standalone" href=${`geo:${la},${lo}`}>${m.geoLink}</a></li>
        ${extra.map((d) => html`<li><a class="standalone" href=${d.url} target="_blank" rel="noopener noreferrer">${d.label}${newTab(c)}</a></li>`)}
      </ul>
    </dd>`;
}

function renderSources(c: DetailsContext): TemplateResult | typeof nothing {
  const sources = Array.isArray(c.entry.facility.properties.sources) ? c.entry.facility.properties.sources : [];
  if (!sources.length) return nothing;
  return html`<dt>${c.msg.common.sources}</dt>
    <dd>
      <ul class="plain">
        ${sources.map((s) => {
          const url = safeUrl(s?.url);
          const name = feedText(s?.name, c);
          const label = name === nothing && url ? new URL(url).host : name;
          return html`<li>${url ? html`<a class="standalone" href=${url} target="_blank" rel="noopener noreferrer">${label}${newTab(c)}</a>` : label}</li>`;
        })}
      </ul>
    </dd>`;
}

const manualLink = (link: string) => html`<a class="standalone" href=${link}>${link}</a>`;

/** The details of one facility (part `details`): everything the feed says, with its status and sources. */
export function renderDetails(c: DetailsContext): TemplateResult {
  const m = c.msg.finder;
  const p = c.entry.facility.properties;
  const list = (items: string[]) => listFormat(c.locale, { type: 'unit', style: 'short' }).format(items);
  const modes = (p.services ?? []).map((s) => m.modeNames[s] ?? s);
  const offers = Array.isArray(p.offers) ? p.offers.map((o) => offerLabel(m, o)) : [];
  const languages = Array.isArray(p.languages) ? p.languages.map((l) => languageName(c.locale, l)) : [];
  const open = openStateText(m, c.locale, c.open);
  const street = pickText(p.address?.street, c.locale, c.feedLanguage).text;
  // Printed at the card's foot: where the up-to-date details are.
  const link = facilityLink(c.entry.id, location.href);
  return html`<section part="details" class="details" aria-labelledby="details-title" data-id=${c.entry.id}>
    <div class="details-bar no-print">
      <button type="button" class="back" @click=${c.onBack}><span aria-hidden="true">←</span> ${m.back}</button>
    </div>
    <h3 id="details-title" class="details-title" tabindex="-1">${feedText(p.name, c)}</h3>
    ${p.operator ? html`<p class="operator">${m.operator} ${feedText(p.operator, c)}</p>` : nothing}
    <p class="badges">
      <span class="badge" data-status=${p.status}><span aria-hidden="true">${STATUS_SYMBOL[p.status]}</span> ${statusLabel(m, p.status)}</span>
      ${open
        ? // True when it is read: not on paper, which is kept (the opening hours below are printed).
          html`<span class="open-state no-print" data-open=${c.open.kind}>${open}</span>`
        : nothing}
    </p>
    ${p.statusNote ? html`<p class="note">${feedText(p.statusNote, c)}</p>` : nothing}
    ${p.description ? html`<p>${feedText(p.description, c)}</p>` : nothing}
    <dl class="facts">
      <dt>${m.address}</dt>
      <dd>
        ${street ? html`${feedText(p.address.street, c)}<br />` : nothing}${p.address?.postalCode ? `${p.address.postalCode} ` : ''}${feedText(
          p.address?.city,
          c,
        )}${c.entry.country ? `${comma(c.locale)}${c.entry.country}` : ''}
      </dd>
      <dt>${m.hours}</dt>
      <dd>${renderHours(c)}</dd>
      ${renderContact(c)} ${renderDirections(c)}
      ${modes.length ? html`<dt>${m.modes}</dt><dd>${list(modes)}</dd>` : nothing}
      ${p.model ? html`<dt>${m.model}</dt><dd>${m.modelNames[p.model] ?? p.model}</dd>` : nothing}
      ${offers.length ? html`<dt>${m.offers}</dt><dd>${list(offers)}</dd>` : nothing}
      ${languages.length ? html`<dt>${m.languages}</dt><dd>${list(languages)}</dd>` : nothing}
      ${typeof p.opened === 'number' ? html`<dt>${m.opened}</dt><dd>${p.opened}</dd>` : nothing}
      <dt>${m.verified}</dt>
      <dd>${typeof p.verified === 'string' && p.verified ? verifiedDate(c.locale, p.verified) : m.notVerified}</dd>
      <dt>${m.precision}</dt>
      <dd>${m.precisionNames[p.precision] ?? p.precision}</dd>
      ${renderSources(c)}
    </dl>
    <div class="details-actions no-print">
      <button type="button" @click=${() => void copyLink(c)}>${m.copyLink}</button>
      <button type="button" @click=${(e: Event) => void print(e, c)}>${m.print}</button>
      <span class="copy-state" role="status">${c.copyState === 'copied' ? m.linkCopied : c.copyState === 'failed' ? c.msg.common.copyFailed : ''}</span>
    </div>
    ${c.copyState === 'failed' ? html`<p class="manual-link no-print">${manualLink(link)}</p>` : nothing}
    <p class="card-link" aria-hidden="true">${link}</p>
  </section>`;
}
