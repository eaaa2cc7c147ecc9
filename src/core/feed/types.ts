/**
 * The shared feed, version 1, as widgets see it after validation (see dcr-feed.schema.json for the
 * document partners write). Every human-readable text may be a plain string or a language map.
 */

/** A plain string, or a map from BCP 47 language tag to string: `{"en": "…", "fr": "…"}`. */
export type LocalizedText = string | Readonly<Record<string, string>>;

/** A named link, e.g. a source or an organiser. `url` is always http(s) after validation. */
export interface Link {
  name: LocalizedText;
  url?: string;
}

export interface Publisher {
  name: LocalizedText;
  url?: string;
}

export type FacilityModel = 'integrated' | 'standalone' | 'mobile';
export type ConsumptionMode = 'injection' | 'inhalation' | 'snorting' | 'oral';
export type FacilityStatus = 'operating' | 'temporarily-closed' | 'closed' | 'planned' | 'unconfirmed';
/** How exact a facility's point is: the street address, the street only, or just the city centre. */
export type PositionPrecision = 'address' | 'street' | 'city';
export type Weekday = 'Mo' | 'Tu' | 'We' | 'Th' | 'Fr' | 'Sa' | 'Su';

/** One opening-hours row: on these days, from `opens` to `closes` ("HH:MM"); closes < opens runs past midnight. */
export interface OpeningHours {
  days: readonly Weekday[];
  opens: string;
  closes: string;
}

export interface Address {
  street?: LocalizedText;
  postalCode?: string;
  city: LocalizedText;
  /** ISO 3166-1 alpha-2, upper case. */
  country: string;
}

export interface FacilityProperties {
  name: LocalizedText;
  operator?: LocalizedText;
  address: Address;
  model?: FacilityModel;
  /** Consumption modes; absent when no source said. */
  services?: readonly ConsumptionMode[];
  /** On-site offers: needle-exchange, naloxone, drug-checking, oat, testing, medical-care, counselling, … */
  offers?: readonly string[];
  /** Absent when unknown. An empty array is never produced (it would read as "never open"). */
  hours?: readonly OpeningHours[];
  /** Free-text note about hours (e.g. "holidays 09:00–14:30", "as of 2016"). */
  hoursNote?: LocalizedText;
  /** IANA time zone of the facility, e.g. "Europe/Paris". */
  timeZone?: string;
  phone?: string;
  email?: string;
  website?: string;
  /** BCP 47 tags of languages spoken by staff. */
  languages?: readonly string[];
  status: FacilityStatus;
  /** Free-text note on the status (what the source said and when). */
  statusNote?: LocalizedText;
  precision: PositionPrecision;
  /** Date the record was last checked against its source: YYYY-MM-DD, or YYYY-MM / YYYY when that is all the source says. */
  verified?: string;
  opened?: number;
  description?: LocalizedText;
  sources: readonly Link[];
}

/** A GeoJSON Feature (RFC 7946) with a Point geometry: coordinates are [longitude, latitude]. */
export interface Facility {
  type: 'Feature';
  id: string;
  geometry: { type: 'Point'; coordinates: readonly [number, number] };
  properties: FacilityProperties;
}

export interface FacilityCollection {
  type: 'FeatureCollection';
  features: readonly Facility[];
}

export type EventStatus = 'scheduled' | 'postponed' | 'cancelled';

export interface EventLocation {
  name?: LocalizedText;
  address?: LocalizedText;
  city?: LocalizedText;
  country?: string;
  /** [longitude, latitude], as in GeoJSON. */
  coordinates?: readonly [number, number];
}

export interface FeedEvent {
  id: string;
  name: LocalizedText;
  description?: LocalizedText;
  /** RFC 3339 with offset, e.g. "2023-05-04T09:00:00+02:00". A date alone ("2023-05-04") means all day. */
  start: string;
  end?: string;
  /** IANA zone of the venue. */
  timeZone?: string;
  location?: EventLocation;
  online?: string;
  organizers?: readonly Link[];
  url?: string;
  registrationUrl?: string;
  /** "scheduled" when the feed does not say. */
  status: EventStatus;
}

export interface NewsImage {
  url: string;
  alt?: LocalizedText;
  width?: number;
  height?: number;
}

export interface NewsItem {
  id: string;
  title: LocalizedText;
  /** RFC 3339 date or date-time; '' when the feed gives none (the item is listed last). */
  date: string;
  location?: LocalizedText;
  summary?: LocalizedText;
  url?: string;
  tags?: readonly string[];
  image?: NewsImage;
  source?: Link;
}

export interface FactFigure {
  /** A number, or a placeholder such as "{operatingFacilities}" filled from the feed. */
  value: number | string;
  unit?: LocalizedText;
  label?: LocalizedText;
}

export interface FactSource extends Link {
  /** YYYY-MM-DD, YYYY-MM or YYYY. */
  date?: string;
}

export interface Fact {
  id: string;
  text: LocalizedText;
  topic?: string;
  figure?: FactFigure;
  source: FactSource;
}

/** The validated feed every widget reads. Collections are always present (possibly empty). */
export interface Feed {
  version: string;
  title?: LocalizedText;
  updated?: string;
  language?: string;
  publisher?: Publisher;
  home_page_url?: string;
  facilities: FacilityCollection;
  events: readonly FeedEvent[];
  news: readonly NewsItem[];
  facts: readonly Fact[];
}

export type FeedCollection = 'facilities' | 'events' | 'news' | 'facts';

/** One dropped record or field, reported so a partner can fix the feed. */
export interface FeedProblem {
  /** JSON Pointer to the offending value, e.g. "/facilities/features/3/properties/status" (the cause, inside what was left out). */
  path: string;
  collection?: FeedCollection;
  index?: number;
  id?: string;
  message: string;
  /** The fix, as a short key ("url", "oneOf:a,b", "add:name:text"); the validator CLI and `validateFeed` spell it out. */
  rule?: string;
  /** A short hint on how to fix it (set by `validateFeed` and the CLI, not in the widgets' `dcr-load` events). */
  hint?: string;
  /** "dropped": the whole record was skipped; "ignored": only the field was left out. */
  effect: 'dropped' | 'ignored';
}

export interface ValidationResult {
  feed: Feed;
  problems: FeedProblem[];
  /** Per collection: records kept and dropped. */
  counts: Record<FeedCollection, { kept: number; dropped: number }>;
}
