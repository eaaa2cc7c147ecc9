import { html, nothing, type TemplateResult } from 'lit';
import type { Messages } from '../core/i18n/en.js';
import type { FinderEntry } from './filters.js';
import type { OpenState } from './hours.js';
import { renderItem } from './item.js';

/** Items rendered at first, and added by each step (a "show more" or scrolling near the end). */
export const PAGE = 30;
/** The item this many places before the last rendered one asks for more when it scrolls into view. */
const LOOKAHEAD = 10;

/** The slice of the results that is rendered: [start, end). */
export interface ListWindow {
  start: number;
  end: number;
}

export const FIRST_WINDOW: ListWindow = { start: 0, end: PAGE };

/**
 * The window grown to include `index`: extended when the index is near it (the rendered items stay, so focus and
 * scroll position hold), else a fresh window around it (a deep link or a map pick far down a long list).
 */
export function windowWith(w: ListWindow, index: number, total: number): ListWindow {
  if (index >= w.start && index < w.end) return w;
  if (index >= w.end && index < w.end + 2 * PAGE) return { start: w.start, end: w.end + Math.ceil((index + 1 - w.end) / PAGE) * PAGE };
  if (index < w.start && index >= w.start - 2 * PAGE) return { start: Math.max(0, w.start - Math.ceil((w.start - index) / PAGE) * PAGE), end: w.end };
  const start = Math.max(0, Math.min(index - LOOKAHEAD, total - PAGE));
  return { start, end: start + PAGE };
}

export interface ListContext {
  msg: Messages['finder'];
  locale: string;
  results: readonly FinderEntry[];
  window: ListWindow;
  km: Map<string, number> | undefined;
  openAt: (entry: FinderEntry) => OpenState;
  /** The finder's clock (its `now`), for how old a place's last check is. */
  now: number;
  currentId: string | null;
  onOpen: (entry: FinderEntry) => void;
  onKeydown: (e: KeyboardEvent) => void;
  onEarlier: () => void;
  onMore: () => void;
}

/**
 * The list (part `list`): a real `<ul>` of the rendered window of results. When that is not all of them, each item
 * carries its place in the whole list (`aria-posinset` / `aria-setsize`); "show earlier" and "show more" buttons reach
 * the rest, and the items marked `data-more` ask for more as they scroll into view: one a few items before the end, and
 * the last (a scrollbar dragged to the end in one move may jump past the first).
 */
export function renderList(c: ListContext): TemplateResult {
  const m = c.msg;
  const total = c.results.length;
  const end = Math.min(c.window.end, total);
  const start = Math.min(c.window.start, end);
  const shown = c.results.slice(start, end);
  const sentinel = end < total ? Math.max(start, end - LOOKAHEAD) : -1;
  // Items are updated in place (not keyed): typing re-fills the same 50 buttons instead of moving DOM around.
  // The place in the whole list is said only when part of it is rendered; else the browser counts the items itself.
  const windowed = start > 0 || end < total;
  return html`${start > 0
      ? html`<button type="button" class="more earlier" @click=${c.onEarlier}>${m.showEarlier(Math.min(PAGE, start))}</button>`
      : nothing}
    <ul part="list" class="list" aria-label=${m.list} @keydown=${c.onKeydown}>
      ${shown.map((e, i) =>
        renderItem({
          msg: m,
          locale: c.locale,
          entry: e,
          open: c.openAt(e),
          now: c.now,
          km: c.km?.get(e.id),
          current: e.id === c.currentId,
          position: windowed ? start + i + 1 : undefined,
          total,
          more: sentinel >= 0 && (start + i === sentinel || start + i === end - 1),
          onOpen: c.onOpen,
        }),
      )}
    </ul>
    ${end < total ? html`<button type="button" class="more" @click=${c.onMore}>${m.showMore(Math.min(PAGE, total - end))}</button>` : nothing}`;
}
