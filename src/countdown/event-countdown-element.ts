import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { DcrElement } from '../core/element.js';
import { events } from '../core/feed/rules/events.js';
import { countdown as strings } from '../core/i18n/en/countdown.js';
import type { LoadedFeed } from '../core/feed/loader.js';
import { langIfOther, pickText, type PickedText } from '../core/feed/text.js';
import type { LocalizedText } from '../core/feed/types.js';
import { comma, listFormat } from '../core/i18n/format.js';
import { renderStatus } from '../core/status.js';
import { baseStyles } from '../core/theme/base.js';
import { googleCalendarUrl, outlookUrl } from './calendar-links.js';
import { liveDay, nextCrossing, phaseAt, type Phase } from './countdown-math.js';
import { renderCountdown } from './countdown-view.js';
import { differentClock, rangeText, zoneName } from './date-text.js';
import { deviceTimeZone, isoInZone, isTimeZone } from './dates.js';
import { fromInline, isProblem, pickFeedEvent, type CardEvent, type InlineProblem } from './event-data.js';
import { countdownStyles } from './event-countdown.styles.js';
import { calendarEvent, eventTexts } from './event-texts.js';
import { EventEndEvent, EventStartEvent } from './events.js';
import { buildIcs, download, icsFileName } from './ics.js';
import { isOwnJsonLd, syncJsonLd } from './structured-data.js';
import { Memo } from '../core/memo.js';
import { TickController } from './tick-controller.js';
import { clock } from './ticker.js';

/** What the card shows once its source is read. */
type Model =
  | { kind: 'event'; event: CardEvent; feedLanguage?: string }
  | { kind: 'empty' }
  | { kind: 'unknown'; id: string; skipped?: boolean }
  | { kind: 'invalid'; problem: InlineProblem };

/**
 * The JSON-LD writer: fetched only by cards with `structured-data` (the calendar file's writer is in the card's own
 * download: its button must work once the card shows, offline too, and within the reader's tap).
 */
let jsonLdWriter: typeof import('./event-json-ld.js') | undefined;
const loadJsonLdWriter = () => import('./event-json-ld.js').then((m) => (jsonLdWriter = m));

const DEFAULT_HEADING_LEVEL = 2;
const PROBLEM_TEXT = { missing: 'missing', invalid: 'not valid', beforeStart: 'before the start', needsZone: 'needed: a time has no UTC offset' };

/**
 * An event card — title, dates in the venue's zone, place, a live countdown, registration and
 * add-to-calendar — from the shared feed (`event` id, else the next event) or from inline attributes.
 *
 * @summary An event card with a live countdown and add-to-calendar.
 *
 * @slot - Shown until the card is ready and when it fails (e.g. a `<time>` with the date).
 * @csspart base - The root wrapper.
 * @csspart status - Loading, error and empty views.
 * @csspart title - The event's name (a heading at `heading-level`).
 * @csspart banner - "Happening now", "Postponed" or "Cancelled".
 * @csspart dates - The dates, their time zone, and the viewer's own times when they differ.
 * @csspart location - The venue, with a map link, or the online link.
 * @csspart countdown - Days, hours, minutes and seconds until the start.
 * @csspart description - The event's description.
 * @csspart actions - Registration, add-to-calendar and event page links.
 *
 * @cssproperty --dcr-color-accent - Links, the registration button, focus ring.
 * @cssproperty --dcr-color-text - Text colour.
 * @cssproperty --dcr-color-surface - Background.
 * @cssproperty --dcr-color-border - Card border.
 * @cssproperty --dcr-font-family - Font (default: the page's).
 * @cssproperty --dcr-radius - Corner radius.
 * @cssproperty --dcr-space - Base spacing.
 *
 * @fires {EventStartEvent} dcr-event-start - The clock reached the start while the page was open.
 * @fires {EventEndEvent} dcr-event-end - The clock reached the end while the page was open.
 * @fires {DcrLoadEvent} dcr-load - The feed is ready (not fired for an inline event, which reads no feed).
 * @fires {DcrErrorEvent} dcr-error - The feed failed.
 */
