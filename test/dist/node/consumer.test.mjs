// A partner's own Vite build of the packed npm package (dist/esm): it must build (our lazy imports are plain
// `import()`s, no bundler helper of ours that could clash with theirs), and it must carry the files our modules find
// with `new URL('…', import.meta.url)` — the default feed, the basemap and maplibre's worker — into the partner's output.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
/** What the partner's project has installed besides us: our dependencies, and their Vite. */
const INSTALLED = ['lit', 'lit-html', 'lit-element', '@lit/reactive-element', '@lit/task', 'maplibre-gl', 'vite'];

test("a partner's Vite build of the npm package builds and ships the feed, basemap and worker files", () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'dcr-consumer-'));
  try {
    const packed = JSON.parse(execFileSync(npm, ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], { cwd: root, encoding: 'utf8' }));
    const pkgDir = path.join(dir, 'node_modules', 'dcr-widgets');
    mkdirSync(pkgDir, { recursive: true });
    execFileSync('tar', ['-xzf', path.join(dir, packed[0].filename), '-C', pkgDir, '--strip-components=1']);
    for (const name of INSTALLED) {
      mkdirSync(path.dirname(path.join(dir, 'node_modules', name)), { recursive: true });
      symlinkSync(path.join(root, 'node_modules', name), path.join(dir, 'node_modules', name), 'dir');
    }
    writeFileSync(path.join(dir, 'package.json'), '{ "name": "partner-site", "private": true, "type": "module" }\n');
    writeFileSync(path.join(dir, 'main.js'), "import 'dcr-widgets/finder';\nimport 'dcr-widgets/fact-card';\n");
    writeFileSync(
      path.join(dir, 'index.html'),
      '<!doctype html><dcr-finder></dcr-finder><dcr-fact-card></dcr-fact-card><script type="module" src="./main.js"></script>\n',
    );
    const vite = path.join(root, 'node_modules', 'vite', 'bin', 'vite.js');
    const r = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'error'], { cwd: dir, encoding: 'utf8' });
    assert.equal(r.status, 0, `the partner's build failed:\n${r.stdout}\n${r.stderr}`);
    const assets = readdirSync(path.join(dir, 'dist', 'assets'));
    for (const re of [/^default-feed-.*\.json$/, /^world-50m-.*\.json$/, /^maplibre-gl-worker-.*\.js$/, /^maplibre-gl-.*\.js$/]) {
      assert.ok(assets.some((f) => re.test(f)), `${re} in the partner's build: ${assets.join(', ')}`);
    }
    const js = assets.filter((f) => f.endsWith('.js')).map((f) => readFileSync(path.join(dir, 'dist', 'assets', f), 'utf8')).join('\n');
    const feed = assets.find((f) => f.startsWith('default-feed-'));
    assert.ok(js.includes(feed), 'the partner bundle points at the emitted default feed');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
