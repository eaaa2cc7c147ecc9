// The JSON-LD block a card with `structured-data` keeps in its light DOM (its content comes from event-json-ld.ts).

/** JSON for a `<script type="application/ld+json">`: `<` escaped so no text can close the script. */
export const jsonForScript = (data: unknown): string => JSON.stringify(data).replace(/</g, '\\u003c');

const MARK = 'data-dcr-structured-data';

/** The JSON-LD block `host` added to its light DOM (where search engines read it), if any. */
export const ownJsonLd = (host: Element): HTMLScriptElement | null => host.querySelector(`:scope > script[${MARK}]`);

/** True for a node that is our JSON-LD block (not content the partner wrote). */
export const isOwnJsonLd = (n: Node): boolean => n instanceof Element && n.hasAttribute(MARK);

/** Puts `data` as a JSON-LD block inside `host`, updates it, or removes it (undefined). */
export function syncJsonLd(host: Element, data: unknown): void {
  let script = ownJsonLd(host);
  if (data === undefined) return void script?.remove();
  const json = jsonForScript(data);
  if (!script) {
    script = host.ownerDocument.createElement('script');
    script.type = 'application/ld+json';
    script.setAttribute(MARK, '');
    host.append(script);
  }
  if (script.textContent !== json) script.textContent = json;
}
