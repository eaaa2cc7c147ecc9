// dcr-feed-validate end to end, through scripts/check-feed-cli.mjs (fixtures, standard input, a real local HTTP server
// with and without the CORS header, --cors, --json) against the CLI as the package ships it (dist/cli, the validator
// prebuilt). The source script is the same file; a checkout's way of running it (the validator bundled on the fly) is
// checked once, on the bundled default feed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const checks = path.join(root, 'scripts/check-feed-cli.mjs');

test('dcr-feed-validate passes every CLI check: the built CLI (dist/cli)', () => {
  const r = spawnSync(process.execPath, [checks, '--cli', path.join(root, 'dist/cli/dcr-feed-validate.js')], { cwd: root, encoding: 'utf8' });
  assert.equal(r.status, 0, `${r.stdout.split('\n').filter((l) => !l.startsWith('ok ')).join('\n')}\n${r.stderr}`);
  assert.match(r.stdout, /all CLI checks passed/);
});

test('dcr-feed-validate from a checkout (the source script, its validator bundled on the fly) reads the default feed as valid', () => {
  const r = spawnSync(process.execPath, [path.join(root, 'scripts/dcr-feed-validate.mjs'), path.join(root, 'src/core/feed/default-feed.json')], {
    cwd: root,
    encoding: 'utf8',
  });
  assert.equal(r.status, 0, `${r.stdout}\n${r.stderr}`);
  assert.match(r.stdout, /VALID/);
});
