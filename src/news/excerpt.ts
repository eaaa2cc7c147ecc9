/** Excerpts: whitespace collapsed, shortened on a word boundary (HTML is flattened before, in html-text.ts). */

/** Collapses every run of whitespace (including non-breaking spaces) to one space and trims. */
export const collapseWhitespace = (text: string): string => text.replace(/[\s\u00a0\u200b]+/g, ' ').trim();

/**
 * Shortens `text` to at most `max` characters, cutting at the last word boundary and adding an ellipsis.
 * A single word longer than `max` is cut inside the word (still with the ellipsis).
 */
export function truncate(text: string, max: number): string {
  const t = collapseWhitespace(text);
  if (t.length <= max) return t;
  const room = t.slice(0, Math.max(1, max - 1));
  const cut = room.search(/\s\S*$/);
  const head = cut > max * 0.5 ? room.slice(0, cut) : room;
  // Never end on half of a surrogate pair (an emoji cut in two).
  return `${head.replace(/[\uD800-\uDBFF]$/, '').replace(/[\s,;:.\-–—]+$/u, '')}…`;
}
