import { css } from 'lit';

/**
 * Design tokens. Partners set the public `--dcr-*` properties on `:root` or any ancestor; we only ever
 * read them, with fallbacks, into private `--_*` properties so the light and dark fallbacks can differ.
 * Default colours meet WCAG AA in both themes: text ≥ 4.5:1 against its surfaces; borders, which are all that
 * shows where a text field is, and the focus ring ≥ 3:1 (1.4.11). test/a11y-look.test.ts measures them.
 */
export const tokens = css`
  :host {
    --_accent: var(--dcr-color-accent, #0a6e6e);
    --_on-accent: #ffffff;
    --_text: var(--dcr-color-text, #1d2327);
    --_muted: #4e5a63;
    --_surface: var(--dcr-color-surface, #ffffff);
    --_surface-2: #f1f4f5;
    --_border: var(--dcr-color-border, #7b8891);
    --_danger: #a4262c;
    --_warning: #7a5200;
    --_ok: #1d6b32;
    --_focus: var(--dcr-color-accent, #0a6e6e);
    /* The focus ring: its width and its gap from the element (a scrolling pane keeps this much room for it). */
    --_focus-width: 3px;
    --_focus-offset: 2px;
    --_radius: var(--dcr-radius, 0.5rem);
    --_space: var(--dcr-space, 1rem);
    --_font: var(--dcr-font-family, inherit);
    color-scheme: light;
  }
  :host([theme='dark']) {
    --_accent: var(--dcr-color-accent, #5cc8c2);
    --_on-accent: #08201f;
    --_text: var(--dcr-color-text, #e8ecee);
    --_muted: #b3bec5;
    --_surface: var(--dcr-color-surface, #161b1f);
    --_surface-2: #232a30;
    --_border: var(--dcr-color-border, #6b7a84);
    --_danger: #ff9b9b;
    --_warning: #f2c46b;
    --_ok: #7fd69a;
    --_focus: var(--dcr-color-accent, #5cc8c2);
    color-scheme: dark;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light']):not([theme='dark'])) {
      --_accent: var(--dcr-color-accent, #5cc8c2);
      --_on-accent: #08201f;
      --_text: var(--dcr-color-text, #e8ecee);
      --_muted: #b3bec5;
      --_surface: var(--dcr-color-surface, #161b1f);
      --_surface-2: #232a30;
      --_border: var(--dcr-color-border, #6b7a84);
      --_danger: #ff9b9b;
      --_warning: #f2c46b;
      --_ok: #7fd69a;
      --_focus: var(--dcr-color-accent, #5cc8c2);
      color-scheme: dark;
    }
  }
`;