export class DcrEventCountdownElement extends DcrElement {
  static override styles = [...baseStyles, countdownStyles];
  /** Only the feed's events are validated for this widget. */
  static override feedRules = [events];
  /** This widget's English messages. */
  static override strings = { countdown: strings };

  /** The clock reading the card was last drawn at. */
  @state() private now = clock.now();

  private model?: Model;
  /** The model's inputs: it is worked out again only when one changes. */
  private readonly modelInputs = new Memo<void>();
  private readonly jsonLdInputs = new Memo<void>();
  /** The phase at the last tick, to notice the clock crossing the start or the end. */
  private phase?: Phase;

  /** Id of the feed event to show; default: the next one that has not ended, else the latest. */
  @property() event?: string;

  /** Inline event (no feed is read): its name. */
  @property() name?: string;

  /** Inline event: start, as "2026-10-15T09:00" (with `time-zone`), RFC 3339 with offset, or "2026-10-15" for all day. */
  @property() start?: string;

  /** Inline event: end, same forms as `start`; a date alone is the last day, inclusive. */
  @property() end?: string;

  /** Inline event: the venue's IANA time zone, e.g. "Europe/Paris". */
  @property({ attribute: 'time-zone' }) timeZone?: string;

  /** Inline event: the place, as one line of text. */
  @property() location?: string;

  /** Inline event: its web page. */
  @property() url?: string;

  /** Inline event: where to register. */
  @property({ attribute: 'registration-url' }) registrationUrl?: string;

  /** Hide the seconds of the countdown. */
  @property({ type: Boolean, attribute: 'no-seconds' }) noSeconds = false;

  /** Level (1–6) of the title heading; default 2. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = DEFAULT_HEADING_LEVEL;

  /** Add a schema.org `Event` JSON-LD block to the page, for search engines. */
  @property({ type: Boolean, attribute: 'structured-data' }) structuredData = false;

  /** The reader's IANA time zone; default: the device's. */
  @property({ attribute: false }) viewerTimeZone?: string;

  private get inline(): boolean {
    return Boolean(this.start || this.name);
  }

  /** The event on the card, once there is one. */
  private get shown(): CardEvent | undefined {
    return this.model?.kind === 'event' ? this.model.event : undefined;
  }

  private get viewerZone(): string {
    return this.viewerTimeZone && isTimeZone(this.viewerTimeZone) ? this.viewerTimeZone : deviceTimeZone();
  }

  private get level(): number {
    const l = this.headingLevel;
    return Number.isInteger(l) && l >= 1 && l <= 6 ? l : DEFAULT_HEADING_LEVEL;
  }

  /** An inline event reads no feed at all. */
  protected override feedUrl(): string | null {
    return this.inline ? null : super.feedUrl();
  }

