// Accessibility sweep, part 1: axe (WCAG 2.2 AA rules and best practices) on every widget in every state, each state
// rendered four times side by side (en and ar, light and dark) and each of the four checked.
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import { clearFeedCache } from '../src/core/feed/loader.js';
import '../src/index.js';
import { DcrFactCardElement } from '../src/fact/fact-card.js';
import { realScheduler } from '../src/fact/rotation.js';
import { FakeClock } from './fact/fixtures.js';
import { installClock, type FakeClock as CountdownClock } from './countdown/helpers.js';
import { fixtureText, stubFetch, type FetchStub } from './news/helpers.js';
import { $, $$, COUNTDOWN_NOW, FEEDS, VARIANTS, denyGeolocation, holdFetch, mapSettled, muteWarnings, perVariant, press, settled, stubClipboard, type Variant, type Widget } from './a11y-helpers.js';

const NEWS = 'https://feeds.example.org/pompidou.json';

/** Renders one widget per variant, waits for each (`ready`), applies `act` to each, then runs axe on each. */
async function check(tpl: (v: Variant) => TemplateResult, o: { width?: number; ready?: string; act?: (el: Widget) => Promise<void> } = {}) {
  const wrap = await fixture<HTMLElement>(html`<div>${perVariant(tpl, o.width)}</div>`);
  const widgets = VARIANTS.map((v) => wrap.querySelector<Widget>(`[data-variant="${v.lang}-${v.theme}"] > *`)!);
  for (const el of widgets) {
    await settled(el, o.ready);
    await o.act?.(el);
    await el.updateComplete;
  }
  for (const [i, el] of widgets.entries()) {
    const { lang, theme } = VARIANTS[i];
    expect(el.getAttribute('theme')).to.equal(theme);
    // Arabic lays out right to left, in Arabic.
    const base = $(el, '[part~="base"]')!;
    expect([base.lang, base.dir], `${el.localName} lang/dir`).to.deep.equal(lang === 'ar' ? ['ar', 'rtl'] : ['en', 'ltr']);
    await expect(el).to.be.accessible();
  }
  return widgets;
}

