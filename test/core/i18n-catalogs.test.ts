import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { en, type Messages } from '../../src/core/i18n/en.js';
import { ARGS, SAME_AS_ENGLISH, at, leaves, outputs } from './i18n-samples.js';
import { numberFormat } from '../../src/core/i18n/format.js';
import { SUPPORTED_LANGUAGES, directionOf, loadMessages, uiLanguage, uiLocale } from '../../src/core/i18n/locale.js';
import { registerMessages } from '../../src/index.js';

/** Catalogs format numbers in their own locale; Portuguese is European whatever the page's region. */
const NUMBER_LOCALE: Record<string, string> = { pt: 'pt-PT' };

/** Arabic says one and two in words: "مكان واحد" (one place), "مكانين" (the dual: two places). */
const SAID_IN_WORDS: Record<string, Record<number, RegExp>> = {
  ar: { 1: /(^|\s)(واحد|واحدة)(\s|$|[.،])/u, 2: /\p{L}+(ان|ين|تان|تين)(\s|$|[.،])/u },
};

const others = SUPPORTED_LANGUAGES.filter((l) => l !== 'en');

describe('message catalogs', () => {
  const catalogs = new Map<string, Messages>();
  before(async () => {
    for (const lang of SUPPORTED_LANGUAGES) catalogs.set(lang, await loadMessages(lang));
  });

  it('ship twelve languages, each loading its own catalog (not English)', () => {
    expect(SUPPORTED_LANGUAGES).to.have.members(['en', 'fr', 'de', 'nl', 'es', 'pt', 'it', 'da', 'nb', 'pl', 'uk', 'ar']);
    for (const lang of others) expect(catalogs.get(lang), lang).to.not.equal(en);
    expect(new Set(others.map((l) => catalogs.get(l))).size).to.equal(others.length);
  });

  it('English gives every message function sample arguments, and uses each string argument', () => {
    for (const [path, leaf] of leaves(en)) {
      for (const { args, text } of outputs(path, leaf)) {
        for (const a of args) if (typeof a === 'string') expect(text, path).to.contain(a);
      }
    }
    const functions = leaves(en).filter(([, l]) => typeof l === 'function').map(([p]) => p);
    expect(Object.keys(ARGS)).to.include.members(functions);
  });

  for (const lang of others) {
    describe(lang, () => {
      it('answers every message with text of its own: nothing empty, missing, English or leaking', () => {
        const m = catalogs.get(lang)!;
        const allowed = SAME_AS_ENGLISH[lang] ?? {};
        const problems: string[] = [];
        for (const [path, enLeaf] of leaves(en)) {
          const leaf = at(m, path);
          if (typeof leaf !== typeof enLeaf) {
            problems.push(`${path}: missing`);
            continue;
          }
          const enOut = outputs(path, enLeaf);
          outputs(path, leaf!).forEach(({ args, text }, k) => {
            const where = `${path}(${args.join(', ')})`;
            if (!text.trim()) problems.push(`${where}: empty`);
            if (text !== text.trim()) problems.push(`${where}: spaces at an end`);
            if (/\bundefined\b|\bNaN\b|\bnull\b|\[object|[{}#]/.test(text)) problems.push(`${where}: leaks "${text}"`);
            if (text === enOut[k].text && !(path in allowed)) problems.push(`${where}: same as English "${text}"`);
            for (const a of args) if (typeof a === 'string' && !text.includes(a)) problems.push(`${where}: drops its argument ${a}`);
          });
        }
        for (const path of Object.keys(allowed)) {
          const same = outputs(path, at(m, path)!).some(({ text }, k) => text === outputs(path, at(en, path)!)[k].text);
          if (!same) problems.push(`${path}: allowed to match English but does not (drop it from SAME_AS_ENGLISH)`);
        }
        expect(problems, problems.join('\n')).to.deep.equal([]);
      });

      it('writes each count in its plural messages, in its own number format', () => {
        const m = catalogs.get(lang)!;
        const format = numberFormat(NUMBER_LOCALE[lang] ?? lang);
        const problems: string[] = [];
        for (const [path, enLeaf] of leaves(en)) {
          if (!ARGS[path]?.includes('n')) continue;
          const enOut = outputs(path, enLeaf);
          outputs(path, at(m, path)!).forEach(({ args, text }, k) => {
            const n = args.find((a) => typeof a === 'number') as number;
            // Only where English writes the number too ("3 places"; not the bare unit label "days").
            if (!enOut[k].text.includes(numberFormat('en').format(n))) return;
            if (text.includes(format.format(n))) return;
            if (SAID_IN_WORDS[lang]?.[n]?.test(text)) return;
            problems.push(`${path}(${n}): "${text}" does not say ${n}`);
          });
        }
        expect(problems, problems.join('\n')).to.deep.equal([]);
      });
    });
  }

  describe('plural categories', () => {
    it('Polish: one, few, many', () => {
      const pl = catalogs.get('pl')!;
      expect([1, 2, 5, 22, 25, 112].map((n) => pl.countdown.units.hours(n))).to.deep.equal([
        'godzina',
        'godziny',
        'godzin',
        'godziny',
        'godzin',
        'godzin',
      ]);
      expect(pl.finder.mapCluster(3)).to.equal('3 miejsca');
      expect(pl.finder.mapCluster(12)).to.equal('12 miejsc');
      expect(pl.common.skippedRecords(1)).to.match(/^Pominięto 1 wpis .* jest nieprawidłowy\.$/);
      expect(pl.common.skippedRecords(4)).to.match(/^Pominięto 4 wpisy /);
      expect(pl.common.skippedRecords(11)).to.match(/^Pominięto 11 wpisów /);
    });

    it('Ukrainian: one (also 21), few, many (also 11)', () => {
      const uk = catalogs.get('uk')!;
      expect([1, 21, 3, 11, 5].map((n) => uk.countdown.units.days(n))).to.deep.equal(['день', 'день', 'дні', 'днів', 'днів']);
      expect(uk.finder.showMore(21)).to.equal('Показати ще 21 місце');
      expect(uk.finder.showMore(24)).to.equal('Показати ще 24 місця');
      expect(uk.finder.showMore(14)).to.equal('Показати ще 14 місць');
    });

    it('Arabic: one, two (the dual), few, many, other', () => {
      const ar = catalogs.get('ar')!;
      const f = numberFormat('ar');
      expect(ar.finder.mapCluster(1)).to.equal('مكان واحد');
      expect(ar.finder.mapCluster(2)).to.equal('مكانان');
      expect(ar.finder.mapCluster(3)).to.equal(`${f.format(3)} أماكن`);
      expect(ar.finder.mapCluster(11)).to.equal(`${f.format(11)} مكانًا`);
      expect(ar.finder.mapCluster(100)).to.equal(`${f.format(100)} مكان`);
      expect([1, 2, 3, 11, 100].map((n) => ar.countdown.units.days(n))).to.deep.equal(['يوم', 'يومان', 'أيام', 'يومًا', 'يوم']);
      // In "تبدأ بعد …" one and two are said by the noun, not by a digit before the dual.
      expect([1, 2, 3, 11].map((n) => ar.countdown.amount.hours(n))).to.deep.equal(['ساعة واحدة', 'ساعتين', `${f.format(3)} ساعات`, `${f.format(11)} ساعة`]);
      expect(ar.countdown.amount.days(3, 'ar-EG')).to.equal('٣ أيام');
    });

    it('Spanish, Italian and Portuguese: "de" before a round million', () => {
      expect(catalogs.get('es')!.finder.mapCluster(1_000_000)).to.match(/^1\.000\.000 de centros$|^1 000 000 de centros$/);
      expect(catalogs.get('it')!.finder.mapCluster(1_000_000)).to.match(/ di servizi$/);
      expect(catalogs.get('pt')!.finder.mapCluster(1_000_000)).to.match(/ de locais$/);
    });

    it('European Portuguese: zero takes the plural ("0 locais", not Brazilian "0 local")', () => {
      expect(catalogs.get('pt')!.finder.mapCluster(0)).to.equal('0 locais');
    });
  });
});

describe('UI language resolution', () => {
  it('keeps the region of a tag for formatting, and reads its language catalog', () => {
    expect(uiLocale('pt-BR')).to.equal('pt-BR');
    expect(uiLanguage('pt-BR')).to.equal('pt');
    expect(uiLocale('nb-NO')).to.equal('nb-NO');
    expect(uiLanguage('nb-NO')).to.equal('nb');
    expect(uiLocale('ar-EG')).to.equal('ar-EG');
    expect(uiLanguage('uk-UA')).to.equal('uk');
  });

  it('shows Norwegian pages ("no", "no-NO", "nn") in Bokmål, not English', async () => {
    for (const tag of ['no', 'no-NO', 'nn-NO']) expect(uiLanguage(tag), tag).to.equal('nb');
    expect(uiLocale('no-NO')).to.equal('no-NO');
    const nb = await loadMessages(uiLanguage('no'));
    expect(nb.finder.nearMe).to.equal('Nær meg');
  });

  it('a page adds a language of its own through the package entry, and widgets speak it', async () => {
    const sv: Messages = { ...en, fact: { ...en.fact, empty: 'Inga fakta att visa ännu.' } };
    registerMessages('sv', sv);
    expect(uiLanguage('sv-SE')).to.equal('sv');
    const empty = `data:application/json,${encodeURIComponent(JSON.stringify({ version: '1', facilities: { type: 'FeatureCollection', features: [] }, facts: [] }))}`;
    const el = await fixture<HTMLElement>(html`<dcr-fact-card lang="sv-SE" src=${empty}></dcr-fact-card>`);
    await waitUntil(() => el.shadowRoot?.querySelector('[part~="status"][data-kind="empty"]'), 'no empty state');
    expect(el.shadowRoot!.querySelector('[part~="status"]')!.textContent).to.contain('Inga fakta att visa ännu.');
  });

  it('lays Arabic out right to left, and the other shipped languages left to right', () => {
    expect(directionOf('ar')).to.equal('rtl');
    expect(directionOf('ar-MA')).to.equal('rtl');
    for (const lang of SUPPORTED_LANGUAGES.filter((l) => l !== 'ar')) expect(directionOf(lang), lang).to.equal('ltr');
  });
});
