/**
 * Shared helpers for the accessibility sweep (test/a11y-*.test.ts, test/keyboard.test.ts): the language × theme
 * variants, widget mounting in each state from the widgets' own test fixtures, and WCAG colour arithmetic.
 */
import { fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import { clearFeedCache } from '../src/core/feed/loader.js';
import '../src/index.js';
import { DcrFactCardElement } from '../src/fact/fact-card.js';
import { realScheduler } from '../src/fact/rotation.js';
import { PALETTES } from '../src/finder/basemap/style.js';
import { FIXTURE_URL } from './finder/fixtures.js';
import { FakeClock, feedUrl as factFeedUrl } from './fact/fixtures.js';
import { feedWith, installClock, secondSymposium, symposium, type FakeClock as CountdownClock } from './countdown/helpers.js';
import { fixtureText, stubFetch } from './news/helpers.js';

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

/** Where the news fixture is served (by `stubFetch`). */
export const NEWS_URL = 'https://feeds.example.org/pompidou.json';

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

const WHITE: RGBA = [255, 255, 255, 1];

/**
 * The opaque colours that can be behind `el`: its own and its ancestors' backgrounds composited down to the page
 * (white). Widgets paint flat colours; only the map paints pictures, so inside a map the backdrop is each of the
 * basemap's own water and land colours (from its palette) in the widget's theme.
 */
export function backdropsOf(el: Element): RGBA[] {
  const layers: RGBA[] = [];
  const flatten = (base: RGBA) => layers.reduceRight<RGBA>((below, layer) => over(layer, below), base);
  for (let n: Element | null = el; n; n = parentOf(n)) {
    if (n.classList.contains('maplibregl-map')) {
      const host = (n.getRootNode() as ShadowRoot).host;
      const palette = PALETTES[host?.getAttribute('theme') === 'dark' ? 'dark' : 'light'];
      return [palette.water, palette.land].map((c) => flatten(parseColor(c)));
    }
    const bg = parseColor(getComputedStyle(n).backgroundColor);
    if (bg[3] > 0) layers.push(bg);
    if (bg[3] >= 1) break;
  }
  return [flatten(WHITE)];
}

/** The lowest contrast of `colour` (with the opacity of `el` and its ancestors) against what can be behind `el`. */
export function contrastOn(el: Element, colour: string): { ratio: number; fg: RGBA; bg: RGBA } {
  let opacity = 1;
  for (let n: Element | null = el; n; n = parentOf(n)) opacity *= Number(getComputedStyle(n).opacity);
  const c = parseColor(colour);
  const seen = backdropsOf(el).map((bg) => {
    const fg = over([c[0], c[1], c[2], c[3] * opacity], bg);
    return { ratio: contrast(fg, bg), fg, bg };
  });
  return seen.reduce((a, b) => (b.ratio < a.ratio ? b : a));
}

/** A colour as #rrggbb, for failure messages. */
export const hex = ([r, g, b]: RGBA) => `#${[r, g, b].map((x) => Math.round(x).toString(16).padStart(2, '0')).join('')}`;

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

// --- one page of every widget in its fullest states ------------------------------------------------------

export type Widget = HTMLElement & { updateComplete: Promise<unknown> };

/**
 * The sweep's controlled world: news served locally, the slow feed held, warnings muted, the countdown and
 * fact-card clocks fake, the clipboard refusing and "near me" denied (so every message is on show).
 */
export async function sweepEnvironment(): Promise<{
  countdownClock: CountdownClock;
  factClock: FakeClock;
  clipboard: ReturnType<typeof stubClipboard>;
  geolocation: ReturnType<typeof denyGeolocation>;
  restore(): void;
}> {
  const net = stubFetch({ [NEWS_URL]: await fixtureText('pompidou.dcr.json') });
  const hold = holdFetch();
  const quiet = muteWarnings();
  const clip = stubClipboard();
  clip.refuse = true;
  const geo = denyGeolocation();
  const countdownClock = installClock(COUNTDOWN_NOW.upcoming);
  const factClock = new FakeClock();
  DcrFactCardElement.scheduler = factClock;
  return {
    countdownClock,
    factClock,
    clipboard: clip,
    geolocation: geo,
    restore() {
      DcrFactCardElement.scheduler = realScheduler;
      countdownClock.restore();
      geo.restore();
      clip.restore();
      quiet.restore();
      hold.restore();
      net.restore();
      clearFeedCache();
      localStorage.clear();
    },
  };
}

/** Mocha hooks for a sweep file: a window of `width` × 900 px, and a fresh `sweepEnvironment` around each test. */
export function useSweepEnvironment(width: number): void {
  let env: Awaited<ReturnType<typeof sweepEnvironment>> | undefined;
  before(() => setViewport({ width, height: 900 }));
  beforeEach(async () => {
    env = await sweepEnvironment();
  });
  afterEach(() => {
    fixtureCleanup();
    env?.restore();
  });
}

export interface GalleryOptions {
  theme: Theme;
  lang: Lang;
  /** Width of each widget's box (default: each its natural one, 480 px, wider for cards and the split view). */
  width?: number;
  /** Include the split view with the real map (default true; it needs a wide box). */
  map?: boolean;
}

/** Clicks `sel` in a widget once it is there (some views render after a lazy import). */
export async function press(el: Widget, sel: string): Promise<void> {
  await waitUntil(() => el.shadowRoot!.querySelector(sel), `${el.localName}: nothing matches ${sel}`);
  el.shadowRoot!.querySelector<HTMLElement>(sel)!.click();
  await el.updateComplete;
}

/** Waits until a finder's map is drawn, has its points and has stopped moving to fit them. */
export async function mapSettled(finder: Widget): Promise<void> {
  type Controller = { state: string; pushedPoints?: unknown; map?: { map: { isMoving(): boolean } } };
  // The finder fetches its map wiring (the controller) once a map layout is rendered.
  const controller = () => (finder as unknown as { map?: Controller }).map;
  await waitUntil(() => controller(), 'the map wiring never loaded', { timeout: 30000 });
  const c = controller()!;
  await waitUntil(() => c.state === 'ready' && c.pushedPoints !== undefined && !c.map!.map.isMoving(), `map is ${c.state}`, { timeout: 30000 });
  await finder.updateComplete;
}

/**
 * Mounts every widget in the states that show the most (`sweepEnvironment` must be set up): the finder with filters
 * open and "near me" denied, with details and a refused copy, in the split view with its map, and failed; the
 * countdown upcoming, live, cancelled and postponed; the news list with chips after "show more", the cards, and
 * loading; the fact card rotating after a refused copy, and pinned to a live figure. Returns each widget by a name.
 */
export async function mountGallery(o: GalleryOptions): Promise<{ wrap: HTMLElement; widgets: Map<string, Widget> }> {
  const { theme, lang } = o;
  const w = (natural: number) => `${o.width ?? natural}px`;
  const box = (name: string, natural: number, widget: TemplateResult) => html`<div data-name=${name} style="width: ${w(natural)}">${widget}</div>`;
  const wrap = await fixture<HTMLElement>(html`<div lang=${lang}>
    ${box('finder', 480, html`<dcr-finder theme=${theme} src=${FEEDS.finder}></dcr-finder>`)}
    ${box('finder details', 480, html`<dcr-finder theme=${theme} src=${FEEDS.finder} no-geolocation></dcr-finder>`)}
    ${o.map === false ? '' : box('finder split', 1000, html`<dcr-finder theme=${theme} src=${FEEDS.finder}></dcr-finder>`)}
    ${box('finder error', 480, html`<dcr-finder theme=${theme} src=${FEEDS.broken}></dcr-finder>`)}
    ${box('countdown', 480, html`<dcr-event-countdown theme=${theme} src=${FEEDS.countdown} event="symposium-2023"></dcr-event-countdown>`)}
    ${box(
      'countdown live',
      480,
      html`<dcr-event-countdown theme=${theme} name="Open day" start="2023-04-30" end="2023-05-02" time-zone="Europe/Paris"></dcr-event-countdown>`,
    )}
    ${box('countdown cancelled', 480, html`<dcr-event-countdown theme=${theme} src=${FEEDS.countdown} event="cancelled"></dcr-event-countdown>`)}
    ${box('countdown postponed', 480, html`<dcr-event-countdown theme=${theme} src=${FEEDS.countdown} event="postponed"></dcr-event-countdown>`)}
    ${box('news', 480, html`<dcr-news-feed theme=${theme} src=${NEWS_URL} limit="3" filters></dcr-news-feed>`)}
    ${box('news cards', 720, html`<dcr-news-feed theme=${theme} src=${NEWS_URL} limit="3" layout="cards"></dcr-news-feed>`)}
    ${box('news loading', 480, html`<dcr-news-feed theme=${theme} src=${FEEDS.slow}></dcr-news-feed>`)}
    ${box('fact', 480, html`<dcr-fact-card theme=${theme} src=${FEEDS.fact} rotate="12"></dcr-fact-card>`)}
    ${box('fact pinned', 480, html`<dcr-fact-card theme=${theme} src=${FEEDS.fact} fact="live"></dcr-fact-card>`)}
  </div>`);
  const widgets = new Map<string, Widget>();
  for (const b of wrap.querySelectorAll<HTMLElement>('[data-name]')) widgets.set(b.dataset.name!, b.firstElementChild as Widget);
  for (const [name, el] of widgets) await settled(el, name === 'news loading' ? '[part~="status"]' : '');
  const finder = widgets.get('finder')!;
  await press(finder, '.filters-toggle');
  await press(finder, '.near-me');
  await waitUntil(() => finder.shadowRoot!.querySelector('.geo[data-kind="problem"]'), 'no "near me" refusal shown');
  const details = widgets.get('finder details')!;
  await press(details, '[part~="item"][data-id="de-koeln-1"]');
  await press(details, '.details-actions button');
  await waitUntil(() => details.shadowRoot!.querySelector('.manual-link'), 'no link to copy by hand');
  const split = widgets.get('finder split');
  if (split) {
    split.scrollIntoView();
    await mapSettled(split);
  }
  const news = widgets.get('news')!;
  await press(news, '[part~="more"]');
  const fact = widgets.get('fact')!;
  await press(fact, '[part~="copy"]');
  await waitUntil(() => fact.shadowRoot!.querySelector('.copy-fallback'), 'no citation to copy by hand');
  window.scrollTo(0, 0);
  return { wrap, widgets };
}
