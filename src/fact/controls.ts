import { html, nothing, svg, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Messages } from '../core/i18n/en.js';

/** Where the Copy button stands: ready, just copied, or refused by the browser (the text is offered by hand). */
export type CopyState = 'idle' | 'copied' | 'failed';

const paths = {
  previous: svg`<path d="M15 5l-7 7 7 7" />`,
  next: svg`<path d="M9 5l7 7-7 7" />`,
  pause: svg`<path d="M9 5v14M15 5v14" />`,
  play: svg`<path d="M8 5l11 7-11 7z" />`,
};

const icon = (name: keyof typeof paths) =>
  html`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" class="icon icon-${name}">${paths[name]}</svg>`;

export interface FooterOptions {
  msg: Messages;
  copyState: CopyState;
  /** The citation offered for copying by hand when the clipboard refused. */
  copyText: string;
  onCopy: () => void;
  /** Facts in the set, and the 0-based one on show. */
  count: number;
  index: number;
  /** Whether there is a pause button, and whether it says "start". */
  rotating: boolean;
  paused: boolean;
  onPause: () => void;
  onMove: (delta: number) => void;
}

/**
 * The row under the fact: (with more than one fact) pause / play and the position, previous and next, then Copy —
 * in the order they are seen, so Tab meets the carousel's controls together and pause first; and, when the
 * browser refused to copy, the citation in a field to copy by hand. With large text on a narrow screen the row
 * wraps between these groups, so previous and next stay side by side.
 */
export function renderFooter(o: FooterOptions): TemplateResult {
  const m = o.msg;
  const copyLabel = o.copyState === 'copied' ? m.common.copied : o.copyState === 'failed' ? m.common.copyFailed : m.common.copy;
  return html`<div class="footer">
      ${o.count > 1
        ? html`<div part="controls" class="controls">
            <div class="where">
              ${o.rotating
                ? html`<button type="button" class="pause" aria-label=${o.paused ? m.fact.play : m.fact.pause} @click=${o.onPause}>
                    ${icon(o.paused ? 'play' : 'pause')}
                  </button>`
                : nothing}
              <span class="position" aria-hidden="true">${m.fact.position(o.index + 1, o.count)}</span>
            </div>
            <div class="steps">
              <button type="button" class="previous" aria-label=${m.fact.previous} @click=${() => o.onMove(-1)}>${icon('previous')}</button>
              <button type="button" class="next" aria-label=${m.fact.next} @click=${() => o.onMove(1)}>${icon('next')}</button>
            </div>
          </div>`
        : nothing}
      <button
        type="button"
        part="copy"
        class="copy"
        aria-label=${ifDefined(o.copyState === 'idle' ? m.fact.copyLabel : undefined)}
        @click=${o.onCopy}
      >
        ${copyLabel}
      </button>
    </div>
    ${o.copyState === 'failed'
      ? html`<div class="copy-fallback">
          <p>${m.fact.copyManual}</p>
          <label>
            <span class="field-label">${m.fact.copyField}</span>
            <textarea readonly rows="3" .value=${o.copyText}></textarea>
          </label>
        </div>`
      : nothing}`;
}
