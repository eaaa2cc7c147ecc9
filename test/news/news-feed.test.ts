import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { clearFeedCache } from '../../src/core/feed/loader.js';
import '../../src/news/news-feed.js';
import { DcrNewsFeedElement } from '../../src/news/news-feed.js';
import type { DcrLoadEvent } from '../../src/core/events.js';
import '../core/sample-element.js';
import { captureWarnings, deferred, fixtureText, localImages, stubFetch, type FetchStub, type Warnings } from './helpers.js';

const FEEDS = {
  dcr: 'https://feeds.example.org/pompidou.json',
  jsonFeed: 'https://feeds.example.org/pompidou.feed.json',
  rss: 'https://feeds.example.org/pompidou.rss',
  atom: 'https://feeds.example.org/pompidou.atom',
};

const FILES: Record<keyof typeof FEEDS, string> = {
  dcr: 'pompidou.dcr.json',
  jsonFeed: 'pompidou.feed.json',
  rss: 'pompidou.rss.xml',
  atom: 'pompidou.atom.xml',
};

const shadow = (el: Element) => el.shadowRoot!;
const items = (el: Element) => Array.from(shadow(el).querySelectorAll<HTMLElement>('[part~="item"]'));
const titles = (el: Element) => items(el).map((i) => i.querySelector('[part~="title"]')!.textContent!.replace(/\(opens in a new tab\)/, '').trim());
const moreButton = (el: Element) => shadow(el).querySelector<HTMLButtonElement>('[part~="more"]');

/** A shared feed as a data: URL (no fetch involved). */
const dcrFeed = (news: unknown[]) =>
  `data:application/json,${encodeURIComponent(JSON.stringify({ version: '1', facilities: { type: 'FeatureCollection', features: [] }, news }))}`;

async function loaded(el: DcrNewsFeedElement): Promise<DcrNewsFeedElement> {
  await waitUntil(() => el.shadowRoot?.querySelector('[part~="item"], [part~="status"]:not([data-kind="loading"])'), 'the widget never finished loading');
  await el.updateComplete;
  return el;
}

async function render(template: ReturnType<typeof html>): Promise<DcrNewsFeedElement> {
  return loaded(await fixture<DcrNewsFeedElement>(template));
}

