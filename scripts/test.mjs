#!/usr/bin/env node
// `npm test`: find a Chromium (CHROME_PATH, then Debian's /usr/bin/chromium), install Debian's
// package when we are root with apt and none is there; build dist/ (the proofs in test/dist/ run against the built
// package, as partners get it); run the Node proofs (test/dist/node/: npm pack contents, import without a DOM, the
// packed CLI); then run the whole browser suite in Chromium.
// `node scripts/test.mjs --files 'test/x.test.ts'` runs only those browser tests, building first only when they are
// under test/dist/. DCR_SKIP_BUILD=1 reuses an existing dist/.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
let chrome = candidates.find((p) => existsSync(p));

if (!chrome) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (isRoot && hasApt) {
    console.log('npm test: no Chromium found; installing Debian\'s "chromium" package with apt-get (needs network to the Debian mirror)…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const opts = { stdio: 'inherit', env };
    const update = spawnSync('apt-get', ['update'], opts);
    const install = update.status === 0 ? spawnSync('apt-get', ['install', '-y', 'chromium'], opts) : update;
    if (install.status !== 0 || !existsSync('/usr/bin/chromium')) {
      console.error('npm test: installing chromium failed; run "apt-get install -y chromium" or set CHROME_PATH to a Chromium/Chrome binary.');
      process.exit(1);
    }
    chrome = '/usr/bin/chromium';
    console.log('npm test: installed Debian chromium at /usr/bin/chromium.');
  } else {
    console.error('npm test: no Chromium found — install it ("sudo apt-get install chromium" on Debian) or set CHROME_PATH to a Chromium/Chrome binary.');
    process.exit(1);
  }
}

const argv = process.argv.slice(2);
const filesAt = argv.findIndex((a) => a === '--files' || a.startsWith('--files='));
const files = filesAt < 0 ? undefined : argv[filesAt].startsWith('--files=') ? argv[filesAt].slice(8) : argv.slice(filesAt + 1).join(' ');
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

if (!process.env.DCR_SKIP_BUILD && (!files || files.includes('test/dist'))) {
  const t = Date.now();
  const build = spawnSync(process.execPath, ['scripts/build.mjs', '--no-demo'], { stdio: 'inherit' });
  if (build.status !== 0) {
    console.error('npm test: the build failed; the proofs in test/dist/ need dist/.');
    process.exit(1);
  }
  console.log(`npm test: built dist/ in ${seconds(t)}`);
}

let nodeStatus = 0;
if (!files) {
  const t = Date.now();
  const dir = 'test/dist/node';
  const nodeTests = readdirSync(dir).filter((f) => f.endsWith('.test.mjs')).map((f) => `${dir}/${f}`);
  nodeStatus = spawnSync(process.execPath, ['--test', '--test-reporter=spec', ...nodeTests], { stdio: 'inherit' }).status ?? 1;
  console.log(`npm test: Node proofs ${nodeStatus === 0 ? 'passed' : 'FAILED'} in ${seconds(t)}`);
}

const run = spawnSync('npx', ['--no-install', 'web-test-runner', ...argv], {
  stdio: 'inherit',
  env: { ...process.env, CHROME_PATH: chrome },
});
process.exit(nodeStatus || (run.status ?? 1));
