import { expect } from '@open-wc/testing';
import { Validator, type Schema } from '@cfworker/json-schema';
import { clearFeedCache, defaultFeedUrl, loadFeed, type LoadedFeed } from '../../src/core/feed/loader.js';
import type { Facility, Feed, LocalizedText } from '../../src/core/feed/types.js';

// The bundled default feed (src/core/feed/default-feed.json, built by scripts/build-default-feed.mjs from
// ../shared/data/dcr-facilities.csv and the seeds), read exactly as a widget reads it.

/** CSV rows whose status column says CLOSED, UNCERTAIN or CONFLICTING (checked by hand against the CSV). */
const NOT_OPERATING_IN_CSV: Record<string, 'closed' | 'unconfirmed'> = {
  'ca-toronto-the-works': 'closed', // CLOSED 31 Mar 2025
  'be-liege-saf-ti': 'unconfirmed', // UNCERTAIN: closed 1 Sep 2021 pending a new operator
  'ca-calgary-sheldon-chumir': 'unconfirmed', // UNCERTAIN: Health Canada snapshot of unknown date
  'mx-mexicali-la-sala': 'unconfirmed', // CONFLICTING: existing vs. closed
};
/** CSV rows that say "opened …", "not confirmed" or "not re-checked": not shown as operating either. */
const NOT_RECHECKED_IN_CSV = [
  'de-berlin-fixpunkt-kreuzberg',
  'de-berlin-fixpunkt-neukoelln',
  'de-berlin-fixpunkt-mobil-charlottenburg',
  'fr-paris-gaia-lariboisiere',
  'lu-esch-sur-alzette-contact-esch',
  'ca-montreal-dopamine',
  'ca-montreal-spectre-de-rue',
  'ca-montreal-lanonyme-mobile',
  'us-providence-weber-renew',
];
const LIVE_PLACEHOLDERS = ['operatingFacilities', 'operatingCountries', 'operatingCities', 'facilities'];

const langs = (t: LocalizedText | undefined) => (t && typeof t === 'object' ? Object.keys(t) : []);

