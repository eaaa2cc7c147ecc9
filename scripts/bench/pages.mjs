// Test pages the benchmark opens, and the helpers it injects into them. Each page loads the drop-ins it names from
// /build/ (the CDN build, dist/cdn) and nothing else.

/** A page that loads these drop-in entries (file names under /build/) and has `body` in it. */
export function page({ entries, body = '', head = '' }) {
  const scripts = entries.map((e) => `<script type="module" src="/build/${e}"></script>`).join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>dcr-widgets bench</title>
<style>body { margin: 0; font-family: system-ui, sans-serif; } #stage { width: 960px; }</style>
${head}
${scripts}
</head>
<body>
<div id="stage">${body}</div>
</body>
</html>`;
}

/** What counts as "fully rendered" for each widget: its content part is in the shadow root. */
export const CONTENT = {
  'dcr-fact-card': '[part~="text"]',
  'dcr-news-feed': '[part~="item"]',
  'dcr-event-countdown': '[part~="title"]',
  'dcr-finder': '[part~="item"]',
};

/**
 * Functions installed in every bench page (as window.bench) before any script runs. They are plain functions
 * serialised into the page, so they may use only what a page has.
 */
export function installHelpers() {
  // A macrotask without timer clamping: lets the feed task settle between checks.
  const yieldTask = () =>
    new Promise((resolve) => {
      const c = new MessageChannel();
      c.port1.onmessage = () => resolve();
      c.port2.postMessage(0);
    });
  /** Waits until `el` shows `selector` in its shadow root (its Lit children settled too). */
  async function rendered(el, selector, limitMs = 60000) {
    const start = performance.now();
    for (;;) {
      await el.updateComplete;
      if (el.shadowRoot?.querySelector(selector)) return;
      if (performance.now() - start > limitMs) throw new Error(`${el.localName}: no ${selector} after ${limitMs} ms`);
      await yieldTask();
    }
  }
  /** Every Lit element inside `el`'s shadow root (a virtual list, say) has finished its update. */
  async function settled(el) {
    await el.updateComplete;
    for (const child of el.shadowRoot?.querySelectorAll('*') ?? []) {
      if (child.updateComplete) await child.updateComplete;
    }
  }
  const create = (tag, attrs) => {
    const el = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    return el;
  };
  /** Loads a feed into the page's shared loader by showing a widget that reads it, then removes that widget. */
  async function preload(src, tag = 'dcr-fact-card') {
    await customElements.whenDefined(tag);
    const el = create(tag, { src });
    const loaded = new Promise((resolve, reject) => {
      el.addEventListener('dcr-load', resolve, { once: true });
      el.addEventListener('dcr-error', (e) => reject(new Error(e.detail.message)), { once: true });
    });
    document.getElementById('stage').append(el);
    await loaded;
    el.remove();
  }
  /** Milliseconds from connecting a new `tag` to its content in the DOM (layout included). */
  async function timeFirstRender(tag, attrs, selector) {
    await customElements.whenDefined(tag);
    const el = create(tag, attrs);
    const stage = document.getElementById('stage');
    const t0 = performance.now();
    stage.append(el);
    await rendered(el, selector);
    el.shadowRoot.firstElementChild?.getBoundingClientRect();
    const ms = performance.now() - t0;
    return { ms, el };
  }
  window.bench = { yieldTask, rendered, settled, create, preload, timeFirstRender };
}

/**
 * Counts the page's timers: live ones (pending timeouts, running intervals) and callbacks run. Installed before the
 * widgets load, so every timer they set goes through it.
 */
export function installTimerProbe() {
  const live = new Map();
  const probe = { fired: 0, rafs: 0, live };
  const { setTimeout: st, clearTimeout: ct, setInterval: si, clearInterval: ci, requestAnimationFrame: raf } = window;
  window.setTimeout = function (fn, ms, ...args) {
    const id = st.call(window, (...a) => {
      live.delete(id);
      probe.fired++;
      if (typeof fn === 'function') fn(...a);
    }, ms, ...args);
    live.set(id, 'timeout');
    return id;
  };
  window.clearTimeout = function (id) {
    live.delete(id);
    return ct.call(window, id);
  };
  window.setInterval = function (fn, ms, ...args) {
    const id = si.call(window, (...a) => {
      probe.fired++;
      if (typeof fn === 'function') fn(...a);
    }, ms, ...args);
    live.set(id, 'interval');
    return id;
  };
  window.clearInterval = function (id) {
    live.delete(id);
    return ci.call(window, id);
  };
  window.requestAnimationFrame = function (fn) {
    return raf.call(window, (t) => {
      probe.rafs++;
      fn(t);
    });
  };
  window.timerProbe = probe;
}
