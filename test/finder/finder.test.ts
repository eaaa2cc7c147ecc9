import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { clearFeedCache } from '../../src/core/feed/loader.js';
import { DcrFinderElement } from '../../src/finder/finder.js';
import type { FacilitySelectEvent } from '../../src/finder/events.js';
import { FIXTURE_URL, captureWarnings, facility, feedUrl } from './fixtures.js';
import { PAGE } from '../../src/finder/list.js';
import { $, $$, count, fake, item, listShown, maps, mount, names, open, openFilters, realMapModule, root, search, tick, useFakeMap } from './element-helpers.js';

function stubGeolocation(answer: { lat: number; lon: number } | 1 | 3) {
  const calls: number[] = [];
  const geo = navigator.geolocation;
  Object.defineProperty(geo, 'getCurrentPosition', {
    configurable: true,
    value: (ok: PositionCallback, fail: PositionErrorCallback) => {
      calls.push(Date.now());
      setTimeout(() => {
        if (typeof answer === 'object') ok({ coords: { latitude: answer.lat, longitude: answer.lon, accuracy: 20 } } as GeolocationPosition);
        else fail({ code: answer, message: '' } as GeolocationPositionError);
      });
    },
  });
  return { calls, restore: () => delete (geo as unknown as Record<string, unknown>).getCurrentPosition };
}

