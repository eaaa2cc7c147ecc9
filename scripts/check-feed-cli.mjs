#!/usr/bin/env node
// Checks the dcr-feed-validate CLI end to end (the browser test runner cannot spawn Node):
// every fixture in test/fixtures/feeds/ gives the right exit status and prints each expected path,
// and a file that is missing, a URL that answers 404, a URL that serves a feed, and standard input behave.
// Run: node scripts/check-feed-cli.mjs   (exit 0 when all checks pass)
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = fileURLToPath(new URL('./dcr-feed-validate.mjs', import.meta.url));
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

const server = createServer((req, res) => {
  if (req.url === '/feed.json') {
    res.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
    res.end(readFileSync(`${dir}good-full.json`));
  } else if (req.url === '/no-cors.json') {
    res.writeHead(200, { 'content-type': 'text/plain' });
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
const noCors = await run([`${base}/no-cors.json`]);
check('a URL without CORS or JSON type: valid, with notes on both', noCors.status === 0 && /Access-Control-Allow-Origin/.test(noCors.stdout) && /application\/json/.test(noCors.stdout), noCors.stdout);
const notFound = await run([`${base}/missing.json`]);
check('a URL answering 404: exit 2', notFound.status === 2 && /404/.test(notFound.stderr), notFound.stderr);
server.close();

console.log(failed ? `\n${failed} check(s) failed` : '\nall CLI checks passed');
process.exitCode = failed ? 1 : 0;
