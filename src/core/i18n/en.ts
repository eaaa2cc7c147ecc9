import { common } from './en/common.js';
import { countdown } from './en/countdown.js';
import { fact } from './en/fact.js';
import { finder } from './en/finder.js';
import { finderDetails } from './en/finder-details.js';
import { news } from './en/news.js';

/**
 * English: the reference catalog. Its shape is the `Messages` type, so a key missing from any other
 * catalog fails `tsc`. Keys are grouped by widget; plurals and arguments are functions. Each group is a module of its
 * own (en/<group>.ts): a widget's bundle carries English for itself only (see `DcrElement.strings`); the finder's
 * details view brings its own (en/finder-details.ts).
 */
export const en = { common, finder: { ...finder, ...finderDetails }, countdown, news, fact };

/** The shape every catalog must have. */
export type Messages = typeof en;
