#!/usr/bin/env node
// Checks the dcr-feed-validate CLI end to end (the browser test runner cannot spawn Node):
// every fixture in test/fixtures/feeds/ gives the right exit status and prints each expected path,
// and a file that is missing, a URL that answers 404, URLs served with and without the CORS header and JSON type
// (notes by default, problems with --cors), and standard input behave.
// Run: node scripts/check-feed-cli.mjs [--cli path/to/dcr-feed-validate.js]   (exit 0 when all checks pass)
// The default is the source script (its validator bundled on the fly); test/dist/node/cli.test.mjs also runs the built one.
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const cliAt = process.argv.indexOf('--cli');
const cli = cliAt > 0 ? path.resolve(process.argv[cliAt + 1]) : fileURLToPath(new URL('./dcr-feed-validate.mjs', import.meta.url));
const dir = `${root}test/fixtures/feeds/`;
let failed = 0;

function check(name, ok, detail = '') {
  if (!ok) failed++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${!ok && detail ? `\n${detail}` : ''}`);
}

/** Runs the CLI asynchronously (a local server must keep answering meanwhile). */
function run(args, input) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd: root });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
    child.stdin.end(input ?? '');
  });
}

const { fixtures } = JSON.parse(readFileSync(`${dir}index.json`, 'utf8'));
const onDisk = readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'index.json').sort();
check('index.json lists every fixture file', JSON.stringify(onDisk) === JSON.stringify([...fixtures].sort()), `on disk: ${onDisk.join(', ')}`);

for (const name of fixtures) {
  const text = readFileSync(dir + name, 'utf8');
  let meta = {};
  try {
    meta = JSON.parse(text)['x-fixture'] ?? {};
  } catch {
    // not JSON: a whole-document failure
  }
  const r = await run([`test/fixtures/feeds/${name}`]);
  const want = name.startsWith('good-') ? 0 : 1;
  const missing = (meta.expect ?? []).filter((e) => !r.stdout.includes(`✗ ${e.path}  `));
  check(`${name}: exit ${want}${missing.length ? '' : ', every expected path printed'}`, r.status === want && missing.length === 0, `${r.stdout}${r.stderr}`);
}

const summary = await run(['test/fixtures/feeds/bad-three-of-ten.json']);
check('summary lists kept / dropped per collection', /facilities\s+7\s+3/.test(summary.stdout) && /NOT VALID: 3 problems/.test(summary.stdout), summary.stdout);
check('each problem has a fix hint', (summary.stdout.match(/^ {4}fix: /gm) ?? []).length === 3, summary.stdout);

const json = await run(['--json', 'test/fixtures/feeds/bad-status.json']);
const parsed = JSON.parse(json.stdout);
check('--json prints problems and counts', json.status === 1 && parsed.valid === false && parsed.counts.facilities.kept === 2, json.stdout);

const missingFile = spawnSync(process.execPath, [cli, 'no/such/feed.json'], { cwd: root, encoding: 'utf8' });
check('a missing file: exit 2 with a reason', missingFile.status === 2 && /no such file/.test(missingFile.stderr), missingFile.stderr);
const noArgs = spawnSync(process.execPath, [cli], { cwd: root, encoding: 'utf8' });
check('no argument: usage, exit 2', noArgs.status === 2 && /Usage/.test(noArgs.stderr));

const stdin = await run(['-'], readFileSync(`${dir}good-minimal.json`, 'utf8'));
check('standard input (-): exit 0', stdin.status === 0, stdin.stdout + stdin.stderr);

/** A one-fact feed whose text is `length` characters long. */
const factOf = (length) =>
  JSON.stringify({ version: '1', facts: [{ id: 'long', text: 'x'.repeat(length), source: { name: 'A source' } }] });
const atLimit = await run(['-'], factOf(10_000));
check('a text of exactly 10 000 characters passes', atLimit.status === 0, atLimit.stdout + atLimit.stderr);
const overLimit = await run(['-'], factOf(10_001));
check(
  'a text of 10 001 characters is a problem whose hint says "at most 10 000"',
  overLimit.status === 1 && /fix: .*at most 10 000 characters/.test(overLimit.stdout),
  overLimit.stdout + overLimit.stderr,
);
const corsFile = await run(['--cors', 'test/fixtures/feeds/good-minimal.json']);
check('--cors with a file (no headers to check): exit 2 with a reason', corsFile.status === 2 && /--cors/.test(corsFile.stderr), corsFile.stderr);

const server = createServer((req, res) => {
  if (req.url === '/feed.json') {
    res.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
    res.end(readFileSync(`${dir}good-full.json`));
  } else if (req.url === '/no-cors.json') {
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end(readFileSync(`${dir}good-minimal.json`));
  } else if (req.url === '/bad-no-cors.json') {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(readFileSync(`${dir}bad-status.json`));
  } else if (req.url === '/one-origin.json') {
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'access-control-allow-origin': 'https://city.example' });
    res.end(readFileSync(`${dir}good-minimal.json`));
  } else if (req.url === '/echo-origin.json') {
    // Servers that allow every site often answer with the asking origin instead of "*".
    res.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': req.headers.origin ?? 'null', vary: 'Origin' });
    res.end(readFileSync(`${dir}good-minimal.json`));
  } else {
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;
const good = await run([`${base}/feed.json`]);
check('a URL serving a good feed with CORS: exit 0, no notes', good.status === 0 && !/note:/.test(good.stdout), good.stdout + good.stderr);
const goodCors = await run(['--cors', `${base}/feed.json`]);
check('--cors, a URL serving a good feed with CORS and JSON: exit 0', goodCors.status === 0 && /VALID: no problems\.$/m.test(goodCors.stdout), goodCors.stdout + goodCors.stderr);
const noCors = await run([`${base}/no-cors.json`]);
check(
  'a URL without CORS or JSON type: valid (a same-origin feed needs neither), with notes on both that point at --cors',
  noCors.status === 0 &&
    /^note: No Access-Control-Allow-Origin/m.test(noCors.stdout) &&
    /^note: Content-Type is "text\/plain"/m.test(noCors.stdout) &&
    /VALID: no problems\. \(2 notes .*--cors/.test(noCors.stdout),
  noCors.stdout,
);
const noCorsStrict = await run(['--cors', `${base}/no-cors.json`]);
check(
  '--cors, a URL without CORS or JSON type: exit 1, both are problems',
  noCorsStrict.status === 1 &&
    /^✗ served: No Access-Control-Allow-Origin/m.test(noCorsStrict.stdout) &&
    /^✗ served: Content-Type is "text\/plain"/m.test(noCorsStrict.stdout) &&
    /NOT VALID: 2 header problems; the feed itself has no problems\./.test(noCorsStrict.stdout) &&
    !/note:/.test(noCorsStrict.stdout),
  noCorsStrict.stdout,
);
const noCorsJson = await run(['--cors', '--json', `${base}/no-cors.json`]);
const noCorsReport = JSON.parse(noCorsJson.stdout || '{}');
check(
  '--cors --json, a URL without CORS: valid false, no record problems, two notes',
  noCorsJson.status === 1 && noCorsReport.valid === false && noCorsReport.problems?.length === 0 && noCorsReport.notes?.length === 2,
  noCorsJson.stdout,
);
const badNoCors = await run(['--cors', `${base}/bad-no-cors.json`]);
check(
  '--cors, a bad feed without CORS: exit 1, counts record and header problems apart',
  badNoCors.status === 1 && /NOT VALID: 1 problem \(1 dropped, 0 left out\) and 1 header problem\./.test(badNoCors.stdout),
  badNoCors.stdout,
);
const oneOrigin = await run(['--cors', `${base}/one-origin.json`]);
check(
  '--cors, a URL that allows one other origin only: exit 1, names it',
  oneOrigin.status === 1 && /✗ served: Access-Control-Allow-Origin is "https:\/\/city\.example"/.test(oneOrigin.stdout),
  oneOrigin.stdout,
);
const echo = await run(['--cors', `${base}/echo-origin.json`]);
check('--cors, a URL that echoes the asking origin: exit 0', echo.status === 0 && !/served:|note:/.test(echo.stdout), echo.stdout);
const notFound = await run([`${base}/missing.json`]);
check('a URL answering 404: exit 2', notFound.status === 2 && /404/.test(notFound.stderr), notFound.stderr);
server.close();

console.log(failed ? `\n${failed} check(s) failed` : '\nall CLI checks passed');
process.exitCode = failed ? 1 : 0;
