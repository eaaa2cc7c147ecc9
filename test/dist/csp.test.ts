/**
 * Proof 1 (issue 8): a partner page served with the strict CSP runs all four drop-in widgets, the finder's map
 * included, with zero `securitypolicyviolation` events.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { closePages, expectFourShown, mapDrawn, openPage, widgetsLoaded, type Page } from './harness.js';

const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; worker-src 'self'; img-src 'self' data: blob:; connect-src 'self'";

describe('drop-in under a strict Content-Security-Policy', function () {
  this.timeout(60000);
  let page: Page;

  before(async () => {
    page = await openPage('/test/dist/pages/csp.html');
    await widgetsLoaded(page, 4);
  });

  after(closePages);

  it('the page and the drop-in files are served with exactly the strict policy', async () => {
    for (const url of ['/test/dist/pages/csp.html', '/dist/cdn/dcr-widgets.js']) {
      const res = await fetch(url);
      expect(res.headers.get('content-security-policy'), url).to.equal(STRICT_CSP);
    }
  });

  it('all four widgets render their content', async () => {
    const $ = (tag: string) => page.doc.querySelector(tag)!;
    expectFourShown(page);
    for (const tag of ['dcr-finder', 'dcr-event-countdown', 'dcr-news-feed', 'dcr-fact-card']) {
      const box = $(tag).getBoundingClientRect();
      expect(box.width > 300 && box.height > 60, `${tag} is laid out (${box.width}×${box.height})`).to.equal(true);
    }
  });

  it('the finder map draws, with maplibre and its worker loaded from the page origin', async () => {
    const canvas = await mapDrawn(page.doc.querySelector('dcr-finder')!);
    expect(canvas.clientWidth).to.be.greaterThan(300);
    const worker = page.win.performance.getEntriesByType('resource').find((e) => /maplibre-gl-worker/.test(e.name));
    expect(worker?.name.startsWith(page.win.location.origin), 'the worker script is a same-origin file').to.equal(true);
  });

  it('no securitypolicyviolation, no uncaught error, no console error or warning', () => {
    expect(page.probe.violations).to.deep.equal([]);
    expect(page.probe.errors).to.deep.equal([]);
    expect(page.probe.logs).to.deep.equal([]);
  });

  it('the probe does see a violation when one happens (the policy is really enforced)', async () => {
    const style = page.doc.createElement('style');
    style.textContent = 'body { outline: 1px solid red }';
    page.doc.head.append(style);
    // The event is queued as a task: wait for it.
    await waitUntil(() => page.probe.violations.length > 0, 'the inline <style> was not reported');
    expect(page.probe.violations.map((v) => v.directive)).to.deep.equal(['style-src-elem']);
  });
});
