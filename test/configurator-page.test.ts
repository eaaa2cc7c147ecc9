// The demo configurator as a partner uses it: the form, the live preview, the snippet and the copy button.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/index.js';
import { stubClipboard } from './a11y-helpers.js';
import { Configurator } from '../demo/configurator/configurator.js';
import { snippet, vueConfigSnippet, type Config } from '../demo/configurator/snippet.js';
import { WIDGETS, type WidgetTag } from '../demo/configurator/widgets.js';

let root: HTMLElement;
let configurator: Configurator;

async function mount(initial: Config = { tag: 'dcr-fact-card' }): Promise<void> {
  // Narrow enough that a finder preview stays a list (no map is fetched).
  root = await fixture<HTMLElement>(html`<div style="width: 1000px"></div>`);
  configurator = new Configurator(root, initial);
}

const preview = () => root.querySelector('.cfg-preview')!.firstElementChild as HTMLElement & { locale: string };
const code = (i = 0) => root.querySelectorAll<HTMLElement>('.cfg-code')[i];
const control = <T extends HTMLElement = HTMLInputElement>(tag: WidgetTag, name: string) =>
  root.querySelector<T>(`#cfg-${tag}-${name}`)!;
const radio = (name: string, value: string) => root.querySelector<HTMLInputElement>(`input[name="${name}"][value="${value}"]`)!;
const status = () => root.querySelector('.cfg-copy-status')!.textContent!.trim();

/** Types into a field the way a person does: focus, then keys (each one an `input` event). */
async function type(field: HTMLInputElement, text: string): Promise<void> {
  field.focus();
  field.select();
  await sendKeys({ type: text });
}

