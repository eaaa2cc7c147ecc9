import { expect } from '@open-wc/testing';
import { en } from '../../src/core/i18n/en.js';
import { fr } from '../../src/core/i18n/fr.js';
import { de } from '../../src/core/i18n/de.js';
import { offerLabel, statusLabel } from '../../src/finder/labels.js';

const plain = (s: string) => s.replace(/\s/g, ' ');

describe('finder messages', () => {
  it('"12 of 56 places" with localized numbers and plurals', () => {
    expect(en.finder.count(12, 56)).to.equal('12 of 56 places');
    expect(en.finder.count(1, 1)).to.equal('1 of 1 place');
    expect(en.finder.count(2572, 10000)).to.equal('2,572 of 10,000 places');
    expect(plain(fr.finder.count(2572, 10000))).to.equal('2 572 sur 10 000 lieux');
    expect(fr.finder.count(0, 1)).to.equal('0 sur 1 lieu');
    expect(de.finder.count(3, 1)).to.equal('3 von 1 Ort');
    expect(de.finder.count(12, 56)).to.equal('12 von 56 Orten');
  });

  it('offers: known ids in words, unknown ones as written', () => {
    expect(offerLabel(en.finder, 'needle-exchange')).to.equal('Needle and syringe exchange');
    expect(offerLabel(fr.finder, 'drug-checking')).to.equal('Analyse de produits');
    expect(offerLabel(de.finder, 'medical-care')).to.equal('Medizinische Versorgung');
    expect(offerLabel(en.finder, 'peer-support')).to.equal('peer support');
  });

  it('every status has words in every language', () => {
    for (const m of [en, fr, de]) {
      for (const s of ['operating', 'temporarily-closed', 'closed', 'planned', 'unconfirmed'] as const) {
        expect(statusLabel(m.finder, s), s).to.be.a('string').and.not.equal(s);
      }
    }
  });
});
