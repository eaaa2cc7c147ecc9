/**
 * Proof 2 (issue 8): loading the library more than once is harmless — the drop-in twice (and a widget's own file
 * beside it, and another copy from another address), and the npm build plus the drop-in on one page.
 */
import { expect } from '@open-wc/testing';
import { TAGS, closePages, expectFourShown, mapDrawn, openPage, requested, widgetsLoaded, type Page } from './harness.js';

/** What a visitor sees: every widget with its content, the map drawn. */
async function expectWorking(page: Page): Promise<void> {
  await widgetsLoaded(page, 4);
  const $ = (tag: string) => page.doc.querySelector(tag)!;
  expectFourShown(page);
  await mapDrawn($('dcr-finder'));
  for (const tag of TAGS) expect(page.win.customElements.get(tag), tag).to.be.a('function');
}

describe('the library loaded more than once', function () {
  this.timeout(90000);
  afterEach(closePages);

  it('the drop-in twice, a widget file beside it and a second copy from another address: no error, widgets work', async () => {
    const page = await openPage('/test/dist/pages/twice.html');
    await expectWorking(page);
    // Both copies really loaded (each its own core: Lit, base element, feed loader).
    expect(requested(page, /^\/dist\/cdn\/chunks\/core-/)).to.have.length(1);
    expect(requested(page, /^\/test\/dist\/copy\/cdn\/chunks\/core-/)).to.have.length(1);
    expect(page.probe.errors).to.deep.equal([]);
    // Same version twice is silent (a different version would warn once per tag).
    expect(page.probe.logs).to.deep.equal([]);
    expect(page.probe.violations).to.deep.equal([]);
  });

  it('the npm build and the drop-in on one page: no error, widgets work', async () => {
    const page = await openPage('/test/dist/pages/npm-and-cdn.html');
    await expectWorking(page);
    expect(requested(page, /^\/dist\/esm\/core\/element\.js$/)).to.have.length(1);
    expect(requested(page, /^\/dist\/cdn\/chunks\/core-/)).to.have.length(1);
    expect(page.probe.errors).to.deep.equal([]);
    // The test server hands the npm build Lit's development build, as a bundler's dev server would: its dev-mode
    // notice is Lit's own. Nothing else is logged.
    const ours = page.probe.logs.filter((l) => !/^warn: Lit is in dev mode\./.test(l));
    expect(ours).to.deep.equal([]);
  });
});
