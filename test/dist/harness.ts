/**
 * Proof harness (issue 8): opens a partner-like page from test/dist/pages/ — served by web-test-runner.config.mjs
 * as plain files, with the built dist/cdn drop-in — in an iframe, and reads what its probe (pages/probe.js) recorded.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { PALETTES } from '../../src/finder/basemap/style.js';

export const TAGS = ['dcr-finder', 'dcr-event-countdown', 'dcr-news-feed', 'dcr-fact-card'] as const;
export type Tag = (typeof TAGS)[number];

export interface Live {
  timeouts: string[];
  intervals: string[];
  frames: string[];
  observers: string[];
  workers: number;
  maps: number;
}

export interface Probe {
  violations: { directive: string; blocked: string; source: string; line: number; sample: string }[];
  errors: string[];
  logs: string[];
  events: { type: 'dcr-load' | 'dcr-error'; tag: string; detail: unknown }[];
  contexts: WebGL2RenderingContext[];
  /** Script URL of every worker started. */
  workerUrls: string[];
  live(): Live;
}

export interface Page {
  frame: HTMLIFrameElement;
  win: Window & typeof globalThis & { dcrProbe: Probe };
  doc: Document;
  probe: Probe;
}

const open: HTMLIFrameElement[] = [];

/** Loads `url` in a visible iframe of the given size and resolves once its document has loaded. */
export async function openPage(url: string, size: { width?: number; height?: number } = {}): Promise<Page> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width:${size.width ?? 1100}px;height:${size.height ?? 900}px;border:0;display:block`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = url;
  document.body.append(frame);
  open.push(frame);
  await loaded;
  const win = frame.contentWindow as Page['win'];
  return { frame, win, doc: frame.contentDocument!, probe: win.dcrProbe };
}

/** Loads a page made of `body` (URLs relative to test/dist/pages/; the probe comes first) in an iframe, like `openPage`. */
export async function openHtml(body: string, size: { width?: number; height?: number } = {}): Promise<Page> {
  const html =
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><base href="${location.origin}/test/dist/pages/">` +
    `<script src="./probe.js"></script></head><body>${body}</body></html>`;
  return openPage(URL.createObjectURL(new Blob([html], { type: 'text/html' })), size);
}

/** Path names of the files a page requested whose path matches `re`. */
export const requested = (page: Page, re: RegExp = /./): string[] =>
  page.win.performance
    .getEntriesByType('resource')
    .map((e) => new URL(e.name).pathname)
    .filter((p) => re.test(p));

/** Removes every page this file opened (call in afterEach). */
export function closePages(): void {
  for (const f of open.splice(0)) f.remove();
}

/** The first element matching `selector` in `host`'s shadow root. */
export const part = (host: Element, selector: string): HTMLElement | null => host.shadowRoot?.querySelector<HTMLElement>(selector) ?? null;
export const parts = (host: Element, selector: string): HTMLElement[] => [...(host.shadowRoot?.querySelectorAll<HTMLElement>(selector) ?? [])];

/** What a visitor sees on a page with the four widgets (news limit 3): places in the finder, an event title, three news, a fact. */
export function expectFourShown(page: Page): void {
  const $ = (tag: string) => page.doc.querySelector(tag)!;
  expect(parts($('dcr-finder'), '[part~=item]').length).to.be.greaterThan(10);
  expect(part($('dcr-event-countdown'), '[part~=title]')!.textContent!.trim()).to.match(/\w{5}/);
  expect(parts($('dcr-news-feed'), '[part~=item]')).to.have.length(3);
  expect(part($('dcr-fact-card'), '[part~=text]')!.textContent!.trim()).to.match(/\w{5}/);
}

/** Waits until every widget on the page has its feed (a `dcr-load` event), failing on a `dcr-error`. */
export async function widgetsLoaded(page: Page, count = page.doc.querySelectorAll(TAGS.join(',')).length): Promise<void> {
  await waitUntil(
    () => {
      const failed = page.probe.events.find((e) => e.type === 'dcr-error');
      if (failed) throw new Error(`${failed.tag} failed to load its feed: ${JSON.stringify(failed.detail)}`);
      return page.probe.events.filter((e) => e.type === 'dcr-load').length >= count;
    },
    `not every widget loaded its feed`,
    { timeout: 20000 },
  );
}

/** The colours (#rrggbb) of a canvas's current picture, sampled. */
export function colours(canvas: HTMLCanvasElement): Set<string> {
  const copy = document.createElement('canvas');
  copy.width = canvas.width;
  copy.height = canvas.height;
  const ctx = copy.getContext('2d', { willReadFrequently: true })!;
  ctx.drawImage(canvas, 0, 0);
  const { data } = ctx.getImageData(0, 0, copy.width, copy.height);
  const seen = new Set<string>();
  // Every 7th pixel is plenty to tell a map from a blank.
  for (let i = 0; i < data.length; i += 28) {
    if (data[i + 3] > 0) seen.add(`#${[data[i], data[i + 1], data[i + 2]].map((c) => c.toString(16).padStart(2, '0')).join('')}`);
  }
  return seen;
}

/**
 * Waits until the finder's map canvas shows the offline basemap — its land and water colours among many others
 * (borders, names, markers) — and returns the canvas. The probe keeps WebGL pictures readable.
 */
export async function mapDrawn(finder: Element): Promise<HTMLCanvasElement> {
  let canvas: HTMLCanvasElement | null = null;
  const { land, water } = PALETTES.light;
  await waitUntil(
    () => {
      canvas = part(finder, '[part~=map] canvas.maplibregl-canvas') as HTMLCanvasElement | null;
      if (!canvas || canvas.width < 100) return false;
      const seen = colours(canvas);
      return seen.size >= 20 && seen.has(land) && seen.has(water);
    },
    'the finder map never drew the basemap',
    { timeout: 30000, interval: 100 },
  );
  return canvas!;
}
