/**
 * Proof 1, second case: the drop-in served from a CDN (another origin, under a sub-path) on a page with the strict
 * CSP plus what README "Content Security Policy" says to add for a CDN — the CDN's origin in script-src,
 * connect-src and worker-src, and blob: in worker-src — runs all four widgets, the map included, with zero
 * violations. (Without the CDN in worker-src the map's worker fails silently: its violations reach no page event.)
 */
import { expect } from '@open-wc/testing';
import { closePages, expectFourShown, mapDrawn, openHtml, openPage, widgetsLoaded, type Page } from './harness.js';

describe('drop-in from a CDN origin under the documented CSP', function () {
  this.timeout(60000);
  let page: Page;
  let cdn: string;

  before(async () => {
    page = await openPage('/test/dist/pages/cdn-origin.html');
    cdn = new URL(page.doc.querySelector<HTMLScriptElement>('script[type=module]')!.src).origin;
    await widgetsLoaded(page, 4);
  });

  after(closePages);

  it('the page is served with the strict policy plus the CDN origin and blob: workers, nothing more', async () => {
    const res = await fetch('/test/dist/pages/cdn-origin.html');
    expect(cdn).to.not.equal(location.origin);
    expect(res.headers.get('content-security-policy')).to.equal(
      `default-src 'self'; script-src 'self' ${cdn}; style-src 'self'; worker-src blob: ${cdn}; img-src 'self' data: blob:; connect-src 'self' ${cdn}`,
    );
  });

  it('all four widgets render from the CDN copy, and the map draws with its worker started from blob:', async () => {
    const $ = (tag: string) => page.doc.querySelector(tag)!;
    expectFourShown(page);
    await mapDrawn($('dcr-finder'));
    const fetched = page.win.performance.getEntriesByType('resource').map((e) => e.name);
    for (const re of [/\/dcr-widgets\/chunks\/core-/, /\/dcr-widgets\/assets\/default-feed-/, /\/dcr-widgets\/assets\/world-50m-/]) {
      const hit = fetched.find((e) => re.test(e));
      expect(hit && new URL(hit).origin, `${re} from the CDN`).to.equal(cdn);
    }
    expect(page.probe.workerUrls.length).to.be.greaterThan(0);
    expect(page.probe.workerUrls.every((u) => u.startsWith('blob:'))).to.equal(true);
  });

  it('no securitypolicyviolation, no uncaught error, no console output', () => {
    expect(page.probe.violations).to.deep.equal([]);
    expect(page.probe.errors).to.deep.equal([]);
    expect(page.probe.logs).to.deep.equal([]);
  });

  it('from another origin, the files need the CORS header: without it the browser refuses the module and the tag stays undefined', async () => {
    // README "Plain HTML and WordPress": a module script from another origin is fetched in CORS mode.
    const tagDefined = async (base: string) => {
      const p = await openHtml(`<script type="module" src="${base}/fact-card.js"></script><dcr-fact-card></dcr-fact-card>`);
      return p.win.customElements.get('dcr-fact-card') !== undefined;
    };
    expect(await tagDefined(`${cdn}/no-cors/dcr-widgets`), 'served without Access-Control-Allow-Origin').to.equal(false);
    expect(await tagDefined(`${cdn}/dcr-widgets`), 'served with Access-Control-Allow-Origin: *').to.equal(true);
  });
});
