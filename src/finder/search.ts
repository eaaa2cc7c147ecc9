// Search text: folded once per facility, then every keystroke is a plain substring test per entry.

const FOLD: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', ı: 'i', þ: 'th', ŧ: 't', ħ: 'h' };
const runs = new Map<string, string>();

/** A run of non-ASCII characters, accents stripped and letters folded (cached: the same few runs recur). */
function foldRun(run: string): string {
  let folded = runs.get(run);
  if (folded === undefined) {
    folded = run
      .normalize('NFD')
      .replace(/\p{M}+/gu, '')
      .replace(/[ßæœøłđðıþŧħ]/g, (c) => FOLD[c])
      .replace(/[^\p{L}\p{N}]+/gu, ' ');
    if (runs.size < 5000) runs.set(run, folded);
  }
  return folded;
}

/**
 * Lower case, accents and punctuation removed, spaces collapsed: "Genève – Cité" → "geneve cite".
 * ASCII goes through fast, non-Unicode expressions; only non-ASCII runs take the Unicode path.
 */
export function normalizeText(value: string): string {
  return value
    .toLowerCase()
    .replace(/[^\0-\x7f]+/g, foldRun)
    .replace(/[\0-/:-@[-`{-\x7f]+/g, ' ')
    .trim();
}

/** The words of a search query, normalised; every one must match. */
export const queryTokens = (query: string): string[] => normalizeText(query).split(' ').filter(Boolean);

// German spelling without umlauts ("Koeln") finds the umlauted name too.
const UMLAUT = /[äöüÄÖÜ]/g;
const germanFold = (s: string) => s.replace(UMLAUT, (c) => `${c.normalize('NFD')[0]}e`);

/** One searchable string from all of a place's texts (fields kept apart by spaces, so no word spans two). */
export function searchText(texts: readonly string[]): string {
  const joined = texts.join(' \n ');
  const plain = normalizeText(joined);
  UMLAUT.lastIndex = 0;
  return UMLAUT.test(joined) ? `${plain} ${normalizeText(germanFold(joined))}` : plain;
}

/** A word of one or two characters ("K&A" is "k a") matches only at the start of a word: anywhere, it matches nearly all. */
const SHORT = 2;

/**
 * A test for search strings: true when every token occurs (a short one at the start of a word). Made once per query,
 * then run on every place.
 */
export function tokenMatcher(tokens: readonly string[]): (search: string) => boolean {
  const long = tokens.filter((t) => t.length > SHORT);
  const short = tokens.filter((t) => t.length <= SHORT).map((t) => [t, ` ${t}`] as const);
  return (search) => long.every((t) => search.includes(t)) && short.every(([t, spaced]) => search.startsWith(t) || search.includes(spaced));
}

/**
 * Results in their order, those holding the query's words side by side ("k a", from "K&A") first. A one-word query
 * keeps the order as it is.
 */
export function phraseFirst<T extends { search: string }>(results: T[], tokens: readonly string[]): T[] {
  if (tokens.length < 2) return results;
  const phrase = tokens.join(' ');
  const spaced = ` ${phrase}`;
  const first: T[] = [];
  const rest: T[] = [];
  for (const e of results) (e.search.startsWith(phrase) || e.search.includes(spaced) ? first : rest).push(e);
  return first.length && rest.length ? [...first, ...rest] : results;
}

/**
 * True when the results of `next` are a subset of those of `previous` (the user typed on): each earlier token is
 * contained in the token at its place (a short one begins it, and that one is short too, as both match at word starts),
 * so anything the new query matches the old one matched too.
 */
export function narrows(previous: readonly string[], next: readonly string[]): boolean {
  return (
    previous.length <= next.length &&
    previous.every((t, i) => (t.length <= SHORT ? next[i].length <= SHORT && next[i].startsWith(t) : next[i].includes(t)))
  );
}
