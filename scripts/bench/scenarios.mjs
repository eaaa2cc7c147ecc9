// The browser scenarios of `npm run bench`: each opens a fresh page of the bench server in headless Chromium and
// returns raw samples; scripts/bench.mjs turns them into figures. Pages use the drop-in files under /build/.
import { CONTENT, installHelpers, installTimerProbe, page } from './pages.mjs';
import { SEARCH_WORDS } from './feeds.mjs';
import { gzipSize, staticClosure } from './size.mjs';
import path from 'node:path';

const LIGHT = ['dcr-event-countdown', 'dcr-news-feed', 'dcr-fact-card'];
const ALL_TAGS = [...LIGHT, 'dcr-finder'];

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
export const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
};

/** Opens `name` (a page added to the server) in a new tab with the bench helpers; returns the puppeteer page. */
async function open(ctx, name, html, { timers = false, width = 1280, height = 900 } = {}) {
  ctx.server.addPage(name, html);
  const p = await ctx.browser.newPage();
  p.on('pageerror', (e) => ctx.errors.push(`${name}: ${e.message}`));
  p.on('console', (m) => {
    if (m.type() === 'error') ctx.errors.push(`${name}: console.error ${m.text()}`);
  });
  await p.setViewport({ width, height });
  await p.evaluateOnNewDocument(installHelpers);
  if (timers) await p.evaluateOnNewDocument(installTimerProbe);
  await p.goto(`${ctx.server.origin}/pages/${name}`, { waitUntil: 'load' });
  return p;
}

