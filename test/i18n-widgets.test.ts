// Every widget, in its fullest states, in every shipped language: nothing the reader sees or hears comes out
// in English where the language's catalog has its own words.
import { expect, fixtureCleanup } from '@open-wc/testing';
import { en, type Messages } from '../src/core/i18n/en.js';
import { SUPPORTED_LANGUAGES, loadMessages } from '../src/core/i18n/locale.js';
import { ARGS, SAME_AS_ENGLISH, leaves } from './core/i18n-samples.js';
import { deepElements, mountGallery, sweepEnvironment, type Lang, type Widget } from './a11y-helpers.js';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const ANY = '\u0000';

/**
 * What each message looks like once rendered, as whole-text patterns: a string as it is; a function's output
 * with each text argument standing for "any text" and each count for "some number" (plural forms of 1, 2 and 7).
 */
function shapes(m: Messages): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const [path, leaf] of leaves(m)) {
    const forms = new Set<string>();
    if (typeof leaf === 'string') forms.add(escape(leaf));
    else
      for (const n of [1, 2, 7]) {
        const args = (ARGS[path] ?? []).map((a) => (a === 'n' ? n : ANY));
        const text = (leaf as (...a: (string | number)[]) => string)(...args);
        forms.add(escape(text).replaceAll(ANY, '.+').replace(/\d+(?:[.,\s\u00a0\u202f]\d+)*/g, '[\\p{Nd}.,\\s\\u00a0\\u202f]+'));
      }
    out.set(path, forms);
  }
  return out;
}

/**
 * The English patterns a widget in `lang` must not show: every English message shape, except the few a language
 * words exactly as English does (allowed one by one, with a reason, in SAME_AS_ENGLISH).
 */
function englishOnly(lang: string): { path: string; re: RegExp }[] {
  const allowed = SAME_AS_ENGLISH[lang] ?? {};
  return [...shapes(en)]
    .filter(([path]) => !(path in allowed))
    .flatMap(([path, forms]) => [...forms].map((f) => ({ path, re: new RegExp(`^${f}$`, 'u') })));
}

const tidy = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const SPOKEN = ['aria-label', 'aria-roledescription', 'aria-description', 'aria-valuetext', 'title', 'placeholder', 'alt'];

/** Everything a widget shows or says: each text node, each element's whole text, and the attributes read out. */
function textsOf(el: Widget): string[] {
  const texts = new Set<string>();
  const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.add(tidy(n.textContent));
  for (const e of deepElements(el.shadowRoot!)) {
    if (e.localName === 'style' || e.localName === 'script') continue;
    texts.add(tidy(e.textContent));
    for (const a of SPOKEN) if (e.hasAttribute(a)) texts.add(tidy(e.getAttribute(a)));
  }
  texts.delete('');
  return [...texts];
}

/** The English messages found in the widgets, as "widget: message path — text". */
function englishIn(widgets: Map<string, Widget>, patterns: { path: string; re: RegExp }[]): string[] {
  const found: string[] = [];
  for (const [name, el] of widgets) {
    for (const text of textsOf(el)) {
      const hit = patterns.find((p) => p.re.test(text));
      if (hit) found.push(`${name}: ${hit.path} — "${text}"`);
    }
  }
  return found;
}

/** Messages each language must be seen using, so "no English" cannot pass on an empty page. */
const mustShow = (m: Messages) => [
  m.finder.searchLabel,
  m.finder.geoDenied,
  m.common.retry,
  m.countdown.addToCalendar,
  m.countdown.cancelled,
  m.news.readMore,
  m.fact.next,
  m.fact.copyManual,
];

describe('every widget in every language', () => {
  let env: Awaited<ReturnType<typeof sweepEnvironment>>;
  beforeEach(async () => {
    env = await sweepEnvironment();
  });
  afterEach(() => {
    fixtureCleanup();
    env.restore();
  });

  it('the check finds English when the widgets are in English (it can fail)', async () => {
    const { widgets } = await mountGallery({ theme: 'light', lang: 'en', map: false });
    const patterns = [...shapes(en)].flatMap(([path, forms]) => [...forms].map((f) => ({ path, re: new RegExp(`^${f}$`, 'u') })));
    const found = englishIn(widgets, patterns);
    for (const path of ['finder.searchLabel', 'finder.count', 'countdown.units.days', 'news.readMore', 'fact.previous', 'common.retry']) {
      expect(found.some((f) => f.includes(`: ${path} — `)), path).to.equal(true);
    }
  });

  for (const lang of SUPPORTED_LANGUAGES.filter((l) => l !== 'en')) {
    it(`${lang}: no English where the catalog answers, in any widget or state`, async () => {
      const m = await loadMessages(lang);
      // The gallery only sets lang on a wrapper; its type names the sweep's two languages.
      const { widgets } = await mountGallery({ theme: 'light', lang: lang as Lang, map: false });
      const all = [...widgets.values()].flatMap(textsOf);
      for (const s of mustShow(m)) expect(all, `${lang} shows "${s}"`).to.include(s);
      const found = englishIn(widgets, englishOnly(lang));
      expect(found, found.join('\n')).to.deep.equal([]);
    });
  }
});
