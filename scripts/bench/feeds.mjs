// Feeds for the benchmark: the bundled default feed, and a synthetic one with many facilities that passes the validator
// with no problem (so the figures measure the widgets, not the error paths). Deterministic: the same seed, the same feed.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './build.mjs';

export const defaultFeedText = () => readFileSync(path.join(ROOT, 'src/core/feed/default-feed.json'), 'utf8');

const CITIES = [
  ['Lisboa', 'PT', -9.14, 38.72, 'Europe/Lisbon'],
  ['Madrid', 'ES', -3.7, 40.42, 'Europe/Madrid'],
  ['Barcelona', 'ES', 2.17, 41.39, 'Europe/Madrid'],
  ['Paris', 'FR', 2.35, 48.86, 'Europe/Paris'],
  ['Strasbourg', 'FR', 7.75, 48.58, 'Europe/Paris'],
  ['Bruxelles', 'BE', 4.35, 50.85, 'Europe/Brussels'],
  ['Amsterdam', 'NL', 4.9, 52.37, 'Europe/Amsterdam'],
  ['Hamburg', 'DE', 9.99, 53.55, 'Europe/Berlin'],
  ['Berlin', 'DE', 13.4, 52.52, 'Europe/Berlin'],
  ['København', 'DK', 12.57, 55.68, 'Europe/Copenhagen'],
  ['Oslo', 'NO', 10.75, 59.91, 'Europe/Oslo'],
  ['Zürich', 'CH', 8.54, 47.37, 'Europe/Zurich'],
  ['Wien', 'AT', 16.37, 48.21, 'Europe/Vienna'],
  ['Athina', 'GR', 23.73, 37.98, 'Europe/Athens'],
  ['Vancouver', 'CA', -123.12, 49.28, 'America/Vancouver'],
  ['Toronto', 'CA', -79.38, 43.65, 'America/Toronto'],
  ['New York', 'US', -74.0, 40.71, 'America/New_York'],
  ['Sydney', 'AU', 151.21, -33.87, 'Australia/Sydney'],
  ['Melbourne', 'AU', 144.96, -37.81, 'Australia/Melbourne'],
  ['Ciudad de México', 'MX', -99.13, 19.43, 'America/Mexico_City'],
];
const STATUSES = ['operating', 'operating', 'operating', 'operating', 'temporarily-closed', 'planned', 'unconfirmed', 'closed'];
const WORDS = ['Contact', 'Café', 'Haus', 'Point', 'Centre', 'Station', 'Passage', 'Hafen', 'Ambulant', 'Insite', 'Quai', 'Nord'];
const MODES = ['injection', 'inhalation', 'snorting', 'oral'];
const OFFERS = ['needle-exchange', 'naloxone', 'drug-checking', 'oat', 'testing', 'counselling', 'showers', 'food'];

/** A small deterministic pseudo-random generator (mulberry32). */
function rng(seed) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A version-1 feed with `n` facilities spread around 20 cities (plus the default feed's events, news and facts). */
export function syntheticFeed(n) {
  const r = rng(n);
  const pick = (list) => list[Math.floor(r() * list.length)];
  const base = JSON.parse(defaultFeedText());
  const features = [];
  for (let i = 0; i < n; i++) {
    const [city, country, lon, lat, timeZone] = CITIES[i % CITIES.length];
    const precision = r() < 0.5 ? 'address' : 'city';
    features.push({
      type: 'Feature',
      id: `synthetic-${i}`,
      geometry: { type: 'Point', coordinates: [+(lon + (r() - 0.5) * 0.3).toFixed(5), +(lat + (r() - 0.5) * 0.2).toFixed(5)] },
      properties: {
        name: `${pick(WORDS)} ${pick(WORDS)} ${i}`,
        operator: `Verein ${pick(WORDS)} ${i % 97}`,
        address: { street: `${pick(WORDS)}strasse ${1 + (i % 120)}`, postalCode: String(10000 + (i % 89999)), city, country },
        model: pick(['integrated', 'standalone', 'mobile']),
        services: MODES.filter(() => r() < 0.5),
        offers: OFFERS.filter(() => r() < 0.4),
        hours:
          r() < 0.7
            ? [
                { days: ['Mo', 'Tu', 'We', 'Th', 'Fr'], opens: '09:00', closes: r() < 0.2 ? '02:00' : '17:30' },
                { days: ['Sa'], opens: '10:00', closes: '14:00' },
              ]
            : undefined,
        timeZone,
        phone: '+49 40 123 45 67',
        website: `https://example.org/facility/${i}`,
        status: pick(STATUSES),
        precision,
        verified: '2025-06-01',
        sources: [{ name: 'Synthetic source', url: `https://example.org/source/${i}` }],
      },
    });
    const props = features[i].properties;
    if (props.services.length === 0) props.services = ['injection'];
    if (!props.hours) delete props.hours;
  }
  return JSON.stringify({ ...base, title: `Synthetic feed, ${n} facilities`, facilities: { type: 'FeatureCollection', features } });
}

/** Words that hit the synthetic names and cities, typed one key at a time in the search benchmark. */
export const SEARCH_WORDS = ['hamburg', 'café nord', 'insite 12', 'paris', 'station', 'zürich'];
