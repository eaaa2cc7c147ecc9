import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { TaskStatus } from '@lit/task';
import { DcrElement } from '../core/element.js';
import { facilities } from '../core/feed/rules/facilities.js';
import { facts } from '../core/feed/rules/facts.js';
import { fact as strings } from '../core/i18n/en/fact.js';
import type { LoadedFeed } from '../core/feed/loader.js';
import { langIfOther, type PickedText } from '../core/feed/text.js';
import { comma } from '../core/i18n/format.js';
import { renderStatus } from '../core/status.js';
import { baseStyles } from '../core/theme/base.js';
import { citationSource, selectFacts, topicList, type Selection, type ShownFact } from './facts.js';
import type { ShownDate } from '../core/i18n/dates.js';
import { formatUpdated } from './format.js';
import { liveFigures } from './placeholders.js';
import { realScheduler, type Scheduler } from './rotation.js';
import { RotationController } from './rotation-controller.js';
import { renderFooter, type CopyState } from './controls.js';
import { factStyles } from './fact-card.styles.js';

/** Shortest rotation interval in seconds: a fact needs time to be read. */
export const MIN_ROTATE_SECONDS = 5;
/** How long the copy button says "Copied". */
const COPIED_MS = 4000;
/** Facts one card cycles through: every one is in the DOM (the card is as tall as the longest), so a feed of thousands is cut. */
export const MAX_FACTS = 100;

/**
 * A harm-reduction fact with its figure and its source, from the shared feed's `facts`. Live figures
 * (`{operatingFacilities}`, `{operatingCountries}`, `{operatingCities}`, `{facilities}`) are counted from the
 * feed's own facilities; a fact whose placeholder cannot be filled is left out. Optional rotation with
 * previous / next / pause, held while hovered, focused, off screen or in a hidden tab.
 *
 * @summary A fact, its figure and its cited source; optional rotation.
 *
 * @csspart base - The root wrapper.
 * @csspart status - Loading, error (with retry) and empty views.
 * @csspart figure - The figure: value, unit, label (and "as of" for a live figure).
 * @csspart text - The fact's sentence.
 * @csspart source - The citation: source name (a link when it has one) and date.
 * @csspart controls - Previous, pause / play and next (when there is more than one fact).
 * @csspart copy - The "Copy" button.
 *
 * @cssproperty --dcr-color-accent - The figure, links and focus ring.
 * @cssproperty --dcr-color-text - Text colour.
 * @cssproperty --dcr-color-surface - Background.
 * @cssproperty --dcr-color-border - Card border.
 * @cssproperty --dcr-font-family - Font (default: the page's).
 * @cssproperty --dcr-radius - Corner radius.
 * @cssproperty --dcr-space - Base spacing.
 *
 * @fires {DcrLoadEvent} dcr-load - The feed is ready.
 * @fires {DcrErrorEvent} dcr-error - The feed failed; `detail.kind` and `detail.message` say why.
 */
export class DcrFactCardElement extends DcrElement {
  static override styles = [...baseStyles, factStyles];
  /** The feed's facts, and its facilities (live figures count the valid ones): only these are validated for this widget. */
  static override feedRules = [facts, facilities];
  /** This widget's English messages. */
  static override strings = { fact: strings };

  /** @internal Timer source for rotation and the "Copied" note; tests swap in a fake clock before creating cards. */
  static scheduler: Scheduler = realScheduler;

  private readonly scheduler = (this.constructor as typeof DcrFactCardElement).scheduler;
  private readonly rotation = new RotationController(this, () => this.advance(), this.scheduler);

  /** Index of the fact on show. */
  @state() private index = 0;
  /** What the polite live region says: set only when the reader acted (moved, copied), never by rotation. */
  @state() private announcement = '';
  @state() private copyState: CopyState = 'idle';
  /** The citation offered for copying by hand when the clipboard refused. */
  @state() private copyText = '';

  private selection: Selection | undefined;
  private selectedFrom: unknown;
  private rotateMs = 0;
  private copyTimer: unknown;
  private copyTimerSet = false;
  private focusCopyField = false;

