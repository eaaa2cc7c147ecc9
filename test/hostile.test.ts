/**
 * Hostile feeds against every widget (issue 10): script in every text field, bad schemes in every link field,
 * wrong types, bad ids, coordinates, dates and zones, another major version, a byte-order mark, collections of
 * the wrong shape. For each: no script runs, nothing is thrown, bad records are reported (a warning naming each,
 * the "N records skipped" note) and counted, good records are shown, and the page still answers.
 * The generated giants (1 MB name, 50 000 records, deep nesting) are in hostile-giants.test.ts.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { FeedCollection } from '../src/core/feed/types.js';
import {
  WIDGETS,
  WIDGET_NAMES,
  expectNoHarm,
  expectSafeDom,
  fixtureUrl,
  flush,
  guardEach,
  mount,
  settled,
  statusKinds,
  type Guard,
  type WidgetName,
} from './fixtures/hostile/harness.js';

interface Case {
  file: string;
  /** Records each collection skips. */
  skipped?: Partial<Record<FeedCollection, number>>;
  /** What each widget lists (one entry per record on screen; a string matches any text containing it). */
  shows?: Record<Exclude<WidgetName, 'countdown'>, string[]>;
  /** The countdown shows one event: the ids to show in turn (`event` attribute) and a name each one contains. */
  events?: [id: string, name: string][];
  /** The whole document is refused with this message. */
  refused?: string;
  /** Every widget shows its empty state. */
  empty?: boolean;
}

const GOOD = { finder: 'Good place', news: 'Good news', fact: 'Good fact' };
const evil = (where: string) => `<img src=x onerror="__dcrCanary('${where}')"> ${where}`;
const range = <T>(n: number, f: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => f(i));

const CASES: Case[] = [
  {
    file: 'injection.json',
    shows: {
      finder: [evil('name'), GOOD.finder],
      news: [evil('news-title'), GOOD.news],
      // The template-string fact has braces left over: it is hidden (and reported), never shown half-filled.
      fact: [evil('fact-text'), GOOD.fact],
    },
    events: [
      ['good-event', 'Good event'],
      [`evil-event"><svg onload=__dcrCanary('event-id')>`, evil('event-name')],
    ],
  },
  {
    file: 'links.json',
    shows: {
      finder: [...range(14, (i) => `Linked place ${i}`), GOOD.finder],
      news: [...range(14, (i) => `Linked news ${i}`), GOOD.news],
      fact: [...range(14, (i) => `Linked fact ${i}`), GOOD.fact],
    },
    events: range(14, (i): [string, string] => [`links-${i}`, `Linked event ${i}`]),
  },
  {
    file: 'wrong-types.json',
    skipped: { facilities: 11, events: 5, news: 4, facts: 3 },
    shows: {
      finder: ['Kept despite bad optional fields', GOOD.finder],
      news: ['Kept news with bad optional fields', GOOD.news],
      fact: ['Fact with a list figure', 'Kept fact with bad optional fields', GOOD.fact],
    },
    events: [
      ['types-event-optional', 'Kept event with bad optional fields'],
      ['good-event', 'Good event'],
    ],
  },
  {
    file: 'ids.json',
    skipped: { facilities: 5, events: 5, news: 5, facts: 5 },
    shows: {
      finder: ['Place with first dup', GOOD.finder],
      news: ['News with first dup', GOOD.news],
      fact: ['Fact with first dup', GOOD.fact],
    },
    events: [
      ['dup', 'Event with first dup'],
      ['good-event', 'Good event'],
    ],
  },
  {
    file: 'coordinates.json',
    skipped: { facilities: 16 },
    shows: { finder: [GOOD.finder], news: [GOOD.news], fact: [GOOD.fact] },
    events: [['coords-event', 'Event with bad coordinates']],
  },
  {
    file: 'dates.json',
    skipped: { events: 7 },
    shows: {
      finder: ['Place with a bad verified date', 'Place with a path for a zone', GOOD.finder],
      news: ['News with a bad date', 'News dated last week', GOOD.news],
      fact: ['Fact with a bad source date', GOOD.fact],
    },
    events: [
      ['dates-bad-zone', 'Kept event with a bad zone'],
      ['dates-zone-injection', 'Kept event with an injected zone'],
      ['dates-end-before', 'Kept event ending before it starts'],
      ['dates-bad-end', 'Kept event with a bad end'],
    ],
  },
  { file: 'bom.json', shows: { finder: [GOOD.finder], news: [GOOD.news], fact: [GOOD.fact] }, events: [['good-event', 'Good event']] },
  { file: 'version-2.json', refused: 'The feed is not in a format these widgets read.' },
  { file: 'collections.json', empty: true },
];