describe('<dcr-finder>', () => {
  beforeEach(() => {
    useFakeMap();
  });
  afterEach(() => {
    DcrFinderElement.loadMapModule = realMapModule;
    clearFeedCache();
    history.replaceState(null, '', location.pathname + location.search);
  });

  describe('registration', () => {
    it('defines <dcr-finder> as DcrFinderElement', () => {
      expect(customElements.get('dcr-finder')).to.equal(DcrFinderElement);
      expect(document.createElement('dcr-finder')).to.be.instanceOf(DcrFinderElement);
    });
  });

  describe('states and accessibility', () => {
    it('loading: a status view, accessible', async () => {
      const orig = window.fetch;
      let release!: () => void;
      window.fetch = () => new Promise<Response>((resolve) => (release = () => resolve(new Response('{"version":"1"}'))));
      try {
        const el = await fixture<DcrFinderElement>(html`<dcr-finder src="https://feed.example/slow.json"></dcr-finder>`);
        const status = $(el, '[part=status]')!;
        expect(status.dataset.kind).to.equal('loading');
        expect(status.textContent).to.contain('Loading');
        await expect(el).to.be.accessible();
        release();
      } finally {
        window.fetch = orig;
      }
    });

    it('error: message and retry, accessible', async () => {
      const warnings = await captureWarnings(async () => {
        const el = await mount(html`<dcr-finder src="data:application/json,{not json"></dcr-finder>`);
        const status = $(el, '[part=status]')!;
        expect(status.dataset.kind).to.equal('error');
        expect(status.querySelector('button')!.textContent).to.contain('Try again');
        await expect(el).to.be.accessible();
      });
      expect(warnings.join('\n')).to.contain('[dcr-finder]').and.contain('parse');
    });

    it('list: items with name, place, status in words and the approximate mark; accessible', async () => {
      const el = await mount(html`<dcr-finder src=${FIXTURE_URL}></dcr-finder>`);
      expect(count(el)).to.equal('8 of 10 places');
      expect($(el, '[part=list]')!.tagName).to.equal('UL');
      const argos = item(el, 'fr-strasbourg-1');
      expect(argos.tagName).to.equal('BUTTON');
      expect(argos.textContent).to.contain('Argos').and.contain('Strasbourg, France').and.contain('Operating');
      expect(argos.textContent).to.contain('Approximate location (city centre)');
      expect(argos.textContent).to.contain('Injection, Inhalation (smoking)');
      expect(item(el, 'de-frankfurt-1').textContent).to.contain('Temporarily closed');
      expect(item(el, 'de-koeln-1').textContent).not.to.contain('Approximate');
      await expect(el).to.be.accessible();
    });

    it('empty: filters that match nothing say so, accessible', async () => {
      const el = await mount(html`<dcr-finder src=${FIXTURE_URL}></dcr-finder>`);
      await search(el, 'zzzz');
      expect($(el, '[part=list]')).to.equal(null);
      const status = $(el, '.list-pane [part=status]')!;
      expect(status.dataset.kind).to.equal('empty');
      expect(status.textContent).to.contain('No place matches these filters.');
      expect(count(el)).to.equal('0 of 10 places');
      await expect(el).to.be.accessible();
    });

    it('a pre-filter with no place at all says the feed lists none here', async () => {
      const el = await mount(html`<dcr-finder city="Atlantis" src=${FIXTURE_URL}></dcr-finder>`);
      expect($(el, '[part=status]')!.textContent).to.contain('The feed lists no place here.');
      await expect(el).to.be.accessible();
    });

    it('details: accessible', async () => {
      const el = await mount(html`<dcr-finder src=${FIXTURE_URL}></dcr-finder>`);
      await open(el, 'de-koeln-1');
      expect($(el, '[part=details]')).not.to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('split view (wide element): list and map side by side, accessible', async () => {
      const el = await mount(html`<dcr-finder src=${FIXTURE_URL}></dcr-finder>`, 1000);
      expect($(el, '[part=base]')!.dataset.layout).to.equal('split');
      await waitUntil(() => maps.length === 1, 'map never created');
      const list = $(el, '[part=list]')!.getBoundingClientRect();
      const map = $(el, '[part=map]')!.getBoundingClientRect();
      expect(map.left).to.be.greaterThan(list.right - 1);
      await expect(el).to.be.accessible();
    });
  });

  describe('search and filters', () => {
    it('search is case- and accent-insensitive: "Koln" finds Köln, "geneve" finds Genève', async () => {
      const el = await mount(html`<dcr-finder src=${FIXTURE_URL}></dcr-finder>`);
      await search(el, 'Koln');
      expect(names(el)).to.deep.equal(['Drogenkonsumraum am Neumarkt']);
      expect(count(el)).to.equal('1 of 10 places');
      await search(el, 'geneve');
      expect(names(el)).to.deep.equal(['Quai 9 (Geneva)']);
      await search(el, 'germany');
      expect(names(el)).to.have.length(3);
    });

    it('no match among the places shown, but a closed or unconfirmed one matches: one button shows it, focus on it', async () => {
      const src = feedUrl([facility('a', { name: 'Open One' }), facility('b', { name: 'Quiet Room', status: 'unconfirmed' }), facility('c', { name: 'Quiet Corner', status: 'closed' })]);
      const el = await mount(html`<dcr-finder src=${src}></dcr-finder>`);
      // Nothing matches at all: the empty view alone.
      await search(el, 'nowhere');
      expect($(el, '[part=status][data-kind=empty]')).to.not.equal(null);
      expect($(el, '[part=status][data-kind=empty] button')).to.equal(null);
      await search(el, 'quiet');
      expect(names(el)).to.deep.equal([]);
      const button = $<HTMLButtonElement>(el, '[part=status][data-kind=empty] button')!;
      expect(button.textContent!.trim()).to.equal('Show 2 matching places that are closed or unconfirmed');
      button.click();
      await waitUntil(() => names(el).length === 2, 'the hidden places were not shown');
      expect(names(el)).to.have.members(['Quiet Room', 'Quiet Corner']);
      expect((root(el).activeElement as HTMLElement | null)?.dataset.id).to.be.oneOf(['b', 'c']);
      expect($<HTMLInputElement>(el, '#search')!.value).to.equal('quiet');
    });

    it('the last-check note follows the finder\'s clock (its now property), as the open states do', async () => {
      const src = feedUrl([facility('a', { name: 'A', verified: '2024-06' })]);
      const wrap = await fixture<HTMLDivElement>(html`<div style="width: 500px"><dcr-finder src=${src} .now=${() => new Date('2025-01-15T12:00:00Z')}></dcr-finder></div>`);
      const el = wrap.querySelector('dcr-finder')!;
      await waitUntil(() => $(el, '[part=item]'), 'no list');
      expect(item(el, 'a').querySelector('.item-checked')).to.equal(null);
      el.now = () => new Date('2025-08-15T12:00:00Z');
      await el.updateComplete;
      expect(item(el, 'a').querySelector('.item-checked')?.textContent?.trim()).to.equal('Last checked: June 2024');
    });

    it('a place last checked over a year ago says so on its list item; a recent check does not crowd the list', async () => {
      const lastYear = new Date(Date.now() - 400 * 86_400_000).toISOString().slice(0, 10);
      const recent = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 7);
      const thisYear = String(new Date().getUTCFullYear());
      const src = feedUrl([
        facility('old', { name: 'Old', verified: '2019-03' }),
        facility('year', { name: 'Year', verified: lastYear }),
        facility('recent', { name: 'Recent', verified: recent }),
        facility('this-year', { name: 'This year', verified: thisYear }),
        facility('never', { name: 'Never' }),
      ]);
      const el = await mount(html`<dcr-finder src=${src}></dcr-finder>`);
      const checked = (id: string) => item(el, id).querySelector('.item-checked')?.textContent?.trim();
      expect(checked('old')).to.equal('Last checked: March 2019');
      expect(checked('year')).to.match(/^Last checked: \w+ \d{1,2}, \d{4}$/);
      expect(checked('recent')).to.equal(undefined);
      expect(checked('this-year')).to.equal(undefined);
      expect(checked('never')).to.equal(undefined);
    });

    it('the count is a polite live region', async () => {
      const el = await mount(html`<dcr-finder src=${FIXTURE_URL}></dcr-finder>`);
      const c = $(el, '.count')!;
      expect(c.getAttribute('role')).to.equal('status');
      expect(c.getAttribute('aria-live')).to.equal('polite');
    });

    it('the filter panel opens from its button; each filter narrows; "clear filters" resets and returns focus to search', async () => {
      const el = await mount(html`<dcr-finder src=${FIXTURE_URL}></dcr-finder>`);
      const toggle = $(el, '.filters-toggle')!;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      // The panel's code is fetched the first time it opens; its place (the button's aria-controls) is always there.
      expect($(el, '#filters')!.hidden).to.equal(true);
      expect(toggle.getAttribute('aria-controls')).to.equal('filters');
      await openFilters(el);
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect($(el, '[part=filters]')!.closest('[hidden]')).to.equal(null);
      await expect(el).to.be.accessible();

      await tick(el, 'Snorting');
      expect(names(el)).to.have.members(['Quai 9 (Geneva)', 'Late Night Site']);
      expect(toggle.textContent!.trim()).to.equal('Filters (1)');
      await tick(el, 'Stand-alone');
      expect(names(el)).to.have.length(2);
      await tick(el, 'Drug checking');
      expect(names(el)).to.deep.equal(['Quai 9 (Geneva)']);
      expect(count(el)).to.equal('1 of 10 places');

      $<HTMLButtonElement>(el, '.clear')!.click();
      await el.updateComplete;
      await waitUntil(() => root(el).activeElement?.id === 'search', 'focus not on search');
      expect(count(el)).to.equal('8 of 10 places');
      expect($$<HTMLInputElement>(el, '[part=filters] input').every((i) => !i.checked)).to.equal(true);
      expect($(el, '.clear')).to.equal(null);
    });

    it('closed and unconfirmed places are hidden until the status switch shows them, with their badge', async () => {
      const el = await mount(html`<dcr-finder src=${FIXTURE_URL}></dcr-finder>`);
      expect(item(el, 'ca-toronto-closed')).to.equal(null);
      await openFilters(el);
      await tick(el, 'Also show closed and unconfirmed places');
      expect(count(el)).to.equal('10 of 10 places');
      expect(item(el, 'ca-toronto-closed').textContent).to.contain('Closed');
      expect(item(el, 'be-liege-1').textContent).to.contain('Status unconfirmed');
    });

    it('open now with a fixed clock, in each facility\'s own time zone and across midnight', async () => {
      // Saturday 18 January 2025 07:30 UTC: 02:30 in Toronto (Friday night's 20:00–04:00), 08:30 in Köln.
      const now = () => new Date('2025-01-18T07:30:00Z');
      const el = await mount(html`<dcr-finder lang="en-GB" .now=${now} src=${FIXTURE_URL}></dcr-finder>`);
      expect(item(el, 'ca-toronto-1').textContent).to.contain('Open until 04:00');
      expect(item(el, 'de-koeln-1').textContent).to.contain('Closed now · opens at 10:00');
      expect(item(el, 'us-nyc-1').textContent).to.contain('Open 24 hours');
      expect(item(el, 'de-frankfurt-1').textContent).not.to.contain('Open');
      await openFilters(el);
      await tick(el, 'Open now');
      expect(names(el)).to.have.members(['Late Night Site', 'OnPoint East Harlem']);
    });

    it('an operating place without hours says the hours are not known, never "closed"', async () => {
      const el = await mount(html`<dcr-finder src=${feedUrl([facility('a', { timeZone: 'Europe/Paris' })])}></dcr-finder>`);
      expect(item(el, 'a').textContent).to.contain('Hours not known').and.not.contain('Closed');
    });

    it('renders a first window of items, then the next ones on request with focus on the first new one', async () => {
      const many = Array.from({ length: 2 * PAGE + 20 }, (_, i) => facility(`p${String(i).padStart(3, '0')}`));
      const el = await mount(html`<dcr-finder src=${feedUrl(many)}></dcr-finder>`);
      expect($$(el, '[part=item]')).to.have.length(PAGE);
      expect(count(el)).to.equal(`${2 * PAGE + 20} of ${2 * PAGE + 20} places`);
      const more = $<HTMLButtonElement>(el, '.more')!;
      expect(more.textContent!.trim()).to.equal(`Show ${PAGE} more places`);
      more.click();
      await waitUntil(() => $$(el, '[part=item]').length === 2 * PAGE);
      await waitUntil(() => root(el).activeElement === $$(el, '[part=item]')[PAGE]);
      expect($(el, '.more')!.textContent!.trim()).to.equal('Show 20 more places');
      $<HTMLButtonElement>(el, '.more')!.click();
      await waitUntil(() => $$(el, '[part=item]').length === 2 * PAGE + 20);
      expect($(el, '.more')).to.equal(null);
    });
  });

  describe('pre-filter attributes', () => {
    it('city="Strasbourg": only that city; the count is within it', async () => {
      const el = await mount(html`<dcr-finder city="Strasbourg" src=${FIXTURE_URL}></dcr-finder>`);
      expect(names(el)).to.deep.equal(['Argos']);
      expect(count(el)).to.equal('1 of 1 place');
    });

    it('country, services and model narrow the data set', async () => {
      const de = await mount(html`<dcr-finder country="DE" src=${FIXTURE_URL}></dcr-finder>`);
      expect(count(de)).to.equal('3 of 3 places');
      const snort = await mount(html`<dcr-finder services="snorting" model="standalone" src=${FIXTURE_URL}></dcr-finder>`);
      expect(names(snort)).to.have.members(['Quai 9 (Geneva)', 'Late Night Site']);
    });

    it('near + radius keeps nearby places, sorted by distance with the distance shown', async () => {
      const el = await mount(html`<dcr-finder near="48.5734,7.7521" radius="275" lang="fr" src=${FIXTURE_URL}></dcr-finder>`);
      expect(names(el)).to.deep.equal(['Argos', 'Esch Projet', 'Eastside', 'Drogenkonsumraum am Neumarkt']);
      expect(count(el)).to.equal('4 sur 4 lieux');
      expect(item(el, 'de-koeln-1').textContent!.replace(/\s/g, ' ')).to.match(/à 2\d\d km/);
      expect($(el, '.geo')!.textContent).to.contain('Triés par distance');
    });

    it('bad attribute values fall back to defaults and warn once', async () => {
      const warnings = await captureWarnings(async () => {
        const el = await mount(html`<dcr-finder view="grid" country="Germany" radius="x" near="nowhere" src=${FIXTURE_URL}></dcr-finder>`, 1000);
        expect(count(el)).to.equal('8 of 10 places');
        expect($(el, '[part=base]')!.dataset.layout).to.equal('split');
        el.requestUpdate('country');
        await el.updateComplete;
      });
      const text = warnings.join('\n');
      expect(text).to.contain('view="grid"').and.contain('"Germany"').and.contain('near="nowhere"');
      expect(warnings.filter((w) => w.includes('Germany'))).to.have.length(1);
    });
  });

  describe('near me', () => {
    it('asks for the position only after the click, then sorts by distance', async () => {
      const geo = stubGeolocation({ lat: 48.58, lon: 7.75 });
      try {
        const el = await mount(html`<dcr-finder lang="en-US" src=${FIXTURE_URL}></dcr-finder>`);
        expect(geo.calls).to.have.length(0);
        const button = $<HTMLButtonElement>(el, '.near-me')!;
        expect(button.getAttribute('aria-pressed')).to.equal('false');
        button.click();
        await waitUntil(() => button.getAttribute('aria-pressed') === 'true', 'never located');
        expect(geo.calls).to.have.length(1);
        expect(names(el)[0]).to.equal('Argos');
        expect(names(el)[1]).to.equal('Esch Projet');
        expect(item(el, 'de-koeln-1').textContent).to.match(/\d+ mi away/);
        expect($(el, '.geo')!.textContent).to.contain('It stays on this device');
        button.click();
        await el.updateComplete;
        expect(item(el, 'de-koeln-1').textContent).not.to.contain('away');
      } finally {
        geo.restore();
      }
    });

    it('denied: a clear message, the list still works', async () => {
      const geo = stubGeolocation(1);
      try {
        const el = await mount(html`<dcr-finder src=${FIXTURE_URL}></dcr-finder>`);
        $<HTMLButtonElement>(el, '.near-me')!.click();
        await waitUntil(() => $(el, '.geo')!.textContent!.includes('did not share your position'));
        expect($(el, '.geo')!.getAttribute('role')).to.equal('status');
        expect(names(el)).to.have.length(8);
        await expect(el).to.be.accessible();
      } finally {
        geo.restore();
      }
    });

    it('timeout: a clear message', async () => {
      const geo = stubGeolocation(3);
      try {
        const el = await mount(html`<dcr-finder src=${FIXTURE_URL}></dcr-finder>`);
        $<HTMLButtonElement>(el, '.near-me')!.click();
        await waitUntil(() => $(el, '.geo')!.textContent!.includes('could not be found in time'));
        expect($<HTMLButtonElement>(el, '.near-me')!.getAttribute('aria-pressed')).to.equal('false');
      } finally {
        geo.restore();
      }
    });

    it('no-geolocation hides the button', async () => {
      const el = await mount(html`<dcr-finder no-geolocation src=${FIXTURE_URL}></dcr-finder>`);
      expect($(el, '.near-me')).to.equal(null);
    });
  });

  describe('details', () => {
    it('keyboard: Enter opens details with focus on its title; Escape returns to the same item', async () => {
      const el = await mount(html`<dcr-finder src=${FIXTURE_URL}></dcr-finder>`);
      item(el, 'de-koeln-1').focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => root(el).activeElement?.id === 'details-title', 'focus not on details title');
      expect($(el, '[part=details]')!.textContent).to.contain('Drogenkonsumraum am Neumarkt');
      expect(listShown(el)).to.equal(false);
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => root(el).activeElement === item(el, 'de-koeln-1'), 'focus not restored to the item');
      expect($(el, '[part=details]')).to.equal(null);
    });

    it('the Back button returns to the list with focus restored', async () => {
      const el = await mount(html`<dcr-finder src=${FIXTURE_URL}></dcr-finder>`);
      await open(el, 'ch-geneve-1');
      $<HTMLButtonElement>(el, '.back')!.click();
      await waitUntil(() => root(el).activeElement === item(el, 'ch-geneve-1'));
    });

    it('arrow keys move between items', async () => {
      const el = await mount(html`<dcr-finder src=${FIXTURE_URL}></dcr-finder>`);
      const items = $$(el, '[part=item]');
      items[0].focus();
      await sendKeys({ press: 'ArrowDown' });
      expect(root(el).activeElement).to.equal(items[1]);
      await sendKeys({ press: 'End' });
      expect(root(el).activeElement).to.equal(items[items.length - 1]);
      await sendKeys({ press: 'Home' });
      expect(root(el).activeElement).to.equal(items[0]);
    });

    it('shows address, localized hours, contact, directions, offers, languages, status, last checked, precision, sources', async () => {
      const el = await mount(html`<dcr-finder lang="de" src=${FIXTURE_URL}></dcr-finder>`);
      await open(el, 'de-koeln-1');
      const d = $(el, '[part=details]')!;
      const text = d.textContent!.replace(/\s+/g, ' ');
      expect(text).to.contain('Lungengasse 12').and.contain('50676 Köln, Deutschland');
      const rows = [...d.querySelectorAll('.hours tr')].map((r) => r.textContent!.replace(/\s+/g, ' ').trim());
      expect(rows).to.deep.equal([
        'Montag–Dienstag 08:00–20:00',
        'Mittwoch 11:00–20:00',
        'Donnerstag–Freitag 08:00–20:00',
        'Samstag 10:00–17:30',
        'Sonntag Geschlossen',
      ]);
      expect(d.querySelector('a[href^="tel:"]')!.getAttribute('href')).to.equal('tel:+49221123456');
      expect(d.querySelector('a[href^="mailto:"]')!.getAttribute('href')).to.equal('mailto:info@example.org');
      const osm = d.querySelector<HTMLAnchorElement>('a[href^="https://www.openstreetmap.org/"]')!;
      expect(osm.href).to.contain('mlat=50.93620').and.contain('mlon=6.94740');
      expect(d.querySelector('a[href^="geo:"]')!.getAttribute('href')).to.equal('geo:50.93620,6.94740');
      expect(text).to.contain('Spritzentausch').and.contain('Naloxon');
      expect(text).to.contain('Deutsch, Englisch').and.contain('Türkisch');
      expect(text).to.contain('In Betrieb').and.contain('12. März 2024').and.contain('Genaue Adresse');
      expect(d.querySelector<HTMLAnchorElement>('a[href="https://example.org/source/de-koeln-1"]')!.textContent).to.contain('Example source');
      expect(text).not.to.contain('Stadtmitte');
    });

    it('a partner can add directions links (http(s) only)', async () => {
      const directions = (f: { id: string }) => [
        { label: 'City journey planner', url: `https://transit.example/to/${f.id}` },
        { label: 'Bad', url: 'javascript:alert(1)' },
      ];
      const el = await mount(html`<dcr-finder .directions=${directions} src=${FIXTURE_URL}></dcr-finder>`);
      await open(el, 'de-koeln-1');
      const links = $$<HTMLAnchorElement>(el, '[part=details] a').filter((a) => a.textContent!.includes('journey planner'));
      expect(links.map((a) => a.href)).to.deep.equal(['https://transit.example/to/de-koeln-1']);
      expect($(el, '[part=details] a[href^="javascript"]')).to.equal(null);
    });

    it('a city-precision place says directions lead to the city centre', async () => {
      const el = await mount(html`<dcr-finder src=${FIXTURE_URL}></dcr-finder>`);
      await open(el, 'fr-strasbourg-1');
      const text = $(el, '[part=details]')!.textContent!;
      expect(text).to.contain('directions lead to the city centre');
      expect(text).to.contain('City centre only (approximate)');
      expect(text).to.contain('Operating per the 2021 source.');
    });

    it('"last checked" is as precise as the feed: a day, a month, a year', async () => {
      const src = feedUrl([
        facility('d', { name: 'D', verified: '2024-03-12' }),
        facility('m', { name: 'M', verified: '2025-03' }),
        facility('y', { name: 'Y', verified: '2024' }),
        facility('n', { name: 'N' }),
      ]);
      const el = await mount(html`<dcr-finder lang="fr" src=${src}></dcr-finder>`);
      const checked = async (id: string) => {
        await open(el, id);
        const dt = $$(el, '[part=details] dt').find((d) => d.textContent!.trim() === 'Dernière vérification')!;
        const dd = dt.nextElementSibling!;
        $<HTMLButtonElement>(el, '.back')!.click();
        await el.updateComplete;
        return [dd.textContent!.trim(), dd.querySelector('time')?.getAttribute('datetime')];
      };
      expect(await checked('d')).to.deep.equal(['12 mars 2024', '2024-03-12']);
      expect(await checked('m')).to.deep.equal(['mars 2025', '2025-03']);
      expect(await checked('y')).to.deep.equal(['2024', '2024']);
      expect((await checked('n'))[0]).to.equal('Non renseignée');
    });

    it('unknown hours are said, not shown as closed; feed links are http(s) only', async () => {
      const hostile = facility('x', {
        website: 'javascript:alert(1)',
        sources: [{ name: '<img src=x onerror=alert(1)>', url: 'javascript:alert(1)' }],
        name: '<b>Bold</b>',
      });
      const el = await mount(html`<dcr-finder src=${feedUrl([hostile])}></dcr-finder>`);
      await open(el, 'x');
      const d = $(el, '[part=details]')!;
      expect(d.textContent).to.contain('Opening hours are not known');
      expect(d.querySelector('.hours')).to.equal(null);
      expect(d.querySelector('a[href^="javascript"]')).to.equal(null);
      expect(d.querySelector('img, b')).to.equal(null);
      expect(d.textContent).to.contain('<b>Bold</b>');
    });

    it('fires dcr-facility-select (id + record, bubbling, composed) on user selection only', async () => {
      history.replaceState(null, '', '#dcr-facility=ch-geneve-1');
      const seen: FacilitySelectEvent[] = [];
      const listener = (e: Event) => seen.push(e as FacilitySelectEvent);
      document.addEventListener('dcr-facility-select', listener);
      try {
        const el = await mount(html`<dcr-finder src=${FIXTURE_URL}></dcr-finder>`);
        await waitUntil(() => $(el, '[part=details]'), 'deep link not opened');
        expect(seen).to.have.length(0);
        $<HTMLButtonElement>(el, '.back')!.click();
        await el.updateComplete;
        item(el, 'de-koeln-1').click();
        expect(seen).to.have.length(1);
        expect(seen[0].id).to.equal('de-koeln-1');
        expect(seen[0].record.properties.address.city).to.equal('Köln');
        expect(seen[0].bubbles && seen[0].composed).to.equal(true);
      } finally {
        document.removeEventListener('dcr-facility-select', listener);
      }
    });
  });

  describe('print', () => {
    afterEach(() => document.querySelectorAll('iframe[data-dcr-print]').forEach((f) => f.remove()));

    it('printed, the details are a card alone: no search, list, map or buttons; web links spelled out', async () => {
      const el = await mount(html`<dcr-finder src=${FIXTURE_URL}></dcr-finder>`, 1000);
      await open(el, 'de-koeln-1');
      await emulateMedia({ media: 'print' });
      try {
        const shown = (sel: string) => Boolean($(el, sel)?.checkVisibility());
        expect(shown('[part=details]')).to.equal(true);
        // Nor "open until 7 PM": true only while it is read, not on paper kept for days; the opening hours are printed.
        expect($(el, '[part=details] .open-state'), 'the fixture place has an open state on screen').to.not.equal(null);
        expect(shown('[part=details] table.hours')).to.equal(true);
        for (const sel of ['[part=search]', '.filters-toggle', '[part=list]', '[part=map]', '.count', '.back', '.details-actions', '[part=details] .open-state']) {
          expect(shown(sel), sel).to.equal(false);
        }
        const card = getComputedStyle($(el, '[part=details]')!);
        expect(card.borderTopStyle).to.equal('solid');
        expect(card.breakInside).to.equal('avoid');
        const website = $$<HTMLAnchorElement>(el, '[part=details] a[href^="https:"]')[0];
        expect(getComputedStyle(website, '::after').content).to.contain(website.href);
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });

    it('"Print" prints the card alone from a hidden frame, named after the place, in the page\'s language', async () => {
      const el = await mount(html`<dcr-finder lang="de" src=${FIXTURE_URL}></dcr-finder>`);
      await open(el, 'de-koeln-1');
      const print = $$<HTMLButtonElement>(el, '.details-actions button').find((b) => b.textContent!.trim() === 'Drucken')!;
      print.click();
      await waitUntil(() => document.querySelector('iframe[data-dcr-print]'), 'no print frame');
      const frame = document.querySelector<HTMLIFrameElement>('iframe[data-dcr-print]');
      const doc = frame!.contentDocument!;
      expect(doc.title).to.equal('Drogenkonsumraum am Neumarkt');
      expect(doc.documentElement.lang).to.equal('de');
      expect(frame!.getAttribute('aria-hidden')).to.equal('true');
      expect(frame!.getBoundingClientRect().width).to.equal(0);
      const card = doc.body.firstElementChild!.shadowRoot!.querySelector<HTMLElement>('[part=details]')!;
      expect(card.textContent).to.contain('Lungengasse 12').and.contain('Öffnungszeiten');
      // The frame's only content is the card (no list, no search, nothing of the partner's page).
      expect(doc.body.children).to.have.length(1);
      expect(doc.body.firstElementChild!.shadowRoot!.querySelector('[part=list], [part=search]')).to.equal(null);
      // Printing again replaces the frame.
      print.click();
      await waitUntil(() => document.querySelector('iframe[data-dcr-print]') !== frame, 'frame not replaced');
      expect(document.querySelectorAll('iframe[data-dcr-print]')).to.have.length(1);
    });
  });

  describe('deep link', () => {
    it('a page opened with #dcr-facility=<id> shows that place', async () => {
      history.replaceState(null, '', '#dcr-facility=ch-geneve-1');
      const el = await mount(html`<dcr-finder src=${FIXTURE_URL}></dcr-finder>`);
      await waitUntil(() => $(el, '[part=details]'), 'deep link not opened');
      expect($(el, '.details-title')!.textContent).to.contain('Quai 9');
    });

    it('a hash naming a place outside the pre-filtered set is ignored', async () => {
      history.replaceState(null, '', '#dcr-facility=ch-geneve-1');
      const el = await mount(html`<dcr-finder city="Strasbourg" src=${FIXTURE_URL}></dcr-finder>`);
      await el.updateComplete;
      expect($(el, '[part=details]')).to.equal(null);
      expect(names(el)).to.deep.equal(['Argos']);
    });

    it('follows hash changes', async () => {
      const el = await mount(html`<dcr-finder src=${FIXTURE_URL}></dcr-finder>`);
      location.hash = 'dcr-facility=us-nyc-1';
      await waitUntil(() => $(el, '.details-title')?.textContent?.includes('OnPoint'), 'hashchange not followed');
    });

    it('Back after following such a link (the hash stops naming the place) returns to the list', async () => {
      const el = await mount(html`<dcr-finder src=${FIXTURE_URL}></dcr-finder>`);
      location.hash = 'dcr-facility=us-nyc-1';
      await waitUntil(() => $(el, '[part=details][data-id="us-nyc-1"]'), 'hashchange not followed');
      history.back();
      await waitUntil(() => !$(el, '[part=details]') && listShown(el), 'Back did not return to the list');
      expect(location.hash).to.equal('');
    });

    it('a hash naming another page\'s key leaves a place opened by the user alone', async () => {
      const el = await mount(html`<dcr-finder src=${FIXTURE_URL}></dcr-finder>`);
      await open(el, 'de-koeln-1');
      location.hash = 'section-2';
      await new Promise((r) => window.addEventListener('hashchange', r, { once: true }));
      await el.updateComplete;
      expect($(el, '[part=details]')!.dataset.id).to.equal('de-koeln-1');
    });

    it('"Copy link" puts the page URL with #dcr-facility=<id> on the clipboard', async () => {
      const copied: string[] = [];
      const clip = navigator.clipboard;
      Object.defineProperty(clip, 'writeText', { configurable: true, value: async (t: string) => void copied.push(t) });
      try {
        const el = await mount(html`<dcr-finder src=${FIXTURE_URL}></dcr-finder>`);
        await open(el, 'de-koeln-1');
        const copy = $$<HTMLButtonElement>(el, '.details-actions button').find((b) => b.textContent!.includes('Copy link'))!;
        copy.click();
        await waitUntil(() => $(el, '.copy-state')!.textContent === 'Link copied');
        expect(copied).to.have.length(1);
        const url = new URL(copied[0]);
        expect(url.pathname).to.equal(location.pathname);
        expect(url.hash).to.equal('#dcr-facility=de-koeln-1');
      } finally {
        delete (clip as unknown as Record<string, unknown>).writeText;
      }
    });

    it('when the clipboard refuses, the link is shown to copy by hand', async () => {
      const clip = navigator.clipboard;
      Object.defineProperty(clip, 'writeText', { configurable: true, value: () => Promise.reject(new Error('denied')) });
      try {
        const el = await mount(html`<dcr-finder src=${FIXTURE_URL}></dcr-finder>`);
        await open(el, 'de-koeln-1');
        $$<HTMLButtonElement>(el, '.details-actions button')[0].click();
        await waitUntil(() => $(el, '.copy-state')!.textContent === 'Could not copy');
        expect($<HTMLAnchorElement>(el, '.manual-link a')!.href).to.contain('#dcr-facility=de-koeln-1');
        await expect(el).to.be.accessible();
      } finally {
        delete (clip as unknown as Record<string, unknown>).writeText;
      }
    });
  });

  describe('map wiring', () => {
    it('wide: the map gets the filtered points, list selection, and map picks select the list item', async () => {
      const el = await mount(html`<dcr-finder src=${FIXTURE_URL}></dcr-finder>`, 1000);
      await waitUntil(() => maps[0]?.points.length === 1, 'points never set');
      const map = maps[0];
      expect(map.options.root).to.equal(el.shadowRoot);
      expect($(el, '[part=map]')!.contains(map.options.container)).to.equal(true);
      expect(map.points[0].map((p) => p.id)).to.have.length(8);
      expect(map.points[0].find((p) => p.id === 'fr-strasbourg-1')).to.deep.include({ precision: 'city', status: 'operating', name: 'Argos' });

      // The map follows once the list has been painted.
      await search(el, 'koln');
      await waitUntil(() => map.points.at(-1)!.length === 1, 'search not passed to the map');
      expect(map.points.at(-1)!.map((p) => p.id)).to.deep.equal(['de-koeln-1']);
      await search(el, '');

      await open(el, 'ch-geneve-1');
      await waitUntil(() => map.selected.at(-1) === 'ch-geneve-1', 'selection not passed to the map');
      $<HTMLButtonElement>(el, '.back')!.click();
      await el.updateComplete;

      const seen: string[] = [];
      el.addEventListener('dcr-facility-select', (e) => seen.push(e.id));
      map.options.onSelect('us-nyc-1');
      await waitUntil(() => item(el, 'us-nyc-1')?.getAttribute('aria-current') === 'true', 'map pick not shown in list');
      expect(seen).to.deep.equal(['us-nyc-1']);
      expect($(el, '[part=details]')).to.equal(null);
    });

    it('places at one position picked on the map: the list shows just them, the map keeps all; "show all places" undoes it', async () => {
      const el = await mount(html`<dcr-finder src=${FIXTURE_URL}></dcr-finder>`, 1000);
      await waitUntil(() => maps.length === 1 && maps[0].points.length > 0, 'no map');
      const map = maps[0];
      const all = names(el).length;
      const pointsBefore = map.points.length;
      map.options.onSelectSpot!(['de-koeln-1', 'ch-geneve-1']);
      await waitUntil(() => names(el).length === 2, 'the list did not narrow to the spot');
      expect($$(el, '[part=item]').map((b) => b.dataset.id)).to.have.members(['de-koeln-1', 'ch-geneve-1']);
      expect($(el, '.spot [role=status]')!.textContent!.trim()).to.equal('2 places at this point on the map');
      expect(count(el)).to.match(/^2 of /);
      // The map is not narrowed (it would refit to one point): no new points were pushed to it.
      await el.updateComplete;
      expect(map.points.length).to.equal(pointsBefore);
      $<HTMLButtonElement>(el, '.spot button')!.click();
      await waitUntil(() => names(el).length === all, 'all places not back');
      expect(root(el).activeElement?.id).to.equal('search');
      // A pick on the map outside the spot shows all places again and lands on its item.
      map.options.onSelectSpot!(['de-koeln-1', 'ch-geneve-1']);
      await waitUntil(() => names(el).length === 2);
      map.options.onSelect('us-nyc-1');
      await waitUntil(() => item(el, 'us-nyc-1')?.getAttribute('aria-current') === 'true', 'the map pick outside the spot is not in the list');
      expect(names(el)).to.have.length(all);
      expect($(el, '.spot')).to.equal(null);
      // A search also ends it.
      map.options.onSelectSpot!(['de-koeln-1', 'ch-geneve-1']);
      await waitUntil(() => names(el).length === 2);
      await search(el, 'geneve');
      expect(names(el)).to.deep.equal(['Quai 9 (Geneva)']);
      expect($(el, '.spot')).to.equal(null);
    });

    it('resizes the map with the element and destroys it on removal', async () => {
      const el = await mount(html`<dcr-finder src=${FIXTURE_URL}></dcr-finder>`, 1000);
      await waitUntil(() => maps.length === 1);
      const before = maps[0].resized;
      el.parentElement!.style.width = '900px';
      await waitUntil(() => maps[0].resized > before, 'resize not passed on');
      el.remove();
      expect(maps[0].destroyed).to.equal(true);
    });

    it('narrow: list first, the map loads only when the user asks, and goes away when hidden', async () => {
      const el = await mount(html`<dcr-finder src=${FIXTURE_URL}></dcr-finder>`, 400);
      expect($(el, '[part=base]')!.dataset.layout).to.equal('list');
      expect($(el, '[part=map]')).to.equal(null);
      expect(fake.imports).to.equal(0);
      const toggle = $<HTMLButtonElement>(el, '.map-toggle')!;
      expect(toggle.textContent!.trim()).to.equal('Show map');
      toggle.click();
      await waitUntil(() => maps.length === 1, 'map not loaded on request');
      expect($(el, '[part=base]')!.dataset.layout).to.equal('stacked');
      expect(toggle.textContent!.trim()).to.equal('Hide map');
      toggle.click();
      await el.updateComplete;
      expect(maps[0].destroyed).to.equal(true);
      expect($(el, '[part=map]')).to.equal(null);
    });

    it('view="list" never loads the map, even when wide', async () => {
      const el = await mount(html`<dcr-finder view="list" src=${FIXTURE_URL}></dcr-finder>`, 1000);
      expect($(el, '[part=map]')).to.equal(null);
      expect($(el, '.map-toggle')).to.equal(null);
      expect(fake.imports).to.equal(0);
    });

    it('view="map" on a narrow element shows the map above the list', async () => {
      const el = await mount(html`<dcr-finder view="map" src=${FIXTURE_URL}></dcr-finder>`, 400);
      await waitUntil(() => maps.length === 1);
      const map = $(el, '[part=map]')!.getBoundingClientRect();
      const list = $(el, '[part=list]')!.getBoundingClientRect();
      expect(map.bottom).to.be.at.most(list.top);
    });

    it('a map that cannot load leaves the list with a short notice, and nothing thrown or logged', async () => {
      DcrFinderElement.loadMapModule = realMapModule;
      const getContext = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
        return /webgl/.test(type) ? null : (getContext as (...a: unknown[]) => unknown).call(this, type, ...rest);
      } as typeof getContext;
      try {
        const warnings = await captureWarnings(async () => {
          const el = await mount(html`<dcr-finder src=${FIXTURE_URL}></dcr-finder>`, 1000);
          await waitUntil(() => $(el, '.map-notice'), 'no notice', { timeout: 15000 });
          expect($(el, '.map-notice')!.textContent).to.contain('Map unavailable — the list has everything.');
          expect($(el, '[part=map]')).to.equal(null);
          expect(names(el)).to.have.length(8);
          await expect(el).to.be.accessible();
        });
        expect(warnings).to.deep.equal([]);
      } finally {
        HTMLCanvasElement.prototype.getContext = getContext;
      }
    });
  });

  describe('map labels, theme and warnings', () => {
    it('the map gets its words in the UI language: controls, gesture hints, statuses, clusters', async () => {
      const el = await mount(html`<dcr-finder lang="fr" src=${FIXTURE_URL}></dcr-finder>`, 1000);
      await waitUntil(() => maps[0], 'map never created');
      const l = maps[0].options.labels;
      expect([l.zoomIn, l.zoomOut, l.attribution]).to.deep.equal(['Zoomer', 'Dézoomer', 'Sources de la carte']);
      expect(l.gestures!.touch).to.equal('Utilisez deux doigts pour déplacer la carte');
      expect(l.statuses!.operating).to.equal('En activité');
      expect(l.cluster(3)).to.equal('3 lieux');
      expect(l.map).to.contain('Carte');
      // Not the name of the map's region: the canvas says how to move it, so the two landmarks differ.
      expect(l.map).not.to.equal($(el, '[part=map]')!.getAttribute('aria-label'));
      expect(maps[0].options.locale).to.equal('fr');
    });

    it('the map follows a change of the page language: its words and its side (Arabic → French)', async () => {
      const page = document.documentElement;
      const before = page.lang;
      page.lang = 'ar';
      try {
        await mount(html`<dcr-finder src=${FIXTURE_URL}></dcr-finder>`, 1000);
        await waitUntil(() => maps[0], 'map never created');
        expect([maps[0].options.locale, maps[0].options.direction, maps[0].options.labels.zoomIn]).to.deep.equal(['ar', 'rtl', 'تكبير']);
        page.lang = 'fr';
        await waitUntil(() => maps[0].languages.some(([l, zoomIn]) => l === 'fr' && zoomIn === 'Zoomer'), 'the map was not told of French');
        expect(maps[0].languages.at(-1)).to.deep.equal(['fr', 'Zoomer', 'ltr']);
        expect(maps).to.have.length(1);
      } finally {
        page.lang = before;
      }
    });

    it('a theme change repaints the map', async () => {
      const el = await mount(html`<dcr-finder theme="light" src=${FIXTURE_URL}></dcr-finder>`, 1000);
      await waitUntil(() => maps[0]?.points.length === 1, 'map never got its points');
      expect(maps[0].options.theme).to.equal('light');
      el.theme = 'dark';
      await waitUntil(() => maps[0].themes.at(-1) === 'dark', 'theme not passed to the map');
      el.theme = 'light';
      await waitUntil(() => maps[0].themes.at(-1) === 'light', 'theme not passed back');
    });

    it("the map's warnings go to the console through the widget's logger", async () => {
      await mount(html`<dcr-finder src=${FIXTURE_URL}></dcr-finder>`, 1000);
      await waitUntil(() => maps[0], 'map never created');
      const warnings = await captureWarnings(() => maps[0].options.onWarning!('map: tile 3/4/2 failed (404)'));
      expect(warnings).to.deep.equal(['[dcr-finder] map: tile 3/4/2 failed (404)']);
    });
  });

  describe('i18n', () => {
    it('French UI strings, country names and plurals', async () => {
      const el = await mount(html`<dcr-finder lang="fr" src=${FIXTURE_URL}></dcr-finder>`);
      expect(count(el)).to.equal('8 sur 10 lieux');
      expect($(el, '[part=search] label')!.textContent).to.equal('Rechercher par nom, ville ou adresse');
      expect(item(el, 'de-koeln-1').textContent).to.contain('Köln, Allemagne').and.contain('En activité');
      expect(item(el, 'ch-geneve-1').textContent).to.contain('Quai 9').and.contain('Genève, Suisse');
      expect(item(el, 'ch-geneve-1').querySelector('.item-name')!.hasAttribute('lang')).to.equal(false);
    });

    it('marks feed text in another language with lang', async () => {
      const el = await mount(html`<dcr-finder lang="de" src=${FIXTURE_URL}></dcr-finder>`);
      expect(item(el, 'ch-geneve-1').querySelector('.item-name')!.getAttribute('lang')).to.equal('en');
      expect(item(el, 'ch-geneve-1').querySelector('.item-place')!.textContent).to.contain('Genf, Schweiz');
    });
  });

  describe('cleanup', () => {
    it('removal releases the map; re-adding starts a new one', async () => {
      const el = await mount(html`<dcr-finder src=${FIXTURE_URL}></dcr-finder>`, 1000);
      await waitUntil(() => maps.length === 1);
      const parent = el.parentElement!;
      el.remove();
      expect(maps[0].destroyed).to.equal(true);
      parent.append(el);
      await waitUntil(() => maps.length === 2, 'map not restarted');
      expect(maps[1].destroyed).to.equal(false);
    });
  });
});
