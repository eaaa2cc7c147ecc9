import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { FeedError } from '../../../src/core/feed/errors.js';
import { clearFeedCache, defaultFeedUrl, feedUpdates, loadFeed, resolveFeedUrl } from '../../../src/core/feed/loader.js';
import '../sample-element.js';
import type { DcrSampleElement } from '../sample-element.js';

const FEED = 'https://feeds.example.org/dcr.json';
const body = (title = 'Feed') => JSON.stringify({ version: '1', title, news: [{ id: 'n1', title: 'News' }] });

interface Call {
  url: string;
  init?: RequestInit;
}

let calls: Call[] = [];
let realFetch: typeof fetch | undefined;

/** Replaces window.fetch for one test; `respond` answers each request. */
function stubFetch(respond: (call: Call) => Response | Promise<Response>): Call[] {
  realFetch ??= window.fetch;
  calls = [];
  window.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const call = { url: input instanceof Request ? input.url : String(input), init };
    calls.push(call);
    return respond(call);
  }) as typeof fetch;
  return calls;
}

const ok = (text = body()) => new Response(text, { status: 200, headers: { 'content-type': 'application/json' } });

/** A response the test releases by hand; it fails like fetch does when the request's signal aborts. */
function held() {
  let release!: (r: Response) => void;
  let signal: AbortSignal | undefined;
  const respond = ({ init }: Call) =>
    new Promise<Response>((resolve, reject) => {
      signal = init?.signal ?? undefined;
      release = resolve;
      signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
    });
  return { respond, release: (r: Response) => release(r), signal: () => signal };
}

async function failure(p: Promise<unknown>): Promise<FeedError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof FeedError) return e;
    throw e;
  }
  throw new Error('expected the load to fail');
}

function clearSavedCopies() {
  for (const key of Object.keys(localStorage)) if (key.startsWith('dcr-widgets:')) localStorage.removeItem(key);
}

