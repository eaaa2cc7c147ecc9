import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import ICAL from 'ical.js';
import { clearFeedCache } from '../../src/core/feed/loader.js';
import '../../src/countdown/event-countdown.js';
import { DcrEventCountdownElement, EventEndEvent, EventStartEvent } from '../../src/countdown/event-countdown.js';
import { captureWarnings, feedWith, installClock, secondSymposium, setTabHidden, symposium, type FakeClock, type Warnings } from './helpers.js';

type El = DcrEventCountdownElement;

const $ = (el: Element, sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel);
const $$ = (el: Element, sel: string) => Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>(sel));
const text = (el: Element, sel: string) => $(el, sel)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const digits = (el: Element) => Array.from(el.shadowRoot!.querySelectorAll('[part~="countdown"] .num')).map((n) => n.textContent!.trim());
const labels = (el: Element) => Array.from(el.shadowRoot!.querySelectorAll('[part~="countdown"] .label')).map((n) => n.textContent!.trim());
const spoken = (el: Element) => text(el, '[part~="countdown"] .visually-hidden');

async function ready(el: El): Promise<El> {
  await waitUntil(() => $(el, '.card, [part~="status"]:not([data-kind="loading"])'), 'the card never settled');
  await el.updateComplete;
  return el;
}

const render = async (t: ReturnType<typeof html>) => ready(await fixture<El>(t));

/** Records every fetch (data: feeds pass through; other addresses answer with `routes` or 404). */
function stubFetch(routes: Record<string, () => Promise<Response>> = {}) {
  const real = window.fetch;
  const calls: string[] = [];
  window.fetch = ((input: RequestInfo | URL) => {
    const url = input instanceof Request ? input.url : String(input);
    calls.push(url);
    if (routes[url]) return routes[url]();
    if (url.startsWith('data:')) return real(input);
    return Promise.resolve(new Response('not found', { status: 404 }));
  }) as typeof fetch;
  return { calls, restore: () => (window.fetch = real) };
}

