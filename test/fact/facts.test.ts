import { expect } from '@open-wc/testing';
import type { Fact } from '../../src/core/feed/types.js';
import { citationSource, prepareFact, selectFacts, type ShownFact } from '../../src/fact/facts.js';
import { formatPartialDate } from '../../src/core/i18n/dates.js';
import { formatNumber, formatUpdated } from '../../src/fact/format.js';
import { FACTS } from './fixtures.js';

const facts = FACTS as unknown as Fact[];
const figures = { facilities: 9, operatingFacilities: 6, operatingCountries: 3, operatingCities: 5 };
const ctx = (locale = 'en') => ({ locale, figures });
const ids = (s: ReturnType<typeof selectFacts>) => (s.kind === 'facts' ? s.facts.map((f) => f.id) : s);
const shown = (f: Fact, locale = 'en'): ShownFact => {
  const p = prepareFact(f, ctx(locale));
  if (!('fact' in p)) throw new Error(`${f.id} unfillable`);
  return p.fact;
};

describe('fact selection and formatting', () => {
  describe('selectFacts', () => {
    it('shows every fillable fact in feed order, and reports the unfillable one', () => {
      const hidden: string[] = [];
      const s = selectFacts(facts, {}, ctx(), (u) => hidden.push(`${u.id} ${u.missing}`));
      expect(ids(s)).to.deep.equal(['europe', 'live', 'syringes', 'french-only']);
      expect(hidden).to.deep.equal(['broken {unknownPlaceholder}']);
    });

    it('pins one fact by id, whatever the topic', () => {
      expect(ids(selectFacts(facts, { fact: 'syringes', topic: 'history' }, ctx()))).to.deep.equal(['syringes']);
    });

    it('says which pinned id is missing, and which cannot be filled', () => {
      expect(selectFacts(facts, { fact: 'nope' }, ctx())).to.deep.equal({ kind: 'missing', id: 'nope' });
      expect(selectFacts(facts, { fact: 'broken' }, ctx())).to.deep.equal({ kind: 'unavailable', id: 'broken' });
    });

    it('narrows to one or several topics, case-insensitively', () => {
      expect(ids(selectFacts(facts, { topic: 'DCR' }, ctx()))).to.deep.equal(['europe', 'live']);
      expect(ids(selectFacts(facts, { topic: 'supplies, history' }, ctx()))).to.deep.equal(['syringes', 'french-only']);
      expect(selectFacts(facts, { topic: 'weather' }, ctx())).to.deep.equal({ kind: 'no-topic', topic: 'weather' });
    });

    it('is empty with no facts, or when every fact is unfillable', () => {
      expect(selectFacts([], {}, ctx())).to.deep.equal({ kind: 'empty' });
      const onlyLive = facts.filter((f) => f.id === 'live');
      expect(selectFacts(onlyLive, {}, { locale: 'en', figures: {} })).to.deep.equal({ kind: 'empty' });
    });
  });

  describe('prepareFact', () => {
    it('fills a live text with localized figures and a live figure value', () => {
      const live = facts.find((f) => f.id === 'live')!;
      const en = shown(live);
      expect(en.text.text).to.equal('6 places in 5 cities of 3 countries are operating, of 9 listed.');
      expect(en.figure).to.deep.include({ text: '6', number: 6, live: true });
      expect(en.live).to.equal(true);
      const big = prepareFact(live, { locale: 'de', figures: { ...figures, operatingFacilities: 1500 } });
      expect('fact' in big && big.fact.text.text).to.match(/^1\.500 places/);
    });

    it('a string value is shown as written (a year, ">140"); a number is localized', () => {
      expect(shown(facts.find((f) => f.id === 'french-only')!).figure).to.deep.include({ text: '1986', live: false });
      expect(shown(facts.find((f) => f.id === 'europe')!).figure).to.deep.include({ text: '>140', number: undefined });
      const s = facts.find((f) => f.id === 'syringes')!;
      expect(shown(s, 'en').figure!.text).to.equal('1,500');
      expect(shown(s, 'fr').figure!.text).to.equal('1\u202f500');
      expect(shown(s, 'de').figure!.text).to.equal('1.500');
    });

    it('picks the UI language, and keeps only http(s) source links', () => {
      const europe = shown(facts.find((f) => f.id === 'europe')!, 'fr-CH');
      expect(europe.text).to.deep.equal({ text: 'Plus de 140 salles de consommation fonctionnent dans 11 pays européens.', lang: 'fr' });
      expect(europe.figure!.unit!.text).to.equal('salles');
      const french = shown(facts.find((f) => f.id === 'french-only')!);
      expect(french.text.lang).to.equal('fr');
      expect(french.source.url).to.equal(undefined);
      expect(french.source.date).to.deep.equal({ datetime: '2019-05', text: 'May 2019' });
    });
  });

  describe('formatting', () => {
    it('groups digits per locale and goes compact from a million', () => {
      expect([formatNumber(1500, 'en'), formatNumber(1500, 'fr'), formatNumber(1500, 'de')]).to.deep.equal(['1,500', '1\u202f500', '1.500']);
      expect(formatNumber(12_500_000, 'en')).to.equal('12.5M');
      expect(formatNumber(12_500_000, 'de')).to.equal('12,5\u00a0Mio.');
      expect(formatNumber(999_999, 'en')).to.equal('999,999');
    });

    it('dates a source as precisely as it was written', () => {
      expect(formatPartialDate('2024', 'en')?.text).to.equal('2024');
      expect(formatPartialDate('2024-07', 'fr')?.text).to.equal('juillet 2024');
      expect(formatPartialDate('2024-07-30', 'de')?.text).to.equal('30. Juli 2024');
      expect(formatPartialDate('30/07/2024', 'en')).to.equal(undefined);
      expect(formatUpdated('2025-03-03', 'en')?.text).to.equal('March 3, 2025');
      expect(formatUpdated(undefined, 'en')).to.equal(undefined);
    });

    it('cites name, date and address, or the feed date for a live fact', () => {
      expect(citationSource(shown(facts.find((f) => f.id === 'europe')!), 'en')).to.equal(
        'Drugreporter, July 30, 2024, https://drogriporter.hu/en/drug-consumption-rooms-around-the-world/',
      );
      expect(citationSource(shown(facts.find((f) => f.id === 'live')!), 'en', 'as of March 3, 2025')).to.equal('This feed, as of March 3, 2025');
      // Arabic script separates with the Arabic comma.
      expect(citationSource(shown(facts.find((f) => f.id === 'live')!), 'ar', 'x')).to.equal('This feed، x');
    });
  });
});
