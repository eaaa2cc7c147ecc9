/**
 * Proof 4 (issue 8): with the default configuration the drop-in asks nothing of any third party — every request,
 * worker included, goes to the page's own origin. And it fetches only what is needed: an entry registers only its
 * widget, a list-only finder never fetches the map, a feed given by the page keeps the default feed unfetched.
 */
import { expect } from '@open-wc/testing';
import { TAGS, closePages, mapDrawn, openHtml, requested, widgetsLoaded, type Page } from './harness.js';

/** Files of the map: only a finder map on screen may fetch them. */
const MAP_FILES = /\/chunks\/(map|maplibre-gl)-|maplibre-gl-worker|world-50m/;
const defined = (page: Page) => TAGS.filter((t) => page.win.customElements.get(t));

describe('requests made by the drop-in', function () {
  this.timeout(90000);
  afterEach(closePages);

  it('default configuration, French page, map on screen: every request and worker is same-origin', async () => {
    const page = await openHtml(
      `<main lang="fr"><dcr-finder view="split" style="display:block;height:520px"></dcr-finder>
       <dcr-event-countdown></dcr-event-countdown><dcr-news-feed></dcr-news-feed><dcr-fact-card></dcr-fact-card></main>
       <script type="module" src="/dist/cdn/dcr-widgets.js"></script>`,
    );
    await widgetsLoaded(page, 4);
    await mapDrawn(page.doc.querySelector('dcr-finder')!);
    const entries = page.win.performance.getEntriesByType('resource').map((e) => e.name);
    // The page really fetched its parts: the default feed, the French catalog, maplibre, its worker, the basemap.
    for (const re of [/default-feed-/, /\/chunks\/fr-/, /\/chunks\/maplibre-gl-/, /maplibre-gl-worker-/, /world-50m-/]) {
      expect(entries.some((e) => re.test(e)), `${re} was fetched`).to.equal(true);
    }
    const origin = page.win.location.origin;
    expect(entries.filter((e) => new URL(e).origin !== origin)).to.deep.equal([]);
    expect(page.probe.workerUrls).to.have.length.at.least(1);
    expect(page.probe.workerUrls.filter((u) => new URL(u).origin !== origin)).to.deep.equal([]);
    expect(page.probe.errors).to.deep.equal([]);
  });

  it('fact-card.js alone registers only <dcr-fact-card> and fetches nothing of the other widgets or the map', async () => {
    const page = await openHtml(`<dcr-fact-card></dcr-fact-card><script type="module" src="/dist/cdn/fact-card.js"></script>`);
    await widgetsLoaded(page, 1);
    expect(defined(page)).to.deep.equal(['dcr-fact-card']);
    const files = requested(page, /^\/dist\/cdn\//);
    expect(files).to.include('/dist/cdn/fact-card.js');
    expect(files.filter((f) => /\/(dcr-widgets|finder|news-feed|event-countdown)\.js$/.test(f) || MAP_FILES.test(f))).to.deep.equal([]);
    // Its chunks: core (Lit, the base element, the feed reader) and the facilities rules it shares with the finder (its
    // own facts rules are in its entry); nothing lazy of another widget.
    const chunks = files.filter((f) => f.includes('/chunks/')).map((f) => /\/chunks\/([a-z-]+)-[\w-]{8}\.js$/.exec(f)?.[1] ?? f);
    expect(chunks.sort()).to.deep.equal(['core', 'facilities-rules']);
  });

  it('a list-only finder (finder.js) never fetches maplibre, its worker or the basemap', async () => {
    const page = await openHtml(
      `<dcr-finder view="list" style="display:block;height:500px"></dcr-finder><script type="module" src="/dist/cdn/finder.js"></script>`,
    );
    await widgetsLoaded(page, 1);
    expect(defined(page)).to.deep.equal(['dcr-finder']);
    expect(page.doc.querySelector('dcr-finder')!.shadowRoot!.querySelectorAll('[part~=item]').length).to.be.greaterThan(10);
    expect(requested(page, MAP_FILES)).to.deep.equal([]);
    expect(page.probe.workerUrls).to.deep.equal([]);
  });

  it('a feed named by the page (<meta name="dcr-feed">) leaves the bundled default feed unfetched', async () => {
    const page = await openHtml(
      `<meta name="dcr-feed" content="/test/fixtures/feeds/good-full.json"><dcr-news-feed></dcr-news-feed>
       <script type="module" src="/dist/cdn/news-feed.js"></script>`,
    );
    await widgetsLoaded(page, 1);
    expect(requested(page, /good-full\.json$/)).to.have.length(1);
    expect(requested(page, /default-feed/)).to.deep.equal([]);
    expect(defined(page)).to.deep.equal(['dcr-news-feed']);
  });
});