  constructor() {
    super();
    // Subscribed to the shared ticker while a start or an end is still to come.
    new TickController(
      this,
      () => this.phase !== undefined && this.phase !== 'ended',
      () => (this.phase && this.shown ? nextCrossing(this.shown, this.now) : undefined),
      (now) => this.tick(now),
    );
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved on the page: the JSON-LD block taken out on disconnect comes back.
    if (this.hasUpdated && this.structuredData) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    syncJsonLd(this, undefined);
    this.jsonLdInputs.reset();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('headingLevel') && this.level !== this.headingLevel) {
      this.warnOnce(`heading-level:${this.headingLevel}`, `heading-level="${this.getAttribute('heading-level')}" is not 1 to 6; using ${DEFAULT_HEADING_LEVEL}.`);
    }
    // The model is worked out again only when its inputs change, not on every tick.
    const key = this.inline
      ? [this.name, this.start, this.end, this.timeZone, this.location, this.url, this.registrationUrl]
      : [this.feedTask.value, this.event];
    key.push(this.viewerZone);
    if (!this.modelInputs.changed(key)) return;
    this.now = clock.now();
    this.model = this.inline ? this.inlineModel() : this.feedTask.value ? this.feedModel(this.feedTask.value) : undefined;
    const e = this.shown;
    // Only a scheduled event starts and ends on time; the baseline is set without firing anything.
    this.phase = e && e.status === 'scheduled' ? phaseAt(e, this.now) : undefined;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // The JSON-LD block follows the event, the attribute and the language; a tick (only the clock moved) leaves it be.
    // Not "only `now` changed": the update that brings the feed also moves the clock.
    if (this.jsonLdInputs.changed([this.model, this.structuredData, this.locale])) this.syncStructuredData();
  }

  /** The JSON-LD block follows the event shown while `structured-data` is set (its writer loaded the first time). */
  private syncStructuredData(): void {
    const e = this.structuredData && this.isConnected ? this.shown : undefined;
    if (!e) return syncJsonLd(this, undefined);
    if (jsonLdWriter) return syncJsonLd(this, jsonLdWriter.eventJsonLd(e, this.texts(e)));
    this.waitFor(
      loadJsonLdWriter().then(
        () => this.syncStructuredData(),
        (err: unknown) => this.warn('the structured data could not be loaded:', err),
      ),
    );
  }

  private inlineModel(): Model {
    const result = fromInline(this, this.viewerZone);
    if (isProblem(result)) {
      const { attribute, value, reason } = result;
      this.warnOnce(`${attribute}:${value}:${reason}`, `${attribute}${value ? `="${value}"` : ''} is ${PROBLEM_TEXT[reason]}; the event is not shown.`);
      return { kind: 'invalid', problem: result };
    }
    for (const [attr, value, kept] of [['url', this.url, result.url], ['registration-url', this.registrationUrl, result.registrationUrl]] as const) {
      if (value && !kept) this.warnOnce(`${attr}:${value}`, `${attr}="${value}" is not an http(s) address; ignored.`);
    }
    return { kind: 'event', event: result };
  }

  private feedModel(result: LoadedFeed): Model {
    const { feed } = result.data;
    const id = this.event?.trim() || undefined;
    const picked = pickFeedEvent(feed.events, id, this.now, this.viewerZone);
    if (picked) return { kind: 'event', event: picked, feedLanguage: feed.language };
    if (!id) return { kind: 'empty' };
    const skipped = this.skippedRecord(result, 'events', id);
    if (skipped) {
      this.warnOnce(`event:${id}`, `event="${id}" is in the feed ${result.url} but was skipped as invalid: ${skipped.path}: ${skipped.message}.`);
      return { kind: 'unknown', id, skipped: true };
    }
    this.warnOnce(`event:${id}`, `event="${id}" is not in the feed ${result.url}.`);
    return { kind: 'unknown', id };
  }

  private tick(now: number): void {
    const e = this.shown;
    this.now = now;
    if (!e || this.phase === undefined) return;
    const before = this.phase;
    const after = phaseAt(e, now);
    this.phase = after;
    if (before === after) return;
    // Both fire, in order, when the tab was hidden across the whole event.
    const args = [e.id, this.text(e.name).text, e.start, e.end] as const;
    if (before === 'upcoming') this.dispatchEvent(new EventStartEvent(...args));
    if (after === 'ended') this.dispatchEvent(new EventEndEvent(...args));
  }

  private text(value: LocalizedText | undefined): PickedText {
    return pickText(value, this.locale, this.model?.kind === 'event' ? this.model.feedLanguage : undefined);
  }

  /** The `lang` to set on text from the feed: its language when that differs from the UI's. */
  private langOf(picked: PickedText): string | undefined {
    return langIfOther(picked?.lang, this.locale);
  }

  private texts(e: CardEvent) {
    return eventTexts(e, (v) => this.text(v), this.locale);
  }

  private calendarEvent(e: CardEvent) {
    return calendarEvent(e, this.texts(e), this.msg.countdown.register);
  }

  /** Offers the event as a calendar file, within the click (no request: it works offline). */
  private downloadIcs(e: CardEvent): void {
    const ics = this.calendarEvent(e);
    download(buildIcs(ics, clock.now()), icsFileName(ics.summary), this.ownerDocument);
  }

  /** True when the partner wrote something inside the element (shown until the card is ready). */
  private hasFallback(): boolean {
    return Array.from(this.childNodes).some((n) => (n instanceof Element ? !isOwnJsonLd(n) : n instanceof Text && n.data.trim() !== ''));
  }

  override render() {
    return html`<div part="base" class="base" lang=${this.locale} dir=${this.direction}>
      ${this.inline ? this.renderModel() : this.renderFeed((r) => [this.renderSkippedNote(r, 'events'), this.renderModel()])}
    </div>`;
  }

  protected override renderLoading(): TemplateResult {
    return this.hasFallback() ? html`<slot></slot>` : super.renderLoading();
  }

  protected override renderFeedError(error: unknown): TemplateResult {
    return html`${super.renderFeedError(error)}<slot></slot>`;
  }

  private renderModel(): unknown {
    const m = this.model;
    const c = this.msg.countdown;
    if (!m) return this.renderLoading();
    if (m.kind === 'empty') return renderStatus({ kind: 'empty', message: c.empty });
    if (m.kind === 'unknown') {
      const message = m.skipped ? c.skippedEvent(m.id) : c.unknownEvent(m.id);
      return html`${renderStatus({ kind: 'error', message, detail: m.skipped ? undefined : c.unknownEventHint })}<slot></slot>`;
    }
    if (m.kind === 'invalid') {
      const p = m.problem;
      const message =
        p.reason === 'missing' ? c.missingAttribute(p.attribute) : p.reason === 'needsZone' ? c.needsZone : p.reason === 'beforeStart' ? c.endBeforeStart(p.value) : c.badAttribute(p.attribute, p.value);
      return html`${renderStatus({ kind: 'error', message, detail: p.attribute === 'time-zone' && p.reason === 'invalid' ? c.zoneHint : c.dateHint })}<slot></slot>`;
    }
    return this.renderCard(m.event);
  }

  private renderCard(e: CardEvent): TemplateResult {
    const phase = phaseAt(e, this.now);
    const name = this.text(e.name);
    const description = this.text(e.description);
    return html`<article class="card" data-phase=${phase} data-status=${e.status}>
      <div part="title" class="title" role="heading" aria-level=${this.level} lang=${ifDefined(this.langOf(name))}>${name.text}</div>
      ${this.renderBanner(e, phase)} ${this.renderDates(e, phase)} ${this.renderLocation(e)}
      ${e.status === 'scheduled' && phase === 'upcoming'
        ? renderCountdown(this.msg.countdown, this.locale, e.start, this.now, !this.noSeconds)
        : nothing}
      ${description.text ? html`<p part="description" class="description" lang=${ifDefined(this.langOf(description))}>${description.text}</p>` : nothing}
      ${this.renderOrganizers(e)} ${this.renderActions(e, phase)}
    </article>`;
  }

  private renderBanner(e: CardEvent, phase: Phase): TemplateResult | typeof nothing {
    const c = this.msg.countdown;
    if (e.status !== 'scheduled') {
      const [label, note] = e.status === 'cancelled' ? [c.cancelled, c.cancelledNote] : [c.postponed, c.postponedNote];
      return html`<p part="banner" class="banner" data-state=${e.status}><strong>${label}</strong> <span class="note">${note}</span></p>`;
    }
    if (phase !== 'live') return nothing;
    const { day, days } = liveDay(e, this.now);
    return html`<p part="banner" class="banner" data-state="live">
      <span class="pulse" aria-hidden="true"></span><strong>${c.live}</strong>${days > 1 ? comma(this.locale) + c.dayOf(day, days) : ''}
    </p>`;
  }

  private renderDates(e: CardEvent, phase: Phase): TemplateResult {
    const c = this.msg.countdown;
    const viewer = this.viewerZone;
    const datetime = e.allDay ? undefined : isoInZone(e.start, e.zone);
    const time = (text: string) => html`<time datetime=${ifDefined(datetime)}>${text}</time>`;
    if (e.status !== 'scheduled' || phase === 'ended') {
      const text = rangeText(e, this.locale, e.zone, true);
      const [before, after] = (e.status === 'scheduled' ? c.tookPlace('\u0000') : c.wasPlanned('\u0000')).split('\u0000');
      return html`<p part="dates" class="dates">${before}${time(text)}${after}</p>`;
    }
    const showViewer = !e.allDay && e.venueZone && differentClock(e, viewer);
    return html`<p part="dates" class="dates">
      ${time(rangeText(e, this.locale, e.zone))}
      ${e.allDay ? nothing : html`<span class="zone">${zoneName(this.locale, e.zone, e.start)}</span>`}
      ${showViewer
        ? html`<span class="viewer">${c.yourTime(rangeText(e, this.locale, viewer))} (${zoneName(this.locale, viewer, e.start)})</span>`
        : nothing}
    </p>`;
  }

  private renderLocation(e: CardEvent): TemplateResult | typeof nothing {
    const c = this.msg.countdown;
    const line = this.texts(e).placeLine;
    const coords = e.location?.coordinates;
    const map = coords
      ? `https://www.openstreetmap.org/?mlat=${coords[1]}&mlon=${coords[0]}#map=17/${coords[1]}/${coords[0]}`
      : line && `https://www.openstreetmap.org/search?query=${encodeURIComponent(line)}`;
    if (!line && !e.online) return nothing;
    return html`<p part="location" class="location">
      ${line ? html`<span>${line}</span>` : nothing}
      ${map ? html` · ${this.renderLink(map, c.map)}` : nothing}
      ${e.online ? html`${line ? ' · ' : ''}${this.renderLink(e.online, line ? c.joinOnline : c.online)}` : nothing}
    </p>`;
  }

  private renderOrganizers(e: CardEvent): TemplateResult | typeof nothing {
    const orgs = e.organizers?.map((o) => ({ ...this.text(o.name), url: o.url })).filter((o) => o.text);
    if (!orgs?.length) return nothing;
    const parts = listFormat(this.locale, { type: 'conjunction' }).formatToParts(orgs.map((o) => o.text));
    let i = 0;
    return html`<p class="organizers">
      <span class="muted">${this.msg.countdown.organizedBy}</span>
      ${parts.map((p) => {
        if (p.type === 'literal') return p.value;
        const o = orgs[i++];
        const name = html`<span lang=${ifDefined(this.langOf(o))}>${o.text}</span>`;
        return o.url ? this.renderLink(o.url, name) : name;
      })}
    </p>`;
  }

  private renderActions(e: CardEvent, phase: Phase): TemplateResult | typeof nothing {
    const c = this.msg.countdown;
    const open = e.status === 'scheduled' && phase !== 'ended';
    const ics = open ? this.calendarEvent(e) : undefined;
    if (!ics && !e.url) return nothing;
    return html`<div part="actions" class="actions">
      ${open && e.registrationUrl ? this.renderLink(e.registrationUrl, c.register, 'cta') : nothing}
      ${e.url ? this.renderLink(e.url, c.eventPage, 'standalone') : nothing}
      ${ics
        ? html`<div class="calendar" role="group" aria-labelledby="cal-label">
            <span class="calendar-label" id="cal-label">${c.addToCalendar}</span>
            <button type="button" @click=${() => this.downloadIcs(e)}>${c.icsFile}</button>
            ${this.renderLink(googleCalendarUrl(ics, e.venueZone ? e.zone : undefined), c.google, 'standalone')}
            ${this.renderLink(outlookUrl(ics), 'Outlook', 'standalone')}
          </div>`
        : nothing}
    </div>`;
  }

  /** A link; one to another site opens in a new tab and says so to screen readers. */
  private renderLink(href: string, content: unknown, cls?: string): TemplateResult {
    const external = new URL(href).origin !== this.ownerDocument.location?.origin;
    return html`<a
      class=${ifDefined(cls)}
      href=${href}
      target=${ifDefined(external ? '_blank' : undefined)}
      rel=${ifDefined(external ? 'noopener noreferrer' : undefined)}
      >${content}${external ? html`<span class="visually-hidden"> ${this.msg.common.opensInNewTab}</span>` : nothing}</a
    >`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dcr-event-countdown': DcrEventCountdownElement;
  }
}
