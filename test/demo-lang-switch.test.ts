// The demo pages' language switcher: the configurator's select is empty in its HTML and is filled by
// demo/lang-switch.ts; the demo page writes its options out. Both must offer every UI language.
import { expect } from '@open-wc/testing';
import { SUPPORTED_LANGUAGES } from '../src/core/i18n/locale.js';

describe('demo language switcher', () => {
  const before = document.documentElement.lang;
  after(() => {
    document.documentElement.lang = before;
    document.querySelector('#lang-switch')?.remove();
  });

  it('fills the configurator’s empty select with all twelve languages, each named in itself, and switches the page', async () => {
    const page = new DOMParser().parseFromString(await (await fetch('/demo/configurator.html')).text(), 'text/html');
    const select = page.querySelector<HTMLSelectElement>('#lang-switch')!;
    expect(select.options, 'the configurator lists no languages of its own').to.have.length(0);
    document.body.append(document.adoptNode(select));
    await import('../demo/lang-switch.js');
    const options = [...select.options];
    expect(options.map((o) => o.value)).to.deep.equal([...SUPPORTED_LANGUAGES]);
    expect(options.find((o) => o.value === 'ar')!.textContent).to.equal('العربية');
    expect(options.find((o) => o.value === 'uk')!.lang).to.equal('uk');
    const address = location.href;
    select.value = 'pl';
    select.dispatchEvent(new Event('change'));
    expect(document.documentElement.lang).to.equal('pl');
    expect(new URL(location.href).searchParams.get('lang')).to.equal('pl');
    history.replaceState(null, '', address);
  });

  it('the demo page writes out the same twelve', async () => {
    const page = new DOMParser().parseFromString(await (await fetch('/demo/index.html')).text(), 'text/html');
    expect([...page.querySelectorAll<HTMLOptionElement>('#lang-switch option')].map((o) => o.value)).to.deep.equal([...SUPPORTED_LANGUAGES]);
  });
});
