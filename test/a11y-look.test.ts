// Accessibility sweep, part 2: what a reader sees, measured in the rendered widgets with the default tokens, in both
// themes: text contrast (WCAG 1.4.3), the contrast of field borders and focus rings (1.4.11), a visible, unclipped
// focus indicator on every stop reached with Tab (2.4.7), and target sizes (2.5.8).
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { PALETTES } from '../src/finder/basemap/style.js';
import {
  THEMES,
  contrast,
  contrastOn,
  hex,
  isShown,
  mountGallery,
  nameOf,
  parentOf,
  parseColor,
  useSweepEnvironment,
  textElements,
  type Widget,
} from './a11y-helpers.js';

/** The deepest focused element, through shadow roots. */
function deepActive(): Element | null {
  let a: Element | null = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}

/** Large text (WCAG): at least 24 px, or 18.66 px bold. */
function isLarge(el: Element): boolean {
  const s = getComputedStyle(el);
  const size = parseFloat(s.fontSize);
  return size >= 24 || (size >= 18.66 && Number(s.fontWeight) >= 700);
}

/** What the pointer can hit to operate `el`: a check box's whole label, else the element itself. */
function targetOf(el: HTMLElement): Element {
  return (el instanceof HTMLInputElement && el.closest('label')) || el;
}

/**
 * WCAG 2.5.8's inline exception: a link set in a line of other text (a sentence, "Place · Map"), whose height
 * the line of text decides.
 */
function isInlineLink(el: Element): boolean {
  if (el.localName !== 'a' || getComputedStyle(el).display !== 'inline') return false;
  let block = parentOf(el);
  while (block && getComputedStyle(block).display === 'inline') block = parentOf(block);
  const own = (el.textContent ?? '').trim();
  const around = (block?.textContent ?? '').replace(own, '');
  return /[\p{L}\p{N}]/u.test(around);
}

/** The rectangles that clip `el` (every ancestor with overflow other than visible: its padding box). */
function clipRects(el: Element): { owner: Element; rect: DOMRect }[] {
  const out: { owner: Element; rect: DOMRect }[] = [];
  for (let n = parentOf(el); n; n = parentOf(n)) {
    const s = getComputedStyle(n);
    if (s.overflowX === 'visible' && s.overflowY === 'visible') continue;
    const r = n.getBoundingClientRect();
    const [bt, br, bb, bl] = [s.borderTopWidth, s.borderRightWidth, s.borderBottomWidth, s.borderLeftWidth].map(parseFloat);
    out.push({ owner: n, rect: new DOMRect(r.left + bl, r.top + bt, r.width - bl - br, r.height - bt - bb) });
  }
  return out;
}

/** The focus indicator of the focused `el`: a problem in words, or '' when it is visible, contrasting and whole. */
function focusProblem(el: HTMLElement): string {
  const s = getComputedStyle(el);
  const width = parseFloat(s.outlineWidth);
  if (s.outlineStyle === 'none' || width < 2) {
    return `no focus indicator (outline ${s.outlineStyle} ${s.outlineWidth}, box-shadow ${s.boxShadow})`;
  }
  const offset = parseFloat(s.outlineOffset);
  // An outline drawn outside sits on what is around the element; one drawn inside sits on the element.
  const { ratio, bg } = contrastOn(offset >= 0 ? parentOf(el)! : el, s.outlineColor);
  if (ratio < 3) return `focus ring ${hex(parseColor(s.outlineColor))} on ${hex(bg)} is ${ratio.toFixed(2)}:1`;
  const r = el.getBoundingClientRect();
  const grow = Math.max(0, offset + width);
  const ring = new DOMRect(r.left - grow, r.top - grow, r.width + 2 * grow, r.height + 2 * grow);
  for (const { owner, rect } of clipRects(el)) {
    const cut = Math.max(rect.left - ring.left, rect.top - ring.top, ring.right - rect.right, ring.bottom - rect.bottom);
    if (cut > 0.5) return `focus ring cut by ${cut.toFixed(1)} px by ${nameOf(owner)}`;
  }
  return '';
}

function targetProblem(el: HTMLElement): string {
  if (isInlineLink(el)) return '';
  const r = targetOf(el).getBoundingClientRect();
  return r.width < 24 || r.height < 24 ? `target ${r.width.toFixed(1)}×${r.height.toFixed(1)} px` : '';
}

