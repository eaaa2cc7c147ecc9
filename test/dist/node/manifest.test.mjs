// custom-elements.json (editors, Storybook, docs) lists the four widgets with the public contract of PRODUCT.md:
// tag, attributes, events, CSS parts and custom properties; its module paths point at shipped files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const manifest = JSON.parse(readFileSync(path.join(root, pkg.customElements), 'utf8'));

const COMMON = { attributes: ['src', 'lang', 'theme'], events: ['dcr-load', 'dcr-error'], parts: ['base', 'status'] };
const TOKENS = ['--dcr-color-accent', '--dcr-color-text', '--dcr-color-surface', '--dcr-color-border', '--dcr-font-family', '--dcr-radius', '--dcr-space'];
const CONTRACT = {
  'dcr-finder': {
    attributes: ['country', 'city', 'near', 'radius', 'services', 'model', 'view', 'map-style', 'no-geolocation'],
    events: ['dcr-facility-select'],
    parts: ['search', 'filters', 'list', 'item', 'map', 'details'],
  },
  'dcr-event-countdown': {
    attributes: ['event', 'name', 'start', 'end', 'time-zone'],
    events: ['dcr-event-start', 'dcr-event-end'],
    parts: ['title', 'countdown', 'dates', 'location', 'actions'],
  },
  'dcr-news-feed': { attributes: ['limit', 'tag', 'layout', 'no-images'], events: [], parts: ['item', 'title', 'date', 'excerpt', 'link', 'more'] },
  'dcr-fact-card': { attributes: ['fact', 'topic', 'rotate'], events: [], parts: ['figure', 'text', 'source', 'controls'] },
};

const elements = new Map();
for (const mod of manifest.modules) {
  for (const d of mod.declarations ?? []) if (d.tagName) elements.set(d.tagName, { ...d, module: mod.path });
}
const definitions = manifest.modules.flatMap((m) => (m.exports ?? []).filter((e) => e.kind === 'custom-element-definition').map((e) => ({ ...e, module: m.path })));

test('the manifest defines exactly the four widgets, each from its own entry module', () => {
  assert.deepEqual([...elements.keys()].sort(), Object.keys(CONTRACT).sort());
  assert.deepEqual(definitions.map((d) => d.name).sort(), Object.keys(CONTRACT).sort());
  const entryOf = Object.fromEntries(Object.entries(pkg.exports).filter(([k]) => k !== '.' && typeof pkg.exports[k] === 'object').map(([, v]) => [v.default.slice(2), true]));
  for (const d of definitions) assert.ok(entryOf[d.module], `${d.name} is defined in an exported entry (${d.module})`);
});

for (const [tag, own] of Object.entries(CONTRACT)) {
  test(`${tag}: attributes, events, parts and custom properties of the public contract`, () => {
    const el = elements.get(tag);
    const names = (list) => (list ?? []).map((x) => x.name);
    for (const a of [...COMMON.attributes, ...own.attributes]) assert.ok(names(el.attributes).includes(a), `attribute ${a}`);
    for (const e of [...COMMON.events, ...own.events]) assert.ok(names(el.events).includes(e), `event ${e}`);
    for (const p of [...COMMON.parts, ...own.parts]) assert.ok(names(el.cssParts).includes(p), `part ${p}`);
    for (const t of TOKENS) assert.ok(names(el.cssProperties).includes(t), `custom property ${t}`);
    assert.ok(el.summary || el.description, 'a summary for editors');
    assert.ok(names(el.events).every((e) => e.startsWith('dcr-')), `only dcr-* events: ${names(el.events)}`);
  });
}

test('every module path in the manifest is a shipped file', () => {
  const missing = manifest.modules.map((m) => m.path).filter((p) => !existsSync(path.join(root, p)));
  assert.deepEqual(missing, []);
});

/** A type an editor can use as it stands: string, number, boolean or quoted literals, optionally `| undefined`. */
const PLAIN_TYPE = /^(string|number|boolean|'[^']*')( \| (string|number|boolean|undefined|'[^']*'))*$/;
const EVENT_CLASSES = {
  'dcr-load': 'DcrLoadEvent',
  'dcr-error': 'DcrErrorEvent',
  'dcr-facility-select': 'FacilitySelectEvent',
  'dcr-event-start': 'EventStartEvent',
  'dcr-event-end': 'EventEndEvent',
};

test('every attribute has a plain type (no alias only our source knows) and a literal default', () => {
  for (const [tag, el] of elements) {
    for (const a of el.attributes) {
      assert.match(a.type?.text ?? '(none)', PLAIN_TYPE, `${tag} ${a.name}`);
      const constant = a.default !== undefined && /^[A-Za-z_]\w*$/.test(a.default) && !['true', 'false', 'undefined', 'null'].includes(a.default);
      assert.ok(!constant, `${tag} ${a.name}: the default names a constant (${a.default})`);
    }
  }
  const attr = (tag, name) => elements.get(tag).attributes.find((a) => a.name === name);
  assert.deepEqual([attr('dcr-news-feed', 'limit').type.text, attr('dcr-news-feed', 'limit').default], ['number', '5']);
  assert.equal(attr('dcr-news-feed', 'heading-level').type.text, 'number');
  assert.equal(attr('dcr-finder', 'theme').type.text, "'light' | 'dark' | 'auto'");
});

test('every event is typed with its class, which the package root exports', () => {
  const rootTypes = readFileSync(path.join(root, pkg.exports['.'].types), 'utf8');
  for (const [tag, el] of elements) {
    for (const e of el.events) {
      assert.equal(e.type?.text, EVENT_CLASSES[e.name], `${tag} ${e.name}`);
      assert.match(rootTypes, new RegExp(`\\b${e.type.text}\\b`), `${e.type.text} exported by the package root`);
    }
  }
});
