import { css } from 'lit';

/** Styles of the details view: adopted into the finder's shadow root when the details module first loads. */
export const detailsStyles = css`
  .details {
    display: flex;
    flex-direction: column;
    gap: 0.625rem;
  }
  .details-title {
    margin: 0;
    font-size: 1.3em;
    line-height: 1.25;
  }
  .details-title:focus {
    outline: none;
  }
  .details-title:focus-visible {
    outline: var(--_focus-width) solid var(--_focus);
  }
  .operator,
  .note {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .approx::before {
    content: '◌ ';
  }
  .facts {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.25rem 1rem;
    margin: 0;
  }
  .facts dt {
    font-weight: 600;
    margin-block-start: 0.5rem;
  }
  .facts dd {
    margin: 0;
  }
  @container pane (min-width: 34rem) {
    .facts {
      grid-template-columns: max-content minmax(0, 1fr);
    }
    .facts dt {
      margin-block-start: 0;
    }
  }
  .hours {
    border-collapse: collapse;
  }
  .hours th,
  .hours td {
    padding: 0.1rem 1.25rem 0.1rem 0;
    text-align: start;
    vertical-align: top;
  }
  .hours th {
    font-weight: normal;
  }
  .hours th,
  .hours td {
    overflow-wrap: normal;
  }
  .plain {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .plain li + li {
    margin-block-start: 0.2rem;
  }
  .details-actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    margin-block-start: 0.5rem;
  }
  .card-link {
    display: none;
  }
  .copy-state {
    color: var(--_muted);
  }
  /* Printed, the details are a take-away card: no controls, links spelled out, kept on one page where they fit. */
  @media print {
    .details {
      max-inline-size: 40rem;
      padding: 1rem 1.25rem;
      border: 1px solid #000;
      border-radius: 0.5rem;
      break-inside: avoid;
    }
    .details a.standalone {
      display: inline;
    }
    .details a[href^='http']::after {
      content: attr(href);
      display: block;
      font-size: 0.8em;
      overflow-wrap: anywhere;
    }
    .card-link {
      display: block;
      margin-block-start: 0.5rem;
      font-size: 0.8em;
      overflow-wrap: anywhere;
    }
    .facts {
      grid-template-columns: max-content minmax(0, 1fr);
    }
    .facts dt {
      margin-block-start: 0;
    }
  }
  /* The back arrow points the way to the list: left in a left-to-right finder, right in a right-to-left one. */
  [dir='rtl'] .back > [aria-hidden='true'] {
    display: inline-block;
    transform: scaleX(-1);
  }
  /*
   * Feed text takes its direction from its own first letter (like dir="auto"): an English note in an Arabic finder
   * keeps its full stop at its end. A feed value inside a line (the operator, the address) is isolated from the
   * words around it.
   */
  .details-title,
  .note,
  .details > p:not([class]),
  .operator > span,
  .facts dd > span {
    unicode-bidi: plaintext;
  }
`;
