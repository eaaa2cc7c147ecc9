// The card on a phone: a 320 px wide window, in every UI language, and with text at 200%.
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/countdown/event-countdown.js';
import type { DcrEventCountdownElement } from '../../src/countdown/event-countdown.js';
import { clearFeedCache } from '../../src/core/feed/loader.js';
import { feedWith, installClock, symposium, type FakeClock } from './helpers.js';

type El = DcrEventCountdownElement;
const LANGS = ['en', 'fr', 'de', 'es', 'it', 'nl', 'pl', 'pt', 'da', 'nb', 'uk', 'ar'];
const box = (n: Element) => n.getBoundingClientRect();
const $$ = (el: El, sel: string) => Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>(sel));

/** The countdown's boxes by row, top to bottom: how many in each row, and each box's width. */
function rows(el: El): { counts: number[]; widths: number[] } {
  const units = $$(el, '.digits .unit').map(box);
  const tops: number[] = [];
  for (const r of units) if (!tops.some((t) => Math.abs(t - r.top) < 2)) tops.push(r.top);
  tops.sort((a, b) => a - b);
  return { counts: tops.map((t) => units.filter((r) => Math.abs(t - r.top) < 2).length), widths: units.map((r) => Math.round(r.width)) };
}

/** Text and boxes that stick out of the card's content (into its padding or beyond), or of their countdown box. */
function overflows(el: El): string[] {
  const base = el.shadowRoot!.querySelector('.base')!;
  const s = getComputedStyle(base);
  const inset = (side: 'left' | 'right') => parseFloat(s.getPropertyValue(`padding-${side}`)) + parseFloat(s.getPropertyValue(`border-${side}-width`));
  const outer = box(base);
  const card = new DOMRect(outer.left + inset('left'), outer.top, outer.width - inset('left') - inset('right'), outer.height);
  const out: string[] = [];
  const past = (r: DOMRect, outer: DOMRect) => Math.max(outer.left - r.left, r.right - outer.right);
  const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT);
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    const parent = t.parentElement!;
    if (!t.textContent!.trim() || parent.closest('.visually-hidden')) continue;
    const range = document.createRange();
    range.selectNodeContents(t);
    const r = range.getBoundingClientRect();
    const unit = parent.closest('.unit');
    for (const [outer, name] of [[card, 'card'], [unit && box(unit), 'its countdown box']] as const) {
      if (outer && past(r, outer) > 1) out.push(`"${t.textContent!.trim()}" ${past(r, outer).toFixed(0)} px past ${name}`);
    }
  }
  for (const n of $$(el, '*')) {
    if (n === base || n.closest('.visually-hidden') || n.localName === 'style') continue;
    if (past(box(n), card) > 1) out.push(`<${n.localName} class="${n.className}"> ${past(box(n), card).toFixed(0)} px past the card`);
  }
  return out;
}

describe('countdown layout at 320 px', function () {
  this.timeout(30000);
  let time: FakeClock;
  before(() => setViewport({ width: 320, height: 700 }));
  after(() => setViewport({ width: 800, height: 600 }));
  // 123 days, 22 hours, 22 minutes, 22 seconds before the start: three-digit days, and the longer plural forms.
  beforeEach(() => (time = installClock(Date.parse('2023-05-04T07:00:00Z') - ((123 * 24 + 22) * 3600 + 22 * 60 + 22) * 1000)));
  afterEach(() => {
    fixtureCleanup();
    time.restore();
    clearFeedCache();
    document.documentElement.style.removeProperty('font-size');
  });

  async function card(lang: string, attrs: { font?: string; noSeconds?: boolean } = {}): Promise<El> {
    const el = await fixture<El>(
      html`<dcr-event-countdown src=${feedWith([symposium])} lang=${lang} ?no-seconds=${attrs.noSeconds} style=${attrs.font ? `--dcr-font-family: ${attrs.font}` : ''}></dcr-event-countdown>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('.digits'), `${lang}: no countdown`);
    await el.updateComplete;
    await new Promise((r) => requestAnimationFrame(r));
    expect(box(el).right, `${lang}: the card is wider than the window`).to.be.at.most(320);
    return el;
  }

  for (const lang of LANGS) {
    it(`${lang}: days, hours, minutes and seconds fit one row, in boxes of one width, their words inside them`, async () => {
      const el = await card(lang);
      const { counts, widths } = rows(el);
      expect(counts, `${lang}: boxes per row`).to.deep.equal([4]);
      expect(Math.max(...widths) - Math.min(...widths), `${lang}: box widths ${widths}`).to.be.at.most(1);
      expect(overflows(el)).to.deep.equal([]);
    });
  }

  for (const lang of LANGS) {
    it(`${lang}, text at 200%: the boxes go two by two, evenly, and nothing sticks out of the card`, async () => {
      document.documentElement.style.fontSize = '200%';
      const el = await card(lang);
      expect(getComputedStyle($$(el, '.label')[0]).fontSize).to.equal('26px');
      const { counts, widths } = rows(el);
      expect(counts, `${lang}: boxes per row`).to.deep.equal([2, 2]);
      expect(Math.max(...widths) - Math.min(...widths), `${lang}: box widths ${widths}`).to.be.at.most(1);
      expect(overflows(el)).to.deep.equal([]);
    });
  }

  for (const size of ['100%', '200%']) {
    it(`a wide font from the page (DejaVu Sans), text at ${size}: one row, else never three and a lone one; nothing sticks out`, async () => {
      document.documentElement.style.fontSize = size;
      for (const lang of ['en', 'de', 'uk', 'ar']) {
        const el = await card(lang, { font: '"DejaVu Sans"' });
        expect(getComputedStyle($$(el, '.label')[0]).fontFamily).to.equal('"DejaVu Sans"');
        // One row; else never more than two boxes in a row (two by two, or one by one where even two do not fit).
        const { counts } = rows(el);
        expect(counts.length === 1 || counts.every((n) => n <= 2), `${lang}: boxes per row ${counts}`).to.equal(true);
        expect(overflows(el), lang).to.deep.equal([]);
      }
    });
  }

  it('no-seconds: days, hours and minutes in one row of equal boxes', async () => {
    for (const lang of ['en', 'ar']) {
      const el = await card(lang, { noSeconds: true });
      const { counts, widths } = rows(el);
      expect(counts, lang).to.deep.equal([3]);
      expect(Math.max(...widths) - Math.min(...widths), `${lang}: box widths ${widths}`).to.be.at.most(1);
      expect(overflows(el), lang).to.deep.equal([]);
    }
  });
});
