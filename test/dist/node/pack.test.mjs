// What `npm pack` ships (run by scripts/test.mjs after the build, with Node's test runner): the entries, types,
// schema, manifest and CLI, and nothing else; then the CLI and the schema straight from the packed tarball.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
// --ignore-scripts: `prepack` would rebuild dist/ under the browser proofs' feet; npm test has just built it.
const packed = JSON.parse(execFileSync(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' }));
const files = packed[0].files.map((f) => f.path);
const has = (p) => files.includes(p);

const ENTRIES = ['index', 'finder/finder', 'countdown/event-countdown', 'news/news-feed', 'fact/fact-card'];
const DROP_INS = ['dcr-widgets', 'finder', 'event-countdown', 'news-feed', 'fact-card'];

test('the package holds every entry with its types, the drop-in files, the schema, the manifest and the CLI', () => {
  for (const e of ENTRIES) {
    assert.ok(has(`dist/esm/${e}.js`), `dist/esm/${e}.js`);
    assert.ok(has(`dist/esm/${e}.d.ts`), `dist/esm/${e}.d.ts`);
  }
  for (const d of DROP_INS) assert.ok(has(`dist/cdn/${d}.js`), `dist/cdn/${d}.js`);
  for (const f of ['dist/dcr-feed.schema.json', 'dist/custom-elements.json', 'dist/cli/dcr-feed-validate.js', 'dist/cli/validate.js']) {
    assert.ok(has(f), f);
  }
  // The lazy parts of the drop-in are files of their own.
  for (const re of [/^dist\/cdn\/chunks\/maplibre-gl-[\w-]+\.js$/, /^dist\/cdn\/assets\/maplibre-gl-worker-[\w-]+\.js$/, /^dist\/cdn\/assets\/world-50m-[\w-]+\.json$/, /^dist\/cdn\/assets\/default-feed-[\w-]+\.json$/]) {
    assert.ok(files.some((f) => re.test(f)), `a file matching ${re}`);
  }
});

test('no tests, demo, sources, scripts or build leftovers; source maps carry only our own sources', () => {
  const stray = files.filter((f) => /^(test|demo|src|scripts|bench|node_modules|\.ci)\//.test(f) || f.startsWith('dist/demo/') || f.includes('/.build-'));
  assert.deepEqual(stray, []);
  const maps = files.filter((f) => f.endsWith('.map'));
  assert.ok(maps.length > 0, 'the drop-in ships our source maps');
  for (const m of maps) {
    assert.ok(has(m.slice(0, -4)), `${m} belongs to a shipped file`);
    assert.doesNotMatch(m, /maplibre/, `${m}: maplibre's code is theirs`);
    const { sources, sourcesContent } = JSON.parse(readFileSync(path.join(root, m), 'utf8'));
    assert.ok(sources.some((s) => /(^|\/)src\//.test(s)), `${m} maps some of our own sources`);
    const carried = sources.filter((s, i) => s.includes('node_modules/') && sourcesContent?.[i] != null);
    assert.deepEqual(carried, [], `${m} carries no dependency's source text`);
  }
});

test('package.json points only at files in the package', () => {
  const targets = [pkg.main, pkg.module, pkg.types, pkg.customElements, ...Object.values(pkg.bin)];
  for (const v of Object.values(pkg.exports)) targets.push(...(typeof v === 'string' ? [v] : Object.values(v)));
  for (const t of targets) {
    const p = t.replace(/^\.\//, '');
    if (p.endsWith('/*')) assert.ok(files.some((f) => f.startsWith(p.slice(0, -1))), `${t} has files`);
    else assert.ok(has(p) || p === 'package.json', `${t} is packed`);
  }
  assert.deepEqual(Object.keys(pkg.exports).filter((k) => !k.includes('.json') && !k.includes('*')), ['.', './finder', './event-countdown', './news-feed', './fact-card']);
});

test('the packed CLI validates a feed with no node_modules and no TypeScript around it', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'dcr-pack-'));
  try {
    const out = execFileSync(npm, ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], { cwd: root, encoding: 'utf8' });
    execFileSync('tar', ['-xzf', path.join(dir, JSON.parse(out)[0].filename), '-C', dir]);
    const cli = path.join(dir, 'package', pkg.bin['dcr-feed-validate']);
    const good = spawnSync(process.execPath, [cli, path.join(root, 'test/fixtures/feeds/good-full.json')], { cwd: dir, encoding: 'utf8' });
    assert.equal(good.status, 0, good.stderr);
    assert.match(good.stdout, /VALID: no problems\./);
    const bad = spawnSync(process.execPath, [cli, '--json', path.join(root, 'test/fixtures/feeds/bad-status.json')], { cwd: dir, encoding: 'utf8' });
    assert.equal(bad.status, 1, bad.stderr);
    const report = JSON.parse(bad.stdout);
    assert.equal(report.valid, false);
    assert.ok(report.problems.length > 0);
    const schema = JSON.parse(readFileSync(path.join(dir, 'package/dist/dcr-feed.schema.json'), 'utf8'));
    assert.equal(schema.$id, 'urn:dcr-widgets:feed:1');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
