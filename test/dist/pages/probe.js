// Loaded first (a plain classic script, allowed by the strict CSP) by every proof page in test/dist/pages/: it records
// what a partner's page would suffer from — CSP violations, uncaught errors, console errors and warnings — and keeps
// count of what the widgets start and must stop: timers, animation frames, observers, workers and WebGL contexts.
// The tests read it as `iframe.contentWindow.dcrProbe`.
(() => {
  const probe = {
    violations: [],
    errors: [],
    logs: [],
    events: [],
    timeouts: new Map(),
    intervals: new Map(),
    frames: new Map(),
    observers: new Set(),
    workers: new Set(),
    contexts: [],
  };
  window.dcrProbe = probe;
  const what = (fn) => String(fn).slice(0, 120);

  document.addEventListener('securitypolicyviolation', (e) => {
    probe.violations.push({ directive: e.effectiveDirective, blocked: e.blockedURI, source: e.sourceFile, line: e.lineNumber, sample: e.sample });
  });
  window.addEventListener('error', (e) => probe.errors.push(String(e.error?.stack ?? e.message)));
  window.addEventListener('unhandledrejection', (e) => probe.errors.push(String(e.reason?.stack ?? e.reason)));
  for (const level of ['error', 'warn']) {
    const original = console[level];
    console[level] = (...args) => {
      probe.logs.push(`${level}: ${args.map(String).join(' ')}`);
      original.apply(console, args);
    };
  }
  // The widgets' own events bubble and are composed: they reach the document.
  for (const type of ['dcr-load', 'dcr-error']) {
    document.addEventListener(type, (e) => probe.events.push({ type, tag: e.target.localName, detail: e.detail }));
  }

  const { setTimeout: st, clearTimeout: ct, setInterval: si, clearInterval: ci } = window;
  window.setTimeout = function (fn, ms, ...rest) {
    const id = st.call(window, (...a) => {
      probe.timeouts.delete(id);
      if (typeof fn === 'function') fn(...a);
    }, ms, ...rest);
    probe.timeouts.set(id, what(fn));
    return id;
  };
  window.clearTimeout = function (id) {
    probe.timeouts.delete(id);
    return ct.call(window, id);
  };
  window.setInterval = function (fn, ms, ...rest) {
    const id = si.call(window, fn, ms, ...rest);
    probe.intervals.set(id, what(fn));
    return id;
  };
  window.clearInterval = function (id) {
    probe.intervals.delete(id);
    return ci.call(window, id);
  };

  const { requestAnimationFrame: raf, cancelAnimationFrame: caf } = window;
  window.requestAnimationFrame = function (fn) {
    const id = raf.call(window, (t) => {
      probe.frames.delete(id);
      fn(t);
    });
    probe.frames.set(id, what(fn));
    return id;
  };
  window.cancelAnimationFrame = function (id) {
    probe.frames.delete(id);
    return caf.call(window, id);
  };

  // An observer is live while it observes something.
  for (const name of ['MutationObserver', 'ResizeObserver', 'IntersectionObserver']) {
    const Original = window[name];
    window[name] = class extends Original {
      constructor(...args) {
        super(...args);
        this.dcrTargets = new Set();
        this.dcrKind = name;
      }
      observe(target, ...rest) {
        this.dcrTargets.add(target);
        probe.observers.add(this);
        return super.observe(target, ...rest);
      }
      unobserve(target) {
        this.dcrTargets.delete(target);
        if (!this.dcrTargets.size) probe.observers.delete(this);
        return super.unobserve(target);
      }
      disconnect() {
        this.dcrTargets.clear();
        probe.observers.delete(this);
        return super.disconnect();
      }
    };
  }

  const OriginalWorker = window.Worker;
  probe.workerUrls = [];
  window.Worker = class extends OriginalWorker {
    constructor(url, ...rest) {
      super(url, ...rest);
      probe.workerUrls.push(String(url));
      probe.workers.add(this);
      this.addEventListener('error', (e) => probe.errors.push(`worker ${url}: ${e.message ?? 'failed to start'}`));
    }
    terminate() {
      probe.workers.delete(this);
      return super.terminate();
    }
  };

  // WebGL pictures are kept after they are shown (preserveDrawingBuffer), so a test can read what the map drew.
  const getContext = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (type, attributes, ...rest) {
    const webgl = /webgl/.test(type);
    const ctx = getContext.call(this, type, webgl ? { ...attributes, preserveDrawingBuffer: true } : attributes, ...rest);
    if (ctx && webgl && !probe.contexts.includes(ctx)) probe.contexts.push(ctx);
    return ctx;
  };

  /** What is still running: the leak check wants every list empty. */
  probe.live = () => ({
    timeouts: [...probe.timeouts.values()],
    intervals: [...probe.intervals.values()],
    frames: [...probe.frames.values()],
    observers: [...probe.observers].map((o) => `${o.dcrKind} on ${[...o.dcrTargets].map((t) => t.localName ?? t.nodeName).join(', ')}`),
    workers: probe.workers.size,
    // maplibre's own canvases only (it also opens throwaway contexts to test what the device supports).
    maps: probe.contexts.filter((c) => c.canvas.classList?.contains('maplibregl-canvas') && !c.isContextLost()).length,
  });
})();
