#!/usr/bin/env node
// `npm run build`: everything a partner or an npm user gets, in dist/ (see README "Build outputs"):
//   dist/cdn   the drop-in: self-contained, minified, Lit in production mode; lazy parts are separate files
//   dist/esm   the npm build: one file per source module, lit / @lit/task / maplibre-gl left as imports, .d.ts beside
//   dist/cli   the dcr-feed-validate CLI with the widgets' validator prebuilt
//   dist/custom-elements.json, dist/dcr-feed.schema.json, and dist/demo (the demo site; not packed)
// Flags: --no-demo skips the demo site (npm test builds what the package ships, nothing more; dist/demo stays as it was).
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, parseAst } from 'vite';
import { minifyLiteralsPlugin } from './minify-literals.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const at = (...p) => path.join(root, ...p);
const dist = at('dist');
// Built into a staging folder, then moved into dist/ in one go: tests or a benchmark reading dist/ meanwhile never see
// a half-written build.
const stage = path.join(dist, `.build-${process.pid}`);
const out = (...p) => path.join(stage, ...p);
const PRODUCTS = ['cdn', 'esm', 'cli', 'custom-elements.json', 'dcr-feed.schema.json', 'demo'];

/** The package's entries: name in dist/cdn → source module (dist/esm mirrors src/). */
const ENTRIES = {
  'dcr-widgets': 'src/index.ts',
  finder: 'src/finder/finder.ts',
  'event-countdown': 'src/countdown/event-countdown.ts',
  'news-feed': 'src/news/news-feed.ts',
  'fact-card': 'src/fact/fact-card.ts',
};
/** Dependencies an npm user installs; the drop-in bundles them. */
const EXTERNAL = /^(lit|lit-html|lit-element|@lit\/[^/]+|maplibre-gl)(\/|$)/;
/** maplibre's worker: a module worker needs a JavaScript MIME type, and not every server maps `.mjs` to one. */
const assetName = (info, pattern) =>
  /maplibre-gl-worker\.mjs$/.test(info.names?.[0] ?? info.name ?? '') ? pattern.replace('[extname]', '.js') : pattern;

/**
 * Vite wraps each lazy `import()` in a preload helper that may add <link> tags to the page's <head> and, when an import
 * fails, fires `vite:preloadError` on the page's window (a partner's own Vite app may reload the page on that). We
 * preload nothing, so the helper becomes a plain call.
 */
function plainDynamicImports() {
  return {
    name: 'dcr-plain-dynamic-imports',
    enforce: 'pre',
    load(id) {
      if (id === '\0vite/preload-helper.js') return 'export const __vitePreload = (load) => load();';
      return null;
    },
  };
}

/** Settings both library builds share: JS entries (no HTML), assets as files resolved from import.meta.url. */
const libraryBuild = (outDir, build) => ({
  configFile: false,
  root,
  publicDir: false,
  base: './',
  logLevel: 'warn',
  plugins: [minifyLiteralsPlugin(), plainDynamicImports()],
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2022',
    // No <link rel=modulepreload> written into the partner's <head>: lazy chunks load with a plain import().
    modulePreload: false,
    // The basemap, the default feed and the worker stay separate files, fetched only when needed.
    assetsInlineLimit: 0,
    copyPublicDir: false,
    reportCompressedSize: false,
    ...build,
    // The timing report is noise in a machine that runs tests meanwhile.
    rollupOptions: { checks: { bundlerTimings: false }, ...build.rollupOptions },
  },
});

