import { expect, html } from '@open-wc/testing';
import { facility, feedUrl } from './fixtures.js';
import { $, mount, open } from './element-helpers.js';

// The details view's English comes with the details module, not with the finder: every finder on the page, those made
// after it loaded too, still shows its words.
describe('<dcr-finder> details in English', () => {
  it('shows the details words in a finder made after another one opened its details', async () => {
    const src = feedUrl([facility('a', { operator: 'Harm Reduction Org', phone: '+49 30 123456' })]);
    const first = await mount(html`<dcr-finder src=${src} lang="en"></dcr-finder>`);
    await open(first, 'a');
    const second = await mount(html`<dcr-finder src=${src} lang="en"></dcr-finder>`);
    await open(second, 'a');
    for (const el of [first, second]) {
      const d = $(el, '[part=details]')!;
      expect($(el, '.back')!.textContent).to.contain('Back to the list');
      expect(d.textContent).to.contain('Run by Harm Reduction Org');
      expect(d.textContent).to.contain('Opening hours');
      expect(d.textContent).to.contain('Phone');
      expect(d.textContent).not.to.contain('undefined');
    }
  });
});
