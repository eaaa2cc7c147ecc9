/**
 * Network faults against every widget (issue 10), over real HTTP (fixtures/hostile/network-faults.mjs answers as
 * each test says): 404, 500, a captive portal's page, half a document, a timeout, a CORS refusal, a dropped
 * connection; a very slow answer; offline after a good load. Each widget shows a clear error with a retry button
 * (or the saved copy, with its age), tells the page (dcr-error, one warning), and retry recovers once the network does.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { clearFeedCache, loadFeed } from '../src/core/feed/loader.js';
import type { DcrErrorEvent } from '../src/core/events.js';
import { WIDGETS, WIDGET_NAMES, expectResponsive, guardEach, mount, settled, statusKinds, type WidgetName } from './fixtures/hostile/harness.js';

const NAMES: Record<WidgetName, string> = { finder: 'place', countdown: 'event', news: 'news', fact: 'fact' };
/** The text a widget shows for the feed's one record, from a feed served as `ok-<label>`. */
const good = (name: WidgetName, label: string) => `Good ${NAMES[name]} ${label}`;

let keys = 0;
/** A fresh feed address on the fault server (same origin, or 127.0.0.1: another site), answering in `mode`. */
async function feed(mode: string, crossOrigin = false): Promise<{ url: string; set: (mode: string) => Promise<void> }> {
  const key = `k${Date.now().toString(36)}-${keys++}`;
  const set = async (m: string) => void (await fetch(`/__dcr-faults/${key}/set/${m}`)).text();
  await set(mode);
  const origin = crossOrigin ? `${location.protocol}//127.0.0.1:${location.port}` : location.origin;
  return { url: `${origin}/__dcr-faults/${key}/feed.json`, set };
}

const root = (el: Element) => el.shadowRoot!;
const statusText = (el: Element, kind: string) => root(el).querySelector(`[part~="status"][data-kind="${kind}"]`)?.textContent?.replace(/\s+/g, ' ') ?? '';
const retryButton = (el: Element, kind: string) => root(el).querySelector<HTMLButtonElement>(`[part~="status"][data-kind="${kind}"] button.retry`);

interface Fault {
  title: string;
  mode: string;
  kind: DcrErrorEvent['detail']['kind'];
  /** What the error view says, besides its title. */
  says: RegExp;
  crossOrigin?: boolean;
  /** The loader's timeout, made short for the test: the request the widget joins is started with it. */
  timeoutMs?: number;
}

const FAULTS: Fault[] = [
  { title: '404', mode: 'status-404', kind: 'http', says: /server returned an error.*404/ },
  { title: '500', mode: 'status-500', kind: 'http', says: /server returned an error.*500/ },
  { title: 'a captive portal page instead of JSON', mode: 'not-json', kind: 'parse', says: /not valid JSON|web page, not a feed/ },
  { title: 'half a JSON document', mode: 'cut-json', kind: 'parse', says: /not valid JSON/ },
  { title: 'no answer in time', mode: 'hang', kind: 'timeout', says: /took too long.*did not answer within 0.4 seconds/, timeoutMs: 400 },
  { title: 'a CORS refusal', mode: 'no-cors', kind: 'network', says: /could not be reached.*CORS/, crossOrigin: true },
  { title: 'a dropped connection (offline)', mode: 'offline', kind: 'network', says: /could not be reached.*offline/ },
];

