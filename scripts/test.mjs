#!/usr/bin/env node
// `npm test`: find a Chromium (CHROME_PATH, then Debian's /usr/bin/chromium), install Debian's
// package when we are root with apt and none is there, then run the whole suite in it.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

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

const args = ['web-test-runner', ...process.argv.slice(2)];
const run = spawnSync('npx', ['--no-install', ...args], {
  stdio: 'inherit',
  env: { ...process.env, CHROME_PATH: chrome },
});
process.exit(run.status ?? 1);
