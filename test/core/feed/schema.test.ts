import { expect } from '@open-wc/testing';
import { Validator, type Schema } from '@cfworker/json-schema';
import { parseFeedText } from '../../../src/core/feed/validate.js';
import type { FeedCollection, ValidationResult } from '../../../src/core/feed/types.js';
import { feedFixtures, type FeedFixture } from './fixtures.js';

const SCHEMA_URL = new URL('../../../src/core/feed/dcr-feed.schema.json', import.meta.url);

const RECORDS: Record<FeedCollection, { path: string; def: string; pick: (doc: Record<string, unknown>) => unknown }> = {
  facilities: { path: '/facilities/features', def: 'facility', pick: (d) => (d.facilities as { features?: unknown } | undefined)?.features },
  events: { path: '/events', def: 'event', pick: (d) => d.events },
  news: { path: '/news', def: 'newsItem', pick: (d) => d.news },
  facts: { path: '/facts', def: 'fact', pick: (d) => d.facts },
};

describe('dcr-feed.schema.json', () => {
  let schema: Schema;
  let fixtures: FeedFixture[];
  let whole: Validator;
  const record = {} as Record<FeedCollection, Validator>;

  before(async () => {
    schema = (await (await fetch(SCHEMA_URL)).json()) as Schema;
    fixtures = await feedFixtures();
    whole = new Validator(schema, '2020-12', false);
    for (const [c, { def }] of Object.entries(RECORDS) as [FeedCollection, (typeof RECORDS)[FeedCollection]][]) {
      record[c] = new Validator({ $ref: `${schema.$id}#/$defs/${def}` }, '2020-12', false);
      record[c].addSchema(schema);
    }
  });

  it('is a draft 2020-12 schema for version 1 whose record definitions resolve', () => {
    expect(schema.$schema).to.equal('https://json-schema.org/draft/2020-12/schema');
    expect(whole.validate({ version: '1' }).valid).to.equal(true);
    expect(whole.validate({ version: '2' }).valid).to.equal(false);
    expect(record.events.validate({ id: 'e', name: 'E', start: '2025-05-04' }).valid).to.equal(true);
    expect(record.events.validate({ id: 'e', name: 'E' }).valid).to.equal(false);
  });

  /** Whether our validator reported anything at or under `path` (rules the schema cannot state set aside). */
  const flagged = (r: ValidationResult, path: string, blind: Set<string>) =>
    r.problems.some((p) => (p.path === path || p.path.startsWith(`${path}/`)) && !blind.has(p.path));

  it('agrees with the runtime validator on every record of every fixture (valid / invalid)', () => {
    let compared = 0;
    for (const f of fixtures) {
      if (f.fails) continue;
      const doc = f.doc as Record<string, unknown>;
      const r = parseFeedText(f.text);
      const blind = new Set(f.expect.filter((e) => e.schemaBlind).map((e) => e.path));
      for (const c of Object.keys(RECORDS) as FeedCollection[]) {
        const list = RECORDS[c].pick(doc);
        if (!Array.isArray(list)) continue;
        list.forEach((rec, i) => {
          const path = `${RECORDS[c].path}/${i}`;
          const schemaSays = record[c].validate(rec).valid;
          expect(schemaSays, `${f.name} ${path}: schema says ${schemaSays ? 'valid' : 'invalid'}`).to.equal(!flagged(r, path, blind));
          compared++;
        });
      }
      // The document around the records: top-level fields and the collections' own shape.
      const shell: Record<string, unknown> = { ...doc };
      for (const c of Object.keys(RECORDS) as FeedCollection[]) {
        if (!Array.isArray(RECORDS[c].pick(doc))) continue;
        if (c === 'facilities') shell.facilities = { ...(doc.facilities as object), features: [] };
        else shell[c] = [];
      }
      const docProblems = r.problems.filter((p) => p.index === undefined);
      expect(whole.validate(shell).valid, `${f.name}: the document around the records`).to.equal(docProblems.length === 0);
    }
    expect(compared).to.be.greaterThan(100);
  });

  it('the rules it cannot state are the only disagreements, and each one is real', () => {
    const blindOnes = fixtures.flatMap((f) => f.expect.filter((e) => e.schemaBlind).map((e) => ({ f, e })));
    expect(blindOnes.map(({ e }) => e.path.split('/').pop())).to.include.members(['timeZone', 'id', 'end']);
    for (const { f, e } of blindOnes) {
      const [, collection, index] = /^\/(facilities\/features|events|news|facts)\/(\d+)/.exec(e.path)!;
      const c = (collection === 'facilities/features' ? 'facilities' : collection) as FeedCollection;
      const rec = (RECORDS[c].pick(f.doc as Record<string, unknown>) as unknown[])[Number(index)];
      expect(record[c].validate(rec).valid, `${f.name} ${e.path}: the schema alone accepts it`).to.equal(true);
      expect(parseFeedText(f.text).problems.some((p) => p.path === e.path), `${f.name} ${e.path}: the validator flags it`).to.equal(true);
    }
  });

  it('whole-document failures are invalid for the schema too', () => {
    for (const f of fixtures.filter((x) => x.fails === 'schema')) {
      expect(whole.validate(f.doc as object).valid, f.name).to.equal(false);
    }
  });
});