describe('the bundled default feed', () => {
  let loaded: LoadedFeed;
  let feed: Feed;
  let byId: Map<string, Facility>;
  const facility = (id: string) => {
    const f = byId.get(id);
    if (!f) throw new Error(`no facility ${id}`);
    return f.properties;
  };

  before(async () => {
    clearFeedCache();
    loaded = await loadFeed(defaultFeedUrl());
    feed = loaded.data.feed;
    byId = new Map(feed.facilities.features.map((f) => [f.id, f]));
  });
  after(() => clearFeedCache());

  describe('loading', () => {
    it('loads fresh through the real loader from defaultFeedUrl() and validates with zero problems', () => {
      expect(loaded.url).to.equal(defaultFeedUrl());
      expect(loaded.stale).to.equal(undefined);
      expect(loaded.data.problems).to.deep.equal([]);
      for (const c of ['facilities', 'events', 'news', 'facts'] as const) expect(loaded.data.counts[c].dropped, c).to.equal(0);
    });

    it('passes the JSON Schema shipped in the package as a whole document', async () => {
      const schema = (await (await fetch(new URL('../../src/core/feed/dcr-feed.schema.json', import.meta.url))).json()) as Schema;
      const raw: unknown = await (await fetch(defaultFeedUrl())).json();
      const result = new Validator(schema, '2020-12', false).validate(raw);
      expect(result.errors.map((e) => `${e.instanceLocation} ${e.error}`)).to.deep.equal([]);
      expect(result.valid).to.equal(true);
    });

    it('has a version-1 head with a data date, a language and a publisher', () => {
      expect(feed.version).to.match(/^1(\.\d+)*$/);
      expect(feed.updated).to.match(/^\d{4}-\d{2}-\d{2}$/);
      expect(feed.language).to.equal('en');
      expect(feed.publisher?.name).to.be.a('string');
      expect(langs(feed.title)).to.include.members(['en', 'fr']);
    });
  });

  describe('facilities', () => {
    it('lists exactly the 56 facilities of the CSV, each with its own id', () => {
      expect(feed.facilities.features).to.have.length(56);
      expect(byId.size).to.equal(56);
      expect(loaded.data.counts.facilities).to.deep.equal({ kept: 56, dropped: 0 });
    });

    it('gives every facility an http(s) source, a status, a precision and a known time zone', () => {
      for (const f of feed.facilities.features) {
        const p = f.properties;
        expect(p.sources.some((s) => /^https?:\/\//.test(s.url ?? '')), f.id).to.equal(true);
        expect(p.status, f.id).to.be.oneOf(['operating', 'temporarily-closed', 'closed', 'planned', 'unconfirmed']);
        expect(p.precision, f.id).to.be.oneOf(['address', 'street', 'city']);
        expect(() => new Intl.DateTimeFormat('en', { timeZone: p.timeZone }), f.id).not.to.throw();
        expect(p.timeZone, f.id).to.match(/^[A-Z][a-z]+\//);
        expect(p.statusNote, f.id).to.be.a('string').and.not.equal('');
      }
    });

    it('places only Insite at a real point; every other facility at its city, marked "city"', () => {
      const exact = feed.facilities.features.filter((f) => f.properties.precision !== 'city').map((f) => f.id);
      expect(exact).to.deep.equal(['ca-vancouver-insite']);
      expect(facility('ca-vancouver-insite').precision).to.equal('address');
      expect(byId.get('ca-vancouver-insite')!.geometry.coordinates).to.deep.equal([-123.10111, 49.28111]);
    });

    it('puts facilities of one city on the same GeoNames point, in the right place and zone', () => {
      const point = (id: string) => byId.get(id)!.geometry.coordinates;
      expect(point('ch-zuerich-ka-selnau')).to.deep.equal(point('ch-zuerich-ka-oerlikon'));
      const [lon, lat] = point('fr-strasbourg-argos');
      expect(lon).to.be.closeTo(7.75, 0.05);
      expect(lat).to.be.closeTo(48.58, 0.05);
      expect(facility('fr-strasbourg-argos').timeZone).to.equal('Europe/Paris');
      // Aliased names: København → Copenhagen, Lisboa → Lisbon, Bruxelles → Brussels, Montréal as written.
      expect(point('dk-koebenhavn-h17')[1]).to.be.closeTo(55.68, 0.05);
      expect(point('pt-lisboa-quinta-do-loureiro')[0]).to.be.closeTo(-9.14, 0.05);
      expect(facility('be-bruxelles-gate').timeZone).to.equal('Europe/Brussels');
      expect(facility('ca-montreal-cactus').timeZone).to.equal('America/Toronto');
      expect(facility('mx-mexicali-la-sala').timeZone).to.equal('America/Tijuana');
      expect(facility('au-melbourne-north-richmond-msir').timeZone).to.equal('Australia/Melbourne');
    });

    it('never shows a CLOSED, UNCERTAIN or CONFLICTING row as operating', () => {
      for (const [id, status] of Object.entries(NOT_OPERATING_IN_CSV)) expect(facility(id).status, id).to.equal(status);
      for (const id of NOT_RECHECKED_IN_CSV) expect(facility(id).status, id).to.equal('unconfirmed');
      expect(facility('ch-zuerich-konsum-triage').status).to.equal('operating');
      expect(facility('ch-zuerich-konsum-triage').statusNote).to.match(/Temporary.*1 October 2025/);
    });

    it('dates each record by its source, never later than the feed, and leaves it out when no source is dated', () => {
      for (const f of feed.facilities.features) {
        const v = f.properties.verified;
        if (v === undefined) continue;
        expect(v, f.id).to.match(/^\d{4}(-\d{2}(-\d{2})?)?$/);
        expect(v <= feed.updated!, f.id).to.equal(true);
      }
      expect(facility('de-hamburg-abrigado-harburg').verified).to.equal('2025-12-17');
      expect(facility('fr-strasbourg-argos').verified).to.equal('2021-07-02');
      expect(facility('de-berlin-fixpunkt-kreuzberg').verified).to.equal('2010');
      expect(facility('ca-calgary-sheldon-chumir').verified).to.equal(undefined);
    });

    it('keeps the CSV fields it has and leaves out the empty ones', () => {
      const bern = facility('ch-bern-contact-anlaufstelle');
      expect(bern.address).to.deep.equal({ street: 'Hodlerstrasse 22', city: 'Bern', country: 'CH' });
      expect(bern.opened).to.equal(1986);
      expect(bern.website).to.equal('https://www.contact-suchthilfe.ch/');
      expect(bern.model).to.equal('integrated');
      expect(bern.services).to.deep.equal(['injection', 'inhalation']);
      const birkenstube = facility('de-berlin-birkenstube');
      expect(birkenstube.address.street).to.equal('Birkenstraße 51, Moabit');
      expect(birkenstube.operator).to.equal('Vista gGmbH');
      const harburg = facility('de-hamburg-abrigado-harburg');
      expect(harburg).not.to.have.any.keys('operator', 'services', 'hours', 'website', 'opened');
      expect(facility('de-troisdorf-cafe-koko').address).not.to.have.key('street');
      expect(facility('fr-paris-gaia-lariboisiere').address).to.include({ postalCode: '75010', city: 'Paris', country: 'FR' });
      expect(facility('ca-toronto-street-health').services).to.deep.equal(['injection', 'snorting', 'oral']);
    });
  });

  describe('hours (checked by hand against the CSV text)', () => {
    it('Essen: "Mon-Fri 08:00-18:00; Sat,Sun,holidays 09:00-14:30"', () => {
      const p = facility('de-essen-suchthilfe-direkt');
      expect(p.hours).to.deep.equal([
        { days: ['Mo', 'Tu', 'We', 'Th', 'Fr'], opens: '08:00', closes: '18:00' },
        { days: ['Sa', 'Su'], opens: '09:00', closes: '14:30' },
      ]);
      expect((p.hoursNote as Record<string, string>).en).to.equal('Public holidays: 09:00–14:30.');
    });

    it('Copenhagen H17: "daily 07:00-24:00" closes at midnight', () => {
      expect(facility('dk-koebenhavn-h17').hours).to.deep.equal([
        { days: ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'], opens: '07:00', closes: '24:00' },
      ]);
    });

    it('Zürich Selnau: "Sun-Tue 11:00-18:30; Wed-Sat 07:30-15:00" (a range across the weekend)', () => {
      expect(facility('ch-zuerich-ka-selnau').hours).to.deep.equal([
        { days: ['Mo', 'Tu', 'Su'], opens: '11:00', closes: '18:30' },
        { days: ['We', 'Th', 'Fr', 'Sa'], opens: '07:30', closes: '15:00' },
      ]);
    });

    it('Dortmund: "Mon,Wed-Sat 08:00-20:00; Tue 08:00-14:00; Sun 09:00-15:00"', () => {
      expect(facility('de-dortmund-kick').hours).to.deep.equal([
        { days: ['Mo', 'We', 'Th', 'Fr', 'Sa'], opens: '08:00', closes: '20:00' },
        { days: ['Tu'], opens: '08:00', closes: '14:00' },
        { days: ['Su'], opens: '09:00', closes: '15:00' },
      ]);
    });

    it('keeps caveats in the note: "(2016)", "last call", "(June 2022)"', () => {
      const paris = facility('fr-paris-gaia-lariboisiere');
      expect(paris.hours).to.deep.equal([{ days: ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'], opens: '13:30', closes: '20:30' }]);
      expect((paris.hoursNote as Record<string, string>).en).to.contain('2016');
      const fredVictor = facility('ca-toronto-fred-victor');
      expect(fredVictor.hours).to.have.length(2);
      expect((fredVictor.hoursNote as Record<string, string>).en).to.contain('last call');
      expect((facility('be-bruxelles-gate').hoursNote as Record<string, string>).en).to.contain('June 2022');
    });

    it('gives no hours for vague texts, only a note, and none where the CSV has none', () => {
      for (const id of ['pt-lisboa-pcvm-movel', 'es-barcelona-cas-baluard']) {
        expect(facility(id).hours, id).to.equal(undefined);
        expect(langs(facility(id).hoursNote), id).to.include.members(['en', 'fr']);
      }
      expect(facility('au-sydney-uniting-msic')).not.to.have.any.keys('hours', 'hoursNote');
      for (const f of feed.facilities.features) if (f.properties.hours) expect(f.properties.hours.length, f.id).to.be.greaterThan(0);
    });
  });

  describe('events, news and facts', () => {
    it('has both Strasbourg symposia, past and all-day, in venue time', () => {
      const third = feed.events.find((e) => e.id === 'dcr-symposium-2023-strasbourg')!;
      expect(third).to.include({ start: '2023-05-04', end: '2023-05-05', timeZone: 'Europe/Paris', status: 'scheduled' });
      expect(third.location?.country).to.equal('FR');
      expect(third.organizers?.length).to.equal(4);
      expect(langs(third.name)).to.include.members(['en', 'fr']);
      const second = feed.events.find((e) => e.id === 'dcr-symposium-2021-strasbourg')!;
      expect(second.start).to.equal('2021-07-01');
    });

    it('has dated news in en and fr, with tags and a source', () => {
      expect(feed.news.length).to.be.greaterThan(10);
      for (const n of feed.news) {
        expect(n.date, n.id).to.match(/^\d{4}-\d{2}-\d{2}$/);
        expect(langs(n.title), n.id).to.include.members(['en', 'fr']);
        expect(langs(n.summary), n.id).to.include.members(['en', 'fr']);
        expect(n.tags?.length, n.id).to.be.greaterThan(0);
        expect(n.source?.name, n.id).to.not.equal(undefined);
      }
      expect(feed.news.some((n) => n.tags?.includes('efus'))).to.equal(true);
      expect(feed.news.some((n) => n.tags?.includes('dcr'))).to.equal(true);
    });

    it('gives every fact a source; live figures name this feed, sourced ones their publisher and date', () => {
      expect(feed.facts.length).to.be.greaterThan(3);
      const live = feed.facts.filter((f) => /\{\w+\}/.test(JSON.stringify(f.text)));
      expect(live.length).to.be.greaterThan(0);
      for (const f of feed.facts) {
        expect(f.source.name, f.id).to.not.equal(undefined);
        expect(langs(f.text), f.id).to.include.members(['en', 'fr']);
        if (live.includes(f)) {
          expect(f.source.name, f.id).to.equal('this feed (dcr-widgets default data)');
          for (const [, name] of JSON.stringify(f).matchAll(/\{(\w+)\}/g)) expect(LIVE_PLACEHOLDERS, f.id).to.include(name);
        } else {
          expect(f.source.name, f.id).not.to.contain('this feed');
          if (f.source.date !== undefined) expect(f.source.date, f.id).to.match(/^\d{4}(-\d{2}(-\d{2})?)?$/);
        }
      }
      expect(feed.facts.some((f) => f.figure?.value === '{operatingFacilities}')).to.equal(true);
      const worldwide = feed.facts.find((f) => f.id === 'dcrs-worldwide-2024')!;
      expect(worldwide.source).to.deep.include({ date: '2024-07-30' });
      expect((worldwide.text as Record<string, string>).en).to.contain('140');
    });
  });
});