async function buildCdn() {
  const outDir = out('cdn');
  await build(
    libraryBuild(outDir, {
      minify: true,
      sourcemap: true,
      // maplibre-gl is one ~1.1 MB chunk (plus its worker file), loaded only when a finder map is on screen.
      chunkSizeWarningLimit: 1200,
      rollupOptions: {
        input: Object.fromEntries(Object.entries(ENTRIES).map(([name, src]) => [name, at(src)])),
        // Entries keep their exports; a widget's own code may live in its entry file (dcr-widgets.js imports them).
        preserveEntrySignatures: 'allow-extension',
        output: {
          // What two widgets share (Lit, src/core with the feed reader, helpers) goes into one core chunk rather than tiny
          // shared chunks: every entry's static imports are itself plus core. (Three: the widget entries and
          // dcr-widgets.js, which has them all.) A collection's rules travel with the widgets that show it: the facilities
          // rules, which the finder and the fact card both need, are a chunk of their own rather than core's.
          codeSplitting: {
            groups: [
              { name: 'facilities-rules', test: /[\\/]src[\\/]core[\\/]feed[\\/]rules[\\/]facilities\.ts$/, includeDependenciesRecursively: false },
              { name: 'core', minShareCount: 3 },
            ],
          },
          entryFileNames: '[name].js',
          chunkFileNames: (chunk) =>
            chunk.moduleIds.some((id) => id.endsWith(path.join('src', 'core', 'element.ts')))
              ? 'chunks/core-[hash].js'
              : 'chunks/[name]-[hash].js',
          assetFileNames: (info) => assetName(info, 'assets/[name]-[hash][extname]'),
        },
      },
    }),
  );
  dropWorkerMapComment(path.join(outDir, 'assets'));
  // Source maps carry our sources only: a chunk made of nothing but dependencies' code (maplibre-gl, a Lit directive)
  // keeps no map, and in the others dependencies' files are mapped but their text is left out.
  for (const dir of ['.', 'chunks']) {
    for (const file of readdirSync(path.join(outDir, dir)).filter((f) => f.endsWith('.js.map'))) {
      const mapFile = path.join(outDir, dir, file);
      const map = JSON.parse(readFileSync(mapFile, 'utf8'));
      const theirs = map.sources.map((s) => s.includes('node_modules/'));
      if (theirs.every(Boolean)) {
        const js = mapFile.slice(0, -4);
        writeFileSync(js, readFileSync(js, 'utf8').replace(/\n?\/\/# sourceMappingURL=\S+\s*$/, '\n'));
        rmSync(mapFile);
      } else {
        map.sourcesContent = map.sourcesContent?.map((text, i) => (theirs[i] ? null : text));
        writeFileSync(mapFile, JSON.stringify(map));
      }
    }
  }
}

/** maplibre's worker is copied as it is, but its source map is not shipped: its map comment would point nowhere. */
function dropWorkerMapComment(assets) {
  for (const file of readdirSync(assets).filter((f) => /^maplibre-gl-worker.*\.js$/.test(f))) {
    const full = path.join(assets, file);
    writeFileSync(full, readFileSync(full, 'utf8').replace(/\n?\/\/# sourceMappingURL=\S+\s*$/, '\n'));
  }
}

/** Output name of a module that is not a source file (vite helpers, maplibre's CSS text, the worker's URL). */
function esmHelperName(name) {
  if (name.includes('preload-helper')) return 'internal/preload-helper.js';
  if (name.includes('decorate')) return 'internal/decorate.js';
  if (name.includes('maplibre-gl.css')) return 'internal/maplibre-gl.css.js';
  if (name.includes('maplibre-gl-worker')) return 'internal/maplibre-gl-worker.url.js';
  return `internal/${path.basename(name)}.js`;
}

/**
 * The npm build must hand a partner's bundler plain `import()`s: Vite wraps lazy imports in `__vitePreload(…)`, and a
 * partner's own Vite build adds that very name again (a duplicate declaration that fails their build). Each
 * `__vitePreload(fn, deps, url)` becomes `(fn)()` — what our no-op helper did — and the helper's import goes.
 */
function plainImportsInEsm(dir) {
  const helper = path.join('internal', 'preload-helper.js');
  const files = readdirSync(dir, { recursive: true }).filter((f) => f.endsWith('.js') && f !== helper);
  for (const file of files) {
    const full = path.join(dir, file);
    const code = readFileSync(full, 'utf8');
    if (!code.includes('__vitePreload')) continue;
    const edits = [];
    const walk = (node) => {
      if (!node || typeof node.type !== 'string') return;
      if (node.type === 'ImportDeclaration' && node.specifiers.some((s) => s.local.name === '__vitePreload')) {
        edits.push([node.start, node.end, '']);
        return;
      }
      if (node.type === 'CallExpression' && node.callee.type === 'Identifier' && node.callee.name === '__vitePreload') {
        const fn = node.arguments[0];
        edits.push([node.start, node.end, `(${code.slice(fn.start, fn.end)})()`]);
        return;
      }
      for (const value of Object.values(node)) {
        if (Array.isArray(value)) value.forEach(walk);
        else if (value && typeof value === 'object') walk(value);
      }
    };
    walk(parseAst(code));
    let out = code;
    for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + text + out.slice(end);
    if (out.includes('__vitePreload')) throw new Error(`${file}: a __vitePreload call was left in the npm build`);
    writeFileSync(full, out);
  }
  rmSync(path.join(dir, helper), { force: true });
}

async function buildEsm() {
  const esmName = (chunk) => (chunk.facadeModuleId?.startsWith(at('src')) ? '[name].js' : esmHelperName(chunk.name));
  await build(
    libraryBuild(out('esm'), {
      minify: false,
      sourcemap: false,
      rollupOptions: {
        input: Object.values(ENTRIES).map((src) => at(src)),
        external: (id) => EXTERNAL.test(id) && !id.includes('?'),
        preserveEntrySignatures: 'strict',
        output: {
          // One file per module, as in src/: bundlers tree-shake it, and the .d.ts files sit beside it.
          preserveModules: true,
          preserveModulesRoot: at('src'),
          entryFileNames: esmName,
          chunkFileNames: esmName,
          assetFileNames: (info) => assetName(info, 'assets/[name][extname]'),
        },
      },
    }),
  );
  plainImportsInEsm(out('esm'));
  dropWorkerMapComment(out('esm', 'assets'));
}

function run(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status ?? r.signal})`);
}

/**
 * Declarations beside dist/esm's JavaScript (tsc; the scripts/ tsconfig extends nothing). tsc writes them even when
 * the sources have type errors; those are `npm run lint`'s to fail on, so here they are reported, not fatal.
 */
function buildTypes() {
  const args = [at('node_modules/typescript/bin/tsc'), '-p', at('scripts/tsconfig.types.json'), '--outDir', out('esm')];
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  if (r.status === 2) console.warn('build: the sources have type errors (above); declarations written anyway — npm run lint fails on them.');
  else if (r.status !== 0) throw new Error(`tsc failed (${r.status ?? r.signal})`);
}

/** The validator CLI: the script itself plus the widgets' validator, prebuilt so the packed package needs no TypeScript. */
async function buildCli() {
  const outDir = out('cli');
  await build({
    configFile: false,
    root,
    publicDir: false,
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      reportCompressedSize: false,
      lib: { entry: at('src/core/feed/validate.ts'), formats: ['es'], fileName: () => 'validate.js' },
    },
  });
  const cli = path.join(outDir, 'dcr-feed-validate.js');
  copyFileSync(at('scripts/dcr-feed-validate.mjs'), cli);
  chmodSync(cli, 0o755);
}

/**
 * custom-elements.json for editors and docs. Module paths point at the shipped files: src/x.ts → dist/esm/x.js, or
 * dist/esm/x.d.ts for a module that is only types; a module that ships neither is left out.
 */
function buildManifest() {
  run(process.execPath, [
    at('node_modules/@custom-elements-manifest/analyzer/cem.js'),
    'analyze',
    '--config',
    at('scripts/custom-elements-manifest.config.mjs'),
    '--outdir',
    path.relative(root, stage),
    '--quiet',
  ]);
  const file = out('custom-elements.json');
  const manifest = JSON.parse(readFileSync(file, 'utf8'));
  const shipped = (p) => {
    const base = p.replace(/^\/?src\//, '').replace(/\.(ts|js)$/, '');
    const found = ['.js', '.d.ts'].find((ext) => existsSync(out('esm', base + ext)));
    return found && `dist/esm/${base}${found}`;
  };
  const visit = (value) => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (!value || typeof value !== 'object') return;
    for (const [key, v] of Object.entries(value)) {
      if ((key === 'path' || key === 'module') && typeof v === 'string' && /^\/?src\//.test(v)) value[key] = shipped(v) ?? v;
      else visit(v);
    }
  };
  manifest.modules = manifest.modules.filter((m) => shipped(m.path));
  visit(manifest.modules);
  writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
}

/** Runs one step and logs its time (the steps together take a few seconds). */
async function step(name, fn) {
  const t = Date.now();
  await fn();
  if (process.env.DCR_BUILD_TIMES) console.log(`build: ${name} ${Date.now() - t} ms`);
}

async function main() {
  const started = Date.now();
  const demo = !process.argv.includes('--no-demo');
  mkdirSync(stage, { recursive: true });
  await step('cdn', buildCdn);
  await step('esm', buildEsm);
  await step('types', buildTypes);
  await step('cli', buildCli);
  copyFileSync(at('src/core/feed/dcr-feed.schema.json'), out('dcr-feed.schema.json'));
  await step('manifest', buildManifest);
  if (demo) await step('demo', () => build({ configFile: at('vite.config.ts'), logLevel: 'warn', build: { outDir: out('demo') } }));
  for (const name of PRODUCTS.filter((p) => p !== 'demo' || demo)) {
    rmSync(path.join(dist, name), { recursive: true, force: true });
    renameSync(out(name), path.join(dist, name));
  }
  rmSync(stage, { recursive: true, force: true });
  console.log(`build: dist/ in ${((Date.now() - started) / 1000).toFixed(1)} s${demo ? '' : ' (no demo)'}`);
}

main().catch((err) => {
  rmSync(stage, { recursive: true, force: true });
  console.error(`build: ${err.message}`);
  process.exit(1);
});
