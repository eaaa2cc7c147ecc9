import { plural } from '../format.js';

/** English: Messages every widget shares: loading, errors, retry, copy. */
export const common = {
  loading: 'Loading…',
  technicalDetails: 'Technical details',
  retry: 'Try again',
  errorTitle: 'This content could not be loaded.',
  errorKind: {
    network: 'The feed could not be reached. Check the connection and try again.',
    http: 'The feed server returned an error.',
    timeout: 'The feed took too long to answer.',
    parse: 'The feed is not valid JSON.',
    schema: 'The feed is not in a format these widgets read.',
  },
  staleCopy: (age: string) => `Showing a saved copy from ${age}: the feed could not be reached just now.`,
  empty: 'Nothing to show.',
  skippedRecords: (n: number) =>
    plural('en', n, { one: '# record in the feed was skipped because it is invalid.', other: '# records in the feed were skipped because they are invalid.' }),
  source: 'Source',
  sources: 'Sources',
  close: 'Close',
  copy: 'Copy',
  copied: 'Copied',
  copyFailed: 'Could not copy',
  opensInNewTab: '(opens in a new tab)',
};
