#!/usr/bin/env node
// dcr-feed-validate <file-or-url | ->: checks a dcr feed with the very validator the widgets run
// (src/core/feed/validate.ts: prebuilt in the package, bundled on the fly with esbuild in a checkout), prints every problem
// with its JSON path and a fix hint, then records kept / dropped per collection.
// Exit 0: valid. 1: problems (or the whole feed fails). 2: the input could not be read.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const USAGE = `Usage: dcr-feed-validate [--json] <file | https://… | ->

Checks a dcr-widgets feed (version 1) the way the widgets read it.
  --json   print the result as JSON (problems, counts, valid)
  -        read the feed from standard input
Exit status: 0 valid, 1 problems found, 2 input unreadable.`;

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

/** Reads the input; returns { text, notes } or throws an Error whose message says why it is unreadable. */
async function readInput(source) {
  if (source === '-') return { text: await readStdin(), notes: [] };
  if (/^https?:\/\//i.test(source)) {
    let res;
    try {
      // An Origin header makes CORS-aware servers show the header the widgets will need.
      res = await fetch(source, { headers: { Origin: 'https://partner.example' }, signal: AbortSignal.timeout(20_000) });
    } catch (err) {
      throw new Error(`could not fetch ${source}: ${err.cause?.message ?? err.message}`);
    }
    if (!res.ok) throw new Error(`${source} answered ${res.status} ${res.statusText}`.trim());
    const notes = [];
    const type = res.headers.get('content-type') ?? '';
    if (!/\bjson\b/i.test(type)) notes.push(`Content-Type is "${type || 'missing'}"; serve the feed as application/json.`);
    if (!res.headers.get('access-control-allow-origin')) {
      notes.push('No Access-Control-Allow-Origin header: widgets on other sites cannot read this feed (add "Access-Control-Allow-Origin: *").');
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

function printReport(source, result, notes) {
  const { problems, counts } = result;
  const lines = [`dcr-feed-validate: ${source}`, ''];
  for (const p of problems) {
    lines.push(`✗ ${p.path || '/'}  (${where(p)}: ${p.effect === 'dropped' ? 'record dropped' : 'value left out'})`);
    lines.push(`    ${p.message}`);
    if (p.hint) lines.push(`    fix: ${p.hint}`);
  }
  if (problems.length) lines.push('');
  for (const n of notes) lines.push(`note: ${n}`);
  if (notes.length) lines.push('');
  const w = Math.max(...COLLECTIONS.map((c) => c.length));
  lines.push(`${'collection'.padEnd(w)}   kept  dropped`);
  for (const c of COLLECTIONS) {
    lines.push(`${c.padEnd(w)}  ${String(counts[c].kept).padStart(5)}  ${String(counts[c].dropped).padStart(7)}`);
  }
  const dropped = problems.filter((p) => p.effect === 'dropped').length;
  lines.push('');
  lines.push(
    problems.length
      ? `NOT VALID: ${problems.length} problem${problems.length === 1 ? '' : 's'} (${dropped} dropped, ${problems.length - dropped} left out). Widgets show the rest.`
      : 'VALID: no problems.',
  );
  console.log(lines.join('\n'));
}

async function main(argv) {
  const json = argv.includes('--json');
  const args = argv.filter((a) => a !== '--json');
  if (args.includes('--help') || args.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  if (args.length !== 1 || (args[0].startsWith('-') && args[0] !== '-')) {
    console.error(USAGE);
    return 2;
  }
  const source = args[0];
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
    if (json) console.log(JSON.stringify({ valid: false, error: { kind: err.kind, message: err.message } }, null, 2));
    else console.log(`dcr-feed-validate: ${source}\n\n✗ the whole feed fails (${err.kind}): ${err.message}\n\nNOT VALID: no widget can read this feed.`);
    return 1;
  }
  if (json) console.log(JSON.stringify({ valid: result.problems.length === 0, problems: result.problems, counts: result.counts, notes: input.notes }, null, 2));
  else printReport(source, result, input.notes);
  return result.problems.length ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (err) => {
    console.error(`dcr-feed-validate: ${err.message}`);
    process.exitCode = 2;
  },
);
