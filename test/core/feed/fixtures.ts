/** The feed fixtures (test/fixtures/feeds/): each carries its rule and expected problems under "x-fixture". */

const base = new URL('../../fixtures/feeds/', import.meta.url);

export interface Expected {
  path: string;
  effect: 'dropped' | 'ignored';
  /** A rule JSON Schema cannot state (IANA zone known to Intl, unique ids, end not before start). */
  schemaBlind?: boolean;
}

export interface FeedFixture {
  name: string;
  text: string;
  /** The parsed document, or undefined when the text is not JSON. */
  doc?: unknown;
  rule?: string;
  expect: Expected[];
  /** Set when the whole document must fail, with the FeedError kind. */
  fails?: 'parse' | 'schema';
}

let all: Promise<FeedFixture[]> | undefined;

export async function fixtureText(name: string): Promise<string> {
  const res = await fetch(new URL(name, base));
  if (!res.ok) throw new Error(`fixture ${name}: ${res.status}`);
  return res.text();
}

/** Every fixture named in index.json, read once per test file. */
export function feedFixtures(): Promise<FeedFixture[]> {
  all ??= (async () => {
    const { fixtures } = JSON.parse(await fixtureText('index.json')) as { fixtures: string[] };
    return Promise.all(
      fixtures.map(async (name): Promise<FeedFixture> => {
        const text = await fixtureText(name);
        let doc: unknown;
        try {
          doc = JSON.parse(text);
        } catch {
          return { name, text, expect: [], fails: 'parse' };
        }
        const meta = (doc as { 'x-fixture'?: { rule?: string; expect?: Expected[]; fails?: 'schema' } })['x-fixture'];
        const fails = meta?.fails ?? (Array.isArray(doc) ? 'schema' : undefined);
        return { name, text, doc, rule: meta?.rule, expect: meta?.expect ?? [], fails };
      }),
    );
  })();
  return all;
}