/** Text below 4.5:1 (large text 3:1), and text-field borders below 3:1, in every widget. */
function contrastProblems(widgets: Map<string, Widget>): { checked: number; problems: string[] } {
  const problems: string[] = [];
  let checked = 0;
  for (const [name, el] of widgets) {
    for (const t of textElements(el)) {
      checked++;
      const { ratio, fg, bg } = contrastOn(t, getComputedStyle(t).color);
      const need = isLarge(t) ? 3 : 4.5;
      if (ratio < need) problems.push(`${name}: ${nameOf(t)} ${hex(fg)} on ${hex(bg)} = ${ratio.toFixed(2)}:1 (needs ${need})`);
    }
    // A text field is found by its border alone (1.4.11).
    for (const f of el.shadowRoot!.querySelectorAll('input[type="search"], textarea')) {
      if (!isShown(f)) continue;
      const own = contrastOn(parentOf(f)!, getComputedStyle(f).borderTopColor);
      if (own.ratio < 3) problems.push(`${name}: ${nameOf(f)} border ${hex(own.fg)} on ${hex(own.bg)} = ${own.ratio.toFixed(2)}:1`);
    }
  }
  return { checked, problems };
}

/** Tabs from just before `wrap` until focus leaves it; counts the stops in each widget and what is wrong at each. */
async function tabProblems(wrap: HTMLElement, widgets: Map<string, Widget>): Promise<{ reached: Map<string, number>; problems: string[] }> {
  const start = document.createElement('button');
  start.textContent = 'start';
  wrap.before(start);
  start.focus();
  const reached = new Map<string, number>([...widgets.keys()].map((k) => [k, 0]));
  const problems: string[] = [];
  for (let i = 0; i < 400; i++) {
    await sendKeys({ press: 'Tab' });
    const active = deepActive() as HTMLElement | null;
    if (!active || !wrap.contains((active.getRootNode() as ShadowRoot).host ?? active)) break;
    const host = (active.getRootNode() as ShadowRoot).host as Widget;
    const name = [...widgets].find(([, w]) => w === host || w.shadowRoot!.contains(host))![0];
    reached.set(name, reached.get(name)! + 1);
    const problem = [focusProblem(active), targetProblem(active)].filter(Boolean).join('; ');
    if (problem) problems.push(`${name}: ${nameOf(active)}: ${problem}`);
  }
  start.remove();
  return { reached, problems };
}

describe('accessibility sweep: contrast, focus and target size with the default tokens', function () {
  // Real maps (WebGL on SwiftShader) and many widgets per test: generous on a busy machine.
  this.timeout(60000);

  useSweepEnvironment(1200);
  afterEach(() => document.documentElement.style.removeProperty('font-size'));

  it('the map paints its labels at ≥ 4.5:1 and its status markers at ≥ 3:1 on land and water, in both themes', () => {
    for (const [theme, p] of Object.entries(PALETTES)) {
      for (const ground of [p.land, p.water]) {
        expect(contrast(parseColor(p.label), parseColor(ground)), `${theme} label on ${ground}`).to.be.at.least(4.5);
        for (const status of [p.ok, p.warning, p.danger, p.muted]) {
          expect(contrast(parseColor(status), parseColor(ground)), `${theme} marker ${status} on ${ground}`).to.be.at.least(3);
        }
      }
    }
  });

  for (const theme of THEMES) {
    // Targets are CSS pixels whatever the page's root font: the light pass runs on a page with a 14 px root font.
    const rootFont = theme === 'light' ? '14px' : '';
    it(`${theme}${rootFont ? `, ${rootFont} root font` : ''}: texts ≥ 4.5:1, field borders ≥ 3:1; Tab reaches every control, each with a ≥ 3:1 focus ring, uncut, and a ≥ 24×24 px target`, async () => {
      document.documentElement.style.fontSize = rootFont;
      const { wrap, widgets } = await mountGallery({ theme, lang: 'en' });
      const { checked, problems: colours } = contrastProblems(widgets);
      expect(checked, 'texts checked').to.be.greaterThan(150);
      expect(colours).to.deep.equal([]);
      const { reached, problems: stops } = await tabProblems(wrap, widgets);
      // Every widget that shows a control was reached (the loading news feed has none).
      for (const [name, n] of reached) if (name !== 'news loading') expect(n, `tab stops in ${name}`).to.be.greaterThan(0);
      expect(stops).to.deep.equal([]);
    });
  }
});
