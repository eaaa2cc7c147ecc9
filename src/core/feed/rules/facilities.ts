/** The rules for `facilities`: a GeoJSON FeatureCollection of Point features (see dcr-feed.schema.json). */
import { Bad, country, day, id, int, lang, link, list, lonLat, obj, oneOf, plain, records, str, text, tz, url, isObj, show, type FeedRule } from '../check.js';

const HHMM = '([01]\\d|2[0-3]):[0-5]\\d';
const DAYS = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'];
const hoursRow = /* @__PURE__ */ obj({
  days: [/* @__PURE__ */ list(/* @__PURE__ */ oneOf(...DAYS), 1), 1],
  opens: [/* @__PURE__ */ str(new RegExp(`^${HHMM}$`), 'a time HH:MM', 'time'), 1],
  closes: [/* @__PURE__ */ str(new RegExp(`^(${HHMM}|24:00)$`), 'a time HH:MM', 'closes'), 1],
});

const facility = /* @__PURE__ */ obj({
  type: [/* @__PURE__ */ oneOf('Feature'), 1],
  id: [id, 1],
  geometry: [/* @__PURE__ */ obj({ type: [/* @__PURE__ */ oneOf('Point'), 1], coordinates: [lonLat, 1] }), 1],
  properties: [
    /* @__PURE__ */ obj({
      name: [text, 1],
      operator: text,
      address: [/* @__PURE__ */ obj({ street: text, postalCode: plain, city: [text, 1], country: [country, 1] }), 1],
      model: /* @__PURE__ */ oneOf('integrated', 'standalone', 'mobile'),
      services: /* @__PURE__ */ list(/* @__PURE__ */ oneOf('injection', 'inhalation', 'snorting', 'oral'), 1, true),
      offers: /* @__PURE__ */ list(/* @__PURE__ */ str(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'an offer name', 'offer'), 0, true),
      // A bad row leaves all hours out: a partial week would show the place as closed when it may be open.
      hours: /* @__PURE__ */ list(hoursRow, 1),
      hoursNote: text,
      timeZone: tz,
      phone: /* @__PURE__ */ str(/^\+?[0-9 ()./-]{3,}$/, 'a phone number', 'phone'),
      email: /* @__PURE__ */ str(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'an e-mail address', 'email'),
      website: url,
      languages: /* @__PURE__ */ list(lang, 0, true),
      status: [/* @__PURE__ */ oneOf('operating', 'temporarily-closed', 'closed', 'planned', 'unconfirmed'), 1],
      statusNote: text,
      precision: [/* @__PURE__ */ oneOf('address', 'street', 'city'), 1],
      verified: day,
      opened: /* @__PURE__ */ int(1900, 2100),
      description: text,
      sources: [/* @__PURE__ */ list(link, 1, true), 1],
    }),
    1,
  ],
});

export const facilities: FeedRule = {
  name: 'facilities',
  read(raw, report, counts) {
    const fc = raw.facilities;
    let features: unknown;
    if (isObj(fc)) {
      if (fc.type !== 'FeatureCollection') {
        report(new Bad('/facilities/type', `${show(fc.type)} is not "FeatureCollection"`, 'featureCollection'), 'ignored', 'facilities');
      }
      features = fc.features;
      if (features === undefined) report(new Bad('/facilities/features', '"features" is missing', 'features'), 'dropped', 'facilities');
    } else if (fc !== undefined) {
      report(new Bad('/facilities', `${show(fc)} is not a GeoJSON FeatureCollection`, 'collection'), 'dropped', 'facilities');
    }
    return { type: 'FeatureCollection', features: records('facilities', features, '/facilities/features', facility, report, counts) };
  },
};
