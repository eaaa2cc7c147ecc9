import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import { clearFeedCache } from '../../src/core/feed/loader.js';
import '../../src/finder/finder.js';
import type { DcrFinderElement } from '../../src/finder/finder-element.js';
import { FIXTURE_URL } from './fixtures.js';

// This file never swaps the map module: it checks what the real page would fetch.
const mapRequests = () =>
  performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .filter((n) => /\/finder\/map\.(ts|js)|maplibre/.test(n));

/** Modules of the finder fetched so far whose file name matches. */
const fetched = (name: RegExp) =>
  performance
    .getEntriesByType('resource')
    .map((e) => new URL(e.name).pathname.split('/').pop()!)
    .filter((n) => name.test(n));

async function mount(width: number, attrs: { view?: string } = {}): Promise<DcrFinderElement> {
  const wrap = await fixture<HTMLDivElement>(
    html`<div style="width: ${width}px"><dcr-finder view=${ifDefined(attrs.view)} src=${FIXTURE_URL}></dcr-finder></div>`,
  );
  const el = wrap.querySelector('dcr-finder')!;
  await waitUntil(() => el.shadowRoot!.querySelector('[part=list]'), 'no list');
  // Two frames: the element has measured itself and rendered its layout.
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  await el.updateComplete;
  return el;
}

describe('<dcr-finder> lazy map', () => {
  afterEach(() => clearFeedCache());

  it('no map module or maplibre request in list view, narrow or wide', async () => {
    const narrow = await mount(400);
    expect(narrow.shadowRoot!.querySelector('[part=base]')!.getAttribute('data-layout')).to.equal('list');
    const wide = await mount(1000, { view: 'list' });
    expect(wide.shadowRoot!.querySelector('[part=map]')).to.equal(null);
    expect(mapRequests()).to.deep.equal([]);
  });

  it('the map module is fetched once the user asks for the map', async () => {
    const el = await mount(400);
    expect(mapRequests()).to.deep.equal([]);
    el.shadowRoot!.querySelector<HTMLButtonElement>('.map-toggle')!.click();
    await waitUntil(() => mapRequests().length > 0, 'map module never requested', { timeout: 10000 });
    expect(mapRequests().some((n) => /\/finder\/map\.(ts|js)/.test(n))).to.equal(true);
  });

  it('the code of the filter panel, the details and near me is fetched only when used', async () => {
    const el = await mount(400);
    const lazy = /^(filters-view|details|geolocation)\.(ts|js)$/;
    expect(fetched(lazy)).to.deep.equal([]);
    el.shadowRoot!.querySelector<HTMLButtonElement>('.filters-toggle')!.click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part=filters]')).not.to.equal(null);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part=item]')!.click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part=details]')).not.to.equal(null);
    expect(fetched(lazy).sort()).to.deep.equal(['details.ts', 'filters-view.ts']);
  });
});
