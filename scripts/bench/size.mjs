// Sizes of the drop-ins' files: each gzip -9 on its own, as a CDN serves it. The size figures themselves are measured in
// the browser (scenarios.mjs, sizesFetched): every script a page fetched before its widgets showed their content, which
// includes the lazy chunks asked for on the way (the feed reader and its rules); `staticClosure` gives the part an entry
// imports statically, reported beside them.
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

/**
 * The floor under every widget: Lit and @lit/task (with the decorators we use), production build, minified, gzip -9,
 * and no code of ours. A reference for the budgets, measured the same way as the drop-ins (esbuild, as vite uses).
 */
export async function litFloor(root) {
  const { build } = await import('esbuild');
  const out = await build({
    stdin: {
      contents: "export { LitElement, html, css, nothing } from 'lit'; export { property, state } from 'lit/decorators.js'; export { Task } from '@lit/task';",
      resolveDir: root,
      loader: 'js',
    },
    bundle: true,
    minify: true,
    format: 'esm',
    conditions: ['production'],
    write: false,
    logLevel: 'silent',
  });
  return gzipSync(out.outputFiles[0].contents, { level: 9 }).length;
}
