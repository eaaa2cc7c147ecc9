/** Shared helpers for the news tests: fixture text, a stubbed `fetch`, captured warnings. */

const fixtureBase = new URL('../fixtures/news/', import.meta.url);

/** Where the fixtures' pictures are served locally (their own URLs point at news.example.org). */
export const localImages = new URL('img/', fixtureBase).href;

/** The text of a fixture file, with picture URLs pointed at the local test server (no outside requests). */
export async function fixtureText(name: string): Promise<string> {
  const res = await fetch(new URL(name, fixtureBase));
  if (!res.ok) throw new Error(`fixture ${name}: ${res.status}`);
  return (await res.text()).replaceAll('https://news.example.org/img/', localImages);
}

type Route = string | (() => Promise<Response>);

export interface FetchStub {
  /** Every URL requested, in order. */
  calls: string[];
  restore(): void;
}

/** Replaces `window.fetch`: known URLs answer with their text (or their handler), other outside ones with 404. */
export function stubFetch(routes: Record<string, Route>): FetchStub {
  const real = window.fetch;
  const calls: string[] = [];
  window.fetch = (async (input: RequestInfo | URL) => {
    const url = input instanceof Request ? input.url : String(input);
    calls.push(url);
    const route = routes[url];
    if (route === undefined) {
      // data: feeds and the test server's own files go through; any other address is "not found".
      if (url.startsWith('data:') || url.startsWith(location.origin)) return real(input);
      return new Response('not found', { status: 404, statusText: 'Not Found' });
    }
    if (typeof route === 'function') return route();
    return new Response(route, { status: 200 });
  }) as typeof fetch;
  return { calls, restore: () => (window.fetch = real) };
}

export interface Warnings {
  list: unknown[][];
  restore(): void;
}

/** Captures console.warn so tests stay quiet and can assert on expected warnings. */
export function captureWarnings(): Warnings {
  const real = console.warn;
  const list: unknown[][] = [];
  console.warn = (...args: unknown[]) => list.push(args);
  return { list, restore: () => (console.warn = real) };
}

/** A deferred promise, to hold a response until the test lets it go. */
export function deferred<T>(): { promise: Promise<T>; resolve: (v: T) => void } {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}
