import { css } from 'lit';

/** Styles of <dcr-finder>, on top of the shared base styles. */
export const finderStyles = css`
  .base {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.75);
  }
  p {
    margin: 0;
  }

  /* Search, filters, near me */
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: 0.5rem;
  }
  .search {
    flex: 1 1 16rem;
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
  }
  .search label {
    font-weight: 600;
  }
  .search input {
    inline-size: 100%;
    min-block-size: 2.75rem;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_surface);
  }
  .tools {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  button[aria-pressed='true'],
  button[aria-expanded='true'] {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
  }
  .icon {
    inline-size: 1.1em;
    block-size: 1.1em;
    vertical-align: -0.15em;
    margin-inline-end: 0.25em;
  }
  button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.7;
  }
  .summary {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem 1rem;
  }
  .count {
    font-weight: 600;
  }
  .clear {
    min-block-size: 2.25rem;
    padding-block: 0.25rem;
  }
  .geo:empty {
    display: none;
  }
  .geo[data-kind='problem'] {
    padding: 0.5rem 0.75rem;
    border-inline-start: 4px solid var(--_warning);
    background: var(--_surface-2);
  }
  .map-notice {
    border-inline-start: 4px solid var(--_warning);
  }

  /* List and map side by side (split), map above list (stacked), or list only */
  .panes {
    display: grid;
    gap: var(--_space);
    grid-template-columns: minmax(0, 1fr);
  }
  .base[data-layout='split'] .panes {
    grid-template-columns: minmax(17rem, 2fr) minmax(0, 3fr);
  }
  /* The scrolling list keeps room for the focus ring around its items, also when focus scrolls one to an edge. */
  .base[data-layout='split'] .list-pane {
    --_ring: calc(var(--_focus-width) + var(--_focus-offset));
    max-block-size: var(--_pane-height, 38rem);
    overflow-y: auto;
    padding: var(--_ring);
    margin: calc(-1 * var(--_ring));
    scroll-padding-block: var(--_ring);
  }
  .map-pane {
    position: relative;
    min-block-size: 16rem;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
    overflow: hidden;
    background: var(--_surface-2);
  }
  .base[data-layout='split'] .map-pane {
    block-size: var(--_pane-height, 38rem);
    position: sticky;
    inset-block-start: 0;
  }
  .base[data-layout='stacked'] .map-pane {
    block-size: 18rem;
    order: -1;
  }
  .base[data-layout='stacked'][data-details] .map-pane {
    order: 1;
  }
  .list-pane {
    container: pane / inline-size;
  }
  .map-canvas {
    position: absolute;
    inset: 0;
  }
  .map-loading {
    position: absolute;
    inset-block-start: 0.5rem;
    inset-inline-start: 0.5rem;
    padding: 0.25rem 0.5rem;
    background: var(--_surface);
    border-radius: calc(var(--_radius) * 0.5);
    color: var(--_muted);
  }

  /* Items */
  .list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
  }
  .item {
    display: flex;
    flex-direction: column;
    align-items: stretch;
    gap: 0.2rem;
    inline-size: 100%;
    padding: 0.625rem 0.75rem;
    text-align: start;
    background: var(--_surface);
    border: 1px solid var(--_border);
    line-height: 1.35;
  }
  .item:hover {
    border-color: var(--_accent);
  }
  .item[aria-current='true'] {
    border-color: var(--_accent);
    border-inline-start-width: 5px;
    background: var(--_surface-2);
  }
  .item-head {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: baseline;
    gap: 0 0.75rem;
  }
  .item-name {
    font-weight: 600;
    font-size: 1.05em;
  }
  .item-distance {
    font-weight: 600;
    color: var(--_accent);
    font-size: 0.9em;
  }
  .item-place,
  .item-modes,
  .item-checked {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .item-approx {
    display: inline-block;
  }
  .item-tags,
  .badges {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.75rem;
  }
  .badge {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
    padding: 0 0.5em;
    border: 1px solid currentColor;
    border-radius: 999px;
    font-size: 0.8em;
    font-weight: 600;
    line-height: 1.6;
  }
  .badge[data-status='operating'] {
    color: var(--_ok);
  }
  .badge[data-status='closed'] {
    color: var(--_danger);
  }
  .badge[data-status='temporarily-closed'],
  .badge[data-status='unconfirmed'] {
    color: var(--_warning);
  }
  .badge[data-status='planned'] {
    color: var(--_muted);
  }
  .open-state {
    font-size: 0.875em;
    color: var(--_muted);
  }
  .open-state[data-open='open'] {
    color: var(--_ok);
    font-weight: 600;
  }
  .open-state[data-soon] {
    color: var(--_warning);
  }
  .more {
    margin-block-start: 0.75rem;
    inline-size: 100%;
  }

  /* A take-away card: print the opened place (or the list) without the controls */
  @media print {
    .base {
      border: 0;
      padding: 0;
      color: #000;
      background: #fff;
    }
    .toolbar,
    .filters-wrap,
    .summary,
    .geo,
    .map-notice,
    .map-pane,
    .no-print,
    .more {
      display: none !important;
    }
    .panes {
      display: block;
    }
    .list-pane {
      max-block-size: none !important;
      overflow: visible !important;
    }
    .item {
      break-inside: avoid;
    }
  }
`;
