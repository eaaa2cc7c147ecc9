import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, resetMouse, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { clearFeedCache } from '../../src/core/feed/loader.js';
import '../../src/fact/fact-card.js';
import { DcrFactCardElement } from '../../src/fact/fact-card.js';
import { realScheduler } from '../../src/fact/rotation.js';
import { FACTS, FakeClock, captureWarnings, feedUrl } from './fixtures.js';
import { nameOf, tabbables, textElements } from '../a11y-helpers.js';

const FEED = feedUrl();
/** The facts the card shows from FEED, in order ("broken" has an unknown placeholder and is left out). */
const SHOWN = ['europe', 'live', 'syringes', 'french-only'];
const SECOND_TEXT = '6 places in 5 cities of 3 countries are operating, of 9 listed.';
/** A fact without its required source: the feed reader skips it as invalid. */
const UNSOURCED = { id: 'unsourced', text: 'A fact without a source.' };
/** FEED with UNSOURCED as its sixth fact. */
const WITH_INVALID = feedUrl({ facts: [...FACTS, UNSOURCED] });

const root = (el: Element) => el.shadowRoot!;
const q = <T extends Element = HTMLElement>(el: Element, sel: string) => root(el).querySelector<T>(sel);
const current = (el: Element) => q(el, '.slide[data-active]')!;
const currentText = (el: Element) => current(el).querySelector('[part~="text"]')!.textContent!.replace(/\s+/g, ' ').trim();
const live = (el: Element) => q(el, '[aria-live="polite"]')!.textContent!.trim();
const status = (el: Element) => q(el, '[part~="status"]');
const button = (el: Element, cls: string) => q<HTMLButtonElement>(el, `button.${cls}`)!;
const rotationState = (el: Element) => q(el, '[part~="base"]')!.dataset.rotation;

async function loaded(el: DcrFactCardElement): Promise<DcrFactCardElement> {
  await waitUntil(() => q(el, '.slide, [part~="status"]:not([data-kind="loading"])'), 'the card never finished loading');
  await el.updateComplete;
  return el;
}

async function render(template: ReturnType<typeof html>): Promise<DcrFactCardElement> {
  return loaded(await fixture<DcrFactCardElement>(template));
}

/** Waits until rotation runs (the intersection observer has seen the card on screen). */
async function running(el: DcrFactCardElement): Promise<void> {
  await waitUntil(() => rotationState(el) === 'running', `rotation is ${rotationState(el)}, not running`);
}

async function shiftTab(): Promise<void> {
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ up: 'Shift' });
}

async function hover(el: Element): Promise<void> {
  const r = el.getBoundingClientRect();
  await sendMouse({ type: 'move', position: [Math.round(r.left + r.width / 2), Math.round(r.top + 10)] });
}

