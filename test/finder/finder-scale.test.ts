import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { clearFeedCache } from '../../src/core/feed/loader.js';
import { DcrFinderElement } from '../../src/finder/finder.js';
import type { Facility } from '../../src/core/feed/types.js';
import { $, $$, count, item, maps, mount, realMapModule, root, search, useFakeMap } from './element-helpers.js';
import { facility } from './fixtures.js';
import { PAGE } from '../../src/finder/list.js';

const N = 10_000;
const id = (i: number) => `p${String(i).padStart(5, '0')}`;
// One city, names numbered: the list's order (country, city, name with numeric collation) is the index.
const features: Facility[] = Array.from({ length: N }, (_, i) =>
  facility(id(i), { name: `Place ${i + 1}`, lon: 7.75 + (i % 100) / 1000, lat: 48.58 + Math.floor(i / 100) / 1000 }),
);
let url = '';

const focusedId = (el: DcrFinderElement) => (root(el).activeElement as HTMLElement | null)?.dataset.id;
const posOf = (el: DcrFinderElement, pid: string) => item(el, pid).closest('li')!.getAttribute('aria-posinset');

describe('<dcr-finder> with 10 000 places', function () {
  this.timeout(60_000);
  before(() => {
    url = URL.createObjectURL(new Blob([JSON.stringify({ version: '1', facilities: { type: 'FeatureCollection', features } })], { type: 'application/json' }));
  });
  after(() => URL.revokeObjectURL(url));
  beforeEach(() => useFakeMap());
  afterEach(() => {
    DcrFinderElement.loadMapModule = realMapModule;
    history.replaceState(null, '', location.pathname + location.search);
  });
  // One feed for the whole file: the loader's cache keeps it between tests.
  after(() => clearFeedCache());

  it('renders a window of items in a real list; each says its place among all 10 000; accessible', async () => {
    const el = await mount(html`<dcr-finder src=${url}></dcr-finder>`);
    expect(count(el)).to.equal('10,000 of 10,000 places');
    const list = $(el, '[part=list]')!;
    expect(list.tagName).to.equal('UL');
    const lis = $$(el, '[part=list] > li');
    expect(lis).to.have.length(PAGE);
    expect(lis.map((li) => li.getAttribute('aria-posinset')).slice(0, 3)).to.deep.equal(['1', '2', '3']);
    expect(lis.every((li) => li.getAttribute('aria-setsize') === '10000')).to.equal(true);
    expect($(el, '.more')!.textContent!.trim()).to.equal(`Show ${PAGE} more places`);
    await expect(el).to.be.accessible();
  });

  it('keyboard reaches every place: End to the last, arrows across the window edge, Home back to the first', async () => {
    const el = await mount(html`<dcr-finder src=${url}></dcr-finder>`);
    item(el, id(0)).focus();
    await sendKeys({ press: 'End' });
    await waitUntil(() => focusedId(el) === id(N - 1), 'End did not reach the last place');
    expect(posOf(el, id(N - 1))).to.equal('10000');
    await sendKeys({ press: 'ArrowUp' });
    expect(focusedId(el)).to.equal(id(N - 2));
    // The window now ends the list; the places before it are one button away.
    expect($(el, '.earlier')!.textContent!.trim()).to.equal(`Show ${PAGE} earlier places`);
    await sendKeys({ press: 'Home' });
    await waitUntil(() => focusedId(el) === id(0), 'Home did not reach the first place');
    item(el, id(PAGE - 1)).focus();
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => focusedId(el) === id(PAGE), 'ArrowDown did not cross the window edge');
    expect(posOf(el, id(PAGE))).to.equal(String(PAGE + 1));
  });

  it('scrolling near the end of the rendered items renders the next ones', async () => {
    const el = await mount(html`<dcr-finder src=${url}></dcr-finder>`);
    $(el, 'li[data-more]')!.scrollIntoView();
    await waitUntil(() => $$(el, '[part=item]').length === 2 * PAGE, 'no more items after scrolling');
    expect(posOf(el, id(2 * PAGE - 1))).to.equal(String(2 * PAGE));
  });

  it('in the split view the list scrolls in its own pane, and scrolling it renders more too', async () => {
    const el = await mount(html`<dcr-finder src=${url}></dcr-finder>`, 1000);
    const pane = $(el, '.list-pane')!;
    expect(pane.scrollHeight).to.be.above(pane.clientHeight);
    expect($$(el, '[part=item]')).to.have.length(PAGE);
    // As a wheel or a finger scrolls it: the pane's own scrolling brings the item that asks for more into view (the page
    // does not move). Setting scrollTop to the very end jumped past that item, and the test passed only when an earlier
    // test's state had already rendered more before the scroll.
    const more = $(el, 'li[data-more]')!;
    const pageY = window.scrollY;
    pane.scrollTop += more.getBoundingClientRect().top - pane.getBoundingClientRect().top - 100;
    expect(window.scrollY).to.equal(pageY);
    await waitUntil(() => $$(el, '[part=item]').length >= 2 * PAGE, 'no more items after scrolling the pane');
  });

  it('in the split view a scrollbar dragged to the end in one move renders more too', async () => {
    const el = await mount(html`<dcr-finder src=${url}></dcr-finder>`, 1000);
    const pane = $(el, '.list-pane')!;
    expect($$(el, '[part=item]')).to.have.length(PAGE);
    // One jump from the top to the very end: the item a few places before the end is never on screen on the way.
    pane.scrollTop = pane.scrollHeight;
    await waitUntil(() => $$(el, '[part=item]').length >= 2 * PAGE, 'no more items after jumping to the end of the pane');
    expect(posOf(el, id(2 * PAGE - 1))).to.equal(String(2 * PAGE));
  });

  it('search narrows 10 000 to the one place asked for; selecting it fires dcr-facility-select', async () => {
    const el = await mount(html`<dcr-finder src=${url}></dcr-finder>`);
    await search(el, 'place 9999');
    expect(count(el)).to.equal('1 of 10,000 places');
    expect($$(el, '[part=item]').map((b) => b.dataset.id)).to.deep.equal([id(9998)]);
    // All of the results are shown: no window to announce.
    expect($(el, '[part=list] > li')!.hasAttribute('aria-setsize')).to.equal(false);
    const seen: string[] = [];
    el.addEventListener('dcr-facility-select', (e) => seen.push(e.id));
    item(el, id(9998)).click();
    await el.updateComplete;
    expect(seen).to.deep.equal([id(9998)]);
    expect($(el, '[part=details]')!.dataset.id).to.equal(id(9998));
  });

  it('a deep link to place 9 001 opens it; Back returns focus to its item, rendered among its neighbours', async () => {
    history.replaceState(null, '', `#dcr-facility=${id(9000)}`);
    const el = await mount(html`<dcr-finder src=${url}></dcr-finder>`);
    await waitUntil(() => $(el, `[part=details][data-id="${id(9000)}"]`), 'deep link not opened');
    $(el, '.back')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => focusedId(el) === id(9000), 'focus not on the item of the place');
    expect(posOf(el, id(9000))).to.equal('9001');
    $<HTMLButtonElement>(el, '.earlier')!.click();
    await waitUntil(() => $$(el, '[part=item]').length === 2 * PAGE, 'earlier places not shown');
    // The window began a few places before 9 001; focus is on the first of the places just shown above it.
    const first = Number($$(el, '[part=list] > li')[0].getAttribute('aria-posinset'));
    expect(Number(posOf(el, focusedId(el)!))).to.equal(first);
    expect(first).to.be.within(9001 - PAGE - 20, 9001 - PAGE);
  });

  it('a map pick far down the list renders, marks and scrolls to its item', async () => {
    const el = await mount(html`<dcr-finder src=${url}></dcr-finder>`, 1000);
    await waitUntil(() => maps[0]?.points.length === 1, 'map never got its points');
    expect(maps[0].points[0]).to.have.length(N);
    maps[0].options.onSelect(id(7500));
    await waitUntil(() => item(el, id(7500))?.getAttribute('aria-current') === 'true', 'map pick not in the list');
    const pane = $(el, '.list-pane')!.getBoundingClientRect();
    const box = item(el, id(7500)).getBoundingClientRect();
    expect(box.top).to.be.at.least(pane.top - 1);
    expect(box.bottom).to.be.at.most(pane.bottom + 1);
  });
});
