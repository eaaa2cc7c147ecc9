#!/usr/bin/env node
// dcr-feed-validate <file-or-url | ->: checks a dcr feed with the very validator the widgets run
// (src/core/feed/validate.ts: prebuilt in the package, bundled on the fly with esbuild in a checkout), prints every problem
// with its JSON path and a fix hint, then records kept / dropped per collection.
// From a URL it also looks at how the feed is served (the CORS header, the JSON type): notes by default, since a feed
// read only by widgets on its own site needs no CORS; with --cors they are problems too, for a feed other sites embed.
// Exit 0: valid. 1: problems (or the whole feed fails; with --cors, a missing header). 2: the input could not be read.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const USAGE = `Usage: dcr-feed-validate [--json] [--cors] <file | https://… | ->

Checks a dcr-widgets feed (version 1) the way the widgets read it.
  --json   print the result as JSON (valid, problems, counts, notes)
  --cors   for a URL that widgets on other sites read: a missing Access-Control-Allow-Origin
           header or a type other than JSON is a problem (exit 1), not just a note
  -        read the feed from standard input
Exit status: 0 valid, 1 problems found, 2 input unreadable.`;

/** The origin the CLI claims, so a server that answers CORS per origin shows the header a partner's page would get. */
const PARTNER_ORIGIN = 'https://partner.example';

const COLLECTIONS = ['facilities', 'events', 'news', 'facts'];

/**
 * The widgets' own validator: prebuilt beside this file in the package (dist/cli/validate.js, by `npm run build`),
 * else bundled from the TypeScript source on the fly (a source checkout).
 */
async function loadValidator() {
  const prebuilt = new URL('./validate.js', import.meta.url);
  if (existsSync(prebuilt)) return import(prebuilt.href);
  let esbuild;
  try {
    esbuild = await import('esbuild');
  } catch {
    throw new Error('esbuild is not installed; run "npm ci" in the dcr-widgets folder first.');
  }
  const entry = fileURLToPath(new URL('../src/core/feed/validate.ts', import.meta.url));
  const out = await esbuild.build({ entryPoints: [entry], bundle: true, write: false, format: 'esm', platform: 'neutral', logLevel: 'silent' });
  const code = out.outputFiles[0].text;
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

/** An http(s) address rather than a file or "-". */
const isUrl = (source) => /^https?:\/\//i.test(source);

/** Reads the input; returns { text, notes } or throws an Error whose message says why it is unreadable. */
async function readInput(source) {
  if (source === '-') return { text: await readStdin(), notes: [] };
  if (isUrl(source)) {
    let res;
    try {
      // An Origin header makes CORS-aware servers show the header the widgets will need.
      res = await fetch(source, { headers: { Origin: PARTNER_ORIGIN }, signal: AbortSignal.timeout(20_000) });
    } catch (err) {
      throw new Error(`could not fetch ${source}: ${err.cause?.message ?? err.message}`);
    }
    if (!res.ok) throw new Error(`${source} answered ${res.status} ${res.statusText}`.trim());
    const notes = [];
    const type = res.headers.get('content-type') ?? '';
    if (!/\bjson\b/i.test(type)) notes.push(`Content-Type is "${type || 'missing'}"; serve the feed as application/json.`);
    const allowed = res.headers.get('access-control-allow-origin')?.trim();
    if (!allowed) {
      notes.push('No Access-Control-Allow-Origin header: widgets on other sites cannot read this feed (add "Access-Control-Allow-Origin: *").');
    } else if (allowed !== '*' && allowed !== PARTNER_ORIGIN) {
      notes.push(`Access-Control-Allow-Origin is "${allowed}": widgets on any other site cannot read this feed (send "Access-Control-Allow-Origin: *").`);
    }
    return { text: await res.text(), notes };
  }
  try {
    return { text: await readFile(source, 'utf8'), notes: [] };
  } catch (err) {
    throw new Error(err.code === 'ENOENT' ? `no such file: ${source}` : `cannot read ${source}: ${err.message}`);
  }
}

function where(p) {
  if (p.collection === undefined) return 'feed';
  if (p.index === undefined) return p.collection;
  return `${p.collection} #${p.index}${p.id !== undefined ? ` id ${JSON.stringify(p.id.length > 60 ? `${p.id.slice(0, 60)}…` : p.id)}` : ''}`;
}

