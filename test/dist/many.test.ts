/**
 * Proof 6 (issue 8): twenty drop-in widgets of all kinds on one page make one feed request; removing them all leaves
 * nothing running — no timer, interval, animation frame, observer, worker or map (counted by pages/probe.js).
 */
import { expect, waitUntil } from '@open-wc/testing';
import { TAGS, closePages, mapDrawn, openPage, requested, widgetsLoaded, type Live, type Page } from './harness.js';

const NOTHING: Live = { timeouts: [], intervals: [], frames: [], observers: [], workers: 0, maps: 0 };

describe('twenty widgets on one page', function () {
  this.timeout(120000);
  let page: Page;

  before(async () => {
    page = await openPage('/test/dist/pages/many.html', { width: 1100, height: 900 });
    // Two countdowns are inline events: they read no feed.
    await widgetsLoaded(page, 18);
  });

  after(closePages);

  it('twenty widgets, every kind, one request for the feed', () => {
    const widgets = page.doc.querySelectorAll(TAGS.join(','));
    expect(widgets).to.have.length(20);
    for (const tag of TAGS) expect(page.doc.querySelectorAll(tag), tag).to.have.length(5);
    expect(requested(page, /default-feed/)).to.have.length(1);
  });

  it('while they are on the page, their clocks, observers, workers and maps run', async () => {
    const [a, b] = page.doc.querySelectorAll('dcr-finder');
    await mapDrawn(a);
    await mapDrawn(b);
    const live = page.probe.live();
    expect(live.maps).to.equal(2);
    expect(live.workers).to.be.greaterThan(0);
    expect(live.observers.length).to.be.greaterThan(0);
    // The countdowns tick and two fact cards rotate.
    expect(live.timeouts.length + live.intervals.length).to.be.greaterThan(0);
  });

  it('removing them all leaves no timer, frame, observer, worker or map behind', async () => {
    for (const el of page.doc.querySelectorAll(TAGS.join(','))) el.remove();
    let left: Live = page.probe.live();
    // A timer due to fire may still fire once; after that nothing may re-arm.
    await waitUntil(
      () => {
        left = page.probe.live();
        return JSON.stringify(left) === JSON.stringify(NOTHING);
      },
      'something is still running',
      { timeout: 15000 },
    ).catch(() => undefined);
    expect(left).to.deep.equal(NOTHING);
    expect(page.probe.errors).to.deep.equal([]);
    expect(page.probe.logs).to.deep.equal([]);
  });
});
