import { expect } from '@open-wc/testing';
import {
  NO_FILTERS,
  activeFilterCount,
  applyUserFilters,
  buildEntries,
  openClock,
  sortByDistance,
  type FinderEntry,
  type UserFilters,
} from '../../src/finder/filters.js';
import { normalizeText } from '../../src/finder/search.js';
import { availableOptions } from '../../src/finder/filters-view.js';
import { applyPreFilter, parsePreFilter } from '../../src/finder/prefilter.js';
import { fixtureFeed } from './fixtures.js';

const ids = (list: FinderEntry[]) => list.map((e) => e.id);
const noWarn = () => {
  throw new Error('unexpected warning');
};
const all: UserFilters = { ...NO_FILTERS, showInactive: true };
const search = (entries: FinderEntry[], query: string) => ids(applyUserFilters(entries, { ...all, query }, openClock(new Date())));

describe('finder filters', () => {
  let entries: FinderEntry[];
  before(async () => {
    entries = buildEntries((await fixtureFeed()).facilities.features, 'en', 'en');
  });

  describe('search', () => {
    it('normalises case, accents, ligatures and punctuation', () => {
      expect(normalizeText('Genève – Cité')).to.equal('geneve cite');
      expect(normalizeText('KÖLN')).to.equal('koln');
      expect(normalizeText('Straße')).to.equal('strasse');
      expect(normalizeText('Ærø  Łódź')).to.equal('aero lodz');
    });

    it('"Koln" finds Köln, "geneve" finds Genève, "Koeln" and "Genf" too', () => {
      expect(search(entries, 'Koln')).to.deep.equal(['de-koeln-1']);
      expect(search(entries, 'koeln')).to.deep.equal(['de-koeln-1']);
      expect(search(entries, 'geneve')).to.deep.equal(['ch-geneve-1']);
      expect(search(entries, 'GENF')).to.deep.equal(['ch-geneve-1']);
      expect(search(entries, 'liege')).to.deep.equal(['be-liege-1']);
    });

    it('matches name, operator, street, postal code and country name in the UI language', () => {
      expect(search(entries, 'neumarkt')).to.deep.equal(['de-koeln-1']);
      expect(search(entries, 'skm')).to.deep.equal(['de-koeln-1']);
      expect(search(entries, 'pepiniere')).to.deep.equal(['ch-geneve-1']);
      expect(search(entries, '50676')).to.deep.equal(['de-koeln-1']);
      expect(search(entries, 'switzerland')).to.deep.equal(['ch-geneve-1']);
      const fr = buildEntries(entries.map((e) => e.facility), 'fr', 'en');
      expect(search(fr, 'suisse')).to.deep.equal(['ch-geneve-1']);
      expect(search(fr, 'etats unis')).to.deep.equal(['us-nyc-1']);
    });

    it('every word must match; nonsense matches nothing', () => {
      expect(search(entries, 'toronto late')).to.deep.equal(['ca-toronto-1']);
      expect(search(entries, 'toronto')).to.have.members(['ca-toronto-1', 'ca-toronto-closed']);
      expect(search(entries, 'zzzz')).to.deep.equal([]);
    });

    it('prepares entries once per feed and locale', async () => {
      const features = (await fixtureFeed()).facilities.features;
      expect(buildEntries(features, 'en', 'en')).to.equal(entries);
      expect(buildEntries(features, 'de', 'en')).not.to.equal(entries);
    });

    it('sorts by country, city and name in the UI language', () => {
      expect(ids(entries).slice(0, 3)).to.deep.equal(['be-liege-1', 'ca-toronto-closed', 'ca-toronto-1']);
    });
  });

  describe('pre-filter attributes', () => {
    it('country list, case-insensitive', () => {
      const pre = parsePreFilter({ country: 'de, ch' }, noWarn);
      expect(ids(applyPreFilter(entries, pre))).to.have.members(['de-koeln-1', 'de-berlin-mobile', 'de-frankfurt-1', 'ch-geneve-1']);
    });

    it('city, accent-insensitive, in any language of the feed, and a leading word of a longer name', () => {
      expect(ids(applyPreFilter(entries, parsePreFilter({ city: 'strasbourg' }, noWarn)))).to.deep.equal(['fr-strasbourg-1']);
      expect(ids(applyPreFilter(entries, parsePreFilter({ city: 'Geneve' }, noWarn)))).to.deep.equal(['ch-geneve-1']);
      expect(ids(applyPreFilter(entries, parsePreFilter({ city: 'Genf' }, noWarn)))).to.deep.equal(['ch-geneve-1']);
      expect(ids(applyPreFilter(entries, parsePreFilter({ city: 'Frankfurt' }, noWarn)))).to.deep.equal(['de-frankfurt-1']);
      expect(ids(applyPreFilter(entries, parsePreFilter({ city: 'Frank' }, noWarn)))).to.deep.equal([]);
    });

    it('near + radius keeps places within the radius', () => {
      // Strasbourg; Köln is ~220 km away, Frankfurt ~180 km.
      const near = (radius?: string) => ids(applyPreFilter(entries, parsePreFilter({ near: '48.5734,7.7521', radius }, noWarn)));
      expect(near('10')).to.deep.equal(['fr-strasbourg-1']);
      expect(near('200')).to.have.members(['fr-strasbourg-1', 'de-frankfurt-1', 'lu-esch-planned']);
      expect(near()).to.deep.equal(['fr-strasbourg-1']);
    });

    it('services (any of them) and model; unknown services never match', () => {
      const snort = ids(applyPreFilter(entries, parsePreFilter({ services: 'snorting' }, noWarn)));
      expect(snort).to.have.members(['ch-geneve-1', 'ca-toronto-1']);
      const mobile = ids(applyPreFilter(entries, parsePreFilter({ model: 'mobile' }, noWarn)));
      expect(mobile).to.deep.equal(['de-berlin-mobile']);
      const either = ids(applyPreFilter(entries, parsePreFilter({ services: 'snorting,oral', model: 'standalone' }, noWarn)));
      expect(either).to.have.members(['ch-geneve-1', 'ca-toronto-1']);
    });

    it('bad values fall back to the default and are reported', () => {
      const warned: string[] = [];
      const pre = parsePreFilter(
        { country: 'Germany,DE', near: 'here', radius: '-3', services: 'injection,smoking', model: 'van' },
        (key, message) => warned.push(`${key}: ${message}`),
      );
      expect(pre.countries && [...pre.countries]).to.deep.equal(['DE']);
      expect(pre.near).to.equal(undefined);
      expect(pre.services && [...pre.services]).to.deep.equal(['injection']);
      expect(pre.models).to.equal(undefined);
      expect(warned).to.have.length(4);
      expect(warned.join('\n')).to.contain('Germany').and.contain('here').and.contain('smoking').and.contain('van');
      const radius: string[] = [];
      const withBadRadius = parsePreFilter({ near: '48.5,7.7', radius: 'far' }, (k) => radius.push(k));
      expect(withBadRadius.near?.radiusKm).to.equal(50);
      expect(radius).to.deep.equal(['radius:far']);
    });
  });

  describe('user filters', () => {
    const clock = openClock(new Date('2025-01-15T12:00:00Z')); // Wednesday 13:00 in Berlin
    const run = (f: Partial<UserFilters>) => ids(applyUserFilters(entries, { ...NO_FILTERS, ...f }, clock));

    it('hides closed and unconfirmed by default; the switch shows them', () => {
      expect(run({})).not.to.include.members(['ca-toronto-closed']);
      expect(run({})).not.to.include('be-liege-1');
      expect(run({})).to.include.members(['lu-esch-planned', 'de-frankfurt-1']);
      expect(run({ showInactive: true })).to.have.length(entries.length);
    });

    it('consumption modes: each ticked mode narrows', () => {
      expect(run({ modes: new Set(['snorting']) })).to.have.members(['ch-geneve-1', 'ca-toronto-1']);
      expect(run({ modes: new Set(['snorting', 'inhalation']) })).to.deep.equal(['ch-geneve-1']);
    });

    it('model and on-site offers', () => {
      expect(run({ models: new Set(['standalone']) })).to.have.members(['ch-geneve-1', 'ca-toronto-1']);
      expect(run({ offers: new Set(['naloxone']) })).to.have.members(['de-koeln-1', 'ch-geneve-1']);
      expect(run({ offers: new Set(['naloxone', 'counselling']) })).to.deep.equal(['de-koeln-1']);
    });

    it('open now uses each facility\'s own zone; unknown hours and non-operating places are not "open"', () => {
      // 13:00 in Berlin, Zurich and Paris (Strasbourg opens at 13:00), 07:00 in Toronto and New York.
      expect(run({ openNow: true })).to.have.members(['de-koeln-1', 'ch-geneve-1', 'fr-strasbourg-1', 'us-nyc-1']);
    });

    it('counts active filters, the search box as one', () => {
      expect(activeFilterCount(NO_FILTERS)).to.equal(0);
      expect(activeFilterCount({ ...NO_FILTERS, query: ' x ', modes: new Set(['oral']), openNow: true })).to.equal(3);
    });

    it('offers only the options present in the data', () => {
      const o = availableOptions(entries);
      expect(o.modes).to.deep.equal(['injection', 'inhalation', 'snorting', 'oral']);
      expect(o.models).to.deep.equal(['integrated', 'standalone', 'mobile']);
      expect(o.offers).to.have.members(['needle-exchange', 'naloxone', 'counselling', 'drug-checking', 'testing', 'food']);
      const koeln = availableOptions(entries.filter((e) => e.id === 'de-koeln-1'));
      expect(koeln.models).to.deep.equal(['integrated']);
    });
  });

  it('sorts by distance from a point, nearest first', () => {
    const { entries: sorted, km } = sortByDistance(entries, [7.7521, 48.5734]);
    expect(ids(sorted).slice(0, 3)).to.deep.equal(['fr-strasbourg-1', 'lu-esch-planned', 'de-frankfurt-1']);
    expect(km.get('fr-strasbourg-1')).to.be.closeTo(0, 0.01);
    expect(km.get('ca-toronto-1')).to.be.greaterThan(5000);
  });
});
