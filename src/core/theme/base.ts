import { css } from 'lit';
import { tokens } from './tokens.js';

/**
 * Base styles every widget adopts: sane box model, `[hidden]`, a visible focus ring, reduced motion,
 * and a reset of the inherited text properties a host page might have set to something odd.
 */
export const baseStyles = [
  tokens,
  css`
    :host {
      display: block;
      box-sizing: border-box;
      font-family: var(--_font);
      font-size: 1rem;
      line-height: 1.5;
      font-weight: normal;
      font-style: normal;
      letter-spacing: normal;
      word-spacing: normal;
      text-transform: none;
      text-align: start;
      text-indent: 0;
      white-space: normal;
      color: var(--_text);
    }
    :host([hidden]) {
      display: none;
    }
    *,
    *::before,
    *::after {
      box-sizing: border-box;
    }
    [hidden] {
      display: none !important;
    }
    .base {
      background: var(--_surface);
      color: var(--_text);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      padding: var(--_space);
      overflow-wrap: anywhere;
    }
    a {
      color: var(--_accent);
      text-underline-offset: 0.15em;
    }
    /* A link standing on its own, not inside a sentence: a target of at least 24 × 24 CSS px (WCAG 2.5.8). */
    a.standalone {
      display: inline-flex;
      align-items: center;
      min-block-size: 24px;
      min-inline-size: 24px;
    }
    button,
    input,
    select {
      font: inherit;
      color: inherit;
      letter-spacing: inherit;
    }
    button {
      min-height: 2.75rem;
      min-width: 2.75rem;
      padding: 0.5rem 1rem;
      border-radius: calc(var(--_radius) * 0.75);
      border: 1px solid var(--_border);
      background: var(--_surface-2);
      cursor: pointer;
    }
    button.primary {
      background: var(--_accent);
      border-color: var(--_accent);
      color: var(--_on-accent);
      font-weight: 600;
    }
    :focus-visible {
      outline: var(--_focus-width) solid var(--_focus);
      outline-offset: var(--_focus-offset);
    }
    .visually-hidden {
      position: absolute !important;
      width: 1px;
      height: 1px;
      padding: 0;
      margin: -1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      clip-path: inset(50%);
      white-space: nowrap;
      border: 0;
    }
    .status {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem 1rem;
      padding: 0.75rem;
      border-radius: calc(var(--_radius) * 0.75);
      background: var(--_surface-2);
    }
    .status[data-kind='error'] {
      border-inline-start: 4px solid var(--_danger);
    }
    .status[data-kind='stale'] {
      border-inline-start: 4px solid var(--_warning);
    }
    .status-text {
      flex: 1 1 12rem;
      margin: 0;
    }
    .status-detail {
      display: block;
      color: var(--_muted);
      font-size: 0.875em;
    }
    .status-tech {
      flex: 1 1 100%;
      color: var(--_muted);
      font-size: 0.875em;
    }
    .status-tech summary {
      cursor: pointer;
      min-block-size: 24px;
      display: list-item;
    }
    .status-tech p {
      margin: 0.25rem 0 0;
      overflow-wrap: anywhere;
    }
    .skipped-note {
      margin: 0 0 0.5rem;
      color: var(--_muted);
      font-size: 0.875rem;
    }
    .spinner {
      inline-size: 1.25rem;
      block-size: 1.25rem;
      border-radius: 50%;
      border: 3px solid var(--_border);
      border-block-start-color: var(--_accent);
      animation: dcr-spin 0.9s linear infinite;
      flex: none;
    }
    @keyframes dcr-spin {
      to {
        transform: rotate(360deg);
      }
    }
    @media (prefers-reduced-motion: reduce) {
      *,
      *::before,
      *::after {
        animation: none !important;
        transition: none !important;
        scroll-behavior: auto !important;
      }
    }
  `,
];
