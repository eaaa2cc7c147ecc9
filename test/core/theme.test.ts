import { expect, fixture, html } from '@open-wc/testing';
import './sample-element.js';
import type { DcrSampleElement } from './sample-element.js';

const src = `data:application/json,${encodeURIComponent(JSON.stringify({ version: '1', title: 'T' }))}`;

describe('theme tokens', () => {
  afterEach(() => document.documentElement.style.removeProperty('--dcr-color-accent'));

  it('a token set on the page :root reaches inside the shadow root', async () => {
    document.documentElement.style.setProperty('--dcr-color-accent', 'rgb(200, 0, 100)');
    const el = await fixture<DcrSampleElement>(html`<dcr-sample src=${src}></dcr-sample>`);
    const probe = document.createElement('a');
    probe.href = '#x';
    probe.textContent = 'x';
    el.shadowRoot!.querySelector('.base')!.append(probe);
    expect(getComputedStyle(probe).color).to.equal('rgb(200, 0, 100)');
  });

  it('inherits the host page font unless --dcr-font-family is set', async () => {
    const wrap = await fixture(html`<div style="font-family: Georgia, serif"><dcr-sample src=${src}></dcr-sample></div>`);
    const el = wrap.querySelector('dcr-sample')!;
    await el.updateComplete;
    const base = el.shadowRoot!.querySelector('.base')!;
    expect(getComputedStyle(base).fontFamily).to.contain('Georgia');
    (wrap as HTMLElement).style.setProperty('--dcr-font-family', 'monospace');
    expect(getComputedStyle(base).fontFamily).to.equal('monospace');
  });

  it('does not set public --dcr-* properties on the host', async () => {
    const el = await fixture<DcrSampleElement>(html`<dcr-sample src=${src}></dcr-sample>`);
    expect(getComputedStyle(el).getPropertyValue('--dcr-color-accent')).to.equal('');
  });
});
