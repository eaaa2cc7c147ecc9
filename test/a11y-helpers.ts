/**
 * Shared helpers for the accessibility sweep (test/a11y-*.test.ts, test/keyboard.test.ts): the language × theme
 * variants, widget mounting in each state from the widgets' own test fixtures, and WCAG colour arithmetic.
 */
import { html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { FIXTURE_URL } from './finder/fixtures.js';
import { feedUrl as factFeedUrl } from './fact/fixtures.js';
import { feedWith, secondSymposium, symposium } from './countdown/helpers.js';

export type Lang = 'en' | 'ar';
export type Theme = 'light' | 'dark';
export interface Variant {
  lang: Lang;
  theme: Theme;
}

/** Every state is checked in English and Arabic (right to left), light and dark. */
export const VARIANTS: readonly Variant[] = [
  { lang: 'en', theme: 'light' },
  { lang: 'en', theme: 'dark' },
  { lang: 'ar', theme: 'light' },
  { lang: 'ar', theme: 'dark' },
];

export const THEMES: readonly Theme[] = ['light', 'dark'];

/** The feeds the sweep reads: the widgets' own test fixtures, no network. */
export const FEEDS = {
  finder: FIXTURE_URL,
  fact: factFeedUrl(),
  countdown: feedWith([
    symposium,
    secondSymposium,
    { ...symposium, id: 'cancelled', start: '2023-06-01', end: '2023-06-02', status: 'cancelled' },
    { ...symposium, id: 'postponed', start: '2023-07-01', end: '2023-07-02', status: 'postponed' },
  ]),
  /** Never answers (stubbed by `holdFetch`): the loading state. */
  slow: 'https://feeds.example.org/never-answers.json',
  /** Not JSON: the error state with its retry button. */
  broken: 'data:application/json,{not json',
  /** A valid feed with nothing in it: the empty states. */
  empty: `data:application/json,${encodeURIComponent(
    JSON.stringify({ version: '1', facilities: { type: 'FeatureCollection', features: [] }, events: [], news: [], facts: [] }),
  )}`,
} as const;

/** The instant the countdown fixtures are looked at for each phase (the symposium runs 4–5 May 2023, Paris). */
export const COUNTDOWN_NOW = {
  upcoming: '2023-05-01T10:00:00Z',
  live: '2023-05-04T10:00:00Z',
  ended: '2024-01-10T10:00:00Z',
} as const;

/** Lets fetches of `FEEDS.slow` hang forever (other URLs go through) until `restore`. */
export function holdFetch(): { restore(): void } {
  const real = window.fetch;
  window.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
    const url = input instanceof Request ? input.url : String(input);
    return url === FEEDS.slow ? new Promise<Response>(() => undefined) : real(input, init);
  }) as typeof fetch;
  return { restore: () => (window.fetch = real) };
}

/** Replaces `navigator.clipboard.writeText`; `refuse` says whether it fails (as a browser refusing permission does). */
export function stubClipboard(): { refuse: boolean; copied: string[]; restore(): void } {
  const clip = navigator.clipboard;
  const stub = {
    refuse: false,
    copied: [] as string[],
    restore: () => void delete (clip as unknown as Record<string, unknown>).writeText,
  };
  Object.defineProperty(clip, 'writeText', {
    configurable: true,
    value: async (text: string) => {
      if (stub.refuse) throw new Error('refused');
      stub.copied.push(text);
    },
  });
  return stub;
}

/** Replaces `navigator.geolocation.getCurrentPosition` with a refusal (the reader said no). */
export function denyGeolocation(): { asked: number; restore(): void } {
  const geo = navigator.geolocation;
  const stub = { asked: 0, restore: () => void delete (geo as unknown as Record<string, unknown>).getCurrentPosition };
  Object.defineProperty(geo, 'getCurrentPosition', {
    configurable: true,
    value: (_ok: PositionCallback, fail: PositionErrorCallback) => {
      stub.asked++;
      setTimeout(() => fail({ code: 1, PERMISSION_DENIED: 1, message: 'denied' } as GeolocationPositionError));
    },
  });
  return stub;
}

/** Silences console.warn (bad feeds are reported there by design; tests do not log). */
export function muteWarnings(): { restore(): void } {
  const real = console.warn;
  console.warn = () => undefined;
  return { restore: () => (console.warn = real) };
}

/** A shadow-root query. */
export const $ = <T extends Element = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel);
export const $$ = <T extends Element = HTMLElement>(el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<T>(sel)];

/** Waits until a widget has left its loading view (or shows `sel`). */
export async function settled(el: Element & { updateComplete: Promise<unknown> }, sel = ''): Promise<void> {
  const ready = sel || '[part~="status"]:not([data-kind="loading"]), .card, .slide, [part~="item"], [part~="list"], [part~="details"]';
  await waitUntil(() => el.shadowRoot?.querySelector(ready), `${el.localName} never showed ${ready}`, { timeout: 8000 });
  await el.updateComplete;
}

/** Template of one widget per variant, each labelled so a failure names it. */
export function perVariant(tpl: (v: Variant) => TemplateResult, width = 480): TemplateResult {
  return html`${VARIANTS.map((v) => html`<div data-variant="${v.lang}-${v.theme}" style="width: ${width}px">${tpl(v)}</div>`)}`;
}

