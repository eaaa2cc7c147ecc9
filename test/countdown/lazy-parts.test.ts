// What a card needs to show, and to serve its buttons, comes with it; the JSON-LD writer comes only when wanted.
// A fresh page (this file's own), so nothing is loaded before these tests ask.
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import '../../src/countdown/event-countdown.js';
import type { DcrEventCountdownElement } from '../../src/countdown/event-countdown.js';
import { clearFeedCache } from '../../src/core/feed/loader.js';
import { feedWith, installClock, symposium, type FakeClock } from './helpers.js';

const requested = () => performance.getEntriesByType('resource').map((r) => r.name);
const fetched = (name: RegExp) => requested().some((r) => name.test(new URL(r).pathname));
const JSON_LD = /\/countdown\/event-json-ld\.[tj]s$/;

describe('countdown: parts loaded when wanted', () => {
  let time: FakeClock;
  beforeEach(() => (time = installClock('2023-05-01T10:00:00Z')));
  afterEach(() => {
    fixtureCleanup();
    time.restore();
    clearFeedCache();
  });

  it('once the card shows, the calendar file needs no network: a first tap (no hover, no focus before) offers it at once and fetches nothing', async () => {
    const el = await fixture<DcrEventCountdownElement>(html`<dcr-event-countdown src=${feedWith([symposium])} lang="en"></dcr-event-countdown>`);
    await waitUntil(() => el.shadowRoot!.querySelector('.calendar button'), 'no calendar button');
    await el.updateComplete;
    expect(fetched(JSON_LD), 'JSON-LD writer fetched without structured-data').to.equal(false);
    expect(el.querySelector('script')).to.equal(null);
    // From here on the page could be offline: whatever the tap needs must already be here.
    const before = requested();
    const realClick = HTMLAnchorElement.prototype.click;
    let fileName = '';
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      fileName = this.download;
    };
    try {
      el.shadowRoot!.querySelector<HTMLButtonElement>('.calendar button')!.click();
    } finally {
      HTMLAnchorElement.prototype.click = realClick;
    }
    // Within the tap itself (the reader's gesture), not after a download.
    expect(fileName, 'no file offered within the tap').to.equal('third-symposium-on-drug-consumption-rooms.ics');
    await new Promise((r) => setTimeout(r, 100));
    expect(requested().filter((r) => !before.includes(r)), 'requests after the card showed').to.deep.equal([]);
  });

  it('structured-data on a feed event, with the real clock running: the block comes once the feed has loaded', async () => {
    // The fake clock hid this: with a real one, the update that brings the feed also moves the clock, and an update that
    // changed only the clock was taken for a tick, which leaves the block as it is.
    time.restore();
    const upcoming = { ...symposium, id: 'next-year', start: `${new Date().getFullYear() + 1}-05-04T09:00:00+02:00`, end: `${new Date().getFullYear() + 1}-05-05T17:00:00+02:00` };
    const el = await fixture<DcrEventCountdownElement>(html`<dcr-event-countdown src=${feedWith([upcoming])} structured-data></dcr-event-countdown>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="title"]'), 'no title');
    await el.updateComplete;
    const script = el.querySelector('script[type="application/ld+json"]');
    expect(script, 'no JSON-LD block').to.not.equal(null);
    expect(JSON.parse(script!.textContent!).startDate).to.equal(upcoming.start);
    // Moved elsewhere on the page: the block leaves with the old place and comes back.
    const other = document.createElement('div');
    document.body.append(other);
    other.append(el);
    await el.updateComplete;
    expect(el.querySelectorAll('script[type="application/ld+json"]')).to.have.length(1);
    other.remove();
    expect(el.querySelector('script')).to.equal(null);
  });

  it('structured-data fetches the JSON-LD writer, and updateComplete waits for the block', async () => {
    const el = await fixture<DcrEventCountdownElement>(html`<dcr-event-countdown src=${feedWith([symposium])} structured-data lang="en"></dcr-event-countdown>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="title"]'), 'no title');
    await el.updateComplete;
    expect(fetched(JSON_LD)).to.equal(true);
    const data = JSON.parse(el.querySelector('script[type="application/ld+json"]')!.textContent!);
    expect(data.name).to.equal(symposium.name.en);
  });
});