const PATHS: Record<FeedCollection, string> = { facilities: '/facilities/features/', events: '/events/', news: '/news/', facts: '/facts/' };
const root = (el: Element) => el.shadowRoot!;

/** Opens each place's details in turn (where the link fields are), checking each view. */
async function walkFinderDetails(el: HTMLElement, g: Guard): Promise<void> {
  const ids = Array.from(root(el).querySelectorAll<HTMLElement>('.item'), (b) => b.dataset.id!);
  for (const id of ids) {
    Array.from(root(el).querySelectorAll<HTMLElement>('.item')).find((b) => b.dataset.id === id)!.click();
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(root(el).querySelector('[part~="details"]'), `details of ${id}`).to.not.equal(null);
    await expectNoHarm(el, g);
    root(el).querySelector<HTMLButtonElement>('.back')!.click();
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  }
}

/** Shows each event on the card in turn. */
async function walkEvents(el: HTMLElement, events: [string, string][], g: Guard): Promise<void> {
  for (const [id, name] of events) {
    el.setAttribute('event', id);
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const title = WIDGETS.countdown.shown(el);
    expect(title, `event ${id}`).to.have.length(1);
    expect(title[0], `event ${id}`).to.contain(name);
    await expectNoHarm(el, g);
  }
}

function expectSkipped(el: HTMLElement, g: Guard, collection: FeedCollection, n: number): void {
  const note = root(el).querySelector('.skipped-note')?.textContent ?? '';
  if (n === 0) expect(note, 'skipped note').to.equal('');
  else expect(note, 'skipped note').to.contain(`${n} record${n > 1 ? 's' : ''} in the feed`);
  const named = g.warnings.filter((w) => w.includes(`: ${PATHS[collection]}`) && w.includes('record skipped'));
  expect(named, `warnings naming a skipped ${collection} record`).to.have.length(n);
  for (const w of named) expect(w).to.match(new RegExp(`${PATHS[collection]}\\d+`));
}

describe('hostile feeds', () => {
  const g = guardEach();
  // The detectors themselves: a suite whose alarms cannot ring proves nothing.
  it('the harness notices a payload that runs and a link that would', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    try {
      host.attachShadow({ mode: 'open' }).innerHTML = `<img src="missing.png" onerror="__dcrCanary('self-test')"><a href="javascript:void 0">x</a>`;
      await flush(host);
      await waitUntil(() => g.canary.length > 0, 'the canary was never called');
      expect(g.canary).to.deep.equal(['self-test']);
      expect(() => expectSafeDom(host)).to.throw(/img\[onerror\]/);
      host.shadowRoot!.innerHTML = `<a href=" JavaScript:void 0">x</a>`;
      expect(() => expectSafeDom(host)).to.throw(/a\[href/);
    } finally {
      host.remove();
    }
  });

  for (const c of CASES) {
    describe(c.file, () => {
      for (const name of WIDGET_NAMES) {
        const w = WIDGETS[name];
        it(`<${w.tag}>`, async () => {
          const el = await settled(await mount(name, fixtureUrl(c.file)));
          if (c.refused) {
            expect(statusKinds(el)).to.include('error');
            expect(root(el).querySelector('[part~="status"]')!.textContent).to.contain(c.refused);
            expect(root(el).querySelector('button.retry'), 'retry button').to.not.equal(null);
            expect(g.warnings.join('\n')).to.contain('version "2.0" is not supported');
          } else if (c.empty) {
            expect(statusKinds(el)).to.include('empty');
            // The collection itself is named, e.g. "…: /events: an object is not a list".
            expect(g.warnings.join('\n')).to.contain(`: /${w.collection}: `);
          } else {
            expectSkipped(el, g, w.collection, c.skipped?.[w.collection] ?? 0);
            if (name === 'countdown') {
              await walkEvents(el, c.events!, g);
            } else {
              const shown = w.shown(el);
              const expected = c.shows![name];
              expect(shown, 'records on screen').to.have.length(expected.length);
              for (const text of expected) expect(shown.some((s) => s.includes(text)), `"${text}" on screen in ${JSON.stringify(shown)}`).to.equal(true);
            }
            if (name === 'finder') await walkFinderDetails(el, g);
          }
          await expectNoHarm(el, g);
          expect(({} as Record<string, unknown>).polluted, 'Object.prototype polluted').to.equal(undefined);
        });
      }
    });
  }
});
