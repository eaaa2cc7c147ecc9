import { expect } from '@open-wc/testing';
import type { Feed } from '../../src/core/feed/types.js';
import { fillPlaceholders, liveFigures } from '../../src/fact/placeholders.js';
import { PLACES } from './fixtures.js';

const feedOf = (features: unknown[]) => ({ facilities: { type: 'FeatureCollection', features } }) as unknown as Pick<Feed, 'facilities'>;

describe('fact placeholders', () => {
  describe('liveFigures', () => {
    it('counts operating places, and the distinct countries and cities among them only', () => {
      expect(liveFigures(feedOf(PLACES))).to.deep.equal({
        facilities: 9,
        operatingFacilities: 6,
        // FR, DE, ES — not CH (closed) nor IT (planned).
        operatingCountries: 3,
        // Strasbourg, Paris, Berlin, München/Munich, Barcelona — not Lyon (temporarily closed).
        operatingCities: 5,
      });
    });

    it('follows a status change: a place closing leaves the operating counts', () => {
      const closedBarcelona = PLACES.map((p) =>
        p.id === 'barcelona' ? { ...p, properties: { ...p.properties, status: 'closed' } } : p,
      );
      expect(liveFigures(feedOf(closedBarcelona))).to.deep.equal({
        facilities: 9,
        operatingFacilities: 5,
        operatingCountries: 2,
        operatingCities: 4,
      });
    });

    it('the same city name in two countries is two cities; accents and case do not split one', () => {
      const p = PLACES[0];
      const at = (country: string, city: unknown) => ({ ...p, properties: { ...p.properties, address: { city, country } } });
      const figures = liveFigures(feedOf([at('DE', 'Frankfurt'), at('DE', 'frankfurt '), at('US', 'Frankfurt'), at('CH', 'Zürich'), at('CH', 'Zurich')]));
      expect(figures.operatingCities).to.equal(3);
      expect(figures.operatingCountries).to.equal(3);
    });

    it('gives no figure for a feed without places (nothing honest to count)', () => {
      expect(liveFigures(feedOf([]))).to.deep.equal({});
    });
  });

  describe('fillPlaceholders', () => {
    const figures = { operatingFacilities: 1234, operatingCountries: 3, facilities: 2000 };
    const fmt = (n: number) => new Intl.NumberFormat('en').format(n);

    it('fills every known placeholder and says the text is live', () => {
      expect(fillPlaceholders('{operatingFacilities} in {operatingCountries} countries ({ facilities } listed)', figures, fmt)).to.deep.equal({
        text: '1,234 in 3 countries (2,000 listed)',
        live: true,
      });
    });

    it('leaves text without placeholders as it is, not live', () => {
      expect(fillPlaceholders('More than 140 rooms.', figures, fmt)).to.deep.equal({ text: 'More than 140 rooms.', live: false });
    });

    it('an unknown name, a figure the feed lacks, or a stray brace is unfillable', () => {
      expect(fillPlaceholders('{operatingFacilites} rooms', figures, fmt)).to.deep.equal({ missing: '{operatingFacilites}' });
      expect(fillPlaceholders('{operatingCities} cities', figures, fmt)).to.deep.equal({ missing: '{operatingCities}' });
      expect(fillPlaceholders('{operatingFacilities} rooms }', figures, fmt)).to.deep.equal({ missing: '}' });
      expect(fillPlaceholders('{{operatingFacilities}}', figures, fmt)).to.deep.equal({ missing: '{' });
    });
  });
});
