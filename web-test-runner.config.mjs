// Test runner: real headless Chromium (Debian's), TypeScript through esbuild, and the two vite
// import suffixes our source uses (`?inline` for CSS text, `?url` for asset URLs).
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter, summaryReporter } from '@web/test-runner';

const root = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(path.join(root, 'package.json'));
const INLINE = '/__dcr-inline__/';

/** Resolves `x?inline` / `x?url` the way vite does, so source files need no test-only branches. */
function viteSuffixes() {
  const toFile = (source, importer) =>
    source.startsWith('.') || source.startsWith('/')
      ? path.resolve(path.dirname(importer), source)
      : require.resolve(source);
  return {
    name: 'dcr-vite-suffixes',
    resolveImport({ source, context }) {
      const m = /^(.*)\?(inline|url)$/.exec(source);
      if (!m) return undefined;
      const importer = path.join(root, decodeURIComponent(context.path));
      const rel = path.relative(root, toFile(m[1], importer)).split(path.sep).join('/');
      return m[2] === 'inline' ? `${INLINE}${rel}` : `${INLINE}url/${rel}`;
    },
    async serve(context) {
      if (!context.path.startsWith(INLINE)) return undefined;
      const rest = context.path.slice(INLINE.length);
      if (rest.startsWith('url/')) {
        return { body: `export default ${JSON.stringify('/' + rest.slice(4))};`, type: 'js' };
      }
      const text = await readFile(path.join(root, rest), 'utf8');
      return { body: `export default ${JSON.stringify(text)};`, type: 'js' };
    },
  };
}

/** Prints one plain closing line ("wtr: N passed, N failed") that CI logs can be read for. */
function closingLine() {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  const walk = (suite) => {
    for (const t of suite?.tests ?? []) {
      if (t.skipped) skipped++;
      else if (t.passed) passed++;
      else failed++;
    }
    for (const s of suite?.suites ?? []) walk(s);
  };
  return {
    onTestRunFinished({ sessions }) {
      for (const s of sessions) {
        walk(s.testResults);
        if (!s.passed && !s.testResults?.tests?.length && !s.testResults?.suites?.length) failed++;
      }
    },
    stop() {
      process.stdout.write(`\nwtr: ${passed} passed, ${failed} failed, ${skipped} skipped\n`);
    },
  };
}

const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';

export default {
  rootDir: root,
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 2,
  testsFinishTimeout: 180000,
  testFramework: { config: { timeout: 20000 } },
  plugins: [viteSuffixes(), esbuildPlugin({ ts: true, target: 'es2022', tsconfig: path.join(root, 'tsconfig.json') })],
  browsers: [
    chromeLauncher({
      // Each test page in its own browser context opens as its own window, so pages running side by side
      // are all "visible": a background tab would get no requestAnimationFrame and stall fixtures.
      createPage: async ({ browser }) => {
        const context = await browser.createBrowserContext();
        const page = await context.newPage();
        const cdp = await page.createCDPSession();
        await cdp.send('Emulation.setFocusEmulationEnabled', { enabled: true });
        return page;
      },
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          '--disable-quic',
          // Several test pages run at once; keep background pages from being throttled.
          '--disable-background-timer-throttling',
          '--disable-renderer-backgrounding',
          '--disable-backgrounding-occluded-windows',
        ],
      },
    }),
  ],
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), closingLine()],
  filterBrowserLogs: ({ type }) => type === 'error',
};
