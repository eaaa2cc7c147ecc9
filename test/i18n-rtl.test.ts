// Right to left: with lang="ar" every widget lays out from the right — where a reader would notice — while feed
// text written in another language keeps its own direction, and numbers and dates follow the page's region.
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { clearFeedCache } from '../src/core/feed/loader.js';
import '../src/index.js';
import { DcrFactCardElement } from '../src/fact/fact-card.js';
import { DcrFinderElement } from '../src/finder/finder.js';
import { realScheduler } from '../src/fact/rotation.js';
import type { FinderMap } from '../src/finder/map-types.js';
import { FakeClock as FactClock, feedUrl as factFeed } from './fact/fixtures.js';
import { feedWith, installClock, symposium, type FakeClock } from './countdown/helpers.js';
import { FIXTURE_URL, facility, feedUrl as finderFeed } from './finder/fixtures.js';
import { fixtureText, stubFetch, type FetchStub } from './news/helpers.js';

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

const NEWS = 'https://feeds.example.org/pompidou.json';
const $ = <T extends Element = HTMLElement>(el: Element, sel: string) => {
  const found = el.shadowRoot!.querySelector<T>(sel);
  if (!found) throw new Error(`${el.localName}: nothing matches ${sel}`);
  return found;
};
const $$ = (el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(sel)];
const box = (e: Element) => e.getBoundingClientRect();

/** Where the first and the last letter of an element's text are drawn. */
function ends(el: Element): { first: DOMRect; last: DOMRect } {
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT, { acceptNode: (n) => (n.textContent!.trim() ? 1 : 3) });
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  const rectOf = (node: Text, at: number) => {
    const r = document.createRange();
    r.setStart(node, at);
    r.setEnd(node, at + 1);
    return r.getBoundingClientRect();
  };
  const first = nodes[0];
  const last = nodes[nodes.length - 1];
  const firstAt = first.data.search(/\S/);
  const lastAt = last.data.length - 1 - [...last.data].reverse().join('').search(/\S/);
  return { first: rectOf(first, firstAt), last: rectOf(last, lastAt) };
}

/** Mounts `widget` in a box of `width` px under `lang` and waits until it shows `ready`. */
async function mount(lang: string, widget: TemplateResult, ready: string, width = 480): Promise<Widget> {
  const wrap = await fixture<HTMLElement>(html`<div lang=${lang} style="width: ${width}px">${widget}</div>`);
  const el = wrap.firstElementChild as Widget;
  await waitUntil(() => el.shadowRoot?.querySelector(ready), `${el.localName} never showed ${ready}`, { timeout: 8000 });
  await el.updateComplete;
  return el;
}

/** A map that draws nothing: the split view's layout without WebGL. */
const fakeMap = (): FinderMap => ({ setPoints: () => undefined, select: () => undefined, resize: () => undefined, destroy: () => undefined });

