// The benchmark's own static server (node:http, loopback only): /build/* is the build being measured, /feeds/* the
// feeds, /pages/* the generated test pages. It logs every request with the bytes it sent, so a scenario can count feed
// requests and maplibre bytes exactly.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

const TYPES = {
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
};

/**
 * Starts the server. `feeds` and `pages` map a name to a string (or a function returning one); `buildDir` is served
 * under /build/. Returns { origin, log, clearLog, close, addPage }.
 */
export async function startServer({ buildDir, feeds = {}, pages = {} }) {
  const log = [];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const send = (status, body, type) => {
      const buf = typeof body === 'string' ? Buffer.from(body) : body;
      res.writeHead(status, { 'content-type': type ?? 'text/plain', 'content-length': buf.length, 'cache-control': 'no-store' });
      res.end(buf);
      log.push({ path: url.pathname, status, bytes: buf.length });
    };
    try {
      const [, area, ...rest] = url.pathname.split('/');
      const name = rest.join('/');
      if (area === 'feeds' && name in feeds) {
        const body = typeof feeds[name] === 'function' ? feeds[name]() : feeds[name];
        return send(200, body, TYPES['.json']);
      }
      if (area === 'pages' && name in pages) return send(200, pages[name], TYPES['.html']);
      if (area === 'build') {
        const file = path.resolve(buildDir, decodeURIComponent(name));
        if (!file.startsWith(path.resolve(buildDir) + path.sep)) return send(403, 'forbidden');
        return send(200, await readFile(file), TYPES[path.extname(file)] ?? 'application/octet-stream');
      }
      if (url.pathname === '/favicon.ico') return send(204, '');
      return send(404, 'not found');
    } catch {
      return send(404, 'not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    log,
    clearLog: () => void (log.length = 0),
    addPage: (name, html) => void (pages[name] = html),
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
