import { html, nothing, type TemplateResult } from 'lit';

export type StatusKind = 'loading' | 'error' | 'empty' | 'stale';

export interface StatusOptions {
  kind: StatusKind;
  /** The main sentence. */
  message: string;
  /** A second, smaller line (the technical reason, a hint). */
  detail?: string | TemplateResult;
  /** Shown as a button when given (error and stale states). */
  onRetry?: () => void;
  retryLabel?: string;
  /** The loader's own words, English, for a web editor: folded away under `technicalLabel`. */
  technical?: string;
  technicalLabel?: string;
}

/**
 * The one loading / error-with-retry / empty / stale view every widget reuses (part `status`).
 * `role="status"` makes screen readers announce it politely when it appears or changes.
 */
export function renderStatus(o: StatusOptions): TemplateResult {
  return html`<div part="status" class="status" role="status" data-kind=${o.kind}>
    ${o.kind === 'loading' ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}
    <p class="status-text">
      ${o.message}${o.detail ? html`<span class="status-detail">${o.detail}</span>` : nothing}
    </p>
    ${o.onRetry ? html`<button type="button" class="retry" @click=${o.onRetry}>${o.retryLabel}</button>` : nothing}
    ${o.technical
      ? html`<details class="status-tech"><summary>${o.technicalLabel}</summary><p lang="en" dir="ltr">${o.technical}</p></details>`
      : nothing}
  </div>`;
}