describe('network faults', () => {
  const g = guardEach();

  for (const fault of FAULTS) {
    describe(fault.title, () => {
      for (const name of WIDGET_NAMES) {
        it(`<${WIDGETS[name].tag}>: a clear error with retry; retry recovers when the network does`, async () => {
          const { url, set } = await feed(fault.mode, fault.crossOrigin);
          if (fault.timeoutMs) void loadFeed(url, { timeoutMs: fault.timeoutMs }).catch(() => undefined);
          const el = await mount(name, url);
          const events: DcrErrorEvent[] = [];
          el.addEventListener('dcr-error', (e) => events.push(e as DcrErrorEvent));
          await settled(el);
          expect(statusKinds(el)).to.deep.equal(['error']);
          expect(statusText(el, 'error')).to.contain('This content could not be loaded.').and.match(fault.says);
          expect(events.map((e) => [e.detail.kind, e.detail.url])).to.deep.equal([[fault.kind, url]]);
          expect(g.warnings.filter((w) => w.includes(url))).to.have.length(1);

          await set('ok-back');
          retryButton(el, 'error')!.click();
          await waitUntil(() => WIDGETS[name].shown(el).includes(good(name, 'back')), `<${el.localName}> did not recover`, { timeout: 5000 });
          expect(statusKinds(el)).to.deep.equal([]);
          expect(g.uncaught, 'uncaught errors').to.deep.equal([]);
          expect(g.errors, 'console errors').to.deep.equal([]);
          await expectResponsive();
        });
      }
    });
  }

  it('in another language the error speaks it; the loader\'s English words are folded under "technical details", marked English', async () => {
    const { url } = await feed('status-404');
    const el = await mount('news', url, { lang: 'fr' });
    await settled(el);
    await waitUntil(() => statusText(el, 'error').includes('Ce contenu'), 'no French error view');
    const view = root(el).querySelector<HTMLElement>('[part~="status"][data-kind="error"]')!;
    // What a reader sees: French only.
    expect(view.innerText).to.contain('Le serveur du flux a renvoyé une erreur');
    expect(view.innerText).not.to.match(/feed server answered|404/);
    const tech = view.querySelector('details')!;
    expect(tech.open).to.equal(false);
    expect(tech.querySelector('summary')!.textContent!.trim()).to.equal('Détails techniques');
    // A web editor opens it: the server's answer, in English and marked so.
    tech.open = true;
    const detail = tech.querySelector('[lang="en"]')!;
    expect(detail.textContent).to.match(/answered 404/);
    expect(view.innerText).to.match(/404/);
    expect(retryButton(el, 'error')?.textContent?.trim()).to.equal('Réessayer');
  });

  it('the news feed says "not a news feed" in the reader\'s language; the loader\'s English words are folded away there too', async () => {
    const { url } = await feed('not-json');
    const el = await mount('news', url, { lang: 'fr' });
    await settled(el);
    const view = root(el).querySelector<HTMLElement>('[part~="status"][data-kind="error"]')!;
    expect(view.innerText).to.contain('pas un flux d’actualités');
    const tech = view.querySelector('details')!;
    expect(tech.open).to.equal(false);
    const english = tech.querySelector('[lang="en"]')!.textContent!.trim();
    expect(english).to.not.equal('');
    expect(view.innerText).not.to.contain(english);
  });

  describe('a very slow answer', () => {
    for (const name of WIDGET_NAMES) {
      it(`<${WIDGETS[name].tag}>: the loading view, then the content`, async () => {
        const { url } = await feed('slow-1200-late');
        const el = await mount(name, url);
        await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
        expect(statusKinds(el)).to.deep.equal(['loading']);
        expect(statusText(el, 'loading')).to.contain('Loading…');
        await expectResponsive();
        await settled(el);
        expect(WIDGETS[name].shown(el)).to.deep.equal([good(name, 'late')]);
        expect(g.uncaught).to.deep.equal([]);
      });
    }
  });

  describe('offline after a good load', () => {
    for (const name of WIDGET_NAMES) {
      it(`<${WIDGETS[name].tag}>: the saved copy with its age and a retry; retry brings the fresh copy`, async () => {
        const { url, set } = await feed('ok-saved');
        const first = await settled(await mount(name, url));
        expect(WIDGETS[name].shown(first)).to.deep.equal([good(name, 'saved')]);
        // A later visit, three hours on: the page starts afresh (no copy in memory) and the device is offline.
        first.remove();
        clearFeedCache();
        const key = `dcr-widgets:v1:feed:${url}`;
        const copy = JSON.parse(localStorage.getItem(key)!) as { fetchedAt: string; text: string };
        localStorage.setItem(key, JSON.stringify({ ...copy, fetchedAt: new Date(Date.now() - 3 * 3_600_000).toISOString() }));
        await set('offline');

        const el = await settled(await mount(name, url));
        expect(WIDGETS[name].shown(el)).to.deep.equal([good(name, 'saved')]);
        expect(statusKinds(el)).to.deep.equal(['stale']);
        expect(statusText(el, 'stale')).to.match(/Showing a saved copy from 3 hours ago: the feed could not be reached just now/);
        expect(g.warnings.join('\n')).to.contain(`showing a saved copy of ${url}`);

        await set('ok-fresh');
        retryButton(el, 'stale')!.click();
        await waitUntil(() => WIDGETS[name].shown(el).includes(good(name, 'fresh')), `<${el.localName}> kept the saved copy`, { timeout: 5000 });
        expect(statusKinds(el)).to.deep.equal([]);
        expect(g.uncaught).to.deep.equal([]);
      });
    }
  });
});
