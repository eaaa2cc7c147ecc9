// dcr-feed-validate end to end, through scripts/check-feed-cli.mjs (fixtures, standard input, a real local HTTP server
// with and without the CORS header, --cors, --json): once as a checkout runs it (the source script, its validator
// bundled on the fly) and once as the package ships it (dist/cli, the validator prebuilt).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const checks = path.join(root, 'scripts/check-feed-cli.mjs');

for (const [name, args] of [
  ['the source script (a checkout)', []],
  ['the built CLI (dist/cli)', ['--cli', path.join(root, 'dist/cli/dcr-feed-validate.js')]],
]) {
  test(`dcr-feed-validate passes every CLI check: ${name}`, () => {
    const r = spawnSync(process.execPath, [checks, ...args], { cwd: root, encoding: 'utf8' });
    assert.equal(r.status, 0, `${r.stdout.split('\n').filter((l) => !l.startsWith('ok ')).join('\n')}\n${r.stderr}`);
    assert.match(r.stdout, /all CLI checks passed/);
  });
}
