import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { DcrElement } from '../core/element.js';
import type { LoadedFeed } from '../core/feed/loader.js';
import { pickText, type PickedText } from '../core/feed/text.js';
import type { LocalizedText } from '../core/feed/types.js';
import { displayNames, listFormat } from '../core/i18n/format.js';
import { baseLanguage } from '../core/i18n/locale.js';
import { renderStatus } from '../core/status.js';
import { baseStyles } from '../core/theme/base.js';
import { googleCalendarUrl, outlookUrl } from './calendar-links.js';
import { liveDay, nextCrossing, phaseAt, pickEvent, remaining, type Phase } from './countdown-math.js';
import { differentClock, rangeText, zoneName } from './date-text.js';
import { deviceTimeZone, isoInZone, isTimeZone } from './dates.js';
import { fromFeed, fromInline, isProblem, type CardEvent, type InlineProblem } from './event-data.js';
import { countdownStyles } from './event-countdown.styles.js';
import { buildIcs, download, hashId, icsFileName, type IcsEvent } from './ics.js';
import { eventJsonLd, jsonForScript, type EventTexts } from './structured-data.js';
import { clock, reschedule, subscribe, type TickSubscriber } from './ticker.js';

/** Base of the start / end events: which event, and its start and end. */
class EventTimeEvent extends Event {
  constructor(
    type: string,
    /** The event's id in the feed (undefined for an inline event). */
    readonly eventId: string | undefined,
    /** The event's name in the widget's language. */
    readonly eventName: string,
    readonly start: Date,
    readonly end: Date,
  ) {
    super(type, { bubbles: true, composed: true });
  }
}

/** Fired when the clock reaches the event's start while the page is open. */
export class EventStartEvent extends EventTimeEvent {
  constructor(id: string | undefined, name: string, start: Date, end: Date) {
    super('dcr-event-start', id, name, start, end);
  }
}

/** Fired when the clock reaches the event's end while the page is open. */
export class EventEndEvent extends EventTimeEvent {
  constructor(id: string | undefined, name: string, start: Date, end: Date) {
    super('dcr-event-end', id, name, start, end);
  }
}

/** What the card shows once its source is read. */
type Model =
  | { kind: 'event'; event: CardEvent; feedLanguage?: string }
  | { kind: 'empty' }
  | { kind: 'unknown'; id: string }
  | { kind: 'invalid'; problem: InlineProblem };

const DEFAULT_HEADING_LEVEL = 2;
const LD_MARK = 'data-dcr-event-countdown';

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
 * @fires dcr-event-start - The clock reached the start while the page was open (`EventStartEvent`).
 * @fires dcr-event-end - The clock reached the end while the page was open (`EventEndEvent`).
 * @fires dcr-load - The feed is ready (not fired for an inline event, which reads no feed).
 * @fires dcr-error - The feed failed.
 */
export class DcrEventCountdownElement extends DcrElement {
  static override styles = [...baseStyles, countdownStyles];

  /** The clock reading the card was last drawn at. */
  @state() private now = clock.now();

  private model?: Model;
  private modelSource?: unknown;
  /** The phase at the last tick, to notice the clock crossing the start or the end. */
  private phase?: Phase;
  private unsubscribe?: () => void;
  private observer?: IntersectionObserver;
  private readonly subscriber: TickSubscriber = {
    active: false,
    tick: (now) => this.tick(now),
    deadline: () => (this.phase && this.shown ? nextCrossing(this.shown, this.now) : undefined),
  };

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

