import { css } from 'lit';

export const countdownStyles = css`
  .card {
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  .card > * {
    margin: 0;
  }
  .title {
    font-size: 1.375em;
    line-height: 1.25;
    font-weight: 700;
  }
  .banner {
    padding: 0.5rem 0.75rem;
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_surface-2);
    border-inline-start: 4px solid var(--_ok);
  }
  .banner[data-state='cancelled'] {
    border-color: var(--_danger);
  }
  .banner[data-state='postponed'] {
    border-color: var(--_warning);
  }
  .banner .note {
    display: block;
  }
  .pulse {
    display: inline-block;
    margin-inline-end: 0.5rem;
    inline-size: 0.625rem;
    block-size: 0.625rem;
    border-radius: 50%;
    background: var(--_ok);
    animation: dcr-pulse 1.6s ease-in-out infinite;
  }
  @keyframes dcr-pulse {
    50% {
      opacity: 0.3;
    }
  }
  .muted {
    color: var(--_muted);
  }
  .dates time {
    font-weight: 600;
  }
  .zone,
  .viewer {
    display: block;
    color: var(--_muted);
    font-size: 0.9375em;
  }
  /*
   * The boxes share one row in equal widths when their words fit (in whatever font the page gives); else the two pairs
   * (days and hours, minutes and seconds) go one under the other: two by two, never three and a lone one.
   */
  .digits {
    --_gap: 0.375rem;
    /* A word is never broken inside a box: a box is at least as wide as its longest word. */
    overflow-wrap: normal;
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gap);
    /* On a wide card the boxes stay boxes, not bars. */
    max-inline-size: 22em;
  }
  .digits[data-units='3'] {
    max-inline-size: 16.5em;
  }
  .pair {
    display: flex;
    gap: var(--_gap);
    /* Grown by its number of boxes from the gaps inside it, so every box gets the same share of the row. */
    flex: 2 1 var(--_gap);
    /* At least its two boxes side by side; where even that is wider than the row (and the browser can say so), no
       wider than the row, the two boxes then one under the other. */
    min-inline-size: max-content;
    min-inline-size: calc-size(max-content, min(size, 100%));
    flex-wrap: wrap;
  }
  .pair[data-units='1'] {
    flex: 1 1 0;
  }
  .unit {
    flex: 1 1 0;
    display: grid;
    justify-items: center;
    padding: 0.5rem 0.125rem;
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_surface-2);
  }
  .num {
    font-size: 1.75em;
    font-weight: 700;
    line-height: 1.1;
    font-variant-numeric: tabular-nums;
  }
  .label {
    font-size: 0.8125em;
    color: var(--_muted);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
  .calendar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.75rem;
    flex-basis: 100%;
  }
  .calendar-label {
    flex-basis: 100%;
    font-weight: 600;
  }
  .cta {
    display: inline-flex;
    align-items: center;
    min-block-size: 2.75rem;
    padding: 0.5rem 1rem;
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 600;
    text-decoration: none;
  }
  .calendar button {
    min-block-size: 2.75rem;
  }
  .description {
    white-space: pre-line;
  }
  /*
   * Feed text takes its direction from its own first letter (like dir="auto"): an English name in an
   * Arabic card keeps its brackets and full stop where they belong, and each organiser stays whole
   * between the list's separators.
   */
  .title,
  .description,
  .location > span,
  .organizers > span:not(.muted),
  .organizers a {
    unicode-bidi: plaintext;
  }
`;
