/**
 * Proof 3 (issue 8): a partner page with aggressive global CSS (pages/hostile.css: `* { all: revert }`, 40 px root
 * font, content-box everywhere, !important colours on a, button and h1–h3, floats, hidden [part] and class names the
 * widgets use) — the drop-in widgets still lay out and read as designed, and loading them changes nothing on the page.
 */
import { expect } from '@open-wc/testing';
import { TAGS, closePages, mapDrawn, openPage, parts, widgetsLoaded, type Page } from './harness.js';

const PROPS = ['color', 'background-color', 'font-size', 'font-family', 'font-weight', 'line-height', 'margin', 'padding', 'display', 'box-sizing', 'border', 'text-transform', 'text-decoration', 'float', 'width', 'height'];
const SENTINELS = ['html', 'body', '#title', '#intro', '#link', '#button', '#heading', '#list', '#item', '#box'];
/** The hostile colours: none may show inside a widget. */
const HOSTILE = ['rgb(255, 0, 0)', 'rgb(255, 0, 255)', 'rgb(0, 255, 0)', 'rgb(255, 255, 0)'];

/** Computed styles and boxes of the page's own elements. */
function snapshot(page: Page): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  for (const sel of SENTINELS) {
    const el = page.doc.querySelector(sel)!;
    const cs = page.win.getComputedStyle(el);
    const r = el.getBoundingClientRect();
    out[sel] = Object.fromEntries([...PROPS.map((p) => [p, cs.getPropertyValue(p)]), ['box', `${r.x},${r.y},${r.width},${r.height}`]]);
    // The document grows by the widgets' content, of course: only its styles are compared.
    if (sel === 'html' || sel === 'body') {
      delete out[sel].height;
      delete out[sel].box;
    }
  }
  const root = page.win.getComputedStyle(page.doc.documentElement);
  out[':root custom properties'] = Object.fromEntries(
    ['--dcr-color-accent', '--dcr-color-text', '--dcr-font-family', '--_accent', '--_text'].map((p) => [p, root.getPropertyValue(p)]),
  );
  return out;
}

/** Every element in a widget's shadow tree (nested shadow roots included). */
function shadowElements(host: Element): HTMLElement[] {
  const all: HTMLElement[] = [];
  const walk = (root: ShadowRoot | Element) => {
    for (const el of root.querySelectorAll<HTMLElement>('*')) {
      all.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  if (host.shadowRoot) walk(host.shadowRoot);
  return all;
}

const shown = (el: HTMLElement) => el.checkVisibility({ visibilityProperty: true, opacityProperty: true }) && el.getClientRects().length > 0;

describe('drop-in on a page with hostile global CSS', function () {
  this.timeout(90000);
  let page: Page;
  let baseline: ReturnType<typeof snapshot>;
  let headBefore: string[];

  before(async () => {
    page = await openPage('/test/dist/pages/hostile.html', { width: 1100, height: 1200 });
    baseline = snapshot(page);
    headBefore = [...page.doc.head.children].map((e) => e.outerHTML);
    const script = page.doc.createElement('script');
    script.type = 'module';
    script.src = '../../../dist/cdn/dcr-widgets.js';
    page.doc.head.append(script);
    await widgetsLoaded(page, 4);
    // The page's own huge margins put the finder below the fold: a visitor scrolls to it, and the map loads.
    const finder = page.doc.querySelector('dcr-finder')!;
    finder.scrollIntoView();
    await mapDrawn(finder);
    page.win.scrollTo(0, 0);
  });

  after(closePages);

  it('nothing leaks out: the page looks exactly as before, with no style sheet or element added', () => {
    expect(snapshot(page)).to.deep.equal(baseline);
    const headAfter = [...page.doc.head.children].map((e) => e.outerHTML);
    expect(headAfter.slice(0, -1)).to.deep.equal(headBefore);
    expect(headAfter.at(-1)).to.contain('dcr-widgets.js');
    expect(page.doc.styleSheets.length).to.equal(1);
    expect(page.doc.adoptedStyleSheets).to.have.length(0);
    const pageElements = [...page.doc.body.children].map((e) => e.localName);
    expect(pageElements).to.deep.equal(['h1', 'p', 'h2', 'ul', 'div', ...TAGS]);
  });

  it('each widget takes the width it is given and a real height, with nothing overflowing sideways', () => {
    for (const tag of TAGS) {
      const host = page.doc.querySelector(tag)!;
      const box = host.getBoundingClientRect();
      expect(box.width, `${tag} width`).to.be.greaterThan(800);
      expect(box.height, `${tag} height`).to.be.greaterThan(120);
      const base = parts(host, '[part~=base]')[0];
      expect(base && shown(base), `${tag} base is shown`).to.equal(true);
      expect(base.scrollWidth, `${tag} overflows sideways`).to.be.at.most(base.clientWidth + 1);
    }
  });

  it('the parts a visitor reads are shown, in order, without overlapping', () => {
    const $ = (tag: string) => page.doc.querySelector(tag)!;
    const check = (tag: string, selector: string, min: number) => {
      const els = parts($(tag), selector).filter(shown);
      expect(els.length, `${tag} ${selector}`).to.be.at.least(min);
      const boxes = els.map((e) => e.getBoundingClientRect());
      for (const b of boxes) expect(b.height > 10 && b.width > 100, `${tag} ${selector} has a size`).to.equal(true);
      for (let i = 1; i < boxes.length; i++) expect(boxes[i].top, `${tag} ${selector} #${i} overlaps`).to.be.at.least(boxes[i - 1].bottom - 1);
    };
    check('dcr-finder', '[part~=item]', 10);
    check('dcr-news-feed', '[part~=item]', 3);
    check('dcr-event-countdown', '[part~=title]', 1);
    check('dcr-event-countdown', '[part~=dates]', 1);
    check('dcr-fact-card', '[part~=figure]', 1);
    check('dcr-fact-card', '[part~=text]', 1);
    // The finder's map pane keeps its room.
    const map = parts($('dcr-finder'), '[part~=map]')[0];
    expect(map.getBoundingClientRect().height).to.be.greaterThan(250);
  });

  it("the page's !important colours, borders and sizes on a, button and headings do not reach inside", () => {
    for (const tag of TAGS) {
      for (const el of shadowElements(page.doc.querySelector(tag)!).filter(shown)) {
        const cs = page.win.getComputedStyle(el);
        const where = `${tag} ${el.localName}.${el.className} "${el.textContent?.trim().slice(0, 30)}"`;
        expect(HOSTILE, `${where} colour`).not.to.include(cs.color);
        expect(HOSTILE, `${where} background`).not.to.include(cs.backgroundColor);
        expect(cs.borderTopStyle, `${where} border`).not.to.equal('dashed');
        if (/^(h\d|button)$/.test(el.localName)) expect(parseFloat(cs.fontSize), `${where} font size`).to.be.below(60);
        if (el.localName === 'button') expect(parseFloat(cs.minWidth) || 0, `${where} min-width`).to.be.below(400);
      }
    }
  });

  it('no error and no console output', () => {
    expect(page.probe.errors).to.deep.equal([]);
    expect(page.probe.logs).to.deep.equal([]);
  });
});
