#!/usr/bin/env node
// `npm run bench`: the size and speed figures of issue 9 against their budgets, in headless Chromium.
// Prints a table (figure | value | budget | pass), writes bench/results.json, exits 1 when a budget is missed.
// Measures dist/cdn (built first when missing or older than src/).
//   --runs N      samples per timing figure (default 15 renders, 3 finder pages, 3 maps)
//   --only a,b    only these groups: size, network, render, finder, map, countdown, heap
//   --no-build    measure dist/cdn as it is, even when older than src/
import { writeFileSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import { ROOT, filesUnder, prepareBuild } from './bench/build.mjs';
import { litFloor } from './bench/size.mjs';
import { startServer } from './bench/server.mjs';
import { defaultFeedText, syntheticFeed } from './bench/feeds.mjs';
import * as s from './bench/scenarios.mjs';

const argv = process.argv.slice(2);
const arg = (name) => {
  const i = argv.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (i < 0) return undefined;
  return argv[i].includes('=') ? argv[i].split('=')[1] : argv[i + 1];
};
const runs = Number(arg('runs') ?? 0) || undefined;
const only = arg('only')?.split(',');
const want = (group) => !only || only.includes(group);
const started = Date.now();
const log = (...a) => console.error(`[bench ${((Date.now() - started) / 1000).toFixed(1)} s]`, ...a);

/** The Chromium the bench drives (as scripts/test.mjs and web-test-runner.config.mjs: CHROME_PATH, else Debian's). */
const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium';

const KB = 1024;
const kb = (n) => `${(n / KB).toFixed(1)} KB`;
const ms = (n) => `${n.toFixed(1)} ms`;

/** One row of the table. `pass` is true/false for a budget, null for a figure that is only reported. */
const rows = [];
const row = (id, figure, value, shown, budget, pass, extra = {}) => rows.push({ id, figure, value, shown, budget, pass, ...extra });

const build = await prepareBuild({ rebuild: !argv.includes('--no-build'), log });
log(`measuring ${build.kind} (${path.relative(ROOT, build.dir) || build.dir})`);

const groups = ['size', 'network', 'render', 'finder', 'map', 'countdown', 'heap'].filter(want);
if (groups.length) {
  // Which served files are maplibre itself (library, worker): large files that say so.
  const maplibreFiles = new Set(
    filesUnder(build.dir).filter((f) => {
      const p = path.join(build.dir, f);
      return statSync(p).size > 200_000 && /\.m?js$/.test(f) && readFileSync(p, 'latin1').includes('maplibre');
    }),
  );
  const feeds = { 'default.json': defaultFeedText(), 'synthetic-10000.json': syntheticFeed(10_000) };
  const server = await startServer({ buildDir: build.dir, feeds });
  const browser = await puppeteer.launch({
    executablePath: CHROME,
    headless: true,
    args: [
      '--no-sandbox',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--enable-precise-memory-info',
      // WebGL on the CPU, as on a machine without a GPU.
      '--use-angle=swiftshader',
      '--enable-unsafe-swiftshader',
    ],
  });
  const ctx = { browser, server, build, maplibreFiles, errors: [] };
  try {
    const scenarios = {
      size: async () => {
        log('size: script bytes fetched before each widget shows its content');
        const z = await s.sizesFetched(ctx);
        const size = (id, figure, m, budgetKb) =>
          row(id, figure, m.bytes, kb(m.bytes), budgetKb ? `≤ ${budgetKb} KB` : 'report', budgetKb ? m.bytes <= budgetKb * KB : null, {
            unit: 'bytes gzip',
            files: m.files,
            staticBytes: m.static,
          });
        size('size.light', 'gzip: countdown + news + fact drop-ins together (Lit included)', z.light, 15);
        size('size.countdown', 'gzip: <dcr-event-countdown> alone', z.countdown, 10);
        size('size.news', 'gzip: <dcr-news-feed> alone', z.news, 10);
        size('size.fact', 'gzip: <dcr-fact-card> alone', z.fact, 10);
        size('size.finder', 'gzip: <dcr-finder> before the map (list view)', z.finder, 25);
        size('size.all', 'gzip: all four (dcr-widgets.js), before the map', z.all);
        const floor = await litFloor(ROOT);
        row('size.litFloor', 'gzip: Lit + @lit/task alone, no code of ours (under every figure above)', floor, kb(floor), 'report', null, { unit: 'bytes gzip' });
      },
      network: async () => {
        log('network: maplibre bytes, feed requests');
        const m = await s.maplibreFetched(ctx);
        row('maplibre.noFinder', 'maplibre + worker bytes: page with the three light widgets, no finder', m['no-finder'], `${m['no-finder']} B`, '0', m['no-finder'] === 0);
        row('maplibre.noFinderBundle', 'maplibre + worker bytes: same page on dcr-widgets.js (all four)', m['no-finder-full-bundle'], `${m['no-finder-full-bundle']} B`, '0', m['no-finder-full-bundle'] === 0);
        row('maplibre.finderList', 'maplibre + worker bytes: page with a finder in list view', m['finder-list'], `${m['finder-list']} B`, '0', m['finder-list'] === 0);
        if (maplibreFiles.size === 0) ctx.errors.push('no maplibre file found in the build: the maplibre figures count nothing');
        const f = await s.feedRequests(ctx);
        row('feed.requests', `feed requests: page with ${f.widgets} widgets`, f.requests, String(f.requests), '1', f.requests === 1);
      },
      render: async () => {
        log('render: connect → first full render, feed loaded');
        const r = await s.firstRender(ctx, runs ?? 15);
        for (const [tag, samples] of Object.entries(r)) {
          const m = s.median(samples);
          row(`render.${tag}`, `connect → first full render, <${tag}>, feed loaded (median of ${samples.length})`, m, ms(m), 'report (aim ≤ 20 ms)', null, { unit: 'ms', samples, aimMet: m <= 20 });
        }
      },
      finder: async () => {
        log('finder: 10 000 facilities, first render and search');
        const f = await s.finderAtScale(ctx, runs ? Math.max(1, Math.round(runs / 5)) : 3);
        const m = s.median(f.first);
        row('finder10k.firstRender', `finder, 10 000 facilities: first render, feed loaded and validated (median of ${f.first.length}; ${f.shown} items in the DOM)`, m, ms(m), 'report (aim ≤ 150 ms)', null, { unit: 'ms', samples: f.first, aimMet: m <= 150 });
        const p50 = s.percentile(f.keys, 50);
        const p95 = s.percentile(f.keys, 95);
        row('finder10k.keystroke.p50', `finder, 10 000: search keystroke → list updated, p50 (${f.keys.length} keys)`, p50, ms(p50), 'report', null, { unit: 'ms' });
        row('finder10k.keystroke.p95', 'finder, 10 000: search keystroke → list updated, p95', p95, ms(p95), '≤ 16 ms', p95 <= 16, { unit: 'ms', samples: f.keys });
      },
      map: async () => {
        log('map: 10 000 facilities, map idle (SwiftShader)');
        const samples = await s.mapIdle(ctx, runs ? Math.max(1, Math.round(runs / 5)) : 3);
        const m = s.median(samples);
        row('finder10k.mapIdle', `finder, 10 000: connect → map idle, SwiftShader (median of ${samples.length})`, m, ms(m), 'report', null, { unit: 'ms', samples });
      },
      countdown: async () => {
        log('countdown: 100 on a page, visible and hidden');
        const c = await s.countdowns(ctx);
        row('countdown100.timers', `${c.visible.widgets} countdowns ticking: live timers on the page`, c.visible.timers, String(c.visible.timers), '1', c.visible.timers === 1, { rendersPerSecond: c.visible.rendersPerSecond });
        const work = c.hidden.fired + c.hidden.rafs + c.hidden.renders;
        row(
          'countdown100.hiddenWork',
          `100 countdowns, 3 s in a hidden tab: timer callbacks + frames + renders (${c.hidden.state})`,
          work,
          `${c.hidden.fired} + ${c.hidden.rafs} + ${c.hidden.renders}`,
          'none',
          work === 0 && c.hidden.state === 'hidden',
          { liveTimersHidden: c.hidden.timers },
        );
      },
      heap: async () => {
        log('heap: 100 create / remove cycles of each widget');
        const h = await s.heapCycles(ctx, 100);
        for (const [tag, v] of Object.entries(h)) {
          // Measured here: a widget kept alive after removal retains 8–30 KB, so 100 leaked cycles add ≥ 800 KB and the
          // every later cycle as much again. Warm-up (JIT code and feedback) adds up to ~400 KB at first, then ≤ 0.3 KB a cycle.
          const ok = v.growth <= 512 * KB && v.lateSlope <= 2 * KB;
          const late = `then ${(v.lateSlope / KB).toFixed(2)} KB/cycle`;
          row(`heap.${tag}`, `heap after 100 create/remove of <${tag}> vs after the first`, v.growth, `${v.growth >= 0 ? '+' : ''}${kb(v.growth)} (${late})`, '≤ +512 KB; ≤ 2 KB/cycle warm', ok, {
            unit: 'bytes',
            first: v.first,
            last: v.last,
            slopes: v.slopes,
            lateSlope: v.lateSlope,
          });
        }
      },
    };
    for (const [group, run] of Object.entries(scenarios)) {
      if (!want(group)) continue;
      try {
        await run();
      } catch (err) {
        // A scenario that breaks is a failed figure, not a crashed bench: the other figures still count.
        row(`${group}.error`, `${group}: the scenario failed`, null, String(err?.message ?? err).slice(0, 80), 'runs', false, { error: String(err?.stack ?? err) });
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  for (const e of ctx.errors) log(`page error: ${e}`);
  if (ctx.errors.length) row('errors', 'page errors during the bench', ctx.errors.length, String(ctx.errors.length), '0', false, { errors: ctx.errors });
}

// The table.
const headers = ['figure', 'value', 'budget', 'pass'];
const cells = rows.map((r) => [r.figure, r.shown, r.budget, r.pass === null ? (r.aimMet === false ? 'above aim' : '—') : r.pass ? 'pass' : 'FAIL']);
const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
const line = (c) => `| ${c.map((x, i) => x.padEnd(widths[i])).join(' | ')} |`;
console.log(line(headers));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const c of cells) console.log(line(c));

const failed = rows.filter((r) => r.pass === false);
const git = (...a) => {
  try {
    return execFileSync('git', a, { cwd: ROOT, encoding: 'utf8' }).trim();
  } catch {
    return undefined;
  }
};
let chromium;
try {
  chromium = execFileSync(CHROME, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
} catch {
  chromium = undefined;
}
mkdirSync(path.join(ROOT, 'bench'), { recursive: true });
const results = {
  date: new Date().toISOString(),
  commit: git('rev-parse', '--short', 'HEAD'),
  dirty: Boolean(git('status', '--porcelain', '--', 'src')),
  build: build.kind,
  machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, memoryGb: Math.round(os.totalmem() / 2 ** 30), node: process.version, chromium },
  seconds: Math.round((Date.now() - started) / 1000),
  passed: failed.length === 0,
  figures: rows,
};
writeFileSync(path.join(ROOT, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
log(`${rows.length} figures, ${failed.length} budget${failed.length === 1 ? '' : 's'} missed; bench/results.json written`);
process.exit(failed.length ? 1 : 0);