describe('<dcr-event-countdown>', () => {
  let time: FakeClock;
  let warnings: Warnings;
  let net: ReturnType<typeof stubFetch>;
  const feed = feedWith([symposium, secondSymposium]);

  beforeEach(() => {
    time = installClock('2023-05-01T10:00:00Z');
    warnings = captureWarnings();
    net = stubFetch();
  });

  afterEach(() => {
    fixtureCleanup();
    setTabHidden(false);
    time.restore();
    warnings.restore();
    net.restore();
    clearFeedCache();
    localStorage.clear();
  });

  describe('registration', () => {
    it('is defined as dcr-event-countdown, and importing it twice is harmless', async () => {
      expect(customElements.get('dcr-event-countdown')).to.equal(DcrEventCountdownElement);
      await import('../../src/countdown/event-countdown.js');
      expect(customElements.get('dcr-event-countdown')).to.equal(DcrEventCountdownElement);
      expect(warnings.list).to.deep.equal([]);
    });
  });

  describe('states', () => {
    it('upcoming: title, dates in the venue zone, place, countdown, registration and calendar', async () => {
      const el = await render(html`<dcr-event-countdown src=${feed} lang="en"></dcr-event-countdown>`);
      expect(text(el, '[part~="title"]')).to.equal('Third symposium on drug consumption rooms');
      expect($(el, '[part~="title"]')!.getAttribute('role')).to.equal('heading');
      expect($(el, '[part~="title"]')!.getAttribute('aria-level')).to.equal('2');
      expect(text(el, '[part~="dates"] time')).to.equal('Thu, May 4, 2023 at 9:00 AM – Fri, May 5, 2023 at 5:00 PM');
      expect($(el, '[part~="dates"] time')!.getAttribute('datetime')).to.equal('2023-05-04T09:00:00+02:00');
      expect(text(el, '[part~="dates"] .zone')).to.equal('Central European Time');
      expect(text(el, '[part~="location"]')).to.include('Council of Europe, Strasbourg, France');
      expect($(el, '[part~="location"] a')!.getAttribute('href')).to.include('mlat=48.5901&mlon=7.7737');
      // 2023-05-01 10:00 UTC → 2023-05-04 07:00 UTC
      expect(digits(el)).to.deep.equal(['2', '21', '00', '00']);
      expect(labels(el)).to.deep.equal(['days', 'hours', 'minutes', 'seconds']);
      expect(spoken(el)).to.equal('Starts in 2 days, 21 hours');
      const timer = $(el, '[role="timer"]')!;
      expect(timer.getAttribute('aria-live')).to.equal('off');
      expect(timer.closest('[aria-live="polite"], [aria-live="assertive"], [role="status"]')).to.equal(null);
      expect(text(el, '.organizers')).to.equal('Organised by City of Strasbourg (opens in a new tab) and Pompidou Group');
      const actions = $(el, '[part~="actions"]')!;
      expect(actions.querySelector('a.cta')!.getAttribute('href')).to.equal(symposium.registrationUrl);
      expect(actions.querySelector('button')!.textContent).to.equal('Calendar file (.ics)');
      expect(Array.from(actions.querySelectorAll('.calendar a')).map((a) => new URL(a.getAttribute('href')!).hostname)).to.deep.equal([
        'calendar.google.com',
        'outlook.live.com',
      ]);
      await expect(el).to.be.accessible();
      expect(warnings.list).to.deep.equal([]);
    });

    it('live: "happening now", day 1 of 2, then day 2 of 2; no countdown', async () => {
      time.jump(Date.parse('2023-05-04T10:00:00Z'));
      const el = await render(html`<dcr-event-countdown src=${feed} lang="en"></dcr-event-countdown>`);
      expect(text(el, '[part~="banner"]')).to.equal('Happening now, day 1 of 2');
      expect($(el, '[part~="countdown"]')).to.equal(null);
      expect($(el, '[part~="actions"] a.cta')).to.not.equal(null);
      await expect(el).to.be.accessible();
      time.jump(Date.parse('2023-05-05T08:00:00Z'));
      setTabHidden(true);
      setTabHidden(false);
      await el.updateComplete;
      expect(text(el, '[part~="banner"]')).to.equal('Happening now, day 2 of 2');
    });

    it('ended: "took place on …", no countdown, no registration, no calendar', async () => {
      time.jump(Date.parse('2024-01-10T10:00:00Z'));
      const el = await render(html`<dcr-event-countdown src=${feed} lang="en"></dcr-event-countdown>`);
      expect(text(el, '[part~="title"]')).to.equal('Third symposium on drug consumption rooms');
      expect(text(el, '[part~="dates"]')).to.equal('Took place on May 4 – 5, 2023');
      expect($(el, '[part~="countdown"]')).to.equal(null);
      expect($(el, '[part~="banner"]')).to.equal(null);
      expect($(el, '.cta')).to.equal(null);
      expect($(el, '.calendar')).to.equal(null);
      expect(text(el, '[part~="actions"]')).to.include('Event page');
      await expect(el).to.be.accessible();
    });

    it('cancelled and postponed: a clear banner, the planned dates, no countdown, no calendar', async () => {
      const src = feedWith([
        { ...symposium, id: 'c', start: '2023-06-01', end: '2023-06-02', status: 'cancelled' },
        { ...symposium, id: 'p', start: '2023-07-01', end: '2023-07-02', status: 'postponed' },
      ]);
      const c = await render(html`<dcr-event-countdown src=${src} event="c" lang="en"></dcr-event-countdown>`);
      expect(text(c, '[part~="banner"] strong')).to.equal('Cancelled');
      expect(text(c, '[part~="banner"] .note')).to.equal('This event will not take place.');
      expect($(c, '[part~="banner"]')!.dataset.state).to.equal('cancelled');
      expect(text(c, '[part~="dates"]')).to.equal('Was planned for June 1 – 2, 2023');
      expect($(c, '[part~="countdown"]')).to.equal(null);
      expect($(c, '.calendar')).to.equal(null);
      expect($(c, '.cta')).to.equal(null);
      await expect(c).to.be.accessible();
      const p = await render(html`<dcr-event-countdown src=${src} event="p" lang="en"></dcr-event-countdown>`);
      expect(text(p, '[part~="banner"]')).to.equal('Postponed New dates will be announced.');
      expect($(p, '[part~="countdown"]')).to.equal(null);
      await expect(p).to.be.accessible();
    });

    it('a feed with no events shows the empty status', async () => {
      const el = await render(html`<dcr-event-countdown src=${feedWith([])} lang="en"></dcr-event-countdown>`);
      expect($(el, '[part~="status"]')!.dataset.kind).to.equal('empty');
      expect(text(el, '[part~="status"]')).to.equal('No event to show yet.');
      await expect(el).to.be.accessible();
    });

    it('an unknown event id says so clearly and warns once', async () => {
      const el = await render(html`<dcr-event-countdown src=${feed} event="symposium-2099" lang="en"><p>4–5 May</p></dcr-event-countdown>`);
      expect($(el, '[part~="status"]')!.dataset.kind).to.equal('error');
      expect(text(el, '[part~="status"]')).to.include('The feed has no event with the id “symposium-2099”.');
      expect($(el, 'slot')).to.not.equal(null);
      expect(warnings.list.filter((w) => w.includes('event="symposium-2099"'))).to.have.length(1);
      await expect(el).to.be.accessible();
    });

    it('an event id the feed has, but whose record was skipped as invalid, says that (not "no event"), and why in the console', async () => {
      const broken = { ...secondSymposium, id: 'broken', start: 'next spring' };
      const el = await render(html`<dcr-event-countdown src=${feedWith([symposium, broken])} event="broken" lang="en"></dcr-event-countdown>`);
      expect($(el, '[part~="status"][data-kind="error"]')).to.not.equal(null);
      expect(text(el, '[part~="status"][data-kind="error"]')).to.include('The feed has an event with the id “broken”, but it is not valid, so it is not shown.');
      expect(text(el, '.skipped-note')).to.include('1 record');
      const said = warnings.list.filter((w) => w.includes('event="broken"'));
      expect(said).to.have.length(1);
      expect(said[0]).to.include('skipped as invalid').and.include('/events/1');
      await expect(el).to.be.accessible();
    });

    it('without an event id: the next event not ended, else the latest', async () => {
      time.jump(Date.parse('2021-06-01T00:00:00Z'));
      const first = await render(html`<dcr-event-countdown src=${feed} lang="en"></dcr-event-countdown>`);
      expect(text(first, '[part~="title"]')).to.equal(secondSymposium.name);
      time.jump(Date.parse('2022-01-01T00:00:00Z'));
      const next = await render(html`<dcr-event-countdown src=${feed} lang="en"></dcr-event-countdown>`);
      expect(text(next, '[part~="title"]')).to.equal('Third symposium on drug consumption rooms');
      time.jump(Date.parse('2026-01-01T00:00:00Z'));
      const latest = await render(html`<dcr-event-countdown src=${feed} lang="en"></dcr-event-countdown>`);
      expect(text(latest, '[part~="title"]')).to.equal('Third symposium on drug consumption rooms');
      expect(text(latest, '[part~="dates"]')).to.include('Took place on');
    });

    it('an all-day event shows its dates without times or zone', async () => {
      time.jump(Date.parse('2021-06-01T00:00:00Z'));
      const el = await render(html`<dcr-event-countdown src=${feed} event="symposium-2021" lang="en"></dcr-event-countdown>`);
      expect(text(el, '[part~="dates"]')).to.equal('Thu, July 1, 2021');
      expect($(el, '[part~="dates"] .zone')).to.equal(null);
      // Midnight in Paris on 1 July is 22:00 UTC on 30 June.
      expect(digits(el)).to.deep.equal(['29', '22', '00', '00']);
    });
  });

  describe('inline events', () => {
    it('makes no feed request at all', async () => {
      const el = await render(html`<dcr-event-countdown
        name="Harm reduction day"
        start="2023-05-10T09:00"
        end="2023-05-10T17:00"
        time-zone="Europe/Paris"
        location="Palais des congrès, Strasbourg"
        url="https://example.org/day"
        registration-url="https://example.org/day/register"
        lang="en"
      ></dcr-event-countdown>`);
      expect(text(el, '[part~="title"]')).to.equal('Harm reduction day');
      expect(text(el, '[part~="location"]')).to.include('Palais des congrès, Strasbourg');
      expect($(el, '[part~="location"] a')!.getAttribute('href')).to.equal(
        'https://www.openstreetmap.org/search?query=Palais%20des%20congr%C3%A8s%2C%20Strasbourg',
      );
      expect($(el, '.cta')!.getAttribute('href')).to.equal('https://example.org/day/register');
      expect(digits(el)).to.deep.equal(['8', '21', '00', '00']);
      expect(net.calls).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    const invalid: [string, ReturnType<typeof html>, string][] = [
      ['start', html`<dcr-event-countdown name="X" start="2026-02-30" time-zone="Europe/Paris" lang="en"><time>soon</time></dcr-event-countdown>`, 'start="2026-02-30" is not valid'],
      ['end', html`<dcr-event-countdown name="X" start="2026-03-02" end="2026-03-01" lang="en"><time>soon</time></dcr-event-countdown>`, 'end="2026-03-01" is before the start'],
      ['time-zone', html`<dcr-event-countdown name="X" start="2026-03-02" time-zone="Mars/Olympus" lang="en"><time>soon</time></dcr-event-countdown>`, 'time-zone="Mars/Olympus" is not valid'],
      ['time-zone (needed)', html`<dcr-event-countdown name="X" start="2026-03-02T09:00" lang="en"><time>soon</time></dcr-event-countdown>`, 'a time-zone attribute is needed'],
      ['name', html`<dcr-event-countdown start="2026-03-02" lang="en"><time>soon</time></dcr-event-countdown>`, 'the name attribute is missing'],
    ];
    for (const [attr, template, message] of invalid) {
      it(`a bad ${attr} shows the error state naming it, keeps the partner's content, and warns`, async () => {
        const el = await render(template);
        const status = $(el, '[part~="status"]')!;
        expect(status.dataset.kind).to.equal('error');
        expect(status.textContent).to.include(message);
        expect($(el, '.card')).to.equal(null);
        expect($(el, 'slot')).to.not.equal(null);
        expect(warnings.list.some((w) => w.startsWith('[dcr-event-countdown]') && w.includes(attr.split(' ')[0]))).to.equal(true);
        expect(net.calls).to.deep.equal([]);
        await expect(el).to.be.accessible();
      });
    }

    it('an unsafe url is dropped with a warning, never linked', async () => {
      const el = await render(html`<dcr-event-countdown name="X" start="2023-05-10" url="javascript:alert(1)" lang="en"></dcr-event-countdown>`);
      expect(el.shadowRoot!.innerHTML).to.not.include('javascript:');
      expect(warnings.list.some((w) => w.includes('url="javascript:alert(1)"'))).to.equal(true);
    });
  });

  describe('light-DOM content', () => {
    it('stays visible while the feed loads and is hidden once the card shows', async () => {
      let release!: (r: Response) => void;
      net.restore();
      net = stubFetch({ 'https://feeds.example.org/slow.json': () => new Promise<Response>((r) => (release = r)) });
      const el = await fixture<El>(html`<dcr-event-countdown src="https://feeds.example.org/slow.json" lang="en"
        ><p class="partner">Third symposium, <time datetime="2023-05-04">4–5 May 2023</time></p></dcr-event-countdown
      >`);
      await waitUntil(() => release, 'no request');
      await el.updateComplete;
      const slot = $(el, 'slot') as HTMLSlotElement;
      expect(slot.assignedElements()[0].className).to.equal('partner');
      expect(el.querySelector('.partner')!.getBoundingClientRect().height).to.be.above(0);
      await expect(el).to.be.accessible();
      release(new Response(decodeURIComponent(feed.slice('data:application/json,'.length))));
      await ready(el);
      expect($(el, 'slot')).to.equal(null);
      expect(el.querySelector('.partner')!.getBoundingClientRect().height).to.equal(0);
    });

    it('stays visible next to the error when the feed fails', async () => {
      const el = await render(html`<dcr-event-countdown src="https://feeds.example.org/missing.json" lang="en"><p class="partner">4–5 May 2023</p></dcr-event-countdown>`);
      expect($(el, '[part~="status"]')!.dataset.kind).to.equal('error');
      expect(el.querySelector('.partner')!.getBoundingClientRect().height).to.be.above(0);
      await expect(el).to.be.accessible();
    });
  });

  describe('time zones and the clock', () => {
    const inParis = html`<dcr-event-countdown src=${feed} event="symposium-2023" lang="en"></dcr-event-countdown>`;

    it('viewed from New York and Kolkata: the venue times, then the viewer times', async () => {
      const ny = await fixture<El>(inParis);
      ny.viewerTimeZone = 'America/New_York';
      await ready(ny);
      expect(text(ny, '[part~="dates"] time')).to.equal('Thu, May 4, 2023 at 9:00 AM – Fri, May 5, 2023 at 5:00 PM');
      expect(text(ny, '.viewer')).to.equal('Your time: Thu, May 4, 2023 at 3:00 AM – Fri, May 5, 2023 at 11:00 AM (Eastern Time)');
      const kolkata = await fixture<El>(inParis);
      kolkata.viewerTimeZone = 'Asia/Kolkata';
      await ready(kolkata);
      expect(text(kolkata, '.viewer')).to.equal('Your time: Thu, May 4, 2023 at 12:30 PM – Fri, May 5, 2023 at 8:30 PM (India Standard Time)');
      // The countdown is the same instant everywhere.
      expect(digits(ny)).to.deep.equal(digits(kolkata));
      const berlin = await fixture<El>(inParis);
      berlin.viewerTimeZone = 'Europe/Berlin';
      await ready(berlin);
      expect($(berlin, '.viewer')).to.equal(null);
    });

    it('a countdown across the last Sunday of March counts the real hours (44, not 45)', async () => {
      time.jump(Date.parse('2026-03-28T11:00:00Z')); // Saturday noon in Paris
      const el = await render(html`<dcr-event-countdown name="Monday meeting" start="2026-03-30T09:00" time-zone="Europe/Paris" lang="en"></dcr-event-countdown>`);
      expect(digits(el)).to.deep.equal(['1', '20', '00', '00']);
      expect(spoken(el)).to.equal('Starts in 1 day, 20 hours');
    });

    it('ticks every second; the spoken sentence changes only at the minute', async () => {
      time.jump(Date.parse('2023-05-04T06:58:30.500Z'));
      const el = await render(inParis);
      await waitUntil(() => time.timers.some((t) => t.due - time.now() < 1100), 'not ticking on screen');
      expect(digits(el)).to.deep.equal(['0', '00', '01', '30']);
      expect(spoken(el)).to.equal('Starts in 2 minutes');
      time.advance(1000);
      await el.updateComplete;
      expect(digits(el)).to.deep.equal(['0', '00', '01', '29']);
      expect(spoken(el)).to.equal('Starts in 2 minutes');
      time.advance(29_000);
      await el.updateComplete;
      expect(digits(el)).to.deep.equal(['0', '00', '01', '00']);
      // The minute turned (06:59:00): the sentence changes, once.
      expect(spoken(el)).to.equal('Starts in 1 minute');
      time.advance(1000);
      await el.updateComplete;
      expect(digits(el)).to.deep.equal(['0', '00', '00', '59']);
      expect(spoken(el)).to.equal('Starts in 1 minute');
    });

    it('fires dcr-event-start and dcr-event-end when the clock crosses them, and the card follows', async () => {
      time.jump(Date.parse('2023-05-04T06:59:58Z'));
      const el = await render(inParis);
      await waitUntil(() => time.timers.some((t) => t.due - time.now() < 1100), 'not ticking on screen');
      const seen: Event[] = [];
      const parent = el.parentElement!;
      parent.addEventListener('dcr-event-start', (e) => seen.push(e));
      parent.addEventListener('dcr-event-end', (e) => seen.push(e));
      time.advance(1000);
      expect(seen).to.have.length(0);
      time.advance(1000);
      expect(seen.map((e) => e.type)).to.deep.equal(['dcr-event-start']);
      const start = seen[0] as EventStartEvent;
      expect(start).to.be.instanceOf(EventStartEvent);
      expect(start.bubbles && start.composed).to.equal(true);
      expect([start.eventId, start.eventName, start.start.toISOString()]).to.deep.equal(['symposium-2023', 'Third symposium on drug consumption rooms', '2023-05-04T07:00:00.000Z']);
      await el.updateComplete;
      expect(text(el, '[part~="banner"]')).to.include('Happening now');
      time.advance(Date.parse('2023-05-05T15:00:00Z') - time.now());
      expect(seen.map((e) => e.type)).to.deep.equal(['dcr-event-start', 'dcr-event-end']);
      expect(seen[1]).to.be.instanceOf(EventEndEvent);
      await el.updateComplete;
      expect(text(el, '[part~="dates"]')).to.include('Took place on');
      // Nothing left to wait for: the card leaves the ticker.
      expect(time.timers).to.have.length(0);
    });

    it('a tab hidden across the whole event catches up on return: start then end, no skipped state', async () => {
      time.jump(Date.parse('2023-05-03T12:00:00Z'));
      const el = await render(inParis);
      const seen: string[] = [];
      el.addEventListener('dcr-event-start', (e) => seen.push(e.type));
      el.addEventListener('dcr-event-end', (e) => seen.push(e.type));
      setTabHidden(true);
      expect(time.timers).to.have.length(0);
      time.jump(Date.parse('2023-05-06T12:00:00Z'));
      setTabHidden(false);
      expect(seen).to.deep.equal(['dcr-event-start', 'dcr-event-end']);
      await el.updateComplete;
      expect(text(el, '[part~="dates"]')).to.include('Took place on');
    });

    it('does not fire for an event that was already over when the page opened', async () => {
      time.jump(Date.parse('2024-01-01T00:00:00Z'));
      const el = await render(inParis);
      let fired = 0;
      el.addEventListener('dcr-event-end', () => fired++);
      time.advance(5000);
      expect(fired).to.equal(0);
      expect(time.timers).to.have.length(0);
    });

    it('N countdowns on a page share one timer; a hidden tab has none', async () => {
      const wrap = await fixture(html`<div>
        ${[1, 2, 3, 4].map(() => html`<dcr-event-countdown src=${feed} event="symposium-2023" lang="en"></dcr-event-countdown>`)}
        <dcr-event-countdown name="Inline" start="2023-05-10" time-zone="Europe/Paris" no-seconds></dcr-event-countdown>
      </div>`);
      for (const el of wrap.querySelectorAll('dcr-event-countdown')) await ready(el as El);
      await waitUntil(() => time.timers.length === 1 && time.timers[0].due - time.now() < 1100, 'not one ticking timer');
      time.advance(1000);
      expect(time.timers).to.have.length(1);
      setTabHidden(true);
      expect(time.timers).to.have.length(0);
      setTabHidden(false);
      expect(time.timers).to.have.length(1);
    });

    it('scrolled off screen it stops ticking and only waits for the start; back on screen it catches up', async () => {
      const wrap = await fixture<HTMLElement>(html`<div>${inParis}</div>`);
      const el = await ready(wrap.querySelector('dcr-event-countdown') as El);
      const start = Date.parse('2023-05-04T07:00:00Z');
      await waitUntil(() => time.timers.length === 1 && time.timers[0].due - time.now() < 1100, 'not ticking on screen');
      wrap.style.marginTop = '300vh';
      await waitUntil(() => time.timers.length === 1 && time.timers[0].due === start, 'still ticking off screen');
      time.jump(start - 10_500);
      wrap.style.marginTop = '0';
      await waitUntil(() => digits(el).join(':') === '0:00:00:11', 'no catch-up on return');
      expect(time.timers[0].due - time.now()).to.be.below(1100);
    });

    it('no-seconds leaves the seconds out', async () => {
      const el = await render(html`<dcr-event-countdown src=${feed} no-seconds lang="en"></dcr-event-countdown>`);
      expect(labels(el)).to.deep.equal(['days', 'hours', 'minutes']);
    });
  });

  describe('attributes', () => {
    it('heading-level sets the title level; a bad value falls back to 2 and warns', async () => {
      const four = await render(html`<dcr-event-countdown src=${feed} heading-level="4"></dcr-event-countdown>`);
      expect($(four, '[part~="title"]')!.getAttribute('aria-level')).to.equal('4');
      const bad = await render(html`<dcr-event-countdown src=${feed} heading-level="9"></dcr-event-countdown>`);
      expect($(bad, '[part~="title"]')!.getAttribute('aria-level')).to.equal('2');
      expect(warnings.list.some((w) => w.includes('heading-level="9"'))).to.equal(true);
    });
  });

  describe('add to calendar', () => {
    /** Clicks the .ics button and returns the file offered within that click (nothing awaited: no fetch, works offline). */
    function icsFile(el: El): { fileName: string; blob?: Blob } {
      const realCreate = URL.createObjectURL;
      const realClick = HTMLAnchorElement.prototype.click;
      const got: { fileName: string; blob?: Blob } = { fileName: '' };
      URL.createObjectURL = (b: Blob | MediaSource) => ((got.blob = b as Blob), realCreate.call(URL, b));
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        got.fileName = this.download;
      };
      try {
        $(el, '[part~="actions"] button')!.click();
      } finally {
        URL.createObjectURL = realCreate;
        HTMLAnchorElement.prototype.click = realClick;
      }
      return got;
    }
    const parseIcs = async (blob: Blob) => new ICAL.Event(new ICAL.Component(ICAL.parse(await blob.text())).getFirstSubcomponent('vevent')!);
    const calendarLink = (el: El, host: string) => new URL($$(el, '.calendar a').find((a) => new URL(a.getAttribute('href')!).hostname === host)!.getAttribute('href')!);

    it('the .ics button offers, within the click, a file that a real parser reads back exactly', async () => {
      const el = await render(html`<dcr-event-countdown src=${feed} lang="en"></dcr-event-countdown>`);
      const { fileName, blob } = icsFile(el);
      expect(fileName).to.equal('third-symposium-on-drug-consumption-rooms.ics');
      expect(blob!.type).to.equal('text/calendar;charset=utf-8');
      const event = await parseIcs(blob!);
      expect(event.startDate.toJSDate().toISOString()).to.equal('2023-05-04T07:00:00.000Z');
      expect(event.endDate.toJSDate().toISOString()).to.equal('2023-05-05T15:00:00.000Z');
      expect(event.summary).to.equal('Third symposium on drug consumption rooms');
      expect(event.location).to.equal('Council of Europe, Strasbourg, France');
      expect(event.description).to.include(`Register: ${symposium.registrationUrl}`);
      expect(event.uid).to.equal('symposium-2023@dcr-widgets');
    });

    it('an Arabic name downloads under that name, spelt as written (the hamza stays on its alef)', async () => {
      const el = await render(html`<dcr-event-countdown name="يوم الحد من الأضرار" start="2023-05-10" lang="ar"></dcr-event-countdown>`);
      expect(icsFile(el).fileName).to.equal('يوم-الحد-من-الأضرار.ics');
    });

    it('a start with no end: the card, the .ics file and the Google and Outlook entries all end at midnight after its first day (venue time)', async () => {
      const el = await render(html`<dcr-event-countdown name="Open day" start="2023-05-10T09:00" time-zone="Europe/Paris" lang="en"></dcr-event-countdown>`);
      // 09:00 in Paris is 07:00 UTC; the midnight after 10 May in Paris is 22:00 UTC.
      const event = await parseIcs(icsFile(el).blob!);
      expect(event.startDate.toJSDate().toISOString()).to.equal('2023-05-10T07:00:00.000Z');
      expect(event.endDate.toJSDate().toISOString()).to.equal('2023-05-10T22:00:00.000Z');
      expect(calendarLink(el, 'calendar.google.com').searchParams.get('dates')).to.equal('20230510T070000Z/20230510T220000Z');
      const outlook = calendarLink(el, 'outlook.live.com').searchParams;
      expect([outlook.get('startdt'), outlook.get('enddt')]).to.deep.equal(['2023-05-10T07:00:00Z', '2023-05-10T22:00:00Z']);
      // The card says the same: happening until that midnight, over from it.
      for (const [at, shown] of [['2023-05-10T21:59:59Z', 'Happening now'], ['2023-05-10T22:00:00Z', 'Took place on']]) {
        time.jump(Date.parse(at));
        setTabHidden(true);
        setTabHidden(false);
        await el.updateComplete;
        expect(text(el, '.card'), at).to.include(shown);
      }
    });
  });

  describe('structured data', () => {
    it('appends a schema.org Event block to the light DOM, escaped, and removes it on disconnect', async () => {
      const hostile = { ...symposium, name: 'Symposium </script><script>window.__pwned = 1</script>' };
      const el = await render(html`<dcr-event-countdown src=${feedWith([hostile])} structured-data lang="en"></dcr-event-countdown>`);
      const script = el.querySelector('script[type="application/ld+json"]')!;
      expect(script).to.not.equal(null);
      expect(script.textContent).to.not.include('<');
      const data = JSON.parse(script.textContent!);
      expect(data).to.deep.include({
        '@context': 'https://schema.org',
        '@type': 'Event',
        name: hostile.name,
        startDate: '2023-05-04T09:00:00+02:00',
        endDate: '2023-05-05T17:00:00+02:00',
        eventStatus: 'https://schema.org/EventScheduled',
        eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      });
      expect(data.location).to.deep.include({ '@type': 'Place', name: 'Council of Europe' });
      expect((window as unknown as Record<string, unknown>).__pwned).to.equal(undefined);
      // The block is not partner content: the card shows, no slot.
      expect($(el, 'slot')).to.equal(null);
      el.remove();
      expect(el.querySelector('script')).to.equal(null);
    });

    it('adds nothing without the attribute', async () => {
      const el = await render(html`<dcr-event-countdown src=${feed}></dcr-event-countdown>`);
      expect(el.querySelector('script')).to.equal(null);
    });
  });

  describe('i18n', () => {
    it('French: dates, units with plurals, sentences', async () => {
      const el = await render(html`<dcr-event-countdown src=${feed} lang="fr"></dcr-event-countdown>`);
      expect(text(el, '[part~="title"]')).to.equal('Troisième colloque sur les salles de consommation à moindre risque');
      expect(text(el, '[part~="dates"] time')).to.equal('jeu. 4 mai 2023 à 09:00 – ven. 5 mai 2023 à 17:00');
      // French counts 0 as singular (CLDR): "00 minute".
      expect(labels(el)).to.deep.equal(['jours', 'heures', 'minute', 'seconde']);
      expect(spoken(el)).to.equal('Commence dans 2 jours et 21 heures');
      await expect(el).to.be.accessible();
    });

    it('singular unit labels for 1', async () => {
      time.jump(Date.parse('2023-05-03T05:58:59Z'));
      const el = await render(html`<dcr-event-countdown src=${feed} lang="de"></dcr-event-countdown>`);
      expect(digits(el)).to.deep.equal(['1', '01', '01', '01']);
      expect(labels(el)).to.deep.equal(['Tag', 'Stunde', 'Minute', 'Sekunde']);
    });

    it('Arabic "happening now, day 1 of 2" is joined with the Arabic comma', async () => {
      time.jump(Date.parse('2023-05-04T10:00:00Z'));
      const ar = await render(html`<dcr-event-countdown src=${feed} lang="ar"></dcr-event-countdown>`);
      expect(text(ar, '[part~="banner"]')).to.equal('جارية الآن، اليوم 1 من 2');
      const en = await render(html`<dcr-event-countdown src=${feed} lang="en"></dcr-event-countdown>`);
      expect(text(en, '[part~="banner"]')).to.equal('Happening now, day 1 of 2');
    });

    it('marks feed text in another language than the UI with lang', async () => {
      const el = await render(html`<dcr-event-countdown src=${feed} lang="de"></dcr-event-countdown>`);
      expect($(el, '[part~="title"]')!.getAttribute('lang')).to.equal('en');
      expect($(el, '.description')!.getAttribute('lang')).to.equal('en');
    });
  });
});
