import { expect } from '@open-wc/testing';
import { clearFeedCache, loadFeed, loadFeedFor } from '../../../src/core/feed/loader.js';
import { readFeedText, useRules } from '../../../src/core/feed/read.js';
import { events, facilities, facts } from '../../../src/core/feed/rules/index.js';
import { parseFeedText } from '../../../src/core/feed/validate.js';
import { fixtureText } from './fixtures.js';

// The widgets read the feed lazily: each collection is validated, with the rules a widget brings, when first read.

describe('feed reader (per collection)', () => {
  it('validates only the collections it has rules for; the others read as empty', async () => {
    const r = readFeedText(await fixtureText('bad-three-of-ten.json'));
    useRules(r, [facts]);
    expect(r.feed.facilities.features).to.deep.equal([]);
    expect(r.counts.facilities).to.deep.equal({ kept: 0, dropped: 0 });
    expect(r.problems.filter((p) => p.collection === 'facilities')).to.have.length(0);
  });

  it('another widget\'s rules add their collection to the same read, with exactly what the full validator finds', async () => {
    const text = await fixtureText('bad-three-of-ten.json');
    const full = parseFeedText(text);
    const r = readFeedText(text);
    useRules(r, [facts]);
    expect(r.problems).to.have.length(0);
    useRules(r, [facilities, events]);
    expect(r.feed.facilities.features.map((f) => f.id)).to.deep.equal(full.feed.facilities.features.map((f) => f.id));
    expect(r.counts.facilities).to.deep.equal(full.counts.facilities);
    expect(r.problems.map((p) => [p.path, p.effect, p.message])).to.deep.equal(full.problems.map((p) => [p.path, p.effect, p.message]));
    // The fix is a rule key; the full validator spells it out.
    expect(r.problems[0].hint).to.equal(undefined);
    expect(full.problems[0].hint).to.contain('operating');
  });

  it('a collection is validated once, and gives the same records however often it is read', async () => {
    const r = readFeedText(await fixtureText('good-full.json'));
    useRules(r, [facilities]);
    expect(r.feed.facilities).to.equal(r.feed.facilities);
    expect(r.problems).to.equal(r.problems);
  });

  describe('through the loader', () => {
    let realFetch: typeof fetch;
    let requests = 0;
    beforeEach(async () => {
      clearFeedCache();
      const text = await fixtureText('bad-three-of-ten.json');
      realFetch = window.fetch;
      requests = 0;
      window.fetch = (async () => {
        requests++;
        return new Response(text, { status: 200, headers: { 'content-type': 'application/json' } });
      }) as typeof fetch;
    });
    afterEach(() => {
      window.fetch = realFetch;
      clearFeedCache();
    });

    it('widgets with different rules share one request and one parsed document', async () => {
      const url = 'https://feeds.example.org/lazy.json';
      const a = await loadFeedFor(url, [facts]);
      const b = await loadFeedFor(url, [facilities]);
      expect(requests).to.equal(1);
      expect(b.data).to.equal(a.data);
      expect(b.data.counts.facilities).to.deep.equal({ kept: 7, dropped: 3 });
    });

    it('widgets asking at once (their rules still loading) share one request, and each finds its collection validated', async () => {
      const url = 'https://feeds.example.org/together.json';
      const [a, b] = await Promise.all([loadFeedFor(url, [facts]), loadFeedFor(url, [facilities])]);
      expect(requests).to.equal(1);
      expect(b.data).to.equal(a.data);
      expect(a.data.feed.facilities.features).to.have.length(7);
      expect(a.data.counts.facilities).to.deep.equal({ kept: 7, dropped: 3 });
      expect(a.data.problems).to.have.length(3);
    });

    it('loadFeed (page scripts, the demo) reads every collection', async () => {
      const r = await loadFeed('https://feeds.example.org/all.json');
      expect(r.data.counts.facilities).to.deep.equal({ kept: 7, dropped: 3 });
      expect(r.data.problems).to.have.length(3);
    });
  });
});
