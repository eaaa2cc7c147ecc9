import { css } from 'lit';

/** Styles of <dcr-news-feed>: a list (thumbnail beside the text) or cards (picture on top), both container-aware. */
export const newsStyles = css`
  .base {
    container-type: inline-size;
  }
  .items {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space);
  }
  .items > li {
    min-inline-size: 0;
  }
  .item {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    grid-template-areas: 'body';
    gap: 0.5rem var(--_space);
    align-items: start;
  }
  [data-layout='list'] .items > li + li {
    border-block-start: 1px solid var(--_border);
    padding-block-start: var(--_space);
  }
  [data-layout='list'] .item.has-image {
    grid-template-columns: 9rem minmax(0, 1fr);
    grid-template-areas: 'media body';
  }
  @container (max-width: 26rem) {
    [data-layout='list'] .item.has-image {
      grid-template-columns: 5.5rem minmax(0, 1fr);
    }
  }
  [data-layout='cards'] .items {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 15rem), 1fr));
  }
  [data-layout='cards'] .items > li {
    display: flex;
  }
  [data-layout='cards'] .item {
    flex: 1;
    grid-template-rows: 1fr;
    align-items: stretch;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow: hidden;
    background: var(--_surface);
    gap: 0;
  }
  [data-layout='cards'] .item.has-image {
    grid-template-rows: auto 1fr;
    grid-template-areas: 'media' 'body';
  }
  [data-layout='cards'] .body {
    padding: calc(var(--_space) * 0.75) var(--_space) var(--_space);
  }
  .body {
    grid-area: body;
    display: flex;
    flex-direction: column;
    gap: 0.35rem;
    min-inline-size: 0;
  }
  /* The picture's box is reserved by its aspect ratio before it loads: no layout shift. */
  .media {
    grid-area: media;
    aspect-ratio: 4 / 3;
    overflow: hidden;
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_surface-2);
  }
  [data-layout='cards'] .media {
    aspect-ratio: 16 / 9;
    border-radius: 0;
  }
  .media img {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
  }
  .media.failed img {
    visibility: hidden;
  }
  .title {
    margin: 0;
    font-size: 1.125rem;
    line-height: 1.3;
    font-weight: 700;
  }
  .title a {
    color: inherit;
    text-decoration-color: var(--_accent);
    text-decoration-thickness: 0.08em;
  }
  .title a:hover {
    color: var(--_accent);
  }
  .title:focus {
    outline: none;
  }
  .title:focus-visible {
    outline: var(--_focus-width) solid var(--_focus);
  }
  .meta {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875rem;
  }
  .place::before {
    content: ' · ';
  }
  /*
   * Feed text takes its direction from its own first letter (like dir="auto"): an English title in an
   * Arabic list keeps its full stop and brackets where they belong. The place is only isolated: its
   * " · " must stay on the date's side in either direction.
   */
  .title,
  .excerpt,
  .tags li,
  .chip {
    unicode-bidi: plaintext;
  }
  .place {
    unicode-bidi: isolate;
  }
  .excerpt {
    margin: 0;
  }
  .tags {
    list-style: none;
    margin: 0.15rem 0 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.35rem;
    font-size: 0.8125rem;
  }
  .tags li {
    padding: 0.05rem 0.5rem;
    border-radius: 999px;
    background: var(--_surface-2);
    color: var(--_muted);
  }
  .read-more {
    margin: 0.15rem 0 0;
    font-weight: 600;
  }
  [data-layout='cards'] .read-more {
    margin-block-start: auto;
    padding-block-start: 0.35rem;
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-block-end: var(--_space);
  }
  .chip {
    min-height: 2rem;
    padding: 0.2rem 0.85rem;
    border-radius: 999px;
    font-size: 0.875rem;
  }
  .chip[aria-pressed='true'] {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
    font-weight: 600;
  }
  .more-row {
    margin-block-start: var(--_space);
    display: flex;
    justify-content: center;
  }
`;
