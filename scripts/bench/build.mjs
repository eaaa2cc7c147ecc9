// What the benchmark measures and serves: the real CDN build (dist/cdn, made by `npm run build`) when it exists, else a
// stand-in made here with esbuild the way a CDN build would be made (minified, production Lit, shared chunks, Lit
// literals minified), so sizes and timings can be taken before the real build exists.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { minifyLiteralsEsbuild } from '../minify-literals.mjs';

export const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');

/** The drop-in entries: file name in dist/cdn → source entry. */
export const ENTRIES = {
  'dcr-widgets': 'src/index.ts',
  finder: 'src/finder/finder.ts',
  'event-countdown': 'src/countdown/event-countdown.ts',
  'news-feed': 'src/news/news-feed.ts',
  'fact-card': 'src/fact/fact-card.ts',
};

/** Assets the sources fetch with `new URL('./x', import.meta.url)`: they must sit beside the chunks. */
const ASSETS = ['src/core/feed/default-feed.json', 'src/finder/basemap/world-50m.json'];

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
const hasCdn = () => Object.keys(ENTRIES).every((n) => existsSync(path.join(cdnDir, `${n}.js`)));

/**
 * Returns { dir, kind: 'dist/cdn' | 'esbuild stand-in', entries: {name: file} }. With a dist/cdn older than the sources,
 * runs `npm run build` first (unless `rebuild` is false).
 */
export async function prepareBuild({ rebuild = true, log = () => {} } = {}) {
  if (hasCdn()) {
    const builtAt = Math.min(...Object.keys(ENTRIES).map((n) => statSync(path.join(cdnDir, `${n}.js`)).mtimeMs));
    let ok = true;
    if (rebuild && builtAt < newest(path.join(ROOT, 'src'))) {
      log('dist/cdn is older than src/: running npm run build -- --no-demo');
      // The package's outputs only (not the demo site): what the figures are about, in a few seconds.
      const r = spawnSync('npm', ['run', 'build', '--', '--no-demo'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
      ok = r.status === 0;
      if (!ok) log('npm run build failed: measuring the esbuild stand-in instead of a stale dist/cdn');
    }
    if (ok && hasCdn()) return { dir: cdnDir, kind: 'dist/cdn', entries: Object.fromEntries(Object.keys(ENTRIES).map((n) => [n, `${n}.js`])) };
    return standInBuild();
  }
  log('no dist/cdn yet: measuring an esbuild stand-in build');
  return standInBuild();
}

/** `x?inline` → the file's text; `x?url` → the URL of the file, copied beside the chunks. */
const viteSuffixes = {
  name: 'vite-suffixes',
  setup(build) {
    build.onResolve({ filter: /\?(inline|url)$/ }, async (args) => {
      const [spec, kind] = args.path.split('?');
      const r = await build.resolve(spec, { resolveDir: args.resolveDir, kind: 'import-statement' });
      return { path: r.path, namespace: `vite-${kind}` };
    });
    build.onLoad({ filter: /.*/, namespace: 'vite-inline' }, async (args) => ({ contents: await readFile(args.path, 'utf8'), loader: 'text' }));
    // As vite does: the file is copied beside the chunks and its URL resolved from the importing chunk at run time.
    build.onLoad({ filter: /.*/, namespace: 'vite-url' }, (args) => {
      const name = path.basename(args.path);
      copyFileSync(args.path, path.join(build.initialOptions.outdir, name));
      return { contents: `export default new URL(${JSON.stringify(`./${name}`)}, import.meta.url).href;`, loader: 'js' };
    });
  },
};

export async function standInBuild() {
  const esbuild = await import('esbuild');
  // One folder per run: two benches at once must not build into each other's files.
  const dir = path.join(tmpdir(), `dcr-bench-build-${process.pid}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: Object.fromEntries(Object.entries(ENTRIES).map(([n, src]) => [n, src])),
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    outdir: dir,
    chunkNames: 'chunk-[hash]',
    legalComments: 'none',
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: [viteSuffixes, minifyLiteralsEsbuild()],
    logLevel: 'error',
  });
  for (const a of ASSETS) copyFileSync(path.join(ROOT, a), path.join(dir, path.basename(a)));
  return { dir, kind: 'esbuild stand-in', entries: Object.fromEntries(Object.keys(ENTRIES).map((n) => [n, `${n}.js`])) };
}
