import { css } from 'lit';

/** Styles of <dcr-fact-card>: a big figure, the sentence, the citation, and a quiet control row. */
export const factStyles = css`
  .base {
    container-type: inline-size;
  }
  /* One column no wider than the card: nothing in it can push the card wider than its box. */
  .card {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_space) * 0.75);
  }
  /* All facts share one cell: the card keeps the height of the longest, so the page does not jump. */
  .slides {
    display: grid;
  }
  .slide {
    grid-area: 1 / 1;
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
    min-inline-size: 0;
    transition:
      opacity 0.45s ease,
      visibility 0.45s;
  }
  .slide:not([data-active]) {
    opacity: 0;
    visibility: hidden;
  }
  .topic {
    margin: 0;
    font-size: 0.8125rem;
    font-weight: 600;
    letter-spacing: 0.04em;
    text-transform: uppercase;
    color: var(--_muted);
  }
  .figure {
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 0.4rem;
  }
  .value {
    font-size: clamp(2rem, 14cqi, 3rem);
    font-weight: 700;
    line-height: 1.1;
    color: var(--_accent);
    font-variant-numeric: tabular-nums;
  }
  .unit {
    font-size: 1.2rem;
    font-weight: 600;
  }
  .label,
  .figure .as-of {
    flex-basis: 100%;
  }
  .label {
    color: var(--_muted);
  }
  .as-of {
    font-size: 0.875rem;
    color: var(--_muted);
  }
  .text {
    margin: 0;
    font-size: 1.0625rem;
  }
  .source {
    margin: 0;
    font-size: 0.875rem;
    color: var(--_muted);
  }
  /* The carousel's controls at the start, Copy at the end (alone, or on a line of its own, at the start). */
  .footer {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem;
    padding-block-start: calc(var(--_space) * 0.75);
    border-block-start: 1px solid var(--_border);
  }
  /*
   * Two groups, [pause, position] and [previous, next]: large text on a narrow screen wraps the row between them
   * (and, narrower still, inside them) rather than push a control out of the card.
   */
  .controls,
  .where,
  .steps {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem;
  }
  .controls button {
    display: inline-grid;
    place-items: center;
    padding: 0.5rem;
  }
  .position {
    min-inline-size: 3.5em;
    text-align: center;
    font-size: 0.875rem;
    font-variant-numeric: tabular-nums;
    color: var(--_muted);
  }
  /* Without a pause button the position leads the row: flush with the card's edge, like the text above. */
  .position:only-child {
    text-align: start;
  }
  .icon {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    fill: none;
    stroke: currentColor;
    stroke-width: 2.25;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .icon-play {
    fill: currentColor;
  }
  [dir='rtl'] .icon-previous,
  [dir='rtl'] .icon-next {
    transform: scaleX(-1);
  }
  /*
   * Feed text takes its direction from its own first letter (like dir="auto"): English in an Arabic card
   * keeps its full stop and brackets where they belong. A value inside a sentence is isolated, so the
   * punctuation around it stays in the sentence's direction.
   */
  .topic,
  .text,
  .unit,
  .label,
  .source a,
  .source span {
    unicode-bidi: plaintext;
  }
  .value,
  .as-of,
  .source time {
    unicode-bidi: isolate;
  }
  .copy-fallback {
    display: grid;
    gap: 0.5rem;
    margin-block-start: 0.75rem;
    font-size: 0.875rem;
  }
  .copy-fallback p {
    margin: 0;
  }
  .copy-fallback label {
    display: grid;
    gap: 0.25rem;
  }
  .field-label {
    font-weight: 600;
  }
  .copy-fallback textarea {
    font: inherit;
    color: inherit;
    background: var(--_surface-2);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.5);
    padding: 0.5rem;
    resize: vertical;
    inline-size: 100%;
  }
`;
