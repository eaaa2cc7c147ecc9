import { expect } from '@open-wc/testing';
import { FeedError } from '../../../src/core/feed/errors.js';
import { parseFeedText, validateFeed } from '../../../src/core/feed/validate.js';
import type { FeedCollection, ValidationResult } from '../../../src/core/feed/types.js';
import { feedFixtures, fixtureText, type FeedFixture } from './fixtures.js';

const COLLECTIONS: FeedCollection[] = ['facilities', 'events', 'news', 'facts'];

function failure(fn: () => unknown): FeedError {
  try {
    fn();
  } catch (e) {
    if (e instanceof FeedError) return e;
    throw e;
  }
  throw new Error('expected a FeedError');
}

const problemKeys = (r: ValidationResult) => r.problems.map((p) => `${p.path} ${p.effect}`).sort();

/** A facility that passes every rule, with its properties overridden. */
const facility = (id: string, properties: Record<string, unknown> = {}, coordinates: unknown = [7.75, 48.58]) => ({
  type: 'Feature',
  id,
  geometry: { type: 'Point', coordinates },
  properties: {
    name: `Place ${id}`,
    address: { city: 'Strasbourg', country: 'FR' },
    status: 'operating',
    precision: 'city',
    sources: [{ name: 'Example', url: 'https://example.org/' }],
    ...properties,
  },
});
const feedOf = (features: unknown[], extra: Record<string, unknown> = {}) => ({
  version: '1',
  facilities: { type: 'FeatureCollection', features },
  ...extra,
});