  override connectedCallback(): void {
    super.connectedCallback();
    if (typeof IntersectionObserver === 'undefined') {
      this.subscriber.active = true;
    } else {
      this.observer = new IntersectionObserver((entries) => {
        this.subscriber.active = entries[entries.length - 1].isIntersecting;
        // Back on screen: catch up at once rather than at the next second.
        if (this.subscriber.active && this.unsubscribe) this.tick(clock.now());
        reschedule();
      });
      this.observer.observe(this);
    }
    this.syncTicker();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
    this.observer = undefined;
    this.subscriber.active = false;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.ownJsonLd()?.remove();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('headingLevel') && this.level !== this.headingLevel) {
      this.warnOnce(`heading-level:${this.headingLevel}`, `heading-level="${this.getAttribute('heading-level')}" is not 1 to 6; using ${DEFAULT_HEADING_LEVEL}.`);
    }
    const source = this.inline
      ? [this.name, this.start, this.end, this.timeZone, this.location, this.url, this.registrationUrl, this.viewerZone].join('\u0000')
      : this.feedTask.value;
    const key = [source, this.event, this.viewerZone];
    const same = Array.isArray(this.modelSource) && (this.modelSource as unknown[]).every((v, i) => v === key[i]);
    if (same) return;
    this.modelSource = key;
    this.now = clock.now();
    this.model = this.inline ? this.inlineModel() : this.feedTask.value ? this.feedModel(this.feedTask.value) : undefined;
    const e = this.shown;
    // Only a scheduled event starts and ends on time; the baseline is set without firing anything.
    this.phase = e && e.status === 'scheduled' ? phaseAt(e, this.now) : undefined;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.syncTicker();
    this.syncJsonLd();
  }

  private inlineModel(): Model {
    const result = fromInline(this, this.viewerZone);
    if (isProblem(result)) {
      const p = result;
      this.warnOnce(`inline:${p.attribute}:${p.value}:${p.reason}`, `${p.attribute}${p.value ? `="${p.value}"` : ''}: ${p.reason === 'missing' ? 'missing' : p.reason === 'needsZone' ? 'needed for a time without a UTC offset' : p.reason === 'beforeStart' ? 'before the start' : 'not valid'}; the event is not shown.`);
      return { kind: 'invalid', problem: p };
    }
    for (const [attr, value, kept] of [['url', this.url, result.url], ['registration-url', this.registrationUrl, result.registrationUrl]] as const) {
      if (value && !kept) this.warnOnce(`${attr}:${value}`, `${attr}="${value}" is not an http(s) address; ignored.`);
    }
    return { kind: 'event', event: result };
  }

  private feedModel(result: LoadedFeed): Model {
    const { feed } = result.data;
    const events = feed.events.map((e) => fromFeed(e, this.viewerZone)).filter((e): e is CardEvent => Boolean(e));
    const id = this.event?.trim() || undefined;
    const picked = pickEvent(events, id, this.now);
    if (picked) return { kind: 'event', event: picked, feedLanguage: feed.language };
    if (!id) return { kind: 'empty' };
    this.warnOnce(`event:${id}`, `event="${id}" is not in the feed ${result.url}.`);
    return { kind: 'unknown', id };
  }

  /** Subscribed to the shared ticker only while connected and waiting for a start or an end. */
  private syncTicker(): void {
    const wants = this.isConnected && this.phase !== undefined && this.phase !== 'ended';
    if (wants && !this.unsubscribe) this.unsubscribe = subscribe(this.subscriber);
    else if (!wants && this.unsubscribe) {
      this.unsubscribe();
      this.unsubscribe = undefined;
    } else reschedule();
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
    const name = this.text(e.name).text;
    const args = [e.id, name, new Date(e.start), new Date(e.end)] as const;
    if (before === 'upcoming') this.dispatchEvent(new EventStartEvent(...args));
    if (after === 'ended') this.dispatchEvent(new EventEndEvent(...args));
  }

  private text(value: LocalizedText | undefined): PickedText {
    return pickText(value, this.locale, this.model?.kind === 'event' ? this.model.feedLanguage : undefined);
  }

  /** The `lang` to set on text from the feed: its language when that differs from the UI's. */
  private langOf(picked: PickedText): string | undefined {
    return picked.lang && baseLanguage(picked.lang) !== baseLanguage(this.locale) ? picked.lang : undefined;
  }

  private texts(e: CardEvent): EventTexts & { locationLine?: string } {
    const loc = e.location;
    const place = this.text(loc?.name).text;
    const address = this.text(loc?.address).text;
    const city = this.text(loc?.city).text;
    const country = loc?.country ? displayNames(this.locale, { type: 'region' }).of(loc.country) : undefined;
    const line = [place, address, city, country].filter(Boolean).join(', ');
    return {
      name: this.text(e.name).text,
      description: this.text(e.description).text,
      place,
      address,
      city,
      organizers: e.organizers?.map((o) => ({ name: this.text(o.name).text, url: o.url })),
      locationLine: line || undefined,
    };
  }

  private icsEvent(e: CardEvent): IcsEvent {
    const t = this.texts(e);
    const register = e.registrationUrl ? `\n\n${this.msg.countdown.register}: ${e.registrationUrl}` : '';
    const c = e.location?.coordinates;
    return {
      uid: `${e.id ?? hashId(`${t.name}|${e.start}`)}@dcr-widgets`,
      summary: t.name,
      description: (t.description + register).trim() || undefined,
      location: t.locationLine ?? e.online,
      url: e.url,
      geo: c ? [c[1], c[0]] : undefined,
      start: e.start,
      end: e.hasEnd ? e.end : undefined,
      allDay: e.allDay,
      firstDay: e.firstDay,
      lastDay: e.lastDay,
    };
  }

  private downloadIcs(e: CardEvent): void {
    const ics = this.icsEvent(e);
    download(buildIcs(ics, clock.now()), icsFileName(ics.summary), this.ownerDocument);
  }

  private ownJsonLd(): HTMLScriptElement | null {
    return this.querySelector<HTMLScriptElement>(`:scope > script[${LD_MARK}]`);
  }

  /** The JSON-LD block lives in the light DOM, where search engines read it. */
  private syncJsonLd(): void {
    const e = this.shown;
    let script = this.ownJsonLd();
    if (!this.structuredData || !e || !this.isConnected) {
      script?.remove();
      return;
    }
    const json = jsonForScript(eventJsonLd(e, this.texts(e)));
    if (!script) {
      script = this.ownerDocument.createElement('script');
      script.type = 'application/ld+json';
      script.setAttribute(LD_MARK, '');
      this.append(script);
    }
    if (script.textContent !== json) script.textContent = json;
  }

  /** True when the partner wrote something inside the element (shown until the card is ready). */
  private hasFallback(): boolean {
    return Array.from(this.childNodes).some((n) =>
      n.nodeType === Node.ELEMENT_NODE ? !(n as Element).hasAttribute(LD_MARK) : n.nodeType === Node.TEXT_NODE && Boolean(n.textContent?.trim()),
    );
  }

  override render() {
    const m = this.model;
    return html`<div part="base" class="base" lang=${this.locale} dir=${this.direction}>
      ${this.inline
        ? this.renderModel()
        : this.renderFeed(() => (m ? this.renderModel() : this.renderLoading()))}
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
    if (m.kind === 'unknown') return html`${renderStatus({ kind: 'error', message: c.unknownEvent(m.id), detail: c.unknownEventHint })}<slot></slot>`;
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
      ${e.status === 'scheduled' && phase === 'upcoming' ? this.renderCountdown(e) : nothing}
      ${description.text ? html`<p class="description" lang=${ifDefined(this.langOf(description))}>${description.text}</p>` : nothing}
      ${this.renderOrganizers(e)} ${this.renderActions(e, phase)}
    </article>`;
  }

  private renderBanner(e: CardEvent, phase: Phase): TemplateResult | typeof nothing {
    const c = this.msg.countdown;
    if (e.status !== 'scheduled') {
      const [label, note] = e.status === 'cancelled' ? [c.cancelled, c.cancelledNote] : [c.postponed, c.postponedNote];
      return html`<p part="banner" class="banner" data-state=${e.status}>${label}<span class="note">${note}</span></p>`;
    }
    if (phase !== 'live') return nothing;
    const { day, days } = liveDay(e, this.now);
    return html`<p part="banner" class="banner" data-state="live">
      <span class="pulse" aria-hidden="true"></span>${c.live}${days > 1 ? html`<span class="note">${c.dayOf(day, days)}</span>` : nothing}
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
    const line = this.texts(e).locationLine;
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

  private renderCountdown(e: CardEvent): TemplateResult {
    const c = this.msg.countdown;
    const left = remaining(e.start - this.now);
    const units = (['days', 'hours', 'minutes', 'seconds'] as const).filter((u) => u !== 'seconds' || !this.noSeconds);
    const fmt = (u: (typeof units)[number]) => (u === 'days' ? String(left[u]) : String(left[u]).padStart(2, '0'));
    // The sentence follows the minute, not the second: a screen reader meets it stable.
    const coarse = remaining(e.start - (this.now - (this.now % 60_000)));
    const pieces = (['days', 'hours', 'minutes'] as const)
      .filter((u, i) => coarse[u] > 0 && (i < 2 || coarse.days === 0))
      .map((u) => `${coarse[u]} ${c.units[u](coarse[u])}`);
    const sentence = pieces.length ? c.startsIn(listFormat(this.locale, { type: 'unit', style: 'long' }).format(pieces.slice(0, 2))) : c.startsSoon;
    return html`<div part="countdown" class="countdown">
      <p class="visually-hidden">${sentence}</p>
      <div class="digits" role="timer" aria-live="off" aria-label=${c.timer}>
        ${units.map((u) => html`<span class="unit"><span class="num">${fmt(u)}</span><span class="label">${c.units[u](left[u])}</span></span>`)}
      </div>
    </div>`;
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
    const ics = open ? this.icsEvent(e) : undefined;
    if (!ics && !e.url) return nothing;
    return html`<div part="actions" class="actions">
      ${open && e.registrationUrl ? this.renderLink(e.registrationUrl, c.register, 'cta') : nothing}
      ${e.url ? this.renderLink(e.url, c.eventPage) : nothing}
      ${ics
        ? html`<div class="calendar" role="group" aria-labelledby="cal-label">
            <span class="calendar-label" id="cal-label">${c.addToCalendar}</span>
            <button type="button" @click=${() => this.downloadIcs(e)}>${c.icsFile}</button>
            ${this.renderLink(googleCalendarUrl(ics, e.venueZone ? e.zone : undefined), 'Google Calendar')}
            ${this.renderLink(outlookUrl(ics), 'Outlook')}
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
  interface GlobalEventHandlersEventMap {
    'dcr-event-start': EventStartEvent;
    'dcr-event-end': EventEndEvent;
  }
}
