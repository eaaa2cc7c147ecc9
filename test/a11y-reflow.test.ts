// Accessibility sweep, part 4: reflow and resize (WCAG 1.4.10, 1.4.4). In a 320 px wide box, and with text at 200%
// (the page's root font at 32 px, the widgets in a 640 px box: a 1280 px window zoomed to 200%), in English and
// Arabic: no widget scrolls sideways, no text is cut off by a box it overflows, and every control stays on screen.
import { expect } from '@open-wc/testing';
import { deepElements, isShown, mountGallery, nameOf, parentOf, useSweepEnvironment, tabbables, textElements, type Lang, type Widget } from './a11y-helpers.js';

/** How far (px) `inner` sticks out sideways beyond `outer`. */
const sideways = (inner: DOMRect, outer: DOMRect) => Math.max(outer.left - inner.left, inner.right - outer.right);

/** What a reader of `el` loses: sideways scrolling, text cut off by a clipping box, controls off the widget. */
function lost(name: string, el: Widget): string[] {
  const out: string[] = [];
  const host = el.getBoundingClientRect();
  for (const n of [el, ...deepElements(el.shadowRoot!)]) {
    // Visually hidden text is clipped on purpose (it is for screen readers).
    if (!(n instanceof HTMLElement) || !isShown(n) || n.closest('.maplibregl-map, .visually-hidden')) continue;
    const s = getComputedStyle(n);
    if (s.overflowX !== 'visible' && n.scrollWidth > n.clientWidth + 1) {
      out.push(`${name}: ${nameOf(n)} scrolls sideways (${n.scrollWidth} > ${n.clientWidth} px)`);
    }
  }
  for (const t of textElements(el)) {
    if (t.closest('.maplibregl-map')) continue;
    const r = t.getBoundingClientRect();
    const off = sideways(r, host);
    if (off > 1) out.push(`${name}: text ${nameOf(t)} sticks out ${off.toFixed(0)} px`);
    for (let n = parentOf(t); n && n !== el; n = parentOf(n)) {
      const s = getComputedStyle(n);
      if (s.overflowX === 'visible') continue;
      const cut = sideways(r, n.getBoundingClientRect());
      if (cut > 1) out.push(`${name}: text ${nameOf(t)} cut by ${cut.toFixed(0)} px by ${nameOf(n)}`);
      break;
    }
  }
  for (const c of tabbables(el)) {
    const off = sideways(c.getBoundingClientRect(), host);
    if (off > 1) out.push(`${name}: control ${nameOf(c)} is ${off.toFixed(0)} px off the widget`);
  }
  return out;
}

describe('accessibility sweep: reflow at 320 px and text at 200%', function () {
  // Every widget in many states per test: generous on a busy machine.
  this.timeout(60000);

  useSweepEnvironment(1280);
  afterEach(() => {
    document.documentElement.style.removeProperty('font-size');
  });

  const langs: Lang[] = ['en', 'ar'];
  for (const lang of langs) {
    it(`${lang}: every widget in a 320 px box keeps all its text and controls`, async () => {
      const { widgets } = await mountGallery({ theme: 'light', lang, width: 320, map: false });
      for (const el of widgets.values()) expect(el.getBoundingClientRect().width).to.equal(320);
      expect([...widgets].flatMap(([name, el]) => lost(name, el))).to.deep.equal([]);
    });

    it(`${lang}: text at 200% (root font 32 px) in a 640 px box keeps all its text and controls`, async () => {
      document.documentElement.style.fontSize = '32px';
      const { widgets } = await mountGallery({ theme: 'dark', lang, width: 640, map: false });
      // The widgets' text really is twice the size.
      const finder = widgets.get('finder')!;
      expect(getComputedStyle(finder.shadowRoot!.querySelector('.count')!).fontSize).to.equal('32px');
      expect([...widgets].flatMap(([name, el]) => lost(name, el))).to.deep.equal([]);
    });
  }
});