describe('feed validator', () => {
  let fixtures: FeedFixture[];
  before(async () => {
    fixtures = await feedFixtures();
  });

  describe('fixtures', () => {
    it('every good fixture passes with no problem and keeps every record', () => {
      const good = fixtures.filter((f) => f.name.startsWith('good-'));
      expect(good.length).to.be.at.least(4);
      for (const f of good) {
        const r = parseFeedText(f.text);
        expect(r.problems, f.name).to.deep.equal([]);
        for (const c of COLLECTIONS) expect(r.counts[c].dropped, `${f.name} ${c}`).to.equal(0);
      }
    });

    it('every rule fixture reports exactly its expected problems, at the right JSON paths', () => {
      const bad = fixtures.filter((f) => f.name.startsWith('bad-'));
      expect(bad.length).to.be.at.least(15);
      for (const f of bad) {
        expect(f.expect.length, `${f.name} expects no problem`).to.be.greaterThan(0);
        const r = parseFeedText(f.text);
        expect(problemKeys(r), `${f.name}: ${f.rule}`).to.deep.equal(f.expect.map((e) => `${e.path} ${e.effect}`).sort());
      }
    });

    it('each problem says what is wrong and how to fix it, and names its record', () => {
      for (const f of fixtures.filter((x) => x.name.startsWith('bad-'))) {
        const r = parseFeedText(f.text);
        for (const p of r.problems) {
          expect(p.message, `${f.name} ${p.path}`).to.be.a('string').and.not.equal('');
          expect(p.hint, `${f.name} ${p.path}`).to.be.a('string').and.not.equal('');
          const m = /^\/(facilities\/features|events|news|facts)\/(\d+)(\/|$)/.exec(p.path);
          if (m) {
            expect(p.collection, p.path).to.equal(m[1] === 'facilities/features' ? 'facilities' : m[1]);
            expect(p.index, p.path).to.equal(Number(m[2]));
          } else {
            expect(p.index, p.path).to.equal(undefined);
          }
        }
        for (const c of COLLECTIONS) {
          const dropped = r.problems.filter((p) => p.collection === c && p.effect === 'dropped' && p.index !== undefined).length;
          expect(r.counts[c].dropped, `${f.name} ${c}`).to.equal(dropped);
        }
      }
    });

    it('a feed with 3 bad facilities out of 10 keeps the 7 good ones and reports the 3', async () => {
      const r = parseFeedText(await fixtureText('bad-three-of-ten.json'));
      expect(r.counts.facilities).to.deep.equal({ kept: 7, dropped: 3 });
      expect(r.feed.facilities.features.map((f) => f.id)).to.deep.equal(['f0', 'f1', 'f3', 'f4', 'f6', 'f7', 'f9']);
      expect(r.problems.map((p) => [p.index, p.id, p.collection, p.effect])).to.deep.equal([
        [2, 'f2', 'facilities', 'dropped'],
        [5, 'f5', 'facilities', 'dropped'],
        [8, 'f8', 'facilities', 'dropped'],
      ]);
      expect(r.problems[0].message).to.contain('"open"');
      expect(r.problems[0].hint).to.contain('operating');
    });

    it('whole-document failures: not JSON → parse; not an object, no version, another major version → schema', () => {
      for (const f of fixtures.filter((x) => x.name.startsWith('doc-'))) {
        expect(f.fails, f.name).to.be.oneOf(['parse', 'schema']);
        expect(failure(() => parseFeedText(f.text)).kind, f.name).to.equal(f.fails);
      }
      expect(failure(() => parseFeedText('')).kind).to.equal('parse');
      expect(failure(() => validateFeed(null)).kind).to.equal('schema');
      expect(failure(() => validateFeed('1')).kind).to.equal('schema');
      expect(failure(() => validateFeed({ version: '2' })).message).to.contain('version 1');
      expect(failure(() => validateFeed({ version: '11' })).kind).to.equal('schema');
      expect(failure(() => validateFeed({ news: [] })).message).to.contain('"version"');
    });
  });

  describe('what is kept', () => {
    it('reads a byte-order mark, minor versions, and a numeric version (reported)', () => {
      expect(parseFeedText('\uFEFF{"version": "1"}').feed.version).to.equal('1');
      expect(validateFeed({ version: '1.4.2' }).problems).to.deep.equal([]);
      const r = validateFeed({ version: 1 });
      expect(r.feed.version).to.equal('1');
      expect(problemKeys(r)).to.deep.equal(['/version ignored']);
    });

    it('collections are always present, empty when absent', () => {
      const { feed, counts } = validateFeed({ version: '1' });
      expect(feed.facilities).to.deep.equal({ type: 'FeatureCollection', features: [] });
      expect([feed.events, feed.news, feed.facts]).to.deep.equal([[], [], []]);
      expect(counts.news).to.deep.equal({ kept: 0, dropped: 0 });
    });

    it('keeps the full fixture as written: language maps, hours past midnight and to 24:00, plain dates', async () => {
      const { feed } = parseFeedText(await fixtureText('good-full.json'));
      const f = feed.facilities.features[0];
      expect(f.geometry.coordinates, 'the altitude is dropped').to.deep.equal([7.7521, 48.5734]);
      expect(f.properties.name).to.deep.equal({ fr: 'Salle de test', en: 'Test room', de: 'Testraum' });
      expect(f.properties.hours!.map((h) => `${h.days.join(',')} ${h.opens}-${h.closes}`)).to.deep.equal([
        'Mo,Tu,We,Th,Fr 08:00-20:00',
        'Sa 22:00-04:00',
        'Su 00:00-24:00',
      ]);
      expect(f.properties.timeZone).to.equal('Europe/Paris');
      expect(feed.facilities.features[1].properties.verified).to.equal('2016-09');
      expect(feed.events.map((e) => [e.id, e.start, e.status])).to.deep.equal([
        ['symposium-2023', '2023-05-04T09:00:00+02:00', 'scheduled'],
        ['symposium-2021', '2021-07-01', 'postponed'],
        ['utc', '2021-07-01T07:00:00Z', 'cancelled'],
      ]);
      expect(feed.facts.map((x) => x.figure?.value)).to.deep.equal(['>140', '{operatingFacilities}', 1986]);
      expect(feed.title).to.deep.equal({ en: 'Test feed', fr: 'Flux de test' });
      expect(feed.publisher).to.deep.equal({ name: 'Example network', url: 'https://example.org/' });
    });

    it('fills the defaults widgets rely on: event status "scheduled", an undated news item dated ""', () => {
      const { feed, problems } = validateFeed({
        version: '1',
        events: [{ id: 'e', name: 'E', start: '2030-01-01' }],
        news: [{ id: 'n', title: 'N' }],
      });
      expect(problems).to.deep.equal([]);
      expect(feed.events[0].status).to.equal('scheduled');
      expect(feed.news[0].date).to.equal('');
    });

    it('unknown keys are ignored and not copied into what widgets read', async () => {
      const { feed, problems } = parseFeedText(await fixtureText('good-unknown-keys.json'));
      expect(problems).to.deep.equal([]);
      const json = JSON.stringify(feed);
      for (const key of ['x-fixture', 'generator', 'colour', 'district', 'hashtag', 'floor', 'mood', 'weight', 'bbox', 'crs']) {
        expect(json, key).not.to.contain(`"${key}"`);
      }
      expect(feed.facilities.features[0].properties.address).to.deep.equal({ city: 'Strasbourg', country: 'FR' });
    });

    it('a bad optional field is left out and the record kept', () => {
      const r = validateFeed(feedOf([facility('a', { website: 'javascript:alert(1)', timeZone: 'Europe/Atlantis', model: 'hub' })]));
      const p = r.feed.facilities.features[0].properties;
      expect(r.counts.facilities).to.deep.equal({ kept: 1, dropped: 0 });
      expect(['website', 'timeZone', 'model'].filter((k) => k in p)).to.deep.equal([]);
      expect(r.problems.map((x) => [x.path, x.effect, x.id])).to.deep.equal([
        ['/facilities/features/0/properties/model', 'ignored', 'a'],
        ['/facilities/features/0/properties/timeZone', 'ignored', 'a'],
        ['/facilities/features/0/properties/website', 'ignored', 'a'],
      ]);
    });

    it('only http(s) links survive: javascript:, data:, vbscript:, mailto: and relative addresses are left out', async () => {
      const { feed } = parseFeedText(await fixtureText('bad-links.json'));
      const json = JSON.stringify(feed);
      expect(json).not.to.match(/javascript:|data:|vbscript:|mailto:|ftp:|"\/register"/i);
      expect(feed.facilities.features[1].properties.sources).to.deep.equal([{ name: 'Data' }]);
      expect(feed.news[1].image).to.equal(undefined);
      expect(feed.home_page_url).to.equal(undefined);
      const urls = json.match(/"(url|website|online|registrationUrl|home_page_url)":"[^"]*"/g) ?? [];
      expect(urls.length).to.be.greaterThan(0);
      for (const u of urls) expect(u).to.match(/":"https?:\/\//);
    });

    it('hours: one bad row leaves all hours out (unknown), never a partial week', async () => {
      const { feed } = parseFeedText(await fixtureText('bad-hours.json'));
      expect(feed.facilities.features.map((f) => f.properties.hours?.length ?? 0)).to.deep.equal([0, 0, 0, 0, 0, 2]);
    });

    it('duplicate ids: the first record wins, the later ones are dropped and reported', async () => {
      const r = parseFeedText(await fixtureText('bad-duplicate-ids.json'));
      expect(r.feed.facilities.features.map((f) => f.properties.name)).to.deep.equal(['Test facility 1', 'Test facility 2']);
      expect(r.feed.news.map((n) => n.title)).to.deep.equal(['Test news 0']);
      const dup = r.problems.find((p) => p.collection === 'facilities')!;
      expect([dup.path, dup.id, dup.index]).to.deep.equal(['/facilities/features/2/id', 'f1', 2]);
      expect(dup.message).to.contain('already used');
    });

    it('a record dropped before its id was seen does not block a later one with that id', () => {
      const r = validateFeed(feedOf([facility('a', { status: 'open' }), facility('a')]));
      expect(r.counts.facilities).to.deep.equal({ kept: 1, dropped: 1 });
    });

    it('coordinates that look swapped say so', () => {
      const r = validateFeed(feedOf([facility('v', {}, [49.28, -123.1])]));
      expect(r.problems[0].path).to.equal('/facilities/features/0/geometry/coordinates');
      expect(r.problems[0].hint).to.contain('Swapped');
    });

    it('numbers that are not finite (from a JavaScript caller) are not coordinates', () => {
      for (const bad of [[NaN, 48], [7, Infinity], [7, -91], [181, 0], [], [7], [7, 48, 0, 0], null, 'x']) {
        const r = validateFeed(feedOf([facility('a', {}, bad)]));
        expect(r.counts.facilities.dropped, String(bad)).to.equal(1);
      }
      expect(validateFeed(feedOf([facility('a', {}, [-180, -90])])).counts.facilities.kept).to.equal(1);
    });

    it('time zones are checked with Intl: known IANA names pass, others are left out', () => {
      const zones = ['Europe/Paris', 'America/Argentina/Buenos_Aires', 'UTC', 'Etc/GMT+5', 'Europe/Atlantis', '+02:00', 'Paris', ''];
      const r = validateFeed(feedOf(zones.map((timeZone, i) => facility(`z${i}`, { timeZone }))));
      expect(r.feed.facilities.features.map((f) => f.properties.timeZone ?? '-')).to.deep.equal([
        'Europe/Paris',
        'America/Argentina/Buenos_Aires',
        'UTC',
        'Etc/GMT+5',
        '-',
        '-',
        '-',
        '-',
      ]);
    });
  });

  describe('hostile input', () => {
    it('50 000 records: every one read, counted and reported', () => {
      const features = Array.from({ length: 50_000 }, (_, i) => (i % 5 === 0 ? { type: 'Feature', id: `x${i}` } : facility(`p${i}`)));
      const r = validateFeed(feedOf(features));
      expect(r.counts.facilities).to.deep.equal({ kept: 40_000, dropped: 10_000 });
      expect(r.problems).to.have.length(10_000);
    });

    it('text over 10 000 characters (a 1 MB name) is refused like any bad value; the message does not copy it', () => {
      const big = 'A'.repeat(1 << 20);
      const long = 'A'.repeat(10_000);
      const r = validateFeed(
        feedOf([
          facility('a', { name: big }),
          facility('b', { status: big }),
          facility('c', { name: { en: big, fr: long }, description: big, phone: '1'.repeat(10_001) }),
          facility('d', { name: '😀'.repeat(10_000) }),
        ]),
      );
      expect(r.feed.facilities.features.map((f) => f.id)).to.deep.equal(['c', 'd']);
      const kept = r.feed.facilities.features[0].properties;
      expect([kept.name, kept.description, kept.phone]).to.deep.equal([{ fr: long }, undefined, undefined]);
      expect(r.problems.map((p) => [p.path, p.effect])).to.deep.equal([
        ['/facilities/features/0/properties/name', 'dropped'],
        ['/facilities/features/1/properties/status', 'dropped'],
        ['/facilities/features/2/properties/name/en', 'ignored'],
        ['/facilities/features/2/properties/phone', 'ignored'],
        ['/facilities/features/2/properties/description', 'ignored'],
      ]);
      expect(r.problems[0].message).to.match(/1,048,576 characters long$/);
      for (const p of r.problems) expect(p.message.length).to.be.below(100);
    });

    it('deeply nested junk, in unknown keys or in place of a field, costs no recursion', () => {
      const depth = 100_000;
      const nested = `${'['.repeat(depth)}${']'.repeat(depth)}`;
      const text = `{"version":"1","junk":${nested},"facilities":{"type":"FeatureCollection","features":[
        {"type":"Feature","id":"a","geometry":{"type":"Point","coordinates":${nested}},"properties":{}},
        ${JSON.stringify(facility('b', { name: { en: 'B' }, junk: 1 }))}]},
        "news":[{"id":"n","title":${'{"en":'.repeat(5000)}"x"${'}'.repeat(5000)}}]}`;
      const r = parseFeedText(text);
      expect(r.counts.facilities).to.deep.equal({ kept: 1, dropped: 1 });
      expect(r.counts.news).to.deep.equal({ kept: 0, dropped: 1 });
      expect(r.problems.map((p) => p.path)).to.deep.equal(['/facilities/features/0/geometry/coordinates', '/news/0/title']);
    });

    it('keys such as __proto__ in a language map do not reach the prototype', () => {
      const r = parseFeedText('{"version":"1","title":{"__proto__":{"polluted":true},"en":"T"}}');
      expect(r.feed.title).to.deep.equal({ en: 'T' });
      expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
      expect(r.problems.map((p) => p.path)).to.deep.equal(['/title']);
    });
  });
});
