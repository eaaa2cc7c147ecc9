// Demo panel: what the shared feed holds, so a partner sees at a glance that it loaded (and how well).
// Reads the same feed the widgets read (src → <meta name="dcr-feed"> → the bundled default), through the same
// loader, so it costs no second request. Feed text goes in with textContent only.
import { loadFeed, resolveFeedUrl, type LoadedFeed } from '../src/core/feed/loader.js';
import { textOf } from '../src/core/feed/text.js';
import type { FeedCollection } from '../src/core/feed/types.js';

const COLLECTIONS: readonly FeedCollection[] = ['facilities', 'events', 'news', 'facts'];

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, attrs: Record<string, string> = {}): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  return node;
}

const count = (n: number, one: string, other = `${one}s`) => `${n.toLocaleString('en')} ${n === 1 ? one : other}`;

function row(list: HTMLDListElement, term: string, ...details: (string | Node)[]): void {
  const dd = el('dd');
  dd.append(...details);
  list.append(el('dt', term), dd);
}

function renderSummary(root: HTMLElement, loaded: LoadedFeed): void {
  const { feed, counts, problems } = loaded.data;
  const features = feed.facilities.features;
  const operating = features.filter((f) => f.properties.status === 'operating');
  const countries = new Set(features.map((f) => f.properties.address.country));
  const operatingCountries = new Set(operating.map((f) => f.properties.address.country));
  const byStatus = new Map<string, number>();
  for (const f of features) byStatus.set(f.properties.status, (byStatus.get(f.properties.status) ?? 0) + 1);
  const cityPoints = features.filter((f) => f.properties.precision === 'city').length;

  const list = el('dl');
  const title = textOf(feed.title, 'en', feed.language);
  if (title) row(list, 'Feed', title);
  const link = el('a', loaded.url, { href: loaded.url });
  row(list, 'Address', link);
  if (feed.updated) row(list, 'Data as of', el('time', feed.updated, { datetime: feed.updated }));
  for (const c of COLLECTIONS) {
    const { kept, dropped } = counts[c];
    row(list, c[0].toUpperCase() + c.slice(1), `${kept.toLocaleString('en')} kept, ${dropped.toLocaleString('en')} dropped`);
  }
  row(
    list,
    'Operating',
    `${count(operating.length, 'facility', 'facilities')} in ${count(operatingCountries.size, 'country', 'countries')}`,
  );
  row(
    list,
    'By status',
    [...byStatus]
      .sort((a, b) => b[1] - a[1])
      .map(([status, n]) => `${status} ${n}`)
      .join(', ') || 'none',
  );
  row(list, 'Countries', `${countries.size}: ${[...countries].sort().join(', ')}`);
  row(list, 'Position', `${count(cityPoints, 'facility', 'facilities')} placed at their city centre, ${features.length - cityPoints} at a street or address`);
  row(list, 'Problems', problems.length === 0 ? 'none — the feed is valid' : `${count(problems.length, 'problem')} (see the console)`);

  const parts: Node[] = [list];
  if (loaded.stale) {
    parts.unshift(el('p', `Showing the copy saved on ${loaded.fetchedAt}: ${loaded.stale.error.message}`, { class: 'feed-summary-stale' }));
  }
  root.replaceChildren(...parts);
  root.dataset.state = 'loaded';
}

function renderError(root: HTMLElement, url: string, error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  const p = el('p', `The feed could not be loaded from ${url}: ${message}`, { role: 'alert' });
  const retry = el('button', 'Try again', { type: 'button' });
  retry.addEventListener('click', () => void show(root, true));
  root.replaceChildren(p, retry);
  root.dataset.state = 'error';
}

async function show(root: HTMLElement, reload = false): Promise<void> {
  const url = resolveFeedUrl(root.getAttribute('data-src'));
  root.dataset.state = 'loading';
  root.textContent = 'Loading the feed summary…';
  try {
    renderSummary(root, await loadFeed(url, { reload }));
  } catch (error) {
    renderError(root, url, error);
  }
}

const panel = document.querySelector<HTMLElement>('#feed-summary');
if (panel) void show(panel);
