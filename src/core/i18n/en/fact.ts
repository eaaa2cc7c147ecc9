import { numberFormat } from '../format.js';

/** English: Messages of <dcr-fact-card>. */
export const fact = {
  carousel: 'Facts',
  /** The carousel's name when the card shows some topics only (two cards on a page need different names). */
  carouselOn: (topics: string) => `Facts: ${topics}`,
  slide: (i: number, n: number) => `${numberFormat('en').format(i)} of ${numberFormat('en').format(n)}`,
  position: (i: number, n: number) => `${numberFormat('en').format(i)} / ${numberFormat('en').format(n)}`,
  previous: 'Previous fact',
  next: 'Next fact',
  pause: 'Stop rotating facts',
  play: 'Start rotating facts',
  moved: (i: number, n: number, text: string) => `Fact ${numberFormat('en').format(i)} of ${numberFormat('en').format(n)}: ${text}`,
  sourcePrefix: 'Source:',
  topic: 'Topic',
  topicNames: { coverage: 'Coverage', history: 'History', events: 'Events', policy: 'Policy' } as Record<string, string>,
  asOf: (date: string) => `as of ${date}`,
  citation: (text: string, source: string) => `${text} — Source: ${source}`,
  copyLabel: 'Copy the fact with its source',
  copiedNote: 'The fact and its source were copied.',
  copyManual: 'Your browser did not allow copying. Select the text below and copy it yourself.',
  copyField: 'The fact with its source',
  empty: 'No facts to show yet.',
  emptyTopic: (topic: string) => `No fact on the topic “${topic}”.`,
  missing: (id: string) => `The fact “${id}” is not in the feed.`,
  unavailable: (id: string) => `The fact “${id}” cannot be shown: its live figure is not available in this feed.`,
};
