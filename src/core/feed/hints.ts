/**
 * Fix hints for the validator's problems, by rule key (FeedProblem.rule). Kept apart from the checks so the widgets'
 * bundles do not carry them: `validateFeed` (the CLI, the tests, the ESM build) adds them as `hint`.
 */
const HINTS: Record<string, string> = {
  plain: 'Write some text.',
  long: 'Keep each text to at most 10 000 characters.',
  text: 'Write a string or {"en": "…", "fr": "…"}.',
  lang: 'Use a BCP 47 tag: en, fr, de-CH.',
  langs: 'Use BCP 47 tags: en, fr, de-CH.',
  country: 'Use an ISO 3166 code in capitals: FR.',
  url: 'Write a full address: https://…',
  when: 'Write 2025-05-04T09:00:00+02:00, or 2025-05-04 for all day.',
  day: 'Write YYYY-MM-DD, YYYY-MM or YYYY.',
  tz: 'Use an IANA name: Europe/Paris.',
  int: 'Write a number in range.',
  coordinates: 'Write [longitude, latitude]: [7.75, 48.58].',
  swapped: 'Write [longitude, latitude]: [7.75, 48.58]. Swapped?',
  object: 'Write an object: { … }.',
  list: 'Write a list: [ … ].',
  entries: 'Give at least one valid entry.',
  id: 'Give each record its own string id.',
  time: 'Write HH:MM, 24-hour.',
  closes: 'Write HH:MM, 24-hour (24:00: midnight).',
  offer: 'Use lower-case-words.',
  phone: 'Write digits and spaces: +33 3 88 00 00 00.',
  email: 'Write name@example.org.',
  endBeforeStart: 'Check "start" and "end".',
  versionString: 'Write "version": "1" (a string).',
  featureCollection: 'Write "type": "FeatureCollection".',
  features: 'Write "features": [ … ].',
  collection: 'Write {"type": "FeatureCollection", "features": [ … ]}.',
};

/** The sentence for a rule key: "url", "oneOf:a,b" (one of these values), "add:name:<rule of the field>" (missing). */
export function explain(rule: string | undefined): string {
  if (!rule) return '';
  if (rule.startsWith('oneOf:')) return `Use one of: ${rule.slice(6).split(',').join(', ')}.`;
  if (rule.startsWith('add:')) {
    const [, field, ...inner] = rule.split(':');
    return `Add "${field}". ${explain(inner.join(':'))}`.trim();
  }
  return HINTS[rule] ?? '';
}