describe('feed loader', () => {
  afterEach(() => {
    if (realFetch) window.fetch = realFetch;
    clearFeedCache();
    clearSavedCopies();
  });

  describe('one request per URL', () => {
    it('20 concurrent callers share exactly one fetch and one parsed result', async () => {
      stubFetch(() => ok());
      const results = await Promise.all(Array.from({ length: 20 }, () => loadFeed(FEED)));
      expect(calls).to.have.length(1);
      expect(new Set(results.map((r) => r.data)).size).to.equal(1);
      expect(results[0].data.feed.title).to.equal('Feed');
    });

    it('20 widgets on a page make one request', async () => {
      stubFetch(() => ok(body('Shared')));
      const wrap = await fixture(html`<div>${Array.from({ length: 20 }, () => html`<dcr-sample src=${FEED}></dcr-sample>`)}</div>`);
      const els = Array.from(wrap.querySelectorAll<DcrSampleElement>('dcr-sample'));
      await waitUntil(() => els.every((el) => el.shadowRoot!.querySelector('.title')?.textContent === 'Shared'), 'widgets never showed the feed');
      expect(calls).to.have.length(1);
    });

    it('asks for the URL as given: no cache-busting query, no cache override', async () => {
      stubFetch(() => ok());
      await loadFeed(`${FEED}?lang=fr`);
      expect(calls.map((c) => c.url)).to.deep.equal([`${FEED}?lang=fr`]);
      expect(calls[0].init?.cache).to.equal(undefined);
      expect(calls[0].init?.method ?? 'GET').to.equal('GET');
    });

    it('sends no cookies to another origin, and its own credentials to the same origin', async () => {
      stubFetch(() => ok());
      await loadFeed(FEED);
      await loadFeed(new URL('/same-origin-feed.json', location.href).href);
      expect(calls.map((c) => c.init?.credentials)).to.deep.equal(['omit', 'same-origin']);
    });
  });

  describe('aborting', () => {
    it('one caller aborting does not abort the request the others wait for', async () => {
      const h = held();
      stubFetch(h.respond);
      const a = new AbortController();
      const first = loadFeed(FEED, { signal: a.signal });
      const second = loadFeed(FEED);
      await waitUntil(() => calls.length === 1);
      a.abort();
      let firstError: unknown;
      await first.catch((e) => (firstError = e));
      expect((firstError as DOMException).name).to.equal('AbortError');
      expect(h.signal()!.aborted, 'the shared request was aborted').to.equal(false);
      h.release(ok(body('Still here')));
      expect((await second).data.feed.title).to.equal('Still here');
      expect(calls).to.have.length(1);
    });

    it('a widget removed while loading leaves the others loading', async () => {
      const h = held();
      stubFetch(h.respond);
      const wrap = await fixture(html`<div><dcr-sample src=${FEED}></dcr-sample><dcr-sample src=${FEED}></dcr-sample></div>`);
      const [gone, stays] = Array.from(wrap.querySelectorAll<DcrSampleElement>('dcr-sample'));
      await waitUntil(() => calls.length === 1);
      gone.remove();
      stays.src = FEED; // re-targeting to the same URL must not restart or abort anything either
      await stays.updateComplete;
      h.release(ok(body('Kept')));
      await waitUntil(() => stays.shadowRoot!.querySelector('.title')?.textContent === 'Kept', 'the remaining widget never loaded');
      expect(calls).to.have.length(1);
    });

    it('an already aborted signal rejects at once without a request', async () => {
      stubFetch(() => ok());
      const a = new AbortController();
      a.abort();
      let error: unknown;
      await loadFeed(FEED, { signal: a.signal }).catch((e) => (error = e));
      expect((error as DOMException).name).to.equal('AbortError');
      // The shared load goes on for other callers; let it finish (it saves a copy) before the next test clears the cache.
      await loadFeed(FEED).catch(() => undefined);
    });
  });

  describe('failures have a kind', () => {
    it('no answer in time → timeout (and the request is aborted)', async () => {
      const h = held();
      stubFetch(h.respond);
      const e = await failure(loadFeed(FEED, { timeoutMs: 30 }));
      expect(e.kind).to.equal('timeout');
      expect(e.message).to.contain('did not answer within 0.03 seconds');
      expect(h.signal()!.aborted).to.equal(true);
    });

    it('404 and 500 → http, with the status', async () => {
      stubFetch(({ url }) => new Response('no', { status: url.endsWith('404') ? 404 : 500, statusText: url.endsWith('404') ? 'Not Found' : '' }));
      const e404 = await failure(loadFeed(`${FEED}#404`));
      const e500 = await failure(loadFeed(`${FEED}#500`));
      expect([e404.kind, e404.status, e500.kind, e500.status]).to.deep.equal(['http', 404, 'http', 500]);
      expect(e404.message).to.contain('404 Not Found');
      expect(e500.message).to.contain('500');
    });

    it('unreachable (offline, CORS refused) → network', async () => {
      stubFetch(() => Promise.reject(new TypeError('Failed to fetch')));
      const e = await failure(loadFeed(FEED));
      expect(e.kind).to.equal('network');
      expect(e.message).to.contain('CORS');
      expect(e.url).to.equal(FEED);
    });

    it('an invalid address → network, without a request', async () => {
      stubFetch(() => ok());
      const e = await failure(loadFeed('not a url'));
      expect(e.kind).to.equal('network');
      expect(calls).to.have.length(0);
    });

    it('invalid JSON → parse; another major version → schema; both name the feed', async () => {
      stubFetch(({ url }) => ok(url.endsWith('v2') ? '{"version": "2"}' : '{"version": "1", '));
      const parse = await failure(loadFeed(FEED));
      const schema = await failure(loadFeed(`${FEED}#v2`));
      expect([parse.kind, schema.kind]).to.deep.equal(['parse', 'schema']);
      expect(parse.url).to.equal(FEED);
      expect(schema.url).to.equal(`${FEED}#v2`);
    });
  });

  describe('retry', () => {
    it('a failure is remembered until a retry (reload) really requests again', async () => {
      let status = 500;
      stubFetch(() => (status === 200 ? ok(body('Back')) : new Response('', { status })));
      expect((await failure(loadFeed(FEED))).kind).to.equal('http');
      expect((await failure(loadFeed(FEED))).kind).to.equal('http');
      expect(calls).to.have.length(1);
      status = 200;
      const r = await loadFeed(FEED, { reload: true });
      expect(calls).to.have.length(2);
      // The retry goes past the HTTP cache, which may hold the error; the first request took what it held.
      expect(calls.map((c) => c.init?.cache)).to.deep.equal([undefined, 'no-cache']);
      expect(r.data.feed.title).to.equal('Back');
      expect(r.stale).to.equal(undefined);
    });

    it('retries while a retry is in flight share it', async () => {
      const h = held();
      stubFetch(() => new Response('', { status: 503 }));
      await failure(loadFeed(FEED));
      stubFetch(h.respond);
      const retries = [loadFeed(FEED, { reload: true }), loadFeed(FEED, { reload: true }), loadFeed(FEED, { reload: true })];
      await waitUntil(() => calls.length === 1);
      h.release(ok());
      await Promise.all(retries);
      expect(calls).to.have.length(1);
    });

    it('a fresh copy announces itself (dcr-feed-update) so widgets showing an error or a saved copy reload', async () => {
      stubFetch(() => ok());
      const seen: string[] = [];
      const listener = (e: Event) => seen.push((e as CustomEvent<string>).detail);
      feedUpdates.addEventListener('dcr-feed-update', listener);
      try {
        await loadFeed(FEED);
        await waitUntil(() => seen.length === 1);
        expect(seen).to.deep.equal([FEED]);
      } finally {
        feedUpdates.removeEventListener('dcr-feed-update', listener);
      }
    });
  });

  describe('last good copy', () => {
    async function loadOnceThenFail(fail: () => Response | Promise<Response>) {
      stubFetch(() => ok(body('Saved')));
      const first = await loadFeed(FEED);
      clearFeedCache(); // a later page view: the in-memory cache is gone, localStorage is not
      stubFetch(fail);
      return { first, later: await loadFeed(FEED) };
    }

    it('offline after a good load: the saved copy is served, marked stale with its age and the reason', async () => {
      const { first, later } = await loadOnceThenFail(() => Promise.reject(new TypeError('offline')));
      expect(later.stale?.error.kind).to.equal('network');
      expect(later.data.feed.title).to.equal('Saved');
      expect(later.fetchedAt).to.equal(first.fetchedAt);
    });

    it('a server error or a captive portal page (not JSON) also falls back to the saved copy', async () => {
      expect((await loadOnceThenFail(() => new Response('', { status: 502 }))).later.stale?.error.kind).to.equal('http');
      stubFetch(() => ok('<!doctype html><title>Wi-Fi login</title>'));
      const r = await loadFeed(FEED, { reload: true });
      expect(r.stale?.error.kind).to.equal('parse');
      expect(r.data.feed.title).to.equal('Saved');
    });

    it('a feed of another major version is reported, not hidden behind the saved copy', async () => {
      stubFetch(() => ok(body('Saved')));
      await loadFeed(FEED);
      clearFeedCache();
      stubFetch(() => ok('{"version": "2"}'));
      expect((await failure(loadFeed(FEED))).kind).to.equal('schema');
    });

    it('a widget shows the saved copy and says how old it is', async () => {
      stubFetch(() => ok(body('From storage')));
      await loadFeed(FEED);
      clearFeedCache();
      stubFetch(() => Promise.reject(new TypeError('offline')));
      const warn = console.warn;
      const warnings: unknown[][] = [];
      console.warn = (...a: unknown[]) => warnings.push(a);
      try {
        const el = await fixture<DcrSampleElement>(html`<dcr-sample src=${FEED}></dcr-sample>`);
        await waitUntil(() => el.shadowRoot!.querySelector('.title'), 'the saved copy was not shown');
        const stale = el.shadowRoot!.querySelector('[part=status][data-kind=stale]');
        expect(el.shadowRoot!.querySelector('.title')!.textContent).to.equal('From storage');
        expect(stale?.textContent).to.match(/saved copy/i);
        await expect(el).to.be.accessible();
      } finally {
        console.warn = warn;
      }
      expect(warnings.map((w) => w.join(' ')).join('\n')).to.contain('saved copy');
    });

    it('no copy, or a copy that no longer validates: the failure is reported', async () => {
      stubFetch(() => Promise.reject(new TypeError('offline')));
      expect((await failure(loadFeed(FEED))).kind).to.equal('network');
      clearFeedCache();
      localStorage.setItem(`dcr-widgets:v1:feed:${FEED}`, JSON.stringify({ fetchedAt: new Date().toISOString(), text: '{"version": "0"}' }));
      expect((await failure(loadFeed(FEED))).kind).to.equal('network');
    });

    it('a copy too large for storage is not kept, and a full or blocked storage is no error', async () => {
      const huge = body('H'.repeat(1_600_000));
      stubFetch(() => ok(huge));
      await loadFeed(FEED);
      expect(localStorage.getItem(`dcr-widgets:v1:feed:${FEED}`)).to.equal(null);
      clearFeedCache();
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = () => {
        throw new DOMException('full', 'QuotaExceededError');
      };
      try {
        stubFetch(() => ok());
        expect((await loadFeed(FEED)).data.feed.title).to.equal('Feed');
      } finally {
        Storage.prototype.setItem = setItem;
      }
    });
  });

  describe('resolveFeedUrl', () => {
    it('src attribute → <meta name="dcr-feed"> → the bundled default feed, as absolute URLs', () => {
      const doc = document.implementation.createHTMLDocument('t');
      const base = doc.createElement('base');
      base.href = 'https://partner.example/page/';
      doc.head.append(base);
      expect(resolveFeedUrl(null, doc)).to.equal(defaultFeedUrl());
      expect(defaultFeedUrl()).to.match(/\/default-feed\.json$/);
      const meta = doc.createElement('meta');
      meta.name = 'dcr-feed';
      meta.content = ' feeds/dcr.json ';
      doc.head.append(meta);
      expect(resolveFeedUrl(undefined, doc)).to.equal('https://partner.example/page/feeds/dcr.json');
      expect(resolveFeedUrl('  ', doc)).to.equal('https://partner.example/page/feeds/dcr.json');
      expect(resolveFeedUrl('/own.json', doc)).to.equal('https://partner.example/own.json');
    });
  });
});