describe('<dcr-news-feed>', () => {
  let net: FetchStub;
  let warnings: Warnings;

  beforeEach(async () => {
    const routes: Record<string, string> = {};
    for (const k of Object.keys(FEEDS) as (keyof typeof FEEDS)[]) routes[FEEDS[k]] = await fixtureText(FILES[k]);
    for (const f of ['hostile.dcr.json', 'hostile.feed.json', 'hostile.rss.xml', 'hostile.atom.xml']) {
      routes[`https://feeds.example.org/${f}`] = await fixtureText(f);
    }
    net = stubFetch(routes);
    warnings = captureWarnings();
  });

  afterEach(() => {
    net.restore();
    warnings.restore();
    clearFeedCache();
    localStorage.clear();
    delete (window as unknown as Record<string, unknown>).__dcrCanary;
  });

  describe('registration', () => {
    it('is defined as dcr-news-feed, and importing it twice is harmless', async () => {
      expect(customElements.get('dcr-news-feed')).to.equal(DcrNewsFeedElement);
      await import('../../src/news/news-feed.js');
      expect(customElements.get('dcr-news-feed')).to.equal(DcrNewsFeedElement);
      expect(warnings.list).to.have.length(0);
    });
  });

  describe('formats', () => {
    it('the shared feed, JSON Feed, RSS and Atom render the same titles, dates and excerpts in the same order', async () => {
      const seen: string[][][] = [];
      for (const url of Object.values(FEEDS)) {
        const el = await render(html`<dcr-news-feed src=${url} limit="10" lang="en"></dcr-news-feed>`);
        seen.push(
          items(el).map((i) => [
            i.querySelector('[part~="title"]')!.textContent!.trim(),
            i.querySelector('time')?.getAttribute('datetime') ?? '',
            i.querySelector('[part~="date"]')?.textContent!.trim() ?? '',
            i.querySelector('[part~="excerpt"]')?.textContent!.trim() ?? '',
            i.querySelector('img')?.getAttribute('src') ?? '',
          ]),
        );
      }
      expect(seen[0]).to.have.length(7);
      expect(seen[0][0][2]).to.equal('September 7, 2021');
      expect(seen[0][0][4]).to.equal(`${localImages}course.svg`);
      for (const s of seen.slice(1)) expect(s).to.deep.equal(seen[0]);
      expect(warnings.list).to.have.length(0);
    });

    it('fires dcr-load with the items in the shared news shape, whatever the format', async () => {
      const el = document.createElement('dcr-news-feed');
      const event = new Promise<DcrLoadEvent>((r) => el.addEventListener('dcr-load', r as EventListener, { once: true }));
      el.src = FEEDS.rss;
      document.body.append(el);
      try {
        const e = await event;
        expect(e.detail.url).to.equal(FEEDS.rss);
        expect(e.detail.feed.news).to.have.length(7);
        expect(e.detail.feed.news[0]).to.deep.include({ id: 'pg-2021-08-31-ukraine', title: { en: 'Ukraine becomes 42nd member State of the Pompidou Group' } });
      } finally {
        el.remove();
      }
    });

    it('one request per URL, shared with other widgets reading the same feed', async () => {
      const wrap = await fixture(html`<div>
        <dcr-sample src=${FEEDS.dcr}></dcr-sample>
        <dcr-news-feed src=${FEEDS.dcr}></dcr-news-feed>
        <dcr-news-feed src=${FEEDS.dcr} layout="cards"></dcr-news-feed>
      </div>`);
      await Promise.all(Array.from(wrap.querySelectorAll('dcr-news-feed')).map((n) => loaded(n as DcrNewsFeedElement)));
      expect(net.calls.filter((u) => u === FEEDS.dcr)).to.have.length(1);
    });

    it('marks text in another language than the UI with lang', async () => {
      const url = 'https://feeds.example.org/fr.json';
      net.restore();
      net = stubFetch({
        [url]: JSON.stringify({
          version: 'https://jsonfeed.org/version/1.1',
          language: 'fr',
          items: [{ id: '1', title: 'Salle de consommation', content_text: 'Texte', url: 'https://x.example/1' }],
        }),
      });
      const el = await render(html`<dcr-news-feed src=${url} lang="en"></dcr-news-feed>`);
      expect(shadow(el).querySelector('[part~="title"]')!.getAttribute('lang')).to.equal('fr');
      expect(shadow(el).querySelector('[part~="excerpt"]')!.getAttribute('lang')).to.equal('fr');
      const fr = await render(html`<dcr-news-feed src=${url} lang="fr"></dcr-news-feed>`);
      expect(shadow(fr).querySelector('[part~="title"]')!.hasAttribute('lang')).to.equal(false);
    });
  });

  describe('display', () => {
    it('each item is an article: heading link, <time datetime>, place, excerpt, tags, read more', async () => {
      const el = await render(html`<dcr-news-feed src=${FEEDS.dcr} lang="en"></dcr-news-feed>`);
      const first = items(el)[0];
      expect(first.localName).to.equal('article');
      const heading = first.querySelector('[part~="title"]')!;
      expect(heading.localName).to.equal('h3');
      expect(heading.querySelector('a')!.getAttribute('href')).to.equal('https://news.example.org/2021/09/drug-policy-executive-course');
      expect(first.querySelector('time')!.getAttribute('datetime')).to.equal('2021-09-07T08:00:00.000Z');
      expect(first.querySelector('.place')!.textContent).to.equal('Strasbourg');
      expect(first.querySelector('[part~="excerpt"]')!.textContent!.trim()).to.match(/^The Pompidou Group’s International Drug Policy Academy/);
      expect(Array.from(first.querySelectorAll('[part~="tags"] li')).map((l) => l.textContent)).to.deep.equal(['training', 'academy']);
      expect(first.querySelector('[part~="link"]')!.getAttribute('href')).to.equal('https://news.example.org/2021/09/drug-policy-executive-course');
    });

    it('"Read more" names its item, and external links open safely in a new tab and say so', async () => {
      const el = await render(html`<dcr-news-feed src=${FEEDS.dcr} lang="en"></dcr-news-feed>`);
      const link = items(el)[0].querySelector<HTMLAnchorElement>('[part~="link"]')!;
      expect(link.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
        'Read more: Drug Policy Executive Course, 2021-2022 edition (opens in a new tab)',
      );
      for (const a of shadow(el).querySelectorAll('a')) {
        expect(a.getAttribute('target')).to.equal('_blank');
        expect(a.getAttribute('rel')).to.equal('noopener noreferrer');
      }
    });

    it('a link on the host page’s own site opens in the same tab', async () => {
      const el = await render(html`<dcr-news-feed src=${dcrFeed([{ id: 'a', title: 'Local', date: '2021-01-01', url: new URL('/news/a', location.href).href }])}></dcr-news-feed>`);
      const link = shadow(el).querySelector('[part~="link"]')!;
      expect(link.hasAttribute('target')).to.equal(false);
      expect(link.textContent).not.to.contain('new tab');
    });

    it('shows newest first, and items without a valid date last (not dropped)', async () => {
      const el = await render(html`<dcr-news-feed src=${FEEDS.atom} limit="10"></dcr-news-feed>`);
      const last = items(el)[6];
      expect(last.querySelector('time')).to.equal(null);
      expect(titles(el)[6]).to.equal('New Pompidou Group activity targets children whose parents or primary caregivers use drugs');
      const times = items(el).slice(0, 6).map((i) => Date.parse(i.querySelector('time')!.getAttribute('datetime')!));
      expect(times).to.deep.equal([...times].sort((a, b) => b - a));
    });

    it('cards shorten excerpts more than the list, on a word boundary with an ellipsis', async () => {
      const list = await render(html`<dcr-news-feed src=${FEEDS.dcr}></dcr-news-feed>`);
      const cards = await render(html`<dcr-news-feed src=${FEEDS.dcr} layout="cards"></dcr-news-feed>`);
      const ex = (el: Element) => items(el)[0].querySelector('[part~="excerpt"]')!.textContent!.trim();
      expect(ex(list)).not.to.contain('…');
      expect(ex(cards)).to.match(/\S…$/);
      expect(ex(cards).length).to.be.at.most(160);
    });
  });

  describe('attributes', () => {
    it('limit: 5 by default; limit="2" shows two', async () => {
      const el = await render(html`<dcr-news-feed src=${FEEDS.dcr}></dcr-news-feed>`);
      expect(items(el)).to.have.length(5);
      el.setAttribute('limit', '2');
      await el.updateComplete;
      expect(items(el)).to.have.length(2);
    });

    it('a bad limit falls back to 5 and warns once', async () => {
      const el = await render(html`<dcr-news-feed src=${FEEDS.dcr} limit="lots"></dcr-news-feed>`);
      await render(html`<dcr-news-feed src=${FEEDS.dcr} limit="lots"></dcr-news-feed>`);
      expect(items(el)).to.have.length(5);
      const hits = warnings.list.filter((w) => String(w[1]).includes('limit="lots"'));
      expect(hits).to.have.length(1);
      expect(String(hits[0][0])).to.equal('[dcr-news-feed]');
    });

    it('tag shows only items with that tag (any case)', async () => {
      const el = await render(html`<dcr-news-feed src=${FEEDS.rss} tag="Harm-Reduction"></dcr-news-feed>`);
      expect(titles(el)).to.deep.equal([
        'International Harm Reduction Day',
        'Pompidou Group publication presents experiences and responses to the Covid-19 pandemic by frontline workers and people who use drugs',
      ]);
      expect(shadow(el).querySelector('[part~="filters"]')).to.equal(null);
    });

    it('heading-level sets the title heading; a bad value falls back to 3 and warns', async () => {
      const h2 = await render(html`<dcr-news-feed src=${FEEDS.dcr} heading-level="2"></dcr-news-feed>`);
      expect(shadow(h2).querySelector('[part~="title"]')!.localName).to.equal('h2');
      const h6 = await render(html`<dcr-news-feed src=${FEEDS.dcr} heading-level="6"></dcr-news-feed>`);
      expect(shadow(h6).querySelector('[part~="title"]')!.localName).to.equal('h6');
      const bad = await render(html`<dcr-news-feed src=${FEEDS.dcr} heading-level="9"></dcr-news-feed>`);
      expect(shadow(bad).querySelector('[part~="title"]')!.localName).to.equal('h3');
      expect(warnings.list.filter((w) => String(w[1]).includes('heading-level="9"'))).to.have.length(1);
    });

    it('a bad layout falls back to list and warns', async () => {
      const el = await render(html`<dcr-news-feed src=${FEEDS.dcr} layout="grid"></dcr-news-feed>`);
      expect(shadow(el).querySelector('[part~="base"]')!.getAttribute('data-layout')).to.equal('list');
      expect(warnings.list.filter((w) => String(w[1]).includes('layout="grid"'))).to.have.length(1);
    });

    it('no-images hides the pictures', async () => {
      const el = await render(html`<dcr-news-feed src=${FEEDS.dcr} no-images></dcr-news-feed>`);
      expect(shadow(el).querySelector('img, [part~="image"]')).to.equal(null);
    });
  });

  describe('show more', () => {
    it('reveals the next `limit` items, moves focus to the first new one, and disappears at the end', async () => {
      const el = await render(html`<dcr-news-feed src=${FEEDS.jsonFeed} limit="3"></dcr-news-feed>`);
      expect(items(el)).to.have.length(3);
      expect(moreButton(el)!.textContent!.trim()).to.equal('Show 3 more');
      moreButton(el)!.click();
      await el.updateComplete;
      expect(items(el)).to.have.length(6);
      const focused = shadow(el).activeElement!;
      expect(focused.localName).to.equal('a');
      expect(focused.closest('[part~="item"]')).to.equal(items(el)[3]);
      expect(moreButton(el)!.textContent!.trim()).to.equal('Show 1 more');
      expect(shadow(el).querySelector('[aria-live]')!.textContent).to.equal('Showing 6 of 7 news items');
      moreButton(el)!.click();
      await el.updateComplete;
      expect(items(el)).to.have.length(7);
      expect(moreButton(el)).to.equal(null);
      expect(shadow(el).activeElement!.closest('[part~="item"]')).to.equal(items(el)[6]);
    });

    it('focus lands on the heading when the new item has no link', async () => {
      const el = await render(html`<dcr-news-feed src=${dcrFeed([{ id: 'a', title: 'A', date: '2021-02-01' }, { id: 'b', title: 'B', date: '2021-01-01' }])} limit="1"></dcr-news-feed>`);
      moreButton(el)!.click();
      await el.updateComplete;
      const focused = shadow(el).activeElement!;
      expect(focused.getAttribute('part')).to.equal('title');
      expect(focused.textContent!.trim()).to.equal('B');
    });
  });

  describe('tag chips', () => {
    it('filters shows chips; a chip filters in place, "All" shows everything again', async () => {
      const el = await render(html`<dcr-news-feed src=${FEEDS.dcr} filters limit="10"></dcr-news-feed>`);
      const chips = () => Array.from(shadow(el).querySelectorAll<HTMLButtonElement>('[part~="filters"] button'));
      expect(chips()[0].textContent!.trim()).to.equal('All');
      expect(chips()[0].getAttribute('aria-pressed')).to.equal('true');
      expect(chips()[1].textContent!.trim()).to.equal('harm-reduction');
      chips()[1].click();
      await el.updateComplete;
      expect(items(el)).to.have.length(2);
      expect(chips()[1].getAttribute('aria-pressed')).to.equal('true');
      expect(chips()[0].getAttribute('aria-pressed')).to.equal('false');
      expect(shadow(el).querySelector('[aria-live]')!.textContent).to.equal('Showing 2 of 2 news items');
      chips()[0].click();
      await el.updateComplete;
      expect(items(el)).to.have.length(7);
    });

    it('with a tag that matches nothing: an empty state with a "show all" action', async () => {
      const el = await render(html`<dcr-news-feed src=${FEEDS.dcr} filters tag="naloxone"></dcr-news-feed>`);
      const status = shadow(el).querySelector('[part~="status"]')!;
      expect(status.getAttribute('data-kind')).to.equal('empty');
      expect(status.textContent).to.contain('No news tagged “naloxone”.');
      const pressed = shadow(el).querySelector('[part~="filters"] [aria-pressed="true"]')!;
      expect(pressed.textContent!.trim()).to.equal('naloxone');
      status.querySelector('button')!.click();
      await el.updateComplete;
      expect(items(el)).to.have.length(5);
    });

    it('without chips, the empty state has no action', async () => {
      const el = await render(html`<dcr-news-feed src=${FEEDS.dcr} tag="naloxone"></dcr-news-feed>`);
      const status = shadow(el).querySelector('[part~="status"]')!;
      expect(status.textContent).to.contain('No news tagged “naloxone”.');
      expect(status.querySelector('button')).to.equal(null);
    });
  });

  describe('images', () => {
    const withImage = (image: object) => dcrFeed([{ id: 'a', title: 'With a picture', date: '2021-01-01', summary: 'Text.', image }]);

    it('lazy, with its alt text, or alt="" when it has none', async () => {
      const el = await render(html`<dcr-news-feed src=${withImage({ url: `${localImages}course.svg`, alt: { en: 'A meeting room', fr: 'Une salle' } })} lang="fr"></dcr-news-feed>`);
      const img = shadow(el).querySelector('img')!;
      expect(img.getAttribute('loading')).to.equal('lazy');
      expect(img.getAttribute('alt')).to.equal('Une salle');
      const none = await render(html`<dcr-news-feed src=${withImage({ url: `${localImages}course.svg` })}></dcr-news-feed>`);
      expect(shadow(none).querySelector('img')!.getAttribute('alt')).to.equal('');
    });

    for (const layout of ['list', 'cards']) {
      it(`${layout}: the picture's box is reserved, so loading it shifts nothing`, async () => {
        // Far below the fold, the lazy picture waits; scrolling to it loads it.
        const src = `${localImages}letter.svg?shift=${layout}-${Date.now()}`;
        const wrap = await fixture<HTMLElement>(html`<div>
          <div style="height: 3000px"></div>
          <dcr-news-feed style="width: 640px" layout=${layout} src=${withImage({ url: src })}></dcr-news-feed>
        </div>`);
        const el = await loaded(wrap.querySelector('dcr-news-feed')!);
        const img = shadow(el).querySelector('img')!;
        const article = items(el)[0];
        expect(img.complete, 'the picture should not have loaded yet').to.equal(false);
        const before = article.getBoundingClientRect();
        expect(img.getBoundingClientRect().height).to.be.greaterThan(40);
        el.scrollIntoView();
        await waitUntil(() => img.complete && img.naturalWidth > 0, 'the picture never loaded');
        const after = article.getBoundingClientRect();
        expect(after.height).to.equal(before.height);
        expect(after.width).to.equal(before.width);
        window.scrollTo(0, 0);
      });
    }
  });

  describe('safety', () => {
    for (const file of ['hostile.dcr.json', 'hostile.feed.json', 'hostile.rss.xml', 'hostile.atom.xml']) {
      it(`${file}: no script runs and no javascript:, data: or vbscript: address reaches the DOM`, async () => {
        const el = await render(html`<dcr-news-feed src=${`https://feeds.example.org/${file}`} limit="10" filters lang="en"></dcr-news-feed>`);
        expect(items(el)).to.have.length(4);
        // Let any injected handler (img onerror, svg onload) have its turn before looking at the canary.
        await new Promise((r) => requestAnimationFrame(r));
        await Promise.all(Array.from(shadow(el).querySelectorAll('img')).map((i) => i.decode().catch(() => undefined)));
        expect((window as unknown as Record<string, unknown>).__dcrCanary).to.equal(undefined);
        const root = shadow(el);
        expect(root.querySelectorAll('script, iframe, object, embed, svg, style:not([data-lit])').length).to.equal(0);
        for (const node of root.querySelectorAll('*')) {
          for (const attr of Array.from(node.attributes)) {
            expect(attr.name, `${node.localName}[${attr.name}]`).not.to.match(/^on/);
            if (attr.name === 'href' || attr.name === 'src') expect(attr.value).to.match(/^https?:\/\//);
          }
        }
        expect(root.innerHTML.toLowerCase()).not.to.match(/(href|src)="\s*(javascript|data|vbscript):/);
        expect(titles(el).some((t) => t.includes('Title one'))).to.equal(true);
      });
    }
  });

  describe('states and accessibility', () => {
    it('loading', async () => {
      const hold = deferred<Response>();
      net.restore();
      net = stubFetch({ 'https://feeds.example.org/slow.json': () => hold.promise });
      const el = await fixture<DcrNewsFeedElement>(html`<dcr-news-feed src="https://feeds.example.org/slow.json"></dcr-news-feed>`);
      const status = shadow(el).querySelector('[part~="status"]')!;
      expect(status.getAttribute('data-kind')).to.equal('loading');
      await expect(el).to.be.accessible();
      hold.resolve(new Response(await fixtureText('pompidou.feed.json')));
      await loaded(el);
      expect(items(el)).to.have.length(5);
    });

    it('list', async () => {
      const el = await render(html`<dcr-news-feed src=${FEEDS.dcr} filters></dcr-news-feed>`);
      await expect(el).to.be.accessible();
    });

    it('cards', async () => {
      const el = await render(html`<dcr-news-feed src=${FEEDS.jsonFeed} layout="cards" filters></dcr-news-feed>`);
      await expect(el).to.be.accessible();
    });

    it('empty', async () => {
      const el = await render(html`<dcr-news-feed src=${dcrFeed([])}></dcr-news-feed>`);
      expect(shadow(el).querySelector('[part~="status"]')!.textContent).to.contain('No news to show yet.');
      await expect(el).to.be.accessible();
    });

    it('error: a failed request offers retry, which really re-requests', async () => {
      const url = 'https://feeds.example.org/missing.json';
      let failed = false;
      const el = document.createElement('dcr-news-feed');
      el.addEventListener('dcr-error', () => (failed = true));
      el.src = url;
      const wrap = await fixture(html`<div></div>`);
      wrap.append(el);
      await loaded(el);
      expect(failed).to.equal(true);
      const status = shadow(el).querySelector('[part~="status"]')!;
      expect(status.getAttribute('data-kind')).to.equal('error');
      await expect(el).to.be.accessible();
      status.querySelector('button')!.click();
      await waitUntil(() => net.calls.filter((u) => u === url).length === 2);
    });

    it('error: a document that is no feed says what the widget reads', async () => {
      net.restore();
      net = stubFetch({ 'https://feeds.example.org/page': '<!doctype html><html><body><p>Our news</p></body></html>' });
      const el = await render(html`<dcr-news-feed src="https://feeds.example.org/page"></dcr-news-feed>`);
      const status = shadow(el).querySelector('[part~="status"]')!;
      expect(status.getAttribute('data-kind')).to.equal('error');
      expect(status.textContent).to.contain('JSON Feed, RSS, Atom').and.contain('web page');
      await expect(el).to.be.accessible();
    });
  });

  describe('i18n', () => {
    it('dates are localized in French and German; UI strings follow', async () => {
      const fr = await render(html`<dcr-news-feed src=${FEEDS.dcr} lang="fr"></dcr-news-feed>`);
      expect(shadow(fr).querySelector('[part~="date"]')!.textContent).to.equal('7 septembre 2021');
      expect(shadow(fr).querySelector('[part~="link"]')!.textContent).to.contain('Lire la suite');
      expect(moreButton(fr)!.textContent!.trim()).to.equal('Afficher 2 de plus');
      const de = await render(html`<dcr-news-feed src=${FEEDS.dcr} lang="de"></dcr-news-feed>`);
      expect(shadow(de).querySelector('[part~="date"]')!.textContent).to.equal('7. September 2021');
      expect(shadow(de).querySelector('[part~="link"]')!.textContent).to.contain('Weiterlesen');
    });

    it('a calendar date shows as that day in every time zone', async () => {
      const el = await render(html`<dcr-news-feed src=${dcrFeed([{ id: 'a', title: 'A', date: '2021-01-01' }])} lang="en"></dcr-news-feed>`);
      const time = shadow(el).querySelector('time')!;
      expect(time.getAttribute('datetime')).to.equal('2021-01-01');
      expect(time.textContent).to.equal('January 1, 2021');
    });
  });
});
