import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { DcrElement, defineElement } from '../../src/core/element.js';
import { en } from '../../src/core/i18n/en.js';
import { registerMessages } from '../../src/core/i18n/locale.js';
import { clearFeedCache } from '../../src/core/feed/loader.js';
import { events, facts } from '../../src/core/feed/rules/index.js';
import { DcrSampleElement } from './sample-element.js';

/** Two kinds of widget that read different collections of one feed. */
class DcrFactsReader extends DcrSampleElement {
  static override feedRules = [facts];
}
class DcrEventsReader extends DcrSampleElement {
  static override feedRules = [events];
}
defineElement('dcr-facts-reader', DcrFactsReader);
defineElement('dcr-events-reader', DcrEventsReader);

const feedUrl = (title: string) =>
  `data:application/json,${encodeURIComponent(JSON.stringify({ version: '1', title, facilities: { type: 'FeatureCollection', features: [] } }))}`;

describe('DcrElement (base class)', () => {
  const originalLang = document.documentElement.lang;
  afterEach(() => {
    document.documentElement.lang = originalLang;
    clearFeedCache();
  });

  describe('registration', () => {
    it('defining the same tag twice is silent and keeps the first class', () => {
      const warnings: unknown[] = [];
      const orig = console.warn;
      console.warn = (...a: unknown[]) => warnings.push(a);
      try {
        class Copy extends DcrElement {}
        defineElement('dcr-sample', Copy);
        expect(customElements.get('dcr-sample')).to.equal(DcrSampleElement);
        expect(warnings).to.have.length(0);
      } finally {
        console.warn = orig;
      }
    });

    it('a different version holding the tag warns once, never throws', () => {
      const warnings: unknown[][] = [];
      const orig = console.warn;
      console.warn = (...a: unknown[]) => warnings.push(a);
      try {
        class Other extends DcrElement {
          static override dcrVersion = '9.9.9';
        }
        defineElement('dcr-sample', Other);
        defineElement('dcr-sample', Other);
        expect(warnings).to.have.length(1);
        expect(String(warnings[0][0])).to.contain('[dcr-sample]').and.contain('9.9.9');
      } finally {
        console.warn = orig;
      }
    });
  });

  describe('language resolution', () => {
    it('uses its own lang attribute first', async () => {
      const el = await fixture<DcrSampleElement>(html`<div lang="de"><dcr-sample lang="fr" src=${feedUrl('x')}></dcr-sample></div>`).then(
        (d) => d.querySelector('dcr-sample')!,
      );
      await el.updateComplete;
      expect(el.locale).to.equal('fr');
    });

    it('falls back to the closest ancestor with lang', async () => {
      const wrap = await fixture(html`<section lang="de"><div><dcr-sample src=${feedUrl('x')}></dcr-sample></div></section>`);
      const el = wrap.querySelector('dcr-sample')!;
      await el.updateComplete;
      expect(el.locale).to.equal('de');
    });

    it('crosses shadow roots to find the ancestor lang', async () => {
      const host = await fixture(html`<div lang="fr"></div>`);
      const inner = document.createElement('div');
      const root = inner.attachShadow({ mode: 'open' });
      host.append(inner);
      const el = document.createElement('dcr-sample');
      el.src = feedUrl('x');
      root.append(el);
      await el.updateComplete;
      expect(el.locale).to.equal('fr');
    });

    it('follows <html lang> and re-renders when it changes', async () => {
      document.documentElement.lang = 'de';
      const el = await fixture<DcrSampleElement>(html`<dcr-sample src=${feedUrl('x')}></dcr-sample>`);
      await el.updateComplete;
      expect(el.locale).to.equal('de');
      expect(el.shadowRoot!.querySelector('[part=base]')!.getAttribute('lang')).to.equal('de');
      document.documentElement.lang = 'fr-CH';
      await waitUntil(() => el.shadowRoot!.querySelector('[part=base]')!.getAttribute('lang') === 'fr-CH');
      await el.updateComplete;
      expect(el.locale).to.equal('fr-CH');
    });

    it('uses English for a language without a catalog, and when nothing says', async () => {
      document.documentElement.lang = '';
      const el = await fixture<DcrSampleElement>(html`<dcr-sample src=${feedUrl('x')}></dcr-sample>`);
      expect(el.locale).to.equal('en');
      el.lang = 'ja';
      await el.updateComplete;
      expect(el.locale).to.equal('en');
    });

    it('sets dir="rtl" for a right-to-left language', async () => {
      registerMessages('ar', en);
      const el = await fixture<DcrSampleElement>(html`<dcr-sample lang="ar" src=${feedUrl('x')}></dcr-sample>`);
      expect(el.direction).to.equal('rtl');
      expect(el.shadowRoot!.querySelector('[part=base]')!.getAttribute('dir')).to.equal('rtl');
      const fr = await fixture<DcrSampleElement>(html`<dcr-sample lang="fr" src=${feedUrl('x')}></dcr-sample>`);
      expect(fr.direction).to.equal('ltr');
      expect(fr.shadowRoot!.querySelector('[part=base]')!.getAttribute('dir')).to.equal('ltr');
    });

    it('shows its UI strings in the resolved language', async () => {
      const el = await fixture<DcrSampleElement>(html`<dcr-sample lang="de" src=${feedUrl('x')}></dcr-sample>`);
      el.forced = 'empty';
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part=status]')!.textContent).to.contain('Nichts anzuzeigen');
    });
  });

  describe('theme attribute', () => {
    it('falls back to auto on a bad value and warns once', async () => {
      const warnings: unknown[][] = [];
      const orig = console.warn;
      console.warn = (...a: unknown[]) => warnings.push(a);
      try {
        const el = await fixture<DcrSampleElement>(html`<dcr-sample theme="neon" src=${feedUrl('x')}></dcr-sample>`);
        const bg = getComputedStyle(el.shadowRoot!.querySelector('.base')!).backgroundColor;
        expect(bg).to.equal('rgb(255, 255, 255)');
        expect(warnings.filter((w) => String(w[1]).includes('neon'))).to.have.length(1);
      } finally {
        console.warn = orig;
      }
    });

    it('theme="dark" switches to the dark surface', async () => {
      const el = await fixture<DcrSampleElement>(html`<dcr-sample theme="dark" src=${feedUrl('x')}></dcr-sample>`);
      const bg = getComputedStyle(el.shadowRoot!.querySelector('.base')!).backgroundColor;
      expect(bg).to.equal('rgb(22, 27, 31)');
    });
  });

  describe('feed problems', () => {
    it('each widget reports the problems of the collections it shows, each once per page', async () => {
      const feed = {
        version: '1',
        facts: [{ id: 'f', text: 'A fact', source: { name: 'S' } }, { id: 'bad-fact' }],
        events: [{ id: 'bad-event', name: 'No start' }],
      };
      const src = `data:application/json,${encodeURIComponent(JSON.stringify(feed))}`;
      const warnings: string[] = [];
      const orig = console.warn;
      console.warn = (...a: unknown[]) => warnings.push(a.join(' '));
      try {
        const loaded = (el: Element) => new Promise((resolve) => el.addEventListener('dcr-load', resolve, { once: true }));
        const a = document.createElement('dcr-facts-reader');
        a.setAttribute('src', src);
        const aLoaded = loaded(a);
        document.body.append(a);
        await aLoaded;
        expect(warnings.filter((w) => w.includes('/facts/1'))).to.have.length(1);
        expect(warnings.filter((w) => w.includes('/events/0'))).to.have.length(0);
        const b = document.createElement('dcr-events-reader');
        b.setAttribute('src', src);
        const c = document.createElement('dcr-facts-reader');
        c.setAttribute('src', src);
        const bcLoaded = Promise.all([loaded(b), loaded(c)]);
        // The facts reader first: it must not log the events problem it does not show, under its own name.
        document.body.append(c, b);
        await bcLoaded;
        expect(warnings.filter((w) => w.includes('/events/0'))).to.have.length(1);
        expect(warnings.filter((w) => w.includes('/facts/1'))).to.have.length(1);
        // Each under the tag of the widget that shows that collection: the web editor looks there.
        expect(warnings.find((w) => w.includes('/events/0'))).to.match(/^\[dcr-events-reader\]/);
        expect(warnings.find((w) => w.includes('/facts/1'))).to.match(/^\[dcr-facts-reader\]/);
        a.remove();
        b.remove();
        c.remove();
      } finally {
        console.warn = orig;
      }
    });
  });
});
