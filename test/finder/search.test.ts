import { expect } from '@open-wc/testing';
import { NO_FILTERS, applyUserFilters, buildEntries, filterEntries, openClock, type FinderEntry } from '../../src/finder/filters.js';
import { narrows, normalizeText, queryTokens, searchText } from '../../src/finder/search.js';
import { facility, fixtureFeed } from './fixtures.js';

const ids = (list: readonly FinderEntry[]) => list.map((e) => e.id);

describe('finder search text', () => {
  it('folds decomposed accents, non-Latin letters kept, non-ASCII punctuation as spaces', () => {
    expect(normalizeText('Gene\u0300ve')).to.equal('geneve');
    expect(normalizeText('İstanbul')).to.equal('istanbul');
    expect(normalizeText('КИЇВ «Центр»')).to.equal(normalizeText('київ центр'));
    expect(normalizeText('КИЇВ «Центр»')).to.match(/^\p{Script=Cyrillic}+ \p{Script=Cyrillic}+$/u);
    expect(normalizeText('  Zürich—Kreis 5 ')).to.equal('zurich kreis 5');
  });

  it('one string per place: words of different fields never run together; umlauts also as "ae/oe/ue"', () => {
    const s = searchText(['Kontakt Café', 'Köln', '50676']);
    expect(s).to.include('kontakt cafe koln 50676');
    expect(s).to.include('koeln');
    expect(s).not.to.include('cafekoln');
    expect(searchText(['Paris'])).to.equal('paris');
  });

  it('a query narrows another when each earlier word is inside the word at its place', () => {
    expect(narrows([], ['a'])).to.equal(true);
    expect(narrows(['kon'], ['kont'])).to.equal(true);
    expect(narrows(['haus'], ['haus', '1'])).to.equal(true);
    expect(narrows(['haus', '1'], ['haus', '12'])).to.equal(true);
    expect(narrows(['kont'], ['kon'])).to.equal(false);
    expect(narrows(['haus', '1'], ['haus'])).to.equal(false);
    expect(narrows(['abc'], ['xabc'])).to.equal(true);
    expect(narrows(['ab'], ['ca'])).to.equal(false);
    // A word of one or two characters matches at word starts only, a longer one anywhere: "ab" → "cab" is no narrowing.
    expect(narrows(['k'], ['ka'])).to.equal(true);
    expect(narrows(['ab'], ['cab'])).to.equal(false);
    expect(narrows(['ka'], ['kan'])).to.equal(false);
    expect(narrows(['a'], ['ba'])).to.equal(false);
  });

  it('a word of one or two characters matches at the start of a word; words side by side come first ("K&A")', () => {
    const place = (id: string, name: string, city: string) => facility(id, { name, address: { city, country: 'CH' } });
    const entries = buildEntries(
      [place('ch-1', 'Kontakt Anlaufstelle', 'Basel'), place('ch-2', 'Frankfurt Café', 'Bern'), place('ch-3', 'K&A Selnau', 'Zürich')],
      'en',
      'en',
    );
    const found = filterEntries(entries, { ...NO_FILTERS, query: 'K&A' }, openClock(new Date()), 0);
    // "Frankfurt Café" has a "k" and an "a", inside words only; the K&A itself comes first, before the list order.
    expect(ids(found.results)).to.deep.equal(['ch-3', 'ch-1']);
    expect(ids(found.matched)).to.deep.equal(['ch-1', 'ch-3']);
    // A longer word still matches inside words.
    expect(ids(filterEntries(entries, { ...NO_FILTERS, query: 'furt' }, openClock(new Date()), 0).results)).to.deep.equal(['ch-2']);
  });

  it('typing on gives the same places as filtering from scratch, and an unchanged query the same result', async () => {
    const features = [...(await fixtureFeed()).facilities.features];
    for (let i = 0; i < 300; i++) {
      features.push(facility(`x-${i}`, { name: `Kontakt ${i}`, address: { city: i % 2 ? 'Köln' : 'Genève', country: i % 3 ? 'DE' : 'CH' } }));
    }
    const entries = buildEntries(features, 'en', 'en');
    const openAt = openClock(new Date());
    let last = filterEntries(entries, NO_FILTERS, openAt, 0);
    for (const query of ['k', 'ko', 'koe', 'koel', 'koeln', 'koeln 1', 'koeln 12', 'koeln 1', 'ge', 'gen', 'genf', 'o', 'on', 'ont', 'ontakt', '']) {
      const filters = { ...NO_FILTERS, modes: last.filters.modes, query };
      const next = filterEntries(entries, filters, openAt, 0, last);
      expect(ids(next.matched), query).to.deep.equal(ids(applyUserFilters(entries, filters, openAt)));
      expect(filterEntries(entries, filters, openAt, 0, next)).to.equal(next);
      last = next;
    }
    expect(queryTokens(' Koeln,  12 ')).to.deep.equal(['koeln', '12']);
  });

  it('another filter, clock or data set starts from scratch', async () => {
    const entries = buildEntries((await fixtureFeed()).facilities.features, 'en', 'en');
    const openAt = openClock(new Date());
    const all = filterEntries(entries, { ...NO_FILTERS, showInactive: true, query: 'to' }, openAt, 0);
    const narrower = filterEntries(entries, { ...NO_FILTERS, query: 'toronto' }, openAt, 0, all);
    expect(ids(narrower.results)).to.deep.equal(ids(applyUserFilters(entries, { ...NO_FILTERS, query: 'toronto' }, openAt)));
    expect(ids(narrower.results)).not.to.include('ca-toronto-closed');
    const other = entries.slice(0, 3);
    expect(ids(filterEntries(other, { ...NO_FILTERS, query: 'toronto' }, openAt, 0, narrower).results)).to.deep.equal(
      ids(applyUserFilters(other, { ...NO_FILTERS, query: 'toronto' }, openAt)),
    );
  });
});
