// Shared by the <dcr-finder> element tests: a fake map module, mounting, and the questions a user's eyes would ask.
import { fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { DcrFinderElement } from '../../src/finder/finder.js';
import type { FinderMap, FinderMapOptions, FinderMapPoint } from '../../src/finder/map-types.js';

/** A stand-in for the maplibre module that records what the finder asks of it. */
export class FakeMap implements FinderMap {
  points: FinderMapPoint[][] = [];
  selected: (string | null)[] = [];
  themes: string[] = [];
  resized = 0;
  destroyed = false;
  constructor(readonly options: FinderMapOptions) {}
  setPoints(points: readonly FinderMapPoint[]) {
    this.points.push([...points]);
  }
  select(id: string | null) {
    this.selected.push(id);
  }
  setTheme(theme: 'light' | 'dark') {
    this.themes.push(theme);
  }
  /** Each language the map was switched to: locale, zoom-in label, direction. */
  languages: [string, string | undefined, string | undefined][] = [];
  setLanguage(locale: string, labels: FinderMapOptions['labels'], direction?: 'ltr' | 'rtl') {
    this.languages.push([locale, labels.zoomIn, direction]);
  }
  resize() {
    this.resized++;
  }
  destroy() {
    this.destroyed = true;
  }
}

export const realMapModule = DcrFinderElement.loadMapModule;
/** The fake maps created since `useFakeMap()`, and how many times the map module was imported. */
export const maps: FakeMap[] = [];
export const fake = { imports: 0 };

export function useFakeMap() {
  maps.length = 0;
  fake.imports = 0;
  DcrFinderElement.loadMapModule = async () => {
    fake.imports++;
    return {
      createFinderMap: async (o: FinderMapOptions) => {
        const m = new FakeMap(o);
        maps.push(m);
        return m;
      },
    };
  };
}

export const root = (el: DcrFinderElement) => el.shadowRoot!;
export const $ = <T extends Element = HTMLElement>(el: DcrFinderElement, sel: string) => root(el).querySelector<T>(sel);
export const $$ = <T extends Element = HTMLElement>(el: DcrFinderElement, sel: string) => [...root(el).querySelectorAll<T>(sel)];
export const names = (el: DcrFinderElement) => $$(el, '[part=item] .item-name').map((n) => n.textContent!.trim());
export const count = (el: DcrFinderElement) => $(el, '.count')!.textContent!.trim();
export const item = (el: DcrFinderElement, id: string) => $<HTMLButtonElement>(el, `[part=item][data-id="${id}"]`)!;

/** Mounts a finder inside a box of the given width and waits for its first real state. */
export async function mount(tpl: TemplateResult, width = 500): Promise<DcrFinderElement> {
  const wrap = await fixture<HTMLDivElement>(html`<div style="width: ${width}px">${tpl}</div>`);
  const el = wrap.querySelector('dcr-finder')!;
  await waitUntil(() => $(el, '[part=list], [part=status][data-kind=empty], [part=status][data-kind=error], [part=details]'), 'finder never rendered', {
    timeout: 8000,
  });
  await waitUntil(() => (el as unknown as { measured: boolean }).measured, 'never measured');
  await el.updateComplete;
  return el;
}

/** Clicks a place's item and waits for its details (the details module loads on first use). */
export async function open(el: DcrFinderElement, id: string) {
  item(el, id).click();
  await waitUntil(() => $(el, `[part=details][data-id="${id}"]`), `details of ${id} never opened`);
}

/** The list is kept (hidden) behind the details, so returning to it is instant and keeps its place. */
export const listShown = (el: DcrFinderElement) => Boolean($(el, '[part=list]')?.checkVisibility());

export async function search(el: DcrFinderElement, text: string) {
  const input = $<HTMLInputElement>(el, '#search')!;
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true }));
  await el.updateComplete;
}

export async function openFilters(el: DcrFinderElement) {
  $<HTMLButtonElement>(el, '.filters-toggle')!.click();
  await el.updateComplete;
}

export async function tick(el: DcrFinderElement, label: string) {
  const box = $$<HTMLLabelElement>(el, '[part=filters] label').find((l) => l.textContent!.trim() === label);
  if (!box) throw new Error(`no filter "${label}"`);
  box.querySelector('input')!.click();
  await el.updateComplete;
}