describe('right to left (lang="ar")', () => {
  let clock: FakeClock;
  let net: FetchStub;
  const quiet = console.warn;

  beforeEach(async () => {
    net = stubFetch({ [NEWS]: await fixtureText('pompidou.dcr.json') });
    clock = installClock('2023-05-01T10:00:00Z');
    DcrFactCardElement.scheduler = new FactClock();
    console.warn = () => undefined;
  });

  afterEach(() => {
    fixtureCleanup();
    DcrFactCardElement.scheduler = realScheduler;
    DcrFinderElement.loadMapModule = realMapModule;
    console.warn = quiet;
    clock.restore();
    net.restore();
    clearFeedCache();
    localStorage.clear();
  });

  const realMapModule = DcrFinderElement.loadMapModule;

  describe('<dcr-fact-card>', () => {
    const card = (lang: string) => mount(lang, html`<dcr-fact-card src=${factFeed()} rotate="12"></dcr-fact-card>`, '.slide');

    it('puts "previous" on the right, pointing right, and "next" on the left', async () => {
      const ar = await card('ar');
      const [prev, next] = [$(ar, 'button.previous'), $(ar, 'button.next')];
      expect(box(prev).left).to.be.greaterThan(box(next).right);
      expect(getComputedStyle($(ar, '.icon-previous')).transform).to.equal('matrix(-1, 0, 0, 1, 0, 0)');
      expect(getComputedStyle($(ar, '.icon-next')).transform).to.equal('matrix(-1, 0, 0, 1, 0, 0)');
      const en = await card('en');
      expect(box($(en, 'button.previous')).right).to.be.lessThan(box($(en, 'button.next')).left);
      expect(getComputedStyle($(en, '.icon-previous')).transform).to.equal('none');
    });

    it('starts its own sentences at the right edge, and the controls before copy', async () => {
      const ar = await card('ar');
      const source = $(ar, '.slide[data-active] [part~="source"]');
      // "المصدر: …": the first letter of the line is at its right end.
      expect(box(source).right - ends(source).first.right).to.be.lessThan(2);
      expect(box($(ar, '[part~="controls"]')).left).to.be.greaterThan(box($(ar, '[part~="copy"]')).right);
    });

    it('keeps an English fact left to right: it starts at the left and ends with its full stop', async () => {
      const ar = await card('ar');
      const text = $(ar, '.slide[data-active] [part~="text"]');
      expect(text.textContent!.trim()).to.match(/^More than 140 .*\.$/);
      const { first, last } = ends(text);
      expect(first.left - box(text).left).to.be.lessThan(2);
      expect(last.top > first.top || last.left > first.left, 'the full stop comes after the words').to.equal(true);
    });
  });

  describe('<dcr-event-countdown>', () => {
    const countdown = (lang: string) =>
      mount(lang, html`<dcr-event-countdown src=${feedWith([symposium])} event="symposium-2023"></dcr-event-countdown>`, '.card');

    it('counts down from the right: days rightmost, seconds leftmost', async () => {
      const ar = await countdown('ar');
      const units = $$(ar, '.digits .unit');
      expect(units.length).to.equal(4);
      const lefts = units.map((u) => box(u).left);
      expect([...lefts].sort((a, b) => b - a)).to.deep.equal(lefts);
      const en = await countdown('en');
      const enLefts = $$(en, '.digits .unit').map((u) => box(u).left);
      expect([...enLefts].sort((a, b) => a - b)).to.deep.equal(enLefts);
    });

    it('starts the dates and the calendar buttons at the right edge', async () => {
      const ar = await countdown('ar');
      const dates = $(ar, '[part~="dates"]');
      expect(box(dates).right - ends(dates).first.right).to.be.lessThan(2);
      const ics = $(ar, '.calendar button');
      expect(box($(ar, '.calendar')).right - box(ics).right).to.be.lessThan(2);
      // The file type reads "(.ics)", not "(ics.)": it is kept left to right inside the Arabic label.
      expect(ics.textContent!.replace(/[\u2066-\u2069]/g, '')).to.contain('(.ics)');
    });

    it('joins the parts of the place with the Arabic comma', async () => {
      const ar = await countdown('ar');
      expect($(ar, '[part~="location"] > span').textContent!.trim()).to.equal('Council of Europe، Strasbourg، فرنسا');
      const en = await countdown('en');
      expect($(en, '[part~="location"] > span').textContent!.trim()).to.equal('Council of Europe, Strasbourg, France');
    });

    it('shows the error bar on the right of an error message', async () => {
      const ar = await mount('ar', html`<dcr-event-countdown name="x" start="not a date"></dcr-event-countdown>`, '[part~="status"]');
      const s = getComputedStyle($(ar, '[part~="status"]'));
      expect([s.borderRightWidth, s.borderLeftWidth]).to.deep.equal(['4px', '0px']);
    });

    it('writes dates and the clock with the region\'s digits (ar-EG: Arabic-Indic), through Intl', async () => {
      const eg = await countdown('ar-EG');
      expect($(eg, '[part~="dates"]').textContent).to.match(/[٠-٩]{4}/);
      // 2 days 21 hours 0 minutes 0 seconds before the symposium: "٢", "٢١", "٠٠", "٠٠".
      expect($$(eg, '.digits .num').map((n) => n.textContent!.trim())).to.deep.equal(['٢', '٢١', '٠٠', '٠٠']);
      // The dual says "two" itself: "بعد يومين" (in two days), not "٢ يومان" (digit and dual).
      expect($(eg, '[part~="countdown"] .visually-hidden').textContent!.trim()).to.equal('تبدأ بعد يومين و٢١ ساعة');
      const ar = await countdown('ar');
      expect($(ar, '[part~="dates"]').textContent).to.contain('2023');
      expect($$(ar, '.digits .num').map((n) => n.textContent!.trim())).to.deep.equal(['2', '21', '00', '00']);
    });
  });

  describe('<dcr-news-feed>', () => {
    it('lays cards out from the right, each starting at its right edge', async () => {
      const ar = await mount('ar', html`<dcr-news-feed src=${NEWS} layout="cards" limit="3"></dcr-news-feed>`, '[part~="item"]', 760);
      const [a, b] = $$(ar, '[part~="item"]').map(box);
      expect(Math.abs(a.top - b.top)).to.be.lessThan(2);
      expect(a.left).to.be.greaterThan(b.right);
      const date = $(ar, '[part~="date"]');
      expect(box(date.closest('.body')!).right - box(date).right).to.be.lessThan(24);
    });

    it('puts the picture on the right of the text in the list layout', async () => {
      const ar = await mount('ar', html`<dcr-news-feed src=${NEWS} limit="3"></dcr-news-feed>`, '[part~="item"].has-image', 640);
      const item = $(ar, '[part~="item"].has-image');
      expect(box(item.querySelector('.media')!).left).to.be.greaterThan(box(item.querySelector('.body')!).right);
    });
  });

  describe('<dcr-finder>', () => {
    it('puts the list on the right and the map on the left, and the search field before its buttons', async () => {
      DcrFinderElement.loadMapModule = async () => ({ createFinderMap: async () => fakeMap() });
      const ar = await mount('ar', html`<dcr-finder src=${FIXTURE_URL}></dcr-finder>`, '[part~="map"]', 1000);
      expect(box($(ar, '.list-pane')).left).to.be.greaterThan(box($(ar, '[part~="map"]')).right);
      expect(box($(ar, '#search')).left).to.be.greaterThan(box($(ar, '.filters-toggle')).right);
    });

    it('joins city and country with the Arabic comma, in the list and the details', async () => {
      const ar = await mount('ar', html`<dcr-finder src=${FIXTURE_URL}></dcr-finder>`, '[part~="item"]');
      const item = $(ar, '[part~="item"][data-id="fr-strasbourg-1"]');
      expect(item.querySelector('.item-place > span')!.textContent!.trim()).to.equal('Strasbourg، فرنسا');
      // Read from the right: the city first (rightmost), then the comma and the country, whatever the city's script.
      const city = item.querySelector('.item-place > span > span')!;
      expect(city.textContent).to.equal('Strasbourg');
      const countryText = [...item.querySelector('.item-place > span')!.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.includes('فرنسا')) as Text;
      const r = document.createRange();
      r.selectNodeContents(countryText);
      expect(box(city).left, 'the city right of its country').to.be.at.least(r.getBoundingClientRect().right - 1);
      item.click();
      await waitUntil(() => ar.shadowRoot!.querySelector('[part~="details"] .facts'), 'no details');
      expect($(ar, '[part~="details"] .facts dd').textContent!.replace(/\s+/g, ' ')).to.contain('Strasbourg، فرنسا');
    });

    it('ticks boxes on the right of their labels', async () => {
      const ar = await mount('ar', html`<dcr-finder src=${FIXTURE_URL}></dcr-finder>`, '[part~="item"]');
      $(ar, '.filters-toggle').click();
      await ar.updateComplete;
      const label = $$(ar, '[part~="filters"] label').find((l) => l.querySelector('input[type="checkbox"]'))!;
      expect(box(label.querySelector('input')!).left).to.be.greaterThan(ends(label).first.right - 1);
    });

    it('keeps feed text that starts with a number in its own order: a source "20 Minutes" is not "Minutes 20"', async () => {
      const src = finderFeed([facility('x', { name: '4 Dr Zamenhof St', sources: [{ name: '20 Minutes', url: 'https://www.20minutes.fr/' }] })]);
      const ar = await mount('ar', html`<dcr-finder src=${src}></dcr-finder>`, '[part~="item"]');
      const name = $(ar, '[part~="item"] .item-name');
      let { first, last } = ends(name);
      expect(first.left, 'the list item: "4" left of "t"').to.be.lessThan(last.left);
      $(ar, '[part~="item"]').click();
      await waitUntil(() => ar.shadowRoot!.querySelector('[part~="details"] .facts a[href*="20minutes"]'), 'no details');
      await ar.updateComplete;
      const source = ar.shadowRoot!.querySelector('[part~="details"] .facts a[href*="20minutes"] > span')!;
      expect(source.textContent).to.equal('20 Minutes');
      ({ first, last } = ends(source));
      expect(first.left, 'the source: "2" left of "s"').to.be.lessThan(last.left);
    });

    it('points "back" to the right, and keeps an English note left to right with its full stop last', async () => {
      const ar = await mount('ar', html`<dcr-finder src=${FIXTURE_URL}></dcr-finder>`, '[part~="item"]');
      $(ar, '[part~="item"][data-id="fr-strasbourg-1"]').click();
      await waitUntil(() => ar.shadowRoot!.querySelector('[part~="details"] .back'), 'no details');
      await ar.updateComplete;
      const back = $(ar, 'button.back');
      const arrow = back.querySelector('[aria-hidden="true"]')!;
      const mid = (r: DOMRect) => r.left + r.width / 2;
      expect(mid(box(arrow)), 'the arrow leads the button, on its right').to.be.greaterThan(mid(box(back)));
      expect(getComputedStyle(arrow).transform).to.equal('matrix(-1, 0, 0, 1, 0, 0)');
      const note = $(ar, '[part~="details"] .note');
      expect(note.textContent!.trim()).to.equal('Operating per the 2021 source.');
      const { first, last } = ends(note);
      expect(first.left - box(note).left).to.be.lessThan(2);
      expect(last.left).to.be.greaterThan(first.left);
    });
  });
});