/** Bytes of maplibre (library and worker) the server sent since the log was cleared. */
const maplibreBytes = (ctx) => ctx.server.log.filter((r) => ctx.maplibreFiles.has(r.path.replace(/^\/build\//, ''))).reduce((n, r) => n + r.bytes, 0);

/** maplibre bytes fetched by a page with the three light widgets and no finder, and by one with a list-view finder. */
export async function maplibreFetched(ctx) {
  const e = ctx.build.entries;
  const out = {};
  const cases = {
    'no-finder': {
      entries: [e['event-countdown'], e['news-feed'], e['fact-card']],
      body: '<dcr-event-countdown></dcr-event-countdown><dcr-news-feed></dcr-news-feed><dcr-fact-card></dcr-fact-card>',
    },
    'no-finder-full-bundle': {
      entries: [e['dcr-widgets']],
      body: '<dcr-event-countdown></dcr-event-countdown><dcr-news-feed></dcr-news-feed><dcr-fact-card></dcr-fact-card>',
    },
    'finder-list': { entries: [e.finder], body: '<dcr-finder view="list"></dcr-finder>' },
  };
  for (const [name, c] of Object.entries(cases)) {
    ctx.server.clearLog();
    const head = '<meta name="dcr-feed" content="/feeds/default.json">';
    const p = await open(ctx, `${name}.html`, page({ entries: c.entries, body: c.body, head }));
    await p.evaluate(async (tags, content) => {
      for (const el of document.querySelectorAll(tags.join(','))) await window.bench.rendered(el, content[el.localName]);
    }, ALL_TAGS, CONTENT);
    // Give a lazy import every chance to show up.
    await new Promise((r) => setTimeout(r, 500));
    out[name] = maplibreBytes(ctx);
    await p.close();
  }
  return out;
}

/** Resolves once the server has had no request for `ms` milliseconds. */
async function quietNetwork(ctx, ms = 500) {
  let seen = -1;
  while (seen !== ctx.server.log.length) {
    seen = ctx.server.log.length;
    await new Promise((r) => setTimeout(r, ms));
  }
}

/**
 * The size figures, as a partner's visitor pays them: the drop-ins a page names, on an English page reading the default
 * feed, and every script file the page fetched by itself: until each widget showed its content, then until the network
 * was quiet (the entry, the chunks it imports, chunks asked for on the way; not what waits for a visitor's action, such
 * as a finder's details or its map).
 * Each file gzip -9 on its own, as a CDN serves it; the feed itself is not counted. `static` is the part reached by
 * static imports alone.
 */
export async function sizesFetched(ctx) {
  const e = ctx.build.entries;
  const cases = {
    light: { entries: [e['event-countdown'], e['news-feed'], e['fact-card']], body: '<dcr-event-countdown></dcr-event-countdown><dcr-news-feed></dcr-news-feed><dcr-fact-card></dcr-fact-card>' },
    countdown: { entries: [e['event-countdown']], body: '<dcr-event-countdown></dcr-event-countdown>' },
    news: { entries: [e['news-feed']], body: '<dcr-news-feed></dcr-news-feed>' },
    fact: { entries: [e['fact-card']], body: '<dcr-fact-card></dcr-fact-card>' },
    // Narrow enough for the list layout, as on a phone: "before the map".
    finder: { entries: [e.finder], body: '<dcr-finder view="list"></dcr-finder>' },
    all: { entries: [e['dcr-widgets']], body: '<dcr-event-countdown></dcr-event-countdown><dcr-news-feed></dcr-news-feed><dcr-fact-card></dcr-fact-card><dcr-finder view="list"></dcr-finder>' },
  };
  const out = {};
  for (const [name, c] of Object.entries(cases)) {
    ctx.server.clearLog();
    const head = '<meta name="dcr-feed" content="/feeds/default.json">';
    const p = await open(ctx, `size-${name}.html`, page({ entries: c.entries, body: c.body, head }));
    await p.evaluate(async (tags, content) => {
      for (const el of document.querySelectorAll(tags.join(','))) await window.bench.rendered(el, content[el.localName]);
    }, ALL_TAGS, CONTENT);
    // And what the page goes on fetching by itself once they show (nothing, today): a part preloaded after the first
    // render is still paid for by every visitor, so it counts. Only what a visitor asks for (details, the map…) is left out.
    await quietNetwork(ctx);
    const files = [...new Set(ctx.server.log.filter((r) => r.path.startsWith('/build/') && /\.m?js$/.test(r.path)).map((r) => r.path.slice('/build/'.length)))];
    await p.close();
    const statics = new Set();
    for (const entry of c.entries) staticClosure(path.join(ctx.build.dir, entry), statics);
    const sum = (list) => list.reduce((n, f) => n + gzipSize(path.join(ctx.build.dir, f)), 0);
    out[name] = { bytes: sum(files), files, static: sum([...statics].map((f) => path.relative(ctx.build.dir, f))) };
  }
  return out;
}

/** Feed requests for a page with 20 widgets (5 of each; finders in list view) reading one feed. */
export async function feedRequests(ctx) {
  const body = [];
  for (let i = 0; i < 5; i++) {
    // Some name the feed in `src`, the rest find it in <meta name="dcr-feed">: the same URL either way.
    const src = i % 2 ? ' src="/feeds/default.json"' : '';
    body.push(`<dcr-event-countdown${src}></dcr-event-countdown>`, `<dcr-news-feed${src}></dcr-news-feed>`);
    body.push(`<dcr-fact-card${src}></dcr-fact-card>`, `<dcr-finder view="list"${src}></dcr-finder>`);
  }
  ctx.server.clearLog();
  const p = await open(
    ctx,
    'twenty.html',
    page({ entries: [ctx.build.entries['dcr-widgets']], body: body.join('\n'), head: '<meta name="dcr-feed" content="/feeds/default.json">' }),
  );
  const shown = await p.evaluate(async (tags, content) => {
    const els = [...document.querySelectorAll(tags.join(','))];
    for (const el of els) await window.bench.rendered(el, content[el.localName]);
    return els.length;
  }, ALL_TAGS, CONTENT);
  const requests = ctx.server.log.filter((r) => r.path.startsWith('/feeds/')).length;
  await p.close();
  return { widgets: shown, requests };
}

/** Connect → content in the DOM for each widget with the (default) feed already loaded: `runs` samples each. */
export async function firstRender(ctx, runs) {
  const e = ctx.build.entries;
  const entryOf = { 'dcr-event-countdown': e['event-countdown'], 'dcr-news-feed': e['news-feed'], 'dcr-fact-card': e['fact-card'], 'dcr-finder': e.finder };
  const out = {};
  for (const tag of ALL_TAGS) {
    const p = await open(ctx, `first-${tag}.html`, page({ entries: [entryOf[tag]] }));
    out[tag] = await p.evaluate(
      async (tag, selector, runs) => {
        const src = '/feeds/default.json';
        await window.bench.preload(src, tag);
        const attrs = tag === 'dcr-finder' ? { src, view: 'list' } : { src };
        const samples = [];
        // Two warm-up renders (first-use costs such as compiling the templates), then the samples.
        for (let i = 0; i < runs + 2; i++) {
          const { ms, el } = await window.bench.timeFirstRender(tag, attrs, selector);
          if (i >= 2) samples.push(ms);
          el.remove();
          await window.bench.yieldTask();
        }
        return samples;
      },
      tag,
      CONTENT[tag],
      runs,
    );
    await p.close();
  }
  return out;
}

/**
 * The finder with the synthetic 10 000-facility feed: first render (the feed loaded, no finder yet: `runs` fresh pages),
 * then in the last page a search typed key by key (connect → list updated and laid out, per keystroke).
 */
export async function finderAtScale(ctx, runs) {
  const first = [];
  let keys = [];
  let shown = 0;
  for (let i = 0; i < runs; i++) {
    const p = await open(ctx, 'finder-10k.html', page({ entries: [ctx.build.entries['dcr-widgets']] }));
    const r = await p.evaluate(
      async (selector, words, typing) => {
        const src = '/feeds/synthetic-10000.json';
        // A fact card loads the feed; its live figures read (so validate) the facilities: what is timed is the finder.
        await window.bench.preload(src);
        const { ms, el } = await window.bench.timeFirstRender('dcr-finder', { src, view: 'list' }, selector);
        const result = { first: ms, keys: [], shown: el.shadowRoot.querySelectorAll('[part~="item"]').length };
        if (!typing) return result;
        const input = el.shadowRoot.querySelector('input[type="search"]');
        const list = () => el.shadowRoot.querySelector('[part~="list"]');
        const frame = () => new Promise((resolve) => requestAnimationFrame(() => window.bench.yieldTask().then(resolve)));
        const key = async (value) => {
          input.value = value;
          const t0 = performance.now();
          input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
          await window.bench.settled(el);
          list()?.getBoundingClientRect();
          result.keys.push(performance.now() - t0);
          await frame();
        };
        for (const word of words) {
          for (let k = 1; k <= word.length; k++) await key(word.slice(0, k));
          await key(''); // clearing the field brings all 10 000 back
        }
        return result;
      },
      CONTENT['dcr-finder'],
      SEARCH_WORDS,
      i === runs - 1,
    );
    first.push(r.first);
    shown = r.shown;
    if (r.keys.length) keys = r.keys;
    await p.close();
  }
  return { first, keys, shown };
}

/** The finder's map with 10 000 facilities: connect → map idle (maplibre fetched, basemap and points drawn). */
export async function mapIdle(ctx, runs) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const p = await open(ctx, 'finder-map.html', page({ entries: [ctx.build.entries['dcr-widgets']] }));
    const r = await p.evaluate(async () => {
      const src = '/feeds/synthetic-10000.json';
      await window.bench.preload(src);
      const el = window.bench.create('dcr-finder', { src, view: 'map', style: 'height: 600px' });
      const t0 = performance.now();
      document.getElementById('stage').append(el);
      // The finder keeps its map in a controller; find it without depending on the field's name.
      const findMap = () => {
        for (const v of Object.values(el)) {
          if (v && typeof v === 'object' && 'state' in v && (v.state === 'failed' || typeof v.map?.whenIdle === 'function')) return v;
        }
        return undefined;
      };
      let ctl;
      while (!(ctl = findMap())) {
        if (performance.now() - t0 > 60000) return { error: 'no map after 60 s' };
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      if (ctl.state === 'failed') return { error: 'map failed' };
      await ctl.map.whenIdle();
      return { ms: performance.now() - t0 };
    });
    if (r.error) throw new Error(`map idle: ${r.error}`);
    samples.push(r.ms);
    await p.close();
  }
  return samples;
}

/** 100 inline countdowns: live timers while visible, and timer callbacks and renders during 3 s in a hidden tab. */
export async function countdowns(ctx) {
  const start = new Date(Date.now() + 3 * 86_400_000).toISOString().replace(/\.\d+Z$/, 'Z');
  const end = new Date(Date.now() + 4 * 86_400_000).toISOString().replace(/\.\d+Z$/, 'Z');
  const body = Array.from({ length: 100 }, (_, i) => `<dcr-event-countdown name="Bench event ${i}" start="${start}" end="${end}" time-zone="Europe/Paris"></dcr-event-countdown>`).join('\n');
  const p = await open(ctx, 'countdowns.html', page({ entries: [ctx.build.entries['event-countdown']], body }), { timers: true });
  const visible = await p.evaluate(async () => {
    const els = [...document.querySelectorAll('dcr-event-countdown')];
    for (const el of els) await window.bench.rendered(el, '[part~="countdown"]');
    const proto = customElements.get('dcr-event-countdown').prototype;
    const update = proto.update;
    window.renders = 0;
    proto.update = function (...args) {
      window.renders++;
      return update.apply(this, args);
    };
    // Let the shared ticker settle into its rhythm, then count.
    await new Promise((resolve) => setTimeout(resolve, 2500));
    const { live } = window.timerProbe;
    return { widgets: els.length, timers: live.size, rendersPerSecond: window.renders / 2.5 };
  });
  // Another tab in front hides this one (document.visibilityState becomes "hidden").
  const other = await ctx.browser.newPage();
  await other.bringToFront();
  await p.evaluate(() => {
    window.timerProbe.fired = 0;
    window.timerProbe.rafs = 0;
    window.renders = 0;
  });
  await new Promise((r) => setTimeout(r, 3000));
  const hidden = await p.evaluate(() => ({
    state: document.visibilityState,
    fired: window.timerProbe.fired,
    rafs: window.timerProbe.rafs,
    renders: window.renders,
    timers: window.timerProbe.live.size,
  }));
  await other.close();
  await p.close();
  return { visible, hidden };
}

/**
 * Heap (after forced GC) after the first create-render-remove cycle of each widget and after `cycles`; then the growth
 * per cycle over as many cycles more, once warm. A leak keeps growing at the same rate; the first cycles' growth is the
 * JIT warming up (compiled code and type feedback) and then stops.
 */
export async function heapCycles(ctx, cycles) {
  const p = await open(ctx, 'heap.html', page({ entries: [ctx.build.entries['dcr-widgets']] }));
  const cdp = await p.createCDPSession();
  const heap = async () => {
    for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  await p.evaluate(async (tags) => {
    for (const tag of tags) await window.bench.preload('/feeds/default.json', tag);
  }, ALL_TAGS);
  const out = {};
  for (const tag of ALL_TAGS) {
    const run = (n) =>
      p.evaluate(
        async (tag, selector, n) => {
          const attrs = tag === 'dcr-finder' ? { src: '/feeds/default.json', view: 'list' } : { src: '/feeds/default.json' };
          for (let i = 0; i < n; i++) {
            const { el } = await window.bench.timeFirstRender(tag, attrs, selector);
            el.remove();
          }
          await window.bench.yieldTask();
        },
        tag,
        CONTENT[tag],
        n,
      );
    await run(1);
    const first = await heap();
    await run(cycles - 1);
    const last = await heap();
    // Then as many cycles again, in four windows: a leak grows in every one. Caches that the collector empties only now
    // and then swing single windows by ±150 KB, so the verdict is on the growth over all four.
    const slopes = [];
    let before = last;
    for (let w = 0; w < 4; w++) {
      await run(cycles / 4);
      const now = await heap();
      slopes.push((now - before) / (cycles / 4));
      before = now;
    }
    out[tag] = { first, last, growth: last - first, slopes, lateSlope: (before - last) / cycles };
  }
  await p.close();
  return out;
}
