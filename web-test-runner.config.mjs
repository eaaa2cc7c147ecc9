// Test runner: real headless Chromium (Debian's), TypeScript through esbuild, and the two vite
// import suffixes our source uses (`?inline` for CSS text, `?url` for asset URLs).
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter, summaryReporter } from '@web/test-runner';
// Feed addresses that fail on demand (404, 500, hang, CORS refusal, dropped connection…) for test/network-faults.test.ts.
import { networkFaults } from './test/fixtures/hostile/network-faults.mjs';

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

/** The CSP of issue 8: the strictest a partner's security team is likely to have. */
const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; worker-src 'self'; img-src 'self' data: blob:; connect-src 'self'";
/**
 * The CSP a partner needs when the drop-in comes from a CDN, another origin (README, "Content Security Policy"):
 * the CDN may serve scripts and the files fetched beside them (default feed, basemap); a page may not start a
 * worker from another origin, so maplibre starts it from a blob: URL that imports the worker script from the CDN —
 * and a module worker's imports are checked against worker-src, so the CDN is named there too.
 */
const cdnCsp = (cdn) =>
  `default-src 'self'; script-src 'self' ${cdn}; style-src 'self'; worker-src blob: ${cdn}; img-src 'self' data: blob:; connect-src 'self' ${cdn}`;
/** Origin of the stand-in CDN (cdnServer), known once the test server has started. */
const cdn = { origin: '' };
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.map': 'application/json', '.css': 'text/css' };

/**
 * Serves the built drop-in and the proof pages of test/dist/ the way a partner's plain web server would: files as
 * they are on disk (none of the dev server's transforms), with the strict CSP header on the drop-in's files (the
 * worker runs under it) and on the pages named csp*.html. /test/dist/copy/cdn/ serves dist/cdn once more, as a
 * second copy of the drop-in at another address. cdn-origin.html loads the drop-in from the stand-in CDN (cdnServer)
 * and is served with the CSP for that case. dist/esm is left to the dev server, which resolves its bare imports
 * like a partner's bundler.
 */
function partnerServer() {
  const routes = [
    ['/test/dist/copy/cdn/', 'dist/cdn/'],
    ['/dist/cdn/', 'dist/cdn/'],
    ['/test/dist/pages/', 'test/dist/pages/'],
  ];
  return async (ctx, next) => {
    const route = routes.find(([prefix]) => ctx.path.startsWith(prefix));
    if (!route) return next();
    const rel = decodeURIComponent(ctx.path.slice(route[0].length));
    const file = path.join(root, route[1], rel);
    if (rel.includes('..') || !file.startsWith(path.join(root, route[1]))) return next();
    try {
      ctx.body = await readFile(file);
    } catch {
      ctx.status = 404;
      return undefined;
    }
    ctx.type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    ctx.set('Cache-Control', 'no-store');
    if (route[1] === 'dist/cdn/' || /^csp[\w-]*\.html$/.test(rel)) ctx.set('Content-Security-Policy', STRICT_CSP);
    if (rel === 'cdn-origin.html') {
      ctx.body = ctx.body.toString('utf8').replaceAll('{{CDN}}', `${cdn.origin}/dcr-widgets`);
      ctx.set('Content-Security-Policy', cdnCsp(cdn.origin));
    }
    return undefined;
  };
}

/**
 * A second origin standing in for a public CDN (jsDelivr, unpkg): serves dist/cdn under /dcr-widgets/ on 127.0.0.1
 * (the tests run on localhost: another site) at a free port, with the CORS header such CDNs send; under
 * /no-cors/dcr-widgets/ the same files without it (a partner's own server that does not send it).
 */
function cdnServer() {
  let server;
  const prefix = '/dcr-widgets/';
  return {
    name: 'dcr-cdn-origin',
    async serverStart() {
      server = createServer(async (req, res) => {
        const url = new URL(req.url, 'http://cdn.invalid');
        const bare = url.pathname.startsWith('/no-cors/');
        const pathname = bare ? url.pathname.slice('/no-cors'.length) : url.pathname;
        const rel = decodeURIComponent(pathname.slice(prefix.length));
        const headers = { ...(bare ? {} : { 'Access-Control-Allow-Origin': '*' }), 'Cache-Control': 'no-store' };
        try {
          if (!pathname.startsWith(prefix) || rel.includes('..')) throw new Error('not here');
          const body = await readFile(path.join(root, 'dist/cdn', rel));
          res.writeHead(200, { ...headers, 'Content-Type': TYPES[path.extname(rel)] ?? 'application/octet-stream' }).end(body);
        } catch {
          res.writeHead(404, headers).end();
        }
      });
      await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
      cdn.origin = `http://127.0.0.1:${server.address().port}`;
    },
    async serverStop() {
      await new Promise((resolve) => (server ? server.close(resolve) : resolve()));
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
  middleware: [partnerServer(), networkFaults()],
  plugins: [cdnServer(), viteSuffixes(), esbuildPlugin({ ts: true, target: 'es2022', tsconfig: path.join(root, 'tsconfig.json') })],
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