describe('<dcr-fact-card>', () => {
  let clock: FakeClock;
  let warnings: ReturnType<typeof captureWarnings>;
  const realFetch = window.fetch;

  beforeEach(() => {
    clock = new FakeClock();
    DcrFactCardElement.scheduler = clock;
    warnings = captureWarnings();
  });

  afterEach(async () => {
    DcrFactCardElement.scheduler = realScheduler;
    window.fetch = realFetch;
    warnings.restore();
    clearFeedCache();
    localStorage.clear();
    await resetMouse();
  });

  describe('registration', () => {
    it('is defined as dcr-fact-card, and importing it twice is harmless', async () => {
      expect(customElements.get('dcr-fact-card')).to.equal(DcrFactCardElement);
      await import('../../src/fact/fact-card.js');
      await import('../../src/index.js');
      expect(customElements.get('dcr-fact-card')).to.equal(DcrFactCardElement);
      expect(warnings.list).to.deep.equal([]);
    });
  });

  describe('content', () => {
    it('shows the figure with unit and label, the text, the topic and the source with link and date', async () => {
      const el = await render(html`<dcr-fact-card src=${FEED} lang="en"></dcr-fact-card>`);
      const slide = current(el);
      const figure = slide.querySelector('[part~="figure"]')!;
      expect(figure.querySelector('.value')!.textContent!.trim()).to.equal('>140');
      expect(figure.querySelector('.unit')!.textContent).to.equal('DCRs');
      expect(figure.querySelector('.label')!.textContent).to.equal('in Europe');
      expect(currentText(el)).to.equal('More than 140 drug consumption rooms operate in 11 European countries.');
      expect(slide.querySelector('.topic')!.textContent!.trim()).to.equal('Topic: dcr');
      const source = slide.querySelector('[part~="source"]')!;
      const link = source.querySelector('a')!;
      expect(link.href).to.equal('https://drogriporter.hu/en/drug-consumption-rooms-around-the-world/');
      expect(link.target).to.equal('_blank');
      expect(link.rel).to.equal('noopener noreferrer');
      expect(link.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Drugreporter (opens in a new tab)');
      expect(source.querySelector('time')!.getAttribute('datetime')).to.equal('2024-07-30');
      expect(source.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Source: Drugreporter (opens in a new tab), July 30, 2024');
    });

    it('fills live figures from the feed’s places, with "as of" the feed date', async () => {
      const el = await render(html`<dcr-fact-card src=${FEED} fact="live" lang="en"></dcr-fact-card>`);
      const figure = current(el).querySelector('[part~="figure"]')!;
      const value = figure.querySelector('data.value')!;
      expect(value.textContent!.trim()).to.equal('6');
      expect(value.getAttribute('value')).to.equal('6');
      expect(figure.querySelector('.as-of')!.textContent).to.equal('as of March 3, 2025');
      expect(currentText(el)).to.equal(SECOND_TEXT);
      expect(root(el).textContent).not.to.match(/[{}]/);
      // A pinned fact is alone: no carousel, no controls.
      expect(q(el, '[part~="controls"]')).to.equal(null);
      expect(q(el, '[aria-roledescription]')).to.equal(null);
    });

    it('never shows a fact whose placeholder cannot be filled, and says so once in the console', async () => {
      // A feed of its own: the warning is given once per page and feed.
      const src = feedUrl({ title: 'unfillable' });
      const el = await render(html`<dcr-fact-card src=${src} lang="en"></dcr-fact-card>`);
      await render(html`<dcr-fact-card src=${src} lang="en"></dcr-fact-card>`);
      const seen: string[] = [];
      for (let i = 0; i < SHOWN.length; i++) {
        seen.push(currentText(el));
        button(el, 'next').click();
        await el.updateComplete;
      }
      expect(seen).to.have.length(4);
      expect(seen.join(' ')).not.to.match(/[{}]|unknownPlaceholder|There are/);
      expect(root(el).querySelectorAll('.slide')).to.have.length(4);
      expect(q(el, '.position')!.textContent).to.equal('1 / 4');
      expect(warnings.list.filter((w) => w.includes('"broken"'))).to.have.length(1);
      expect(warnings.list.find((w) => w.includes('"broken"'))).to.include('{unknownPlaceholder} cannot be filled');
    });

    it('hides live facts when the feed lists no places', async () => {
      const src = feedUrl({ facilities: [], facts: FACTS.filter((f) => f.id === 'live' || f.id === 'syringes') });
      const el = await render(html`<dcr-fact-card src=${src} lang="en"></dcr-fact-card>`);
      expect(root(el).querySelectorAll('.slide')).to.have.length(1);
      expect(currentText(el)).to.equal('A room hands out 1,500 clean syringes a week.');
    });

    it('marks text in another language than the UI, and shows an unsafe source link as plain text', async () => {
      const el = await render(html`<dcr-fact-card src=${feedUrl()} fact="french-only" lang="en"></dcr-fact-card>`);
      const text = current(el).querySelector('[part~="text"]')!;
      expect(text.getAttribute('lang')).to.equal('fr');
      expect(current(el).querySelector('[part~="source"] a')).to.equal(null);
      expect(current(el).querySelector('[part~="source"]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Source: INDCR, May 2019');
      expect(current(el).querySelector('.value')!.textContent!.trim()).to.equal('1986');
    });

    it('keeps the card as tall as its longest fact, so the page does not jump when it changes', async () => {
      const el = await render(html`<dcr-fact-card src=${FEED} lang="en" style="width: 320px"></dcr-fact-card>`);
      const heights = new Set<number>();
      for (let i = 0; i < SHOWN.length; i++) {
        heights.add(el.getBoundingClientRect().height);
        button(el, 'next').click();
        await el.updateComplete;
      }
      expect(heights.size).to.equal(1);
    });
  });

  describe('selection', () => {
    it('fact="id" pins one', async () => {
      const el = await render(html`<dcr-fact-card src=${FEED} fact="syringes" lang="en"></dcr-fact-card>`);
      expect(root(el).querySelectorAll('.slide')).to.have.length(1);
      expect(currentText(el)).to.equal('A room hands out 1,500 clean syringes a week.');
    });

    it('topic narrows the set, case-insensitively; changing it starts again at its first fact', async () => {
      const el = await render(html`<dcr-fact-card src=${FEED} topic="DCR" lang="en"></dcr-fact-card>`);
      expect(root(el).querySelectorAll('.slide')).to.have.length(2);
      button(el, 'next').click();
      await el.updateComplete;
      expect(currentText(el)).to.equal(SECOND_TEXT);
      el.topic = 'supplies,history';
      await el.updateComplete;
      expect(root(el).querySelectorAll('.slide')).to.have.length(2);
      expect(currentText(el)).to.equal('A room hands out 1,500 clean syringes a week.');
    });

    it('two rotating cards on one page name their carousels after their topics', async () => {
      const a = await render(html`<dcr-fact-card src=${FEED} lang="en"></dcr-fact-card>`);
      const b = await render(html`<dcr-fact-card src=${FEED} topic="supplies, history" lang="en"></dcr-fact-card>`);
      const c = await render(html`<dcr-fact-card src=${FEED} topic="history,DCR" lang="ar"></dcr-fact-card>`);
      const name = (el: DcrFactCardElement) => q(el, '[aria-roledescription="carousel"]')!.getAttribute('aria-label');
      expect([name(a), name(b), name(c)]).to.deep.equal(['Facts', 'Facts: supplies, History', 'معلومات: التاريخ، DCR']);
    });

    it('without fact or topic, shows the whole set in feed order', async () => {
      const el = await render(html`<dcr-fact-card src=${FEED} lang="en"></dcr-fact-card>`);
      const texts = Array.from(root(el).querySelectorAll('.slide [part~="text"]')).map((t) => t.textContent!.trim());
      expect(texts).to.deep.equal([
        'More than 140 drug consumption rooms operate in 11 European countries.',
        SECOND_TEXT,
        'A room hands out 1,500 clean syringes a week.',
        'La première salle légale a ouvert à Berne en 1986.',
      ]);
    });
  });

  describe('states and accessibility', () => {
    it('loading: a status, accessible', async () => {
      let release!: () => void;
      window.fetch = (() => new Promise<Response>((r) => (release = () => r(new Response(decodeURIComponent(FEED.split(',')[1])))))) as typeof fetch;
      const el = await fixture<DcrFactCardElement>(html`<dcr-fact-card src="https://feeds.example.org/slow.json" lang="en"></dcr-fact-card>`);
      await waitUntil(() => status(el));
      expect(status(el)!.dataset.kind).to.equal('loading');
      expect(status(el)!.textContent).to.include('Loading…');
      await expect(el).to.be.accessible();
      release();
      await loaded(el);
      expect(currentText(el)).to.include('More than 140');
    });

    it('error: a message and a retry that works, accessible', async () => {
      let fail = true;
      window.fetch = (async () =>
        fail ? new Response('nope', { status: 500, statusText: 'Server Error' }) : new Response(decodeURIComponent(FEED.split(',')[1]))) as typeof fetch;
      const el = await render(html`<dcr-fact-card src="https://feeds.example.org/broken.json" lang="en"></dcr-fact-card>`);
      expect(status(el)!.dataset.kind).to.equal('error');
      expect(status(el)!.textContent).to.include('This content could not be loaded.');
      await expect(el).to.be.accessible();
      fail = false;
      q<HTMLButtonElement>(el, '[part~="status"] button')!.click();
      await waitUntil(() => q(el, '.slide'), 'retry did not bring the facts');
      expect(currentText(el)).to.include('More than 140');
    });

    it('complete, rotating: accessible, with a labelled carousel and slides', async () => {
      const el = await render(html`<dcr-fact-card src=${FEED} rotate="12" lang="en"></dcr-fact-card>`);
      const carousel = q(el, '[aria-roledescription="carousel"]')!;
      expect(carousel.getAttribute('aria-label')).to.equal('Facts');
      expect(current(el).getAttribute('aria-label')).to.equal('1 of 4');
      expect(current(el).getAttribute('aria-roledescription')).to.equal('slide');
      expect(root(el).querySelectorAll('.slide[inert]')).to.have.length(3);
      await expect(el).to.be.accessible();
    });

    it('complete, pinned: accessible', async () => {
      const el = await render(html`<dcr-fact-card src=${FEED} fact="live" lang="en"></dcr-fact-card>`);
      await expect(el).to.be.accessible();
    });

    for (const [name, attrs, message] of [
      ['no facts in the feed', { src: feedUrl({ facts: [] }) }, 'No facts to show yet.'],
      ['a topic that matches nothing', { src: FEED, topic: 'weather' }, 'No fact on the topic “weather”.'],
      ['a pinned id that is missing', { src: FEED, fact: 'nope' }, 'The fact “nope” is not in the feed.'],
      ['a pinned fact that cannot be filled', { src: FEED, fact: 'broken' }, 'The fact “broken” cannot be shown: its live figure is not available in this feed.'],
      // Not "is not in the feed": it is, and the note above says a record was skipped as invalid.
      ['a pinned fact the feed has but that was skipped as invalid', { src: WITH_INVALID, fact: 'unsourced' }, 'Nothing to show.'],
    ] as const) {
      it(`empty (${name}): a clear message, accessible`, async () => {
        const el = document.createElement('dcr-fact-card');
        el.lang = 'en';
        Object.assign(el, attrs);
        const wrap = await fixture(html`<div></div>`);
        wrap.append(el);
        await loaded(el);
        expect(status(el)!.dataset.kind).to.equal('empty');
        expect(status(el)!.textContent!.trim()).to.equal(message);
        expect(q(el, '.slide')).to.equal(null);
        await expect(el).to.be.accessible();
      });
    }

    it('a pinned fact skipped as invalid: the console says so and why (not that it is missing), the card notes the skipped record', async () => {
      // A feed of its own: the warning is given once per page and feed.
      const src = feedUrl({ title: 'skipped as invalid', facts: [...FACTS, UNSOURCED] });
      const el = await render(html`<dcr-fact-card src=${src} fact="unsourced" lang="en"></dcr-fact-card>`);
      const about = warnings.list.filter((w) => w.includes('fact="unsourced"'));
      expect(about).to.have.length(1);
      expect(about[0]).to.match(/^\[dcr-fact-card\] fact="unsourced" is in data:application\/json,\S+ but was skipped as invalid: \/facts\/5\/source: .+/);
      expect(about[0]).not.to.include('is not in');
      expect(q(el, '.skipped-note')!.textContent).to.equal('1 record in the feed was skipped because it is invalid.');
      expect(root(el).textContent).not.to.include('is not in the feed');
    });

    it('warns the partner about a missing id or an unmatched topic', async () => {
      await render(html`<dcr-fact-card src=${FEED} fact="gone"></dcr-fact-card>`);
      await render(html`<dcr-fact-card src=${FEED} topic="nothing-here"></dcr-fact-card>`);
      expect(warnings.list.some((w) => w.startsWith('[dcr-fact-card]') && w.includes('fact="gone" is not in'))).to.equal(true);
      expect(warnings.list.some((w) => w.includes('topic="nothing-here" matches no fact'))).to.equal(true);
    });
  });

  describe('rotation', () => {
    it('rotate="12": moves on every 12 seconds, silently', async () => {
      const el = await render(html`<dcr-fact-card src=${FEED} rotate="12" lang="en"></dcr-fact-card>`);
      await running(el);
      clock.tick(11_999);
      await el.updateComplete;
      expect(currentText(el)).to.include('More than 140');
      clock.tick(1);
      await el.updateComplete;
      expect(currentText(el)).to.equal(SECOND_TEXT);
      expect(q(el, '.position')!.textContent).to.equal('2 / 4');
      // Automatic changes are not announced.
      expect(live(el)).to.equal('');
      clock.tick(36_000);
      await el.updateComplete;
      expect(q(el, '.position')!.textContent).to.equal('1 / 4');
    });

    it('no rotate, or rotate="0": previous / next only, no timer', async () => {
      for (const el of [
        await render(html`<dcr-fact-card src=${FEED} lang="en"></dcr-fact-card>`),
        await render(html`<dcr-fact-card src=${FEED} rotate="0" lang="en"></dcr-fact-card>`),
      ]) {
        expect(button(el, 'pause')).to.equal(null);
        expect(button(el, 'next')).not.to.equal(null);
        expect(rotationState(el)).to.equal('off');
      }
      expect(clock.pending).to.equal(0);
      clock.tick(600_000);
    });

    it('a bad rotate value turns rotation off and warns once; a too-fast one is slowed to 5 seconds', async () => {
      const bad = await render(html`<dcr-fact-card src=${FEED} rotate="soon" lang="en"></dcr-fact-card>`);
      await render(html`<dcr-fact-card src=${FEED} rotate="soon" lang="en"></dcr-fact-card>`);
      expect(rotationState(bad)).to.equal('off');
      expect(button(bad, 'pause')).to.equal(null);
      expect(warnings.list.filter((w) => w.includes('rotate="soon"'))).to.have.length(1);

      const fast = await render(html`<dcr-fact-card src=${FEED} rotate="2" lang="en"></dcr-fact-card>`);
      await running(fast);
      expect(warnings.list.filter((w) => w.includes('rotate="2" is too fast'))).to.have.length(1);
      clock.tick(4_999);
      await fast.updateComplete;
      expect(q(fast, '.position')!.textContent).to.equal('1 / 4');
      clock.tick(1);
      await fast.updateComplete;
      expect(q(fast, '.position')!.textContent).to.equal('2 / 4');
    });

    it('the pause button stops rotation until it is pressed again (WCAG 2.2.2)', async () => {
      const el = await render(html`<dcr-fact-card src=${FEED} rotate="10" lang="en"></dcr-fact-card>`);
      await running(el);
      const pause = button(el, 'pause');
      expect(pause.getAttribute('aria-label')).to.equal('Stop rotating facts');
      pause.click();
      await el.updateComplete;
      expect(pause.getAttribute('aria-label')).to.equal('Start rotating facts');
      expect(rotationState(el)).to.equal('paused');
      clock.tick(60_000);
      await el.updateComplete;
      expect(q(el, '.position')!.textContent).to.equal('1 / 4');
      pause.click();
      await el.updateComplete;
      expect(rotationState(el)).to.equal('running');
      clock.tick(10_000);
      await el.updateComplete;
      expect(q(el, '.position')!.textContent).to.equal('2 / 4');
    });

    it('pauses while the pointer is over the card', async () => {
      const el = await render(html`<dcr-fact-card src=${FEED} rotate="10" lang="en"></dcr-fact-card>`);
      await running(el);
      await hover(el);
      await waitUntil(() => rotationState(el) === 'held');
      clock.tick(60_000);
      await el.updateComplete;
      expect(q(el, '.position')!.textContent).to.equal('1 / 4');
      await sendMouse({ type: 'move', position: [0, 0] });
      await running(el);
      clock.tick(10_000);
      await el.updateComplete;
      expect(q(el, '.position')!.textContent).to.equal('2 / 4');
    });

    it('pauses while focus is inside the card, and starts again when it leaves', async () => {
      const wrap = await fixture(html`<div>
        <button id="before">before</button>
        <dcr-fact-card src=${FEED} rotate="10" lang="en"></dcr-fact-card>
      </div>`);
      const el = await loaded(wrap.querySelector('dcr-fact-card')!);
      await running(el);
      current(el).querySelector('a')!.focus();
      await el.updateComplete;
      expect(rotationState(el)).to.equal('held');
      button(el, 'next').focus();
      await el.updateComplete;
      expect(rotationState(el)).to.equal('held');
      clock.tick(60_000);
      await el.updateComplete;
      expect(q(el, '.position')!.textContent).to.equal('1 / 4');
      wrap.querySelector<HTMLButtonElement>('#before')!.focus();
      await el.updateComplete;
      expect(rotationState(el)).to.equal('running');
      clock.tick(10_000);
      await el.updateComplete;
      expect(q(el, '.position')!.textContent).to.equal('2 / 4');
    });

    it('pauses while off screen', async () => {
      const wrap = await fixture(html`<div>
        <div style="height: 3000px"></div>
        <dcr-fact-card src=${FEED} rotate="10" lang="en"></dcr-fact-card>
      </div>`);
      const el = await loaded(wrap.querySelector('dcr-fact-card')!);
      await waitUntil(() => rotationState(el) === 'held');
      clock.tick(60_000);
      await el.updateComplete;
      expect(q(el, '.position')!.textContent).to.equal('1 / 4');
      el.scrollIntoView();
      await running(el);
      clock.tick(10_000);
      await el.updateComplete;
      expect(q(el, '.position')!.textContent).to.equal('2 / 4');
      window.scrollTo(0, 0);
    });

    it('pauses while the tab is hidden', async () => {
      const el = await render(html`<dcr-fact-card src=${FEED} rotate="10" lang="en"></dcr-fact-card>`);
      await running(el);
      Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
      try {
        document.dispatchEvent(new Event('visibilitychange'));
        await el.updateComplete;
        expect(rotationState(el)).to.equal('held');
        clock.tick(60_000);
        await el.updateComplete;
        expect(q(el, '.position')!.textContent).to.equal('1 / 4');
      } finally {
        delete (document as unknown as Record<string, unknown>).visibilityState;
      }
      document.dispatchEvent(new Event('visibilitychange'));
      await running(el);
    });

    it('stops its timers when removed from the page', async () => {
      const el = await render(html`<dcr-fact-card src=${FEED} rotate="10" lang="en"></dcr-fact-card>`);
      await running(el);
      expect(clock.pending).to.equal(1);
      el.remove();
      expect(clock.pending).to.equal(0);
    });
  });

  describe('reflow: a 320 px screen with text at 200% (WCAG 1.4.10, 1.4.4)', () => {
    // Without the fade, each fact is on show as soon as it is chosen, so each is measured.
    before(() => Promise.all([setViewport({ width: 320, height: 900 }), emulateMedia({ reducedMotion: 'reduce' })]));
    after(() => Promise.all([setViewport({ width: 800, height: 600 }), emulateMedia({ reducedMotion: 'no-preference' })]));
    afterEach(() => document.documentElement.style.removeProperty('font-size'));

    /** What sticks out of the card sideways: its text and its controls, with how far (px). */
    function outside(el: DcrFactCardElement): string[] {
      const card = el.getBoundingClientRect();
      return [...textElements(el), ...tabbables(el)].flatMap((n) => {
        const r = n.getBoundingClientRect();
        const off = Math.max(card.left - r.left, r.right - card.right);
        return off > 1 ? [`${nameOf(n)} at x ${Math.round(r.left)}…${Math.round(r.right)}, the card ${Math.round(card.left)}…${Math.round(card.right)}`] : [];
      });
    }

    /** The footer's buttons as a reader meets them: line by line from the top, each line from its start side. */
    function readingOrder(el: DcrFactCardElement, rtl: boolean): string[] {
      const boxes = [...root(el).querySelectorAll<HTMLElement>('.footer button')].map((b) => ({ name: b.className, r: b.getBoundingClientRect() }));
      return boxes
        .sort(({ r: a }, { r: b }) => (a.bottom <= b.top ? -1 : b.bottom <= a.top ? 1 : rtl ? b.right - a.right : a.left - b.left))
        .map((b) => b.name);
    }

    for (const lang of ['en', 'ar']) {
      for (const rotate of [12, 0]) {
        it(`${lang}${rotate ? ', rotating' : ''}: every control and all text of every fact stay inside the card; the page does not scroll sideways`, async () => {
          document.documentElement.style.fontSize = '200%';
          const el = await render(html`<dcr-fact-card src=${FEED} rotate=${rotate} lang=${lang}></dcr-fact-card>`);
          // The text really is twice its size, in a card as wide as the screen allows.
          expect(getComputedStyle(current(el).querySelector('[part~="text"]')!).fontSize).to.equal('34px');
          expect(el.getBoundingClientRect().width).to.equal(304);
          expect(button(el, 'pause') !== null).to.equal(rotate > 0);
          const lost: string[] = [];
          for (let i = 0; i < SHOWN.length; i++) {
            lost.push(...outside(el));
            button(el, 'next').click();
            await el.updateComplete;
          }
          expect(lost).to.deep.equal([]);
          expect(document.documentElement.scrollWidth).to.equal(document.documentElement.clientWidth);
          // The wrapped row still reads in Tab order, and previous and next stay side by side.
          const tabOrder = [...root(el).querySelectorAll('.footer button')].map((b) => b.className);
          expect(tabOrder).to.deep.equal([...(rotate ? ['pause'] : []), 'previous', 'next', 'copy']);
          expect(readingOrder(el, lang === 'ar')).to.deep.equal(tabOrder);
          expect(button(el, 'previous').getBoundingClientRect().top).to.equal(button(el, 'next').getBoundingClientRect().top);
        });
      }
    }
  });

  describe('keyboard and announcements', () => {
    it('previous and next work from the keyboard and announce the new fact politely', async () => {
      const wrap = await fixture(html`<div>
        <button id="before">before</button>
        <dcr-fact-card src=${FEED} rotate="10" lang="en"></dcr-fact-card>
      </div>`);
      const el = await loaded(wrap.querySelector('dcr-fact-card')!);
      wrap.querySelector<HTMLButtonElement>('#before')!.focus();
      // Tab order: the source link, pause, previous, next (then Copy).
      for (let i = 0; i < 4; i++) await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement).to.equal(button(el, 'next'));
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(currentText(el)).to.equal(SECOND_TEXT);
      expect(live(el)).to.equal(`Fact 2 of 4: ${SECOND_TEXT}`);
      await shiftTab();
      expect(root(el).activeElement).to.equal(button(el, 'previous'));
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(currentText(el)).to.include('More than 140');
      expect(live(el)).to.equal('Fact 1 of 4: More than 140 drug consumption rooms operate in 11 European countries.');
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(q(el, '.position')!.textContent).to.equal('4 / 4');
      await shiftTab();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(button(el, 'pause').getAttribute('aria-label')).to.equal('Start rotating facts');
      expect(root(el).activeElement).to.equal(button(el, 'pause'));
    });

    for (const lang of ['en', 'ar']) {
      it(`${lang}: Tab meets the controls in the order they are seen: pause, previous, next, then Copy`, async () => {
        const wrap = await fixture(html`<div>
          <button id="before">before</button>
          <dcr-fact-card src=${FEED} rotate="10" lang=${lang} style="width: 480px"></dcr-fact-card>
        </div>`);
        const el = await loaded(wrap.querySelector('dcr-fact-card')!);
        wrap.querySelector<HTMLButtonElement>('#before')!.focus();
        await sendKeys({ press: 'Tab' });
        expect(root(el).activeElement).to.equal(current(el).querySelector('[part~="source"] a'));
        const met: HTMLElement[] = [];
        for (let i = 0; i < 4; i++) {
          await sendKeys({ press: 'Tab' });
          met.push(root(el).activeElement as HTMLElement);
        }
        expect(met.map((b) => b.className)).to.deep.equal(['pause', 'previous', 'next', 'copy']);
        // One row, read from the left in English and from the right in Arabic.
        const boxes = met.map((b) => b.getBoundingClientRect());
        expect(new Set(boxes.map((r) => r.top)).size).to.equal(1);
        const along = boxes.map((r) => (lang === 'ar' ? -r.right : r.left));
        expect(along).to.deep.equal([...along].sort((a, b) => a - b));
      });
    }

    it('an automatic change clears the last announcement instead of making a new one', async () => {
      const el = await render(html`<dcr-fact-card src=${FEED} rotate="10" lang="en"></dcr-fact-card>`);
      await running(el);
      button(el, 'next').click();
      await el.updateComplete;
      expect(live(el)).to.include('Fact 2 of 4');
      clock.tick(10_000);
      await el.updateComplete;
      expect(q(el, '.position')!.textContent).to.equal('3 / 4');
      expect(live(el)).to.equal('');
    });
  });

  describe('motion', () => {
    afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

    it('fades gently between facts, and not at all under reduced motion', async () => {
      await emulateMedia({ reducedMotion: 'no-preference' });
      const el = await render(html`<dcr-fact-card src=${FEED} lang="en"></dcr-fact-card>`);
      expect(getComputedStyle(current(el)).transitionProperty).to.include('opacity');
      expect(getComputedStyle(current(el)).transitionDuration).to.match(/^0\.45s/);
      await emulateMedia({ reducedMotion: 'reduce' });
      expect(getComputedStyle(current(el)).transitionDuration).to.match(/^0s/);
    });
  });

  describe('copy', () => {
    let copied: string[];
    let refuse: boolean;
    const clipboard = navigator.clipboard as Clipboard & { writeText: Clipboard['writeText'] };

    beforeEach(() => {
      copied = [];
      refuse = false;
      clipboard.writeText = async (text: string) => {
        if (refuse) throw new DOMException('denied', 'NotAllowedError');
        copied.push(text);
      };
    });

    afterEach(() => {
      delete (clipboard as unknown as Record<string, unknown>).writeText;
    });

    it('copies "text — Source: name, date, url" and says so', async () => {
      const el = await render(html`<dcr-fact-card src=${FEED} lang="en"></dcr-fact-card>`);
      const copy = q<HTMLButtonElement>(el, '[part~="copy"]')!;
      expect(copy.getAttribute('aria-label')).to.equal('Copy the fact with its source');
      copy.click();
      await waitUntil(() => copied.length === 1);
      await el.updateComplete;
      expect(copied[0]).to.equal(
        'More than 140 drug consumption rooms operate in 11 European countries. — Source: Drugreporter, July 30, 2024, https://drogriporter.hu/en/drug-consumption-rooms-around-the-world/',
      );
      expect(copy.textContent!.trim()).to.equal('Copied');
      expect(live(el)).to.equal('The fact and its source were copied.');
      clock.tick(4_000);
      await el.updateComplete;
      expect(copy.textContent!.trim()).to.equal('Copy');
    });

    it('a live fact is cited with the feed date; French UI cites in French', async () => {
      const el = await render(html`<dcr-fact-card src=${FEED} fact="live" lang="fr"></dcr-fact-card>`);
      q<HTMLButtonElement>(el, '[part~="copy"]')!.click();
      await waitUntil(() => copied.length === 1);
      expect(copied[0]).to.equal('6 places in 5 cities of 3 countries are operating, of 9 listed. — Source\u00a0: This feed, au 3 mars 2025');
    });

    it('in Arabic the source line and the citation join name and date with the Arabic comma', async () => {
      const el = await render(html`<dcr-fact-card src=${FEED} fact="syringes" lang="ar"></dcr-fact-card>`);
      const source = current(el).querySelector('[part~="source"]')!;
      const seen = source.textContent!.replace(source.querySelector('.visually-hidden')!.textContent!, '').replace(/\s+/g, ' ').trim();
      expect(seen).to.match(/^المصدر: Test source، \S+$/);
      q<HTMLButtonElement>(el, '[part~="copy"]')!.click();
      await waitUntil(() => copied.length === 1);
      expect(copied[0]).to.match(/ — المصدر: Test source، \S+، https:\/\/example\.org\/syringes$/);
    });

    it('when the browser refuses, offers the text to copy by hand, accessibly', async () => {
      refuse = true;
      const el = await render(html`<dcr-fact-card src=${FEED} fact="syringes" lang="en"></dcr-fact-card>`);
      q<HTMLButtonElement>(el, '[part~="copy"]')!.click();
      await waitUntil(() => q(el, '.copy-fallback'));
      await el.updateComplete;
      const field = q<HTMLTextAreaElement>(el, '.copy-fallback textarea')!;
      expect(field.value).to.equal('A room hands out 1,500 clean syringes a week. — Source: Test source, 2023, https://example.org/syringes');
      expect(root(el).activeElement).to.equal(field);
      expect(q(el, '[part~="copy"]')!.textContent!.trim()).to.equal('Could not copy');
      expect(live(el)).to.include('did not allow copying');
      await expect(el).to.be.accessible();
    });
  });

  describe('i18n', () => {
    it('formats numbers for the UI language: 1,500 / 1 500 / 1.500', async () => {
      const got: Record<string, string> = {};
      for (const lang of ['en', 'fr', 'de']) {
        const el = await render(html`<dcr-fact-card src=${FEED} fact="syringes" lang=${lang}></dcr-fact-card>`);
        got[lang] = current(el).querySelector('.value')!.textContent!.trim();
      }
      expect(got).to.deep.equal({ en: '1,500', fr: '1\u202f500', de: '1.500' });
    });

    it('compact notation for long figures', async () => {
      const src = feedUrl({ facts: [{ id: 'big', text: 'Many.', figure: { value: 12_500_000, unit: 'syringes' }, source: { name: 'Test' } }] });
      const el = await render(html`<dcr-fact-card src=${src} lang="de"></dcr-fact-card>`);
      expect(current(el).querySelector('.value')!.textContent!.trim()).to.equal('12,5\u00a0Mio.');
      expect(current(el).querySelector('.value')!.getAttribute('value')).to.equal('12500000');
    });

    it('French and German: texts, dates, "as of", controls', async () => {
      const fr = await render(html`<dcr-fact-card src=${FEED} rotate="10" lang="fr"></dcr-fact-card>`);
      expect(currentText(fr)).to.equal('Plus de 140 salles de consommation fonctionnent dans 11 pays européens.');
      expect(current(fr).querySelector('[part~="source"] time')!.textContent).to.equal('30 juillet 2024');
      expect(current(fr).querySelector('[part~="source"]')!.textContent!.replace(/[ \n]+/g, ' ').trim()).to.match(/^Source\u00a0: Drugreporter/);
      expect(button(fr, 'next').getAttribute('aria-label')).to.equal('Fait suivant');
      expect(button(fr, 'pause').getAttribute('aria-label')).to.equal('Arrêter le défilement des faits');
      expect(current(fr).getAttribute('aria-label')).to.equal('1 sur 4');

      const de = await render(html`<dcr-fact-card src=${FEED} fact="live" lang="de"></dcr-fact-card>`);
      expect(current(de).querySelector('.as-of')!.textContent).to.equal('Stand: 3. März 2025');
      expect(q(de, '[part~="copy"]')!.textContent!.trim()).to.equal('Kopieren');
      // Known topics have a name in each language; others are shown as the feed writes them.
      const history = await render(html`<dcr-fact-card src=${FEED} fact="french-only" lang="de"></dcr-fact-card>`);
      expect(current(history).querySelector('.topic')!.textContent!.trim()).to.equal('Thema: Geschichte');
    });
  });
});