describe('configurator page', () => {
  afterEach(() => {
    configurator.destroy();
    document.documentElement.lang = 'en';
  });

  describe('form', () => {
    it('has a labelled control naming every attribute of every widget', async () => {
      await mount();
      for (const w of WIDGETS) {
        radio('cfg-widget', w.tag).click();
        for (const a of w.attributes) {
          if (a.kind === 'list') {
            const legend = root.querySelector(`.cfg-list:has(#cfg-${w.tag}-${a.name}-${a.options[0].value}) > legend`)!;
            expect(legend.textContent, a.name).to.contain(a.name);
            expect(legend.parentElement!.querySelectorAll('input[type="checkbox"]')).to.have.length(a.options.length);
            continue;
          }
          const field = control(w.tag, a.name);
          expect(field, `${w.tag} ${a.name}`).not.to.equal(null);
          expect(root.querySelector(`label[for="${field.id}"]`)!.textContent, a.name).to.contain(a.name);
        }
        for (const e of w.events) expect(control(w.tag, `on-${e.name}`), e.name).not.to.equal(null);
      }
    });

    it('is accessible (axe)', async () => {
      await mount({ tag: 'dcr-news-feed' });
      await waitUntil(() => preview().shadowRoot?.querySelector('[part~="item"], [part~="status"]'));
      await expect(root).to.be.accessible();
    });

    it('chooses the widget from the keyboard (arrow keys move through the radio group)', async () => {
      await mount({ tag: 'dcr-news-feed' });
      radio('cfg-widget', 'dcr-news-feed').focus();
      await sendKeys({ press: 'ArrowDown' });
      expect(preview().localName).to.equal('dcr-fact-card');
      expect(code().textContent).to.contain('<dcr-fact-card></dcr-fact-card>');
      expect(root.querySelector('#cfg-dcr-fact-card-rotate')).not.to.equal(null);
    });
  });

  describe('preview and snippet', () => {
    it('typing updates the snippet at once and the live widget after the pause', async () => {
      await mount();
      await type(control('dcr-fact-card', 'topic'), 'history');
      expect(code().textContent).to.contain('<dcr-fact-card topic="history"></dcr-fact-card>');
      await waitUntil(() => preview().getAttribute('topic') === 'history', 'the preview never got the topic');
      expect(preview().localName).to.equal('dcr-fact-card');
    });

    it('a switch, a list and a select each change the preview and the snippet', async () => {
      await mount({ tag: 'dcr-finder' });
      control('dcr-finder', 'no-geolocation').click();
      root.querySelector<HTMLInputElement>('#cfg-dcr-finder-services-oral')!.click();
      root.querySelector<HTMLInputElement>('#cfg-dcr-finder-services-injection')!.click();
      const view = control<HTMLSelectElement>('dcr-finder', 'view');
      view.value = 'list';
      view.dispatchEvent(new Event('change', { bubbles: true }));
      expect(code().textContent).to.contain('<dcr-finder services="injection,oral" view="list" no-geolocation></dcr-finder>');
      const el = preview();
      expect(el.getAttribute('services')).to.equal('injection,oral');
      expect(el.getAttribute('view')).to.equal('list');
      expect(el.hasAttribute('no-geolocation')).to.equal(true);
      // Unticking takes the attribute away again.
      control('dcr-finder', 'no-geolocation').click();
      expect(preview().hasAttribute('no-geolocation')).to.equal(false);
      expect(preview()).to.equal(el);
    });

    it('a value with quotes and < reaches the widget exactly, and the snippet stays one element', async () => {
      await mount({ tag: 'dcr-event-countdown' });
      const nasty = 'Day "one" <script>alert(1)</script> & more';
      await type(control('dcr-event-countdown', 'name'), nasty);
      control('dcr-event-countdown', 'name').dispatchEvent(new Event('change', { bubbles: true }));
      expect(preview().getAttribute('name')).to.equal(nasty);
      expect(root.querySelectorAll('.cfg-preview script')).to.have.length(0);
      expect(code().textContent).to.contain('name="Day &quot;one&quot; &lt;script&gt;alert(1)&lt;/script&gt; &amp; more"');
    });

    it('shows the snippet for the framework chosen, with the listeners ticked', async () => {
      await mount({ tag: 'dcr-finder', values: { city: 'Strasbourg' } });
      control('dcr-finder', 'on-dcr-facility-select').click();
      for (const kind of ['react', 'angular', 'html'] as const) {
        radio('cfg-kind', kind).click();
        expect(code().textContent).to.equal(snippet(kind, configurator.config));
      }
      expect(code().textContent).to.contain("document.addEventListener('dcr-facility-select'");
      radio('cfg-kind', 'vue').click();
      expect(code(0).textContent).to.equal(snippet('vue', configurator.config));
      expect(code(1).textContent).to.equal(vueConfigSnippet());
    });

    it('reset empties this widget’s settings', async () => {
      await mount({ tag: 'dcr-news-feed', values: { limit: '3', filters: true } });
      expect(code().textContent).to.contain('<dcr-news-feed limit="3" filters></dcr-news-feed>');
      root.querySelector<HTMLButtonElement>('.cfg-reset')!.click();
      expect(code().textContent).to.contain('<dcr-news-feed></dcr-news-feed>');
      expect(control('dcr-news-feed', 'limit').value).to.equal('');
      expect(control('dcr-news-feed', 'filters').checked).to.equal(false);
      expect(preview().hasAttribute('limit')).to.equal(false);
    });

    it('the preview follows the page language, and its own lang when one is chosen', async () => {
      await mount({ tag: 'dcr-news-feed' });
      document.documentElement.lang = 'fr';
      await waitUntil(() => preview().locale === 'fr', 'the preview did not follow the page language');
      const lang = control<HTMLSelectElement>('dcr-news-feed', 'lang');
      lang.value = 'de';
      lang.dispatchEvent(new Event('change', { bubbles: true }));
      expect(preview().getAttribute('lang')).to.equal('de');
      await waitUntil(() => preview().locale === 'de');
      expect(code().textContent).to.contain('<dcr-news-feed lang="de"></dcr-news-feed>');
    });

    it('suggests values from the feed the preview reads', async () => {
      await mount({ tag: 'dcr-finder' });
      const list = () => root.querySelector<HTMLDataListElement>(`#${control('dcr-finder', 'city').getAttribute('list')}`)!;
      await waitUntil(() => list().options.length > 0, 'no city suggestions');
      expect([...list().options].map((o) => o.value)).to.include('Strasbourg');
    });
  });

  describe('copy', () => {
    let clipboard: ReturnType<typeof stubClipboard>;

    beforeEach(() => {
      clipboard = stubClipboard();
    });

    afterEach(() => {
      clipboard.restore();
      getSelection()?.removeAllRanges();
    });

    it('copies the snippet shown and says so', async () => {
      await mount({ tag: 'dcr-fact-card', values: { rotate: '12' } });
      root.querySelector<HTMLButtonElement>('.cfg-copy')!.click();
      await waitUntil(() => status() !== '');
      expect(clipboard.copied).to.deep.equal([snippet('html', configurator.config)]);
      expect(status()).to.equal('Copied to the clipboard.');
    });

    it('when the browser refuses, selects the snippet and says how to copy it', async () => {
      await mount({ tag: 'dcr-fact-card', values: { rotate: '12' } });
      clipboard.refuse = true;
      root.querySelector<HTMLButtonElement>('.cfg-copy')!.click();
      await waitUntil(() => status() !== '');
      expect(status()).to.contain('press Ctrl+C');
      expect(getSelection()!.toString()).to.equal(snippet('html', configurator.config));
      expect(document.activeElement).to.equal(code());
    });

    it('Vue: the second button copies the vite config', async () => {
      await mount({ tag: 'dcr-fact-card' });
      radio('cfg-kind', 'vue').click();
      root.querySelectorAll<HTMLButtonElement>('.cfg-copy')[1].click();
      await waitUntil(() => clipboard.copied.length === 1);
      expect(clipboard.copied[0]).to.equal(vueConfigSnippet());
    });
  });
});
