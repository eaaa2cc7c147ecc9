/**
 * English: the messages of <dcr-finder>'s details view. They come with the details module (a finder that never opens a
 * place's details does not fetch them); `en.finder` has them all, so other catalogs still need every key.
 */
export const finderDetails = {
  back: 'Back to the list',
  operator: 'Run by',
  address: 'Address',
  hours: 'Opening hours',
  closedDay: 'Closed',
  hoursUnknownLong: 'Opening hours are not known. Contact the service before going.',
  localTime: (zone: string) => `Local time (${zone})`,
  contact: 'Contact',
  phone: 'Phone',
  website: 'Website',
  email: 'Email',
  directions: 'Directions',
  osm: 'Directions on OpenStreetMap',
  geoLink: 'Open in a maps app',
  directionsCity: 'Only the city is known: directions lead to the city centre, not to the door.',
  languages: 'Languages spoken',
  verified: 'Last checked',
  notVerified: 'Not recorded',
  precision: 'Position on the map',
  precisionNames: {
    address: 'Exact address',
    street: 'Street (no house number)',
    city: 'City centre only (approximate)',
  },
  opened: 'Opened',
  copyLink: 'Copy link',
  linkCopied: 'Link copied',
  print: 'Print',
};
