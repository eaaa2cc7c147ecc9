import { expect } from '@open-wc/testing';
import { formatDistance as format, haversineKm, parseLatLon, usesMiles } from '../../src/finder/distance.js';
import { facilityIdFromHash, facilityLink } from '../../src/finder/deep-link.js';

describe('finder distance', () => {
  it('computes great-circle distances', () => {
    const paris: [number, number] = [2.3522, 48.8566];
    const london: [number, number] = [-0.1278, 51.5074];
    expect(haversineKm(paris, london)).to.be.closeTo(343.5, 1);
    expect(haversineKm(paris, paris)).to.equal(0);
    expect(haversineKm([0, 0], [180, 0])).to.be.closeTo(20015, 2);
  });

  it('uses miles for en-US, en-GB, en-LR and Burmese; kilometres elsewhere and without a region', () => {
    for (const l of ['en-US', 'en-GB', 'en-LR', 'my', 'my-MM']) expect(usesMiles(l), l).to.equal(true);
    for (const l of ['en', 'fr', 'de-CH', 'en-CA', 'en-IE', 'not a locale']) expect(usesMiles(l), l).to.equal(false);
  });

  it('formats distances in the locale and unit', () => {
    const formatDistance = (km: number, locale: string) => format(km, locale).replace(/\s/g, ' ');
    expect(formatDistance(0.42, 'en')).to.equal('420 m');
    expect(formatDistance(3.24, 'fr')).to.equal('3,2 km');
    expect(formatDistance(123.4, 'de')).to.equal('123 km');
    expect(formatDistance(16.09344, 'en-US')).to.equal('10 mi');
    expect(formatDistance(3.24, 'en-GB')).to.equal('2 mi');
    expect(formatDistance(0.01, 'en-US')).to.equal('0.1 mi');
  });

  it('reads the near attribute as "lat,lon" and rejects bad values', () => {
    expect(parseLatLon('48.58, 7.75')).to.deep.equal([7.75, 48.58]);
    expect(parseLatLon('7.75')).to.equal(undefined);
    expect(parseLatLon('95,7')).to.equal(undefined);
    expect(parseLatLon('a,b')).to.equal(undefined);
    expect(parseLatLon(',')).to.equal(undefined);
  });
});

describe('finder deep link', () => {
  it('reads #dcr-facility=<id>, also among other hash keys', () => {
    expect(facilityIdFromHash('#dcr-facility=fr-strasbourg-1')).to.equal('fr-strasbourg-1');
    expect(facilityIdFromHash('#tab=2&dcr-facility=a%20b')).to.equal('a b');
    expect(facilityIdFromHash('#other')).to.equal(null);
    expect(facilityIdFromHash('')).to.equal(null);
    expect(facilityIdFromHash('#dcr-facility=%E0%A4%A')).to.equal(null);
  });

  it('builds a link with the hash replaced', () => {
    expect(facilityLink('ch/1 2', 'https://city.example/health?x=1#top')).to.equal('https://city.example/health?x=1#dcr-facility=ch%2F1%202');
    expect(facilityIdFromHash(new URL(facilityLink('ch/1 2', 'https://a.example/')).hash)).to.equal('ch/1 2');
  });
});
