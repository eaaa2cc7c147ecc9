// The "Print" button of the details: prints the opened place alone, as a take-away card, from a hidden frame, so
// the partner's page (header, sidebar, other widgets) stays off the paper. Loaded only when someone prints.

export interface PrintCardOptions {
  /** The finder's styles, as CSS text; applied in a shadow root inside the frame, as in the finder itself. */
  styles: readonly string[];
  lang: string;
  dir: string;
  /** The finder's font family (the partner page's font does not reach into the frame). */
  font: string;
  /** The document title: browsers name a saved PDF after it. */
  title: string;
  /** Prints a window (the frame's); tests pass a stand-in. */
  print?: (win: Window) => void;
}

/** Marks the frame, so a second print replaces a frame the browser never reported as printed. */
const FRAME_ATTR = 'data-dcr-print';

/**
 * Prints `card` (the details section) on its own. Falls back to printing the page, where the finder's print styles
 * leave only the card of the widget, when the frame cannot be used.
 */
export function printCard(card: HTMLElement, o: PrintCardOptions): void {
  document.querySelectorAll(`iframe[${FRAME_ATTR}]`).forEach((f) => f.remove());
  const frame = document.createElement('iframe');
  frame.setAttribute(FRAME_ATTR, '');
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  // CSSOM, not a style attribute: allowed under a strict CSP, and !important against the page's iframe rules.
  const hide = { position: 'fixed', inset: 'auto auto 0 0', width: '0', height: '0', border: '0', visibility: 'hidden' };
  for (const [key, value] of Object.entries(hide)) frame.style.setProperty(key, value, 'important');
  document.body.append(frame);
  const win = frame.contentWindow;
  const doc = frame.contentDocument;
  if (!win || !doc) {
    frame.remove();
    window.print();
    return;
  }
  doc.documentElement.lang = o.lang;
  doc.documentElement.dir = o.dir;
  doc.title = o.title;
  const host = doc.createElement('div');
  host.setAttribute('theme', 'light');
  host.style.setProperty('font-family', o.font);
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = o.styles.map((text) => {
    const sheet = new (win as unknown as typeof globalThis).CSSStyleSheet();
    sheet.replaceSync(text);
    return sheet;
  });
  const base = doc.createElement('div');
  base.className = 'base';
  base.dataset.print = '';
  base.append(doc.importNode(card, true));
  root.append(base);
  doc.body.append(host);
  win.addEventListener('afterprint', () => frame.remove(), { once: true });
  (o.print ?? ((w: Window) => w.print()))(win);
}
