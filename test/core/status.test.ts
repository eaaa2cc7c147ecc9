import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { clearFeedCache } from '../../src/core/feed/loader.js';
import './sample-element.js';
import type { DcrSampleElement } from './sample-element.js';

const goodSrc = `data:application/json,${encodeURIComponent(JSON.stringify({ version: '1', title: 'Hello feed' }))}`;

describe('status view (via a sample widget)', () => {
  afterEach(() => clearFeedCache());

  it('loading: shows a status with the loading text and is accessible', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const orig = window.fetch;
    window.fetch = async (...args: Parameters<typeof fetch>) => {
      await gate;
      return orig(...args);
    };
    try {
      const el = await fixture<DcrSampleElement>(html`<dcr-sample src=${goodSrc}></dcr-sample>`);
      const status = el.shadowRoot!.querySelector('[part=status]')!;
      expect(status.getAttribute('role')).to.equal('status');
      expect(status.textContent).to.contain('Loading');
      await expect(el).to.be.accessible();
      release();
    } finally {
      window.fetch = orig;
    }
  });

  it('complete: shows content', async () => {
    const el = await fixture<DcrSampleElement>(html`<dcr-sample src=${goodSrc}></dcr-sample>`);
    await waitUntil(() => el.shadowRoot!.querySelector('.title'));
    expect(el.shadowRoot!.querySelector('.title')?.textContent).to.equal('Hello feed');
    await expect(el).to.be.accessible();
  });

  it('error: says what failed, offers a retry button, and is accessible', async () => {
    const el = await fixture<DcrSampleElement>(html`<dcr-sample src="data:application/json,{not json"></dcr-sample>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[part=status][data-kind=error]'));
    const status = el.shadowRoot!.querySelector('[part=status]')!;
    expect(status.getAttribute('data-kind')).to.equal('error');
    expect(status.textContent).to.contain('not valid JSON');
    expect(status.querySelector('button')!.textContent).to.equal('Try again');
    await expect(el).to.be.accessible();
  });

  it('empty: is accessible in French too', async () => {
    const el = await fixture<DcrSampleElement>(html`<dcr-sample lang="fr" src=${goodSrc}></dcr-sample>`);
    el.forced = 'empty';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part=status]')!.textContent).to.contain('Rien à afficher');
    await expect(el).to.be.accessible();
  });
});