// --- colour --------------------------------------------------------------------------------------------

export type RGBA = [number, number, number, number];

const probe = (() => {
  let ctx: CanvasRenderingContext2D | null = null;
  return () => (ctx ??= document.createElement('canvas').getContext('2d', { willReadFrequently: true }));
})();

/** Any CSS colour string (rgb(), color(srgb …), oklch() …) as sRGB 0–255 with alpha 0–1, via a canvas. */
export function parseColor(value: string): RGBA {
  const m = /^rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)$/.exec(value.trim());
  if (m) return [Number(m[1]), Number(m[2]), Number(m[3]), m[4] === undefined ? 1 : Number(m[4])];
  if (value === 'transparent') return [0, 0, 0, 0];
  const ctx = probe()!;
  ctx.clearRect(0, 0, 1, 1);
  ctx.fillStyle = '#000';
  ctx.fillStyle = value;
  ctx.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = ctx.getImageData(0, 0, 1, 1).data;
  return [r, g, b, a / 255];
}

/** `top` painted over an opaque `bottom`. */
export const over = (top: RGBA, bottom: RGBA): RGBA => {
  const a = top[3];
  return [top[0] * a + bottom[0] * (1 - a), top[1] * a + bottom[1] * (1 - a), top[2] * a + bottom[2] * (1 - a), 1];
};

const channel = (c: number) => {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};
const luminance = ([r, g, b]: RGBA) => 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);

/** WCAG 2 contrast ratio of two opaque colours. */
export function contrast(a: RGBA, b: RGBA): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** The parent across shadow boundaries (a shadow root's host). */
export function parentOf(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.parentNode;
  return root instanceof ShadowRoot ? root.host : null;
}

/**
 * The opaque colour behind `el`: its own and its ancestors' backgrounds composited down to the page (white).
 * Widgets use flat colours (no background images), so this is what a reader sees behind the text.
 */
export function backgroundOf(el: Element): RGBA {
  const layers: RGBA[] = [];
  for (let n: Element | null = el; n; n = parentOf(n)) {
    const bg = parseColor(getComputedStyle(n).backgroundColor);
    if (bg[3] > 0) layers.push(bg);
    if (bg[3] >= 1) break;
  }
  return layers.reduceRight<RGBA>((below, layer) => over(layer, below), [255, 255, 255, 1]);
}

/** The text colour of `el` as seen: alpha and opacity of it and its ancestors applied over its background. */
export function textColorOf(el: Element): { fg: RGBA; bg: RGBA } {
  const bg = backgroundOf(el);
  let fg = parseColor(getComputedStyle(el).color);
  let opacity = 1;
  for (let n: Element | null = el; n; n = parentOf(n)) opacity *= Number(getComputedStyle(n).opacity);
  fg = over([fg[0], fg[1], fg[2], fg[3] * opacity], bg);
  return { fg, bg };
}

// --- walking the rendered widget -----------------------------------------------------------------------

/** Every element in `root` and in the shadow roots below it, in document order. */
export function deepElements(root: Element | ShadowRoot): Element[] {
  const out: Element[] = [];
  const walk = (node: Element | ShadowRoot) => {
    for (const child of node.children) {
      out.push(child);
      if (child.shadowRoot) walk(child.shadowRoot);
      walk(child);
    }
  };
  walk(root);
  return out;
}

/** Whether an element takes up room on screen (not display:none, not visibility:hidden, not inert, has a box). */
export function isShown(el: Element): boolean {
  if (!(el instanceof HTMLElement || el instanceof SVGElement)) return false;
  if (el.closest('[inert]')) return false;
  const style = getComputedStyle(el);
  if (style.visibility !== 'visible') return false;
  const r = el.getBoundingClientRect();
  return r.width > 0 && r.height > 0;
}

/** The elements keyboard users can reach by Tab inside the widget's shadow root. */
export function tabbables(el: Element): HTMLElement[] {
  const sel = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';
  return deepElements(el.shadowRoot!).filter(
    (n): n is HTMLElement => n instanceof HTMLElement && n.matches(sel) && isShown(n) && !n.closest('.visually-hidden'),
  );
}

/** An element whose own text (not its children's) is visible: what a reader has to be able to read. */
export function textElements(el: Element): HTMLElement[] {
  return deepElements(el.shadowRoot!).filter(
    (n): n is HTMLElement =>
      n instanceof HTMLElement &&
      isShown(n) &&
      !n.closest('.visually-hidden, [aria-hidden="true"]:not(svg *)') &&
      [...n.childNodes].some((c) => c.nodeType === Node.TEXT_NODE && c.textContent!.trim() !== ''),
  );
}

/** A short description of an element for failure messages. */
export function nameOf(el: Element): string {
  const host = (el.getRootNode() as ShadowRoot).host;
  const cls = el.getAttribute('class') ? `.${el.getAttribute('class')!.trim().split(/\s+/).join('.')}` : '';
  const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
  return `${host?.localName ?? ''} ${el.localName}${cls} "${text}"`;
}