/** How the feed is served: notes, or with --cors problems (`✗`). */
function servingLines(notes, cors) {
  return notes.length ? [...notes.map((n) => (cors ? `✗ served: ${n}` : `note: ${n}`)), ''] : [];
}

const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;

function printReport(source, result, notes, cors) {
  const { problems, counts } = result;
  const lines = [`dcr-feed-validate: ${source}`, ''];
  for (const p of problems) {
    lines.push(`✗ ${p.path || '/'}  (${where(p)}: ${p.effect === 'dropped' ? 'record dropped' : 'value left out'})`);
    lines.push(`    ${p.message}`);
    if (p.hint) lines.push(`    fix: ${p.hint}`);
  }
  if (problems.length) lines.push('');
  lines.push(...servingLines(notes, cors));
  const w = Math.max(...COLLECTIONS.map((c) => c.length));
  lines.push(`${'collection'.padEnd(w)}   kept  dropped`);
  for (const c of COLLECTIONS) {
    lines.push(`${c.padEnd(w)}  ${String(counts[c].kept).padStart(5)}  ${String(counts[c].dropped).padStart(7)}`);
  }
  const dropped = problems.filter((p) => p.effect === 'dropped').length;
  lines.push('');
  const served = cors && notes.length ? plural(notes.length, 'header problem') : '';
  if (problems.length) {
    lines.push(
      `NOT VALID: ${plural(problems.length, 'problem')} (${dropped} dropped, ${problems.length - dropped} left out)${served ? ` and ${served}` : ''}. Widgets show the rest.`,
    );
  } else if (served) {
    lines.push(`NOT VALID: ${served}; the feed itself has no problems.`);
  } else {
    lines.push(`VALID: no problems.${notes.length ? ` (${plural(notes.length, 'note')} on how it is served: --cors makes them problems.)` : ''}`);
  }
  console.log(lines.join('\n'));
}

async function main(argv) {
  const json = argv.includes('--json');
  const cors = argv.includes('--cors');
  const args = argv.filter((a) => a !== '--json' && a !== '--cors');
  if (args.includes('--help') || args.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  if (args.length !== 1 || (args[0].startsWith('-') && args[0] !== '-')) {
    console.error(USAGE);
    return 2;
  }
  const source = args[0];
  if (cors && !isUrl(source)) {
    console.error('dcr-feed-validate: --cors checks the headers a URL is served with; give the feed\'s http(s) address.');
    return 2;
  }
  let input;
  try {
    input = await readInput(source);
  } catch (err) {
    console.error(`dcr-feed-validate: ${err.message}`);
    return 2;
  }
  const { parseFeedText } = await loadValidator();
  let result;
  try {
    result = parseFeedText(input.text);
  } catch (err) {
    if (err?.name !== 'FeedError') throw err;
    if (json) console.log(JSON.stringify({ valid: false, error: { kind: err.kind, message: err.message }, notes: input.notes }, null, 2));
    else {
      const served = servingLines(input.notes, cors);
      console.log([`dcr-feed-validate: ${source}`, '', `✗ the whole feed fails (${err.kind}): ${err.message}`, '', ...served, 'NOT VALID: no widget can read this feed.'].join('\n'));
    }
    return 1;
  }
  const valid = result.problems.length === 0 && !(cors && input.notes.length);
  if (json) console.log(JSON.stringify({ valid, problems: result.problems, counts: result.counts, notes: input.notes }, null, 2));
  else printReport(source, result, input.notes, cors);
  return valid ? 0 : 1;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (err) => {
    console.error(`dcr-feed-validate: ${err.message}`);
    process.exitCode = 2;
  },
);
