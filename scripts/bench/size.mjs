// Transfer sizes of the drop-ins: each file gzip -9 on its own (as a CDN serves it), summed over the files a page must
// fetch before anything renders — the entry and the chunks it imports statically (lazy `import()` chunks, such as the
// map, other languages or maplibre, are not counted).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'acorn';

/** Relative module files a chunk imports statically (import / export … from), resolved against its folder. */
export function staticImports(file) {
  const ast = parse(readFileSync(file, 'utf8'), { ecmaVersion: 'latest', sourceType: 'module' });
  const out = [];
  for (const node of ast.body) {
    const src = (node.type === 'ImportDeclaration' || node.type === 'ExportAllDeclaration' || node.type === 'ExportNamedDeclaration') && node.source?.value;
    if (typeof src !== 'string') continue;
    // A drop-in imports only its own chunks, by relative URL: anything else would leave bytes uncounted.
    if (!src.startsWith('./') && !src.startsWith('../')) throw new Error(`${file} imports "${src}": not a chunk beside it, so its size cannot be counted`);
    out.push(path.resolve(path.dirname(file), src));
  }
  return out;
}

/** The entry plus every chunk reached through static imports. */
export function staticClosure(entry, seen = new Set()) {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  for (const dep of staticImports(entry)) staticClosure(dep, seen);
  return seen;
}

const gzipCache = new Map();
export const gzipSize = (file) => {
  let n = gzipCache.get(file);
  if (n === undefined) {
    n = gzipSync(readFileSync(file), { level: 9 }).length;
    gzipCache.set(file, n);
  }
  return n;
};

/** gzip bytes a page fetches for these entries together (shared chunks once). */
export function gzipOfEntries(dir, files) {
  const all = new Set();
  for (const f of files) staticClosure(path.join(dir, f), all);
  return { bytes: [...all].reduce((sum, f) => sum + gzipSize(f), 0), files: [...all].map((f) => path.relative(dir, f)) };
}

/** The size figures of the issue, in bytes. */
export function measureSizes(build) {
  const e = build.entries;
  const one = (name) => gzipOfEntries(build.dir, [e[name]]);
  return {
    lightTogether: gzipOfEntries(build.dir, [e['event-countdown'], e['news-feed'], e['fact-card']]),
    countdown: one('event-countdown'),
    news: one('news-feed'),
    fact: one('fact-card'),
    finder: one('finder'),
    all: one('dcr-widgets'),
  };
}