describe('accessibility sweep: axe in every state, en/ar × light/dark', function () {
  // Real maps (WebGL on SwiftShader) and many widgets per test: generous on a busy machine.
  this.timeout(60000);

  let net: FetchStub;
  let hold: { restore(): void };
  let quiet: { restore(): void };

  before(async () => {
    // Wide enough for the finder's split view and four widgets one under the other.
    await setViewport({ width: 1200, height: 900 });
  });

  beforeEach(async () => {
    net = stubFetch({ [NEWS]: await fixtureText('pompidou.dcr.json') });
    hold = holdFetch();
    quiet = muteWarnings();
  });

  afterEach(() => {
    fixtureCleanup();
    hold.restore();
    net.restore();
    quiet.restore();
    clearFeedCache();
    localStorage.clear();
  });

  describe('<dcr-finder>', () => {
    const finder = (extra: Partial<Record<'src' | 'city', string>> = {}) => (v: Variant) =>
      html`<dcr-finder lang=${v.lang} theme=${v.theme} src=${extra.src ?? FEEDS.finder} city=${extra.city ?? ''}></dcr-finder>`;

    it('loading, error with retry, and "no place here"', async () => {
      await check(finder({ src: FEEDS.slow }), { ready: '[part~="status"][data-kind="loading"]' });
      await check(finder({ src: FEEDS.broken }));
      await check(finder({ city: 'Atlantis' }));
    });

    it('list, and empty search results', async () => {
      const [el] = await check(finder());
      expect($$(el, '[part~="item"]')).to.have.length(8);
      await check(finder(), {
        act: async (f) => {
          const input = $<HTMLInputElement>(f, '#search')!;
          input.value = 'zzzz';
          input.dispatchEvent(new InputEvent('input'));
        },
      });
    });

    it('filters open, and "near me" denied', async () => {
      await check(finder(), { act: (f) => press(f, '.filters-toggle') });
      const geo = denyGeolocation();
      try {
        await check(finder(), {
          act: async (f) => {
            await press(f, '.near-me');
            await waitUntil(() => $(f, '.geo[data-kind="problem"]'), 'no denied message');
          },
        });
      } finally {
        geo.restore();
      }
    });

    it('details, with the link copied and with the clipboard refused', async () => {
      const clip = stubClipboard();
      try {
        const open = async (f: Widget) => {
          await press(f, '[part~="item"][data-id="de-koeln-1"]');
          await press(f, '.details-actions button');
          await waitUntil(() => $(f, '.copy-state')!.textContent!.trim() !== '', 'copy never answered');
        };
        await check(finder(), { act: open });
        clip.refuse = true;
        await check(finder(), { act: open });
      } finally {
        clip.restore();
      }
    });

    it('split view with the real map drawn', async () => {
      await check(finder(), {
        width: 1000,
        act: async (f) => {
          await waitUntil(() => $(f, '[part~="base"]')!.dataset.layout === 'split', 'no split view');
          // The map loads once it is on screen.
          f.scrollIntoView();
          await mapSettled(f);
          expect($(f, '.maplibregl-canvas')).not.to.equal(null);
        },
      });
    });
  });

  describe('<dcr-event-countdown>', () => {
    let time: CountdownClock;
    beforeEach(() => (time = installClock(COUNTDOWN_NOW.upcoming)));
    afterEach(() => time.restore());

    const countdown = (event = 'symposium-2023', src: string = FEEDS.countdown) => (v: Variant) =>
      html`<dcr-event-countdown lang=${v.lang} theme=${v.theme} src=${src} event=${event}></dcr-event-countdown>`;

    it('loading, error with retry, empty', async () => {
      await check(countdown('', FEEDS.slow), { ready: '[part~="status"][data-kind="loading"]' });
      await check(countdown('', FEEDS.broken));
      const [el] = await check((v) => html`<dcr-event-countdown lang=${v.lang} theme=${v.theme} src=${FEEDS.empty}></dcr-event-countdown>`);
      expect($(el, '[part~="status"]')!.dataset.kind).to.equal('empty');
    });

    it('upcoming, live, ended', async () => {
      const [up] = await check(countdown());
      expect($(up, '[part~="countdown"]')).not.to.equal(null);
      time.jump(Date.parse(COUNTDOWN_NOW.live));
      const [live] = await check(countdown());
      expect($(live, '[part~="banner"]')!.dataset.state).to.equal('live');
      time.jump(Date.parse(COUNTDOWN_NOW.ended));
      const [ended] = await check(countdown());
      expect($(ended, '.card')!.dataset.phase).to.equal('ended');
    });

    it('postponed, cancelled', async () => {
      const [p] = await check(countdown('postponed'));
      expect($(p, '[part~="banner"]')!.dataset.state).to.equal('postponed');
      const [c] = await check(countdown('cancelled'));
      expect($(c, '[part~="banner"]')!.dataset.state).to.equal('cancelled');
    });
  });

  describe('<dcr-news-feed>', () => {
    const news = (attrs: { src?: string; layout?: string; filters?: boolean } = {}) => (v: Variant) =>
      html`<dcr-news-feed
        lang=${v.lang}
        theme=${v.theme}
        src=${attrs.src ?? NEWS}
        limit="3"
        layout=${attrs.layout ?? 'list'}
        ?filters=${attrs.filters}
      ></dcr-news-feed>`;

    it('loading, error with retry, empty', async () => {
      await check(news({ src: FEEDS.slow }), { ready: '[part~="status"][data-kind="loading"]' });
      await check(news({ src: FEEDS.broken }));
      await check(news({ src: FEEDS.empty }));
    });

    it('list, cards, and show more with tag chips', async () => {
      await check(news());
      await check(news({ layout: 'cards' }), { width: 700 });
      const [el] = await check(news({ filters: true }), { act: (f) => press(f, '[part~="more"]') });
      expect($$(el, '[part~="item"]')).to.have.length(6);
    });
  });

  describe('<dcr-fact-card>', () => {
    let clock: FakeClock;
    beforeEach(() => {
      clock = new FakeClock();
      DcrFactCardElement.scheduler = clock;
    });
    afterEach(() => (DcrFactCardElement.scheduler = realScheduler));

    const fact = (attrs: { src?: string; fact?: string; rotate?: string } = {}) => (v: Variant) =>
      html`<dcr-fact-card lang=${v.lang} theme=${v.theme} src=${attrs.src ?? FEEDS.fact} fact=${attrs.fact ?? ''} rotate=${attrs.rotate ?? '0'}></dcr-fact-card>`;

    it('loading, error with retry, empty', async () => {
      await check(fact({ src: FEEDS.slow }), { ready: '[part~="status"][data-kind="loading"]' });
      await check(fact({ src: FEEDS.broken }));
      await check(fact({ src: FEEDS.empty }));
    });

    it('rotating with controls, pinned', async () => {
      const [r] = await check(fact({ rotate: '12' }));
      expect($(r, '[part~="controls"] .pause')).not.to.equal(null);
      const [p] = await check(fact({ fact: 'europe' }));
      expect($(p, '[part~="controls"]')).to.equal(null);
    });

    it('copy done, and copy refused (the text to copy by hand)', async () => {
      const clip = stubClipboard();
      try {
        const copy = async (f: Widget) => {
          await press(f, '[part~="copy"]');
          // The button loses its "copy the citation" label once the clipboard has answered.
          await waitUntil(() => !$(f, '[part~="copy"]')!.hasAttribute('aria-label'), 'copy never answered');
        };
        await check(fact({ rotate: '12' }), { act: copy });
        clip.refuse = true;
        const [el] = await check(fact({ rotate: '12' }), { act: copy });
        expect($(el, '.copy-fallback textarea')).not.to.equal(null);
      } finally {
        clip.restore();
      }
    });
  });
});
