// What the benchmark measures and serves: the CDN build in dist/cdn, made by `npm run build` (run here first when it
// is missing or older than src/).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');

/** The drop-in entries, as file names in dist/cdn (scripts/build.mjs builds them). */
const ENTRIES = ['dcr-widgets', 'finder', 'event-countdown', 'news-feed', 'fact-card'];

/** Every file under `dir`, as paths relative to it. */
export const filesUnder = (dir, rel = '') =>
  readdirSync(path.join(dir, rel), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(dir, path.join(rel, e.name)) : [path.join(rel, e.name)],
  );

const newest = (dir) => {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
};

const cdnDir = path.join(ROOT, 'dist/cdn');
const hasCdn = () => ENTRIES.every((n) => existsSync(path.join(cdnDir, `${n}.js`)));

/**
 * Returns { dir, kind: 'dist/cdn', entries: {name: file} }. With dist/cdn missing, or older than the sources (unless
 * `rebuild` is false), runs `npm run build -- --no-demo` first; throws when there is still no build to measure.
 */
export async function prepareBuild({ rebuild = true, log = () => {} } = {}) {
  const stale = () => Math.min(...ENTRIES.map((n) => statSync(path.join(cdnDir, `${n}.js`)).mtimeMs)) < newest(path.join(ROOT, 'src'));
  if (!hasCdn() || (rebuild && stale())) {
    log(`dist/cdn is ${hasCdn() ? 'older than src/' : 'missing'}: running npm run build -- --no-demo`);
    // The package's outputs only (not the demo site): what the figures are about, in a few seconds.
    const r = spawnSync('npm', ['run', 'build', '--', '--no-demo'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    if (r.status !== 0 || !hasCdn()) throw new Error('npm run build failed: no dist/cdn to measure');
  }
  return { dir: cdnDir, kind: 'dist/cdn', entries: Object.fromEntries(ENTRIES.map((n) => [n, `${n}.js`])) };
}
