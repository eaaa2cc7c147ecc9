/**
 * Plain text from untrusted HTML, for excerpts. The HTML is parsed into an inert document (DOMParser
 * documents run no scripts and load nothing) and only its text is kept: it is never rendered as HTML.
 */
import { collapseWhitespace } from './excerpt.js';

/** Elements whose content is not readable text. */
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'math', 'head', 'title']);
/** Elements that separate words when the markup is flattened (`<p>a</p><p>b</p>` → "a b", not "ab"). */
const BREAK = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer', 'h1',
  'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'td', 'th',
  'tr', 'ul',
]);

/** The readable text of a node tree (HTML or XML, e.g. Atom XHTML content), script and style content left out. */
export function textOfNode(node: Node): string {
  const out: string[] = [];
  const walk = (n: Node): void => {
    if (n.nodeType === Node.TEXT_NODE || n.nodeType === Node.CDATA_SECTION_NODE) {
      out.push(n.nodeValue ?? '');
      return;
    }
    if (n.nodeType === Node.ELEMENT_NODE) {
      const name = (n as Element).localName.toLowerCase();
      if (SKIP.has(name)) return;
      const sep = BREAK.has(name);
      if (sep) out.push(' ');
      for (let c = n.firstChild; c; c = c.nextSibling) walk(c);
      if (sep) out.push(' ');
      return;
    }
    for (let c = n.firstChild; c; c = c.nextSibling) walk(c);
  };
  walk(node);
  return collapseWhitespace(out.join(''));
}

/** Parses an HTML fragment into an inert document. */
export const parseHtml = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');

/** Plain text of an HTML fragment: tags dropped, entities decoded, whitespace collapsed. */
export const htmlToText = (html: string): string => textOfNode(parseHtml(html).body);