  /** Id of one fact to show (pins it; `topic` and `rotate` then do nothing). */
  @property() fact?: string;

  /** Show only facts on this topic (case-insensitive; several separated by commas). */
  @property() topic?: string;

  /** Seconds between automatic changes; 0 or absent = no rotation (at least 5). */
  @property({ type: Number }) rotate = 0;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.clearCopyTimer();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('rotate')) this.rotateMs = this.parseRotate();
    if (changed.has('fact') || changed.has('topic') || changed.has('src')) {
      this.index = 0;
      this.resetCopy();
    }
    this.selection = this.select();
    const count = this.facts.length;
    if (this.index >= count) this.index = 0;
    // Before render, so the pause button shows with the first facts.
    this.rotation.configure(this.rotateMs, count);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.focusCopyField) {
      this.focusCopyField = false;
      const field = this.renderRoot.querySelector<HTMLTextAreaElement>('.copy-fallback textarea');
      field?.focus();
      field?.select();
    }
  }

  private parseRotate(): number {
    const value = this.rotate;
    if (value === 0 || value === null || value === undefined) return 0;
    const raw = this.getAttribute('rotate') ?? String(value);
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
      this.warnOnce(`rotate:${raw}`, `rotate="${raw}" is not a number of seconds; rotation is off.`);
      return 0;
    }
    if (value < MIN_ROTATE_SECONDS) {
      this.warnOnce(`rotate:${raw}`, `rotate="${raw}" is too fast to read; using ${MIN_ROTATE_SECONDS} seconds.`);
      return MIN_ROTATE_SECONDS * 1000;
    }
    return value * 1000;
  }

  /** The facts to show, from the loaded feed; undefined while there is none. */
  private select(): Selection | undefined {
    const result = this.feedTask.status === TaskStatus.COMPLETE ? this.feedTask.value : undefined;
    if (!result) return undefined;
    const feed = result.data.feed;
    if (this.selectedFrom !== result) {
      // Another document (a new src, a fresh copy after a stale one): start again at the first fact.
      if (this.selectedFrom !== undefined) this.index = 0;
      this.selectedFrom = result;
    }
    const selection = selectFacts(
      feed.facts,
      { fact: this.fact, topic: this.topic, max: MAX_FACTS },
      { locale: this.locale, feedLanguage: feed.language, figures: liveFigures(feed) },
      (u) => this.warnOnce(`placeholder:${result.url}:${u.id}`, `fact "${u.id}": ${u.missing} cannot be filled from ${result.url}; the fact is hidden.`),
    );
    if (selection.kind === 'missing') {
      // Not among the valid facts: a record the reader skipped, or none at all.
      const skipped = this.skippedRecord(result, 'facts', selection.id);
      if (skipped) {
        this.warnOnce(`fact:${result.url}:${selection.id}`, `fact="${selection.id}" is in ${result.url} but was skipped as invalid: ${skipped.path}: ${skipped.message}.`);
        return { kind: 'invalid', id: selection.id };
      }
      this.warnOnce(`fact:${result.url}:${selection.id}`, `fact="${selection.id}" is not in ${result.url}.`);
    }
    if (selection.kind === 'facts' && selection.more) {
      this.warnOnce(`max:${result.url}`, `${result.url} has more than ${MAX_FACTS} facts for this card; it shows the first ${MAX_FACTS} (choose with topic= or fact=).`);
    }
    if (selection.kind === 'no-topic') this.warnOnce(`topic:${result.url}:${selection.topic}`, `topic="${selection.topic}" matches no fact in ${result.url}.`);
    return selection;
  }

  private get facts(): ShownFact[] {
    return this.selection?.kind === 'facts' ? this.selection.facts : [];
  }

  /** Automatic rotation: next fact, silently (a screen reader is not interrupted). */
  private advance(): void {
    const n = this.facts.length;
    if (n < 2) return;
    this.index = (this.index + 1) % n;
    this.announcement = '';
    this.resetCopy();
  }

  /** The reader moved: show the fact and announce it politely. */
  private move(delta: number): void {
    const facts = this.facts;
    const n = facts.length;
    if (n < 2) return;
    this.index = (this.index + delta + n) % n;
    this.resetCopy();
    this.announcement = this.msg.fact.moved(this.index + 1, n, facts[this.index].text.text);
  }

  /** "Facts", or "Facts: Policy, History" when the card keeps to some topics: two cards on a page have different names. */
  private carouselLabel(): string {
    const m = this.msg.fact;
    const topics = topicList(this.topic);
    return topics.length ? m.carouselOn(topics.map((t) => this.topicName(t)).join(comma(this.locale))) : m.carousel;
  }

  /** A topic's name in the UI language; a topic the catalog does not know, in the feed's words. */
  private topicName(topic: string): string {
    return this.msg.fact.topicNames[topic.toLowerCase()] ?? topic.replace(/[-_]+/g, ' ');
  }

  /** The citation the Copy button puts on the clipboard: "text — Source: name, date, url". */
  private citation(fact: ShownFact, asOf: ShownDate | undefined): string {
    const m = this.msg.fact;
    return m.citation(fact.text.text, citationSource(fact, this.locale, asOf ? m.asOf(asOf.text) : undefined));
  }

  private async copy(text: string): Promise<void> {
    const m = this.msg;
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      if (!this.isConnected) return;
      this.copyState = 'copied';
      this.announcement = m.fact.copiedNote;
      this.clearCopyTimer();
      this.copyTimerSet = true;
      this.copyTimer = this.scheduler.set(() => {
        this.copyTimerSet = false;
        if (this.copyState === 'copied') this.copyState = 'idle';
      }, COPIED_MS);
    } catch {
      if (!this.isConnected) return;
      this.copyState = 'failed';
      this.copyText = text;
      this.focusCopyField = true;
      this.announcement = m.fact.copyManual;
    }
  }

  private resetCopy(): void {
    this.copyState = 'idle';
    this.copyText = '';
    this.clearCopyTimer();
  }

  private clearCopyTimer(): void {
    if (this.copyTimerSet) this.scheduler.clear(this.copyTimer);
    this.copyTimerSet = false;
  }

  /** The `lang` to set on text from the feed: its language when that differs from the UI's. */
  private langOf(picked: PickedText | undefined): string | undefined {
    return langIfOther(picked?.lang, this.locale);
  }

  override render() {
    return html`<div part="base" class="base" lang=${this.locale} dir=${this.direction} data-rotation=${this.rotation.state}>
      ${this.renderFeed((r) => this.renderContent(r))}
      <p class="visually-hidden" aria-live="polite">${this.announcement}</p>
    </div>`;
  }

  private renderContent(result: LoadedFeed): unknown {
    const selection = this.selection;
    const skipped = this.renderSkippedNote(result, 'facts');
    if (!selection) return nothing;
    if (selection.kind !== 'facts') return [skipped, renderStatus({ kind: 'empty', message: this.emptyMessage(selection) })];
    const { facts } = selection;
    const asOf = formatUpdated(result.data.feed.updated, this.locale);
    const current = facts[this.index];
    const multi = facts.length > 1;
    const slides = facts.map((f, k) => this.renderSlide(f, k, facts.length, asOf));
    return html`${skipped}
      ${multi
        ? html`<section class="card" aria-roledescription="carousel" aria-label=${this.carouselLabel()}>
            <div class="slides">${slides}</div>
            ${this.renderFooter(current, asOf, facts.length)}
          </section>`
        : html`<div class="card">
            <div class="slides">${slides}</div>
            ${this.renderFooter(current, asOf, 1)}
          </div>`}`;
  }

  /** Why there is no fact to show, in the status part. */
  private emptyMessage(selection: Exclude<Selection, { kind: 'facts' }>): string {
    const m = this.msg.fact;
    switch (selection.kind) {
      case 'missing':
        return m.missing(selection.id);
      case 'invalid':
        // Not "missing": the record is in the feed. The note above says a record was skipped as invalid, the console which and why.
        return this.msg.common.empty;
      case 'unavailable':
        return m.unavailable(selection.id);
      case 'no-topic':
        return m.emptyTopic(selection.topic);
      case 'empty':
        return m.empty;
    }
  }

  private renderSlide(f: ShownFact, k: number, n: number, asOf: ShownDate | undefined): TemplateResult {
    const active = k === this.index;
    const inner = this.renderFact(f, asOf);
    // Every fact sits in the same grid cell, so the card is as tall as its longest fact and the page
    // around it does not jump at each change; the others are invisible and inert.
    return n > 1
      ? html`<div class="slide" role="group" aria-roledescription="slide" aria-label=${this.msg.fact.slide(k + 1, n)} ?data-active=${active} ?inert=${!active}>
          ${inner}
        </div>`
      : html`<div class="slide" data-active>${inner}</div>`;
  }

  private renderFact(f: ShownFact, asOf: ShownDate | undefined): TemplateResult {
    const m = this.msg.fact;
    const asOfNote = f.live && asOf ? m.asOf(asOf.text) : undefined;
    const figureLive = Boolean(f.figure?.live);
    return html`${f.topic
        ? html`<p class="topic"><span class="visually-hidden">${m.topic}: </span>${this.topicName(f.topic)}</p>`
        : nothing}
      ${f.figure ? this.renderFigure(f.figure, figureLive ? asOfNote : undefined) : nothing}
      <p part="text" class="text" lang=${ifDefined(this.langOf(f.text))}>
        ${f.text.text}${asOfNote && !figureLive ? html` <span class="as-of">(${asOfNote})</span>` : nothing}
      </p>
      ${this.renderSource(f)}`;
  }

  private renderFigure(figure: NonNullable<ShownFact['figure']>, asOf: string | undefined): TemplateResult {
    return html`<p part="figure" class="figure">
      ${figure.number !== undefined
        ? html`<data class="value" value=${figure.number}>${figure.text}</data>`
        : html`<span class="value">${figure.text}</span>`}
      ${figure.unit?.text ? html`<span class="unit" lang=${ifDefined(this.langOf(figure.unit))}>${figure.unit.text}</span>` : nothing}
      ${figure.label?.text ? html`<span class="label" lang=${ifDefined(this.langOf(figure.label))}>${figure.label.text}</span>` : nothing}
      ${asOf ? html`<span class="as-of">${asOf}</span>` : nothing}
    </p>`;
  }

  private renderSource(f: ShownFact): TemplateResult {
    const { name, url, date } = f.source;
    const lang = ifDefined(this.langOf(name));
    const external = url ? new URL(url).origin !== this.ownerDocument.location?.origin : false;
    return html`<p part="source" class="source">
      ${this.msg.fact.sourcePrefix}
      ${url
        ? html`<a href=${url} lang=${lang} target=${ifDefined(external ? '_blank' : undefined)} rel=${ifDefined(external ? 'noopener noreferrer' : undefined)}
            >${name.text}${external ? html`<span class="visually-hidden"> ${this.msg.common.opensInNewTab}</span>` : nothing}</a
          >`
        : html`<span lang=${lang}>${name.text}</span>`}${date ? html`${comma(this.locale)}<time datetime=${date.datetime}>${date.text}</time>` : nothing}
    </p>`;
  }

  private renderFooter(current: ShownFact, asOf: ShownDate | undefined, count: number): TemplateResult {
    return renderFooter({
      msg: this.msg,
      copyState: this.copyState,
      copyText: this.copyText,
      onCopy: () => void this.copy(this.citation(current, asOf)),
      count,
      index: this.index,
      rotating: this.rotation.enabled,
      paused: this.rotation.paused,
      onPause: () => this.rotation.togglePause(),
      onMove: (delta) => this.move(delta),
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dcr-fact-card': DcrFactCardElement;
  }
}
