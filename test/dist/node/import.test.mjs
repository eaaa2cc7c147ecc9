// Server-side rendering builds import the npm entries in Node, where there is no DOM: each entry must import without
// throwing, export its classes, and register only its own widget (Lit's Node build brings a customElements stand-in).
// Each entry is imported in a fresh Node process, through the package's own exports map ("dcr-widgets/finder").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));

const ENTRIES = {
  'dcr-widgets': { classes: ['DcrFinderElement', 'DcrEventCountdownElement', 'DcrNewsFeedElement', 'DcrFactCardElement'], tags: ['dcr-finder', 'dcr-event-countdown', 'dcr-news-feed', 'dcr-fact-card'] },
  'dcr-widgets/finder': { classes: ['DcrFinderElement', 'FacilitySelectEvent'], tags: ['dcr-finder'] },
  'dcr-widgets/event-countdown': { classes: ['DcrEventCountdownElement', 'EventStartEvent', 'EventEndEvent'], tags: ['dcr-event-countdown'] },
  'dcr-widgets/news-feed': { classes: ['DcrNewsFeedElement'], tags: ['dcr-news-feed'] },
  'dcr-widgets/fact-card': { classes: ['DcrFactCardElement'], tags: ['dcr-fact-card'] },
};
const ALL_TAGS = ENTRIES['dcr-widgets'].tags;

/** Imports `specifier` in a new Node process; reports its exports, the tags defined, and whether a DOM appeared. */
function importInNode(specifier) {
  const script = `
    const m = await import(${JSON.stringify(specifier)});
    const ce = globalThis.customElements;
    console.log(JSON.stringify({
      exports: Object.keys(m).filter((k) => typeof m[k] === 'function'),
      defined: ${JSON.stringify(ALL_TAGS)}.filter((t) => ce?.get(t)),
      document: typeof document,
    }));`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
  assert.equal(r.status, 0, `${specifier} threw in Node:\n${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').at(-1));
}

for (const [specifier, want] of Object.entries(ENTRIES)) {
  test(`import '${specifier}' in Node (no DOM) does not throw and registers only its own widget`, () => {
    const got = importInNode(specifier);
    assert.equal(got.document, 'undefined');
    for (const c of want.classes) assert.ok(got.exports.includes(c), `exports ${c}`);
    // Lit's Node build puts a customElements stand-in on globalThis: exactly this entry's tags are in it.
    assert.deepEqual(got.defined, want.tags);
  });
}
