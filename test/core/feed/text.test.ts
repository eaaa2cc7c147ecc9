import { expect } from '@open-wc/testing';
import { pickText, safeUrl, textOf } from '../../../src/core/feed/text.js';

describe('pickText (language maps)', () => {
  const map = { en: 'Drug consumption room', fr: 'Salle de consommation', 'fr-CH': 'Local de consommation', de: 'Drogenkonsumraum' };

  it('takes the exact tag first (any case) and says which language it is', () => {
    expect(pickText(map, 'fr-CH')).to.deep.equal({ text: 'Local de consommation', lang: 'fr-CH' });
    expect(pickText(map, 'FR-ch')).to.deep.equal({ text: 'Local de consommation', lang: 'fr-CH' });
    expect(pickText(map, 'de')).to.deep.equal({ text: 'Drogenkonsumraum', lang: 'de' });
  });

  it('then the base language, preferring the bare tag over a regional sibling', () => {
    expect(pickText(map, 'fr-BE')).to.deep.equal({ text: 'Salle de consommation', lang: 'fr' });
    expect(pickText(map, 'de-AT')).to.deep.equal({ text: 'Drogenkonsumraum', lang: 'de' });
    expect(pickText({ en: 'x', 'fr-CA': 'Site de consommation' }, 'fr-FR')).to.deep.equal({ text: 'Site de consommation', lang: 'fr-CA' });
  });

  it("then the feed's language, then English, then the first entry", () => {
    const noMatch = { de: 'Drogenkonsumraum', fr: 'Salle', en: 'Room' };
    expect(pickText(noMatch, 'it', 'fr')).to.deep.equal({ text: 'Salle', lang: 'fr' });
    expect(pickText(noMatch, 'it', 'de-CH')).to.deep.equal({ text: 'Drogenkonsumraum', lang: 'de' });
    expect(pickText(noMatch, 'it', 'es')).to.deep.equal({ text: 'Room', lang: 'en' });
    expect(pickText(noMatch, 'it')).to.deep.equal({ text: 'Room', lang: 'en' });
    expect(pickText({ nl: 'Gebruiksruimte', de: 'Konsumraum' }, 'it')).to.deep.equal({ text: 'Gebruiksruimte', lang: 'nl' });
  });

  it('a plain string is used as is, with no language claimed', () => {
    expect(pickText('Argos', 'fr')).to.deep.equal({ text: 'Argos' });
    expect(pickText('Argos', 'fr').lang).to.equal(undefined);
  });

  it('nothing usable gives an empty text', () => {
    expect(pickText(undefined, 'en')).to.deep.equal({ text: '' });
    expect(pickText(null, 'en')).to.deep.equal({ text: '' });
    expect(pickText({}, 'en')).to.deep.equal({ text: '' });
    expect(pickText({ en: 3, fr: 'Trois' } as unknown as Record<string, string>, 'en')).to.deep.equal({ text: 'Trois', lang: 'fr' });
  });

  it('textOf is the text alone', () => {
    expect(textOf(map, 'de-CH')).to.equal('Drogenkonsumraum');
    expect(textOf(undefined, 'de')).to.equal('');
  });
});

describe('safeUrl', () => {
  it('keeps absolute http(s) addresses, normalised', () => {
    expect(safeUrl('https://example.org')).to.equal('https://example.org/');
    expect(safeUrl('  http://example.org/a b ')).to.equal('http://example.org/a%20b');
  });

  it('drops javascript:, data:, vbscript:, other schemes, non-strings and empties', () => {
    for (const bad of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,x', 'vbscript:msgbox(1)', 'mailto:a@b.c', 'ftp://x.org/', '', '  ', 42, null]) {
      expect(safeUrl(bad), String(bad)).to.equal(undefined);
    }
  });

  it('resolves a relative address against a base, and only to http(s)', () => {
    expect(safeUrl('/news/a', 'https://example.org/feed.json')).to.equal('https://example.org/news/a');
    expect(safeUrl('/news/a')).to.equal(undefined);
    expect(safeUrl('javascript:alert(1)', 'https://example.org/')).to.equal(undefined);
  });
});
