import { expect } from '@open-wc/testing';
import { dateFormat, numberFormat, plural, relativeTime } from '../../src/core/i18n/format.js';
import { loadMessages, uiLanguage, uiLocale, directionOf } from '../../src/core/i18n/locale.js';
import { en } from '../../src/core/i18n/en.js';

describe('i18n', () => {
  it('falls back to English for an unknown language', async () => {
    expect(uiLanguage('ja-JP')).to.equal('en');
    expect(uiLocale('ja-JP')).to.equal('en');
    const m = await loadMessages(uiLanguage('xx'));
    // The page's English: the common group always, each widget's own group once that widget exists.
    expect(m.common).to.equal(en.common);
  });

  it('keeps the region of a supported language for formatting', () => {
    expect(uiLocale('fr-ch')).to.equal('fr-CH');
    expect(uiLanguage('de-AT')).to.equal('de');
  });

  it('plural forms follow CLDR in fr and de', async () => {
    const fr = await loadMessages('fr');
    const de = await loadMessages('de');
    expect(fr.common.skippedRecords(0)).to.match(/^0 entrée du flux a été ignorée/);
    expect(fr.common.skippedRecords(1)).to.match(/^1 entrée .* ignorée car elle/);
    expect(fr.common.skippedRecords(2)).to.match(/^2 entrées .* ignorées/);
    expect(de.common.skippedRecords(1)).to.match(/^1 Eintrag .* übersprungen, weil er/);
    expect(de.common.skippedRecords(0)).to.match(/^0 Einträge/);
    expect(plural('de', 1500, { one: '# Ort', other: '# Orte' })).to.equal('1.500 Orte');
  });

  it('formatter cache returns the same instance for the same locale and options', () => {
    expect(dateFormat('fr', { dateStyle: 'long' })).to.equal(dateFormat('fr', { dateStyle: 'long' }));
    expect(dateFormat('fr', { dateStyle: 'long' })).not.to.equal(dateFormat('de', { dateStyle: 'long' }));
    expect(numberFormat('de')).to.equal(numberFormat('de'));
  });

  it('relative time reads naturally', () => {
    expect(relativeTime('en', -3 * 3_600_000)).to.equal('3 hours ago');
    expect(relativeTime('fr', -86_400_000)).to.equal('hier');
  });

  it('knows right-to-left languages', () => {
    expect(directionOf('ar')).to.equal('rtl');
    expect(directionOf('he-IL')).to.equal('rtl');
    expect(directionOf('de')).to.equal('ltr');
  });
});
