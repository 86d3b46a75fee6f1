/**
 * A tiny static server for E2E fixture pages, bound to 127.0.0.1 on a free port.
 *
 * Every request it receives is recorded, so a test can also check from the server's side that
 * the extension fetched nothing. `/favicon.ico` answers 204 (a 404 would put an error in the
 * page console and fail the "no console errors" checks).
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { DEMO_DIR } from './paths.mjs';

/**
 * @typedef {object} RouteSpec
 * @property {string | Buffer} body
 * @property {number} [status] default 200
 * @property {string} [type] Content-Type; default `text/html; charset=utf-8`
 * @property {Record<string, string>} [headers] extra response headers, e.g.
 *   `{ 'Content-Security-Policy': "default-src 'self'" }`
 */

/**
 * A route: a fixed response, an HTML string (served as text/html), or a raw handler.
 * @typedef {RouteSpec | string | ((req: http.IncomingMessage, res: http.ServerResponse) => void)} Route
 */

/**
 * @typedef {object} RecordedRequest
 * @property {string} method
 * @property {string} path path plus query, as received
 * @property {http.IncomingHttpHeaders} headers
 * @property {number} time `Date.now()` when it arrived
 */

/**
 * @typedef {object} FixtureServer
 * @property {string} origin e.g. `http://127.0.0.1:40123`
 * @property {number} port
 * @property {(pathname?: string) => string} url absolute URL for a path on this server
 * @property {RecordedRequest[]} requests every request received, in order (live array)
 * @property {() => Promise<void>} close stops the server (drops open keep-alive sockets)
 */

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
};

/**
 * Starts a fixture server.
 *
 * @param {object} [options]
 * @param {Record<string, Route>} [options.routes] exact paths (no query) answered first,
 *   e.g. `{ '/csp.html': { body: html, headers: { 'Content-Security-Policy': "script-src 'none'" } } }`
 * @param {Record<string, string>} [options.dirs] URL prefix -> directory served as static files,
 *   e.g. `{ '/pages/': '/work/shared/corpus/pages' }`. Default `{ '/': DEMO_DIR }` (the demo
 *   article at `/article.html`). `/prefix/` serves `index.html` when present.
 * @param {number} [options.port] default 0 (any free port)
 * @param {Record<string, string>} [options.staticHeaders] extra headers on every static file
 *   from `dirs` (e.g. a CSP for a whole corpus); a `Content-Type` here replaces the guessed one
 *   (e.g. `text/html` without a charset, so pages' own `<meta charset>` decides)
 * @returns {Promise<FixtureServer>}
 *
 * @example
 * const server = await startServer();
 * await page.goto(server.url('/article.html'));
 * assert.deepEqual(server.requests.map((r) => r.path), ['/article.html']);
 */
export async function startServer({
  routes = {},
  dirs = { '/': DEMO_DIR },
  port = 0,
  staticHeaders = {},
} = {}) {
  /** @type {RecordedRequest[]} */
  const requests = [];
  // Longest prefix first so '/pages/x/' wins over '/'.
  const mounts = Object.entries(dirs)
    .map(([prefix, dir]) => [prefix.endsWith('/') ? prefix : `${prefix}/`, path.resolve(dir)])
    .sort((a, b) => b[0].length - a[0].length);

  const server = http.createServer((req, res) => {
    requests.push({
      method: req.method ?? 'GET',
      path: req.url ?? '/',
      headers: req.headers,
      time: Date.now(),
    });
    handle(req, res).catch((error) => {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain' });
      res.end(String(error));
    });
  });

  /** @param {http.IncomingMessage} req @param {http.ServerResponse} res */
  async function handle(req, res) {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const route = routes[pathname];
    if (typeof route === 'function') return route(req, res);
    if (typeof route === 'string') return send(res, { body: route });
    if (route) return send(res, route);
    if (pathname === '/favicon.ico') return send(res, { status: 204, body: '' });

    for (const [prefix, dir] of mounts) {
      if (!pathname.startsWith(prefix) && `${pathname}/` !== prefix) continue;
      let file = path.join(dir, pathname.slice(prefix.length));
      // Refuse anything that climbs out of the served directory.
      if (file !== dir && !file.startsWith(dir + path.sep)) break;
      const info = await stat(file).catch(() => null);
      if (info?.isDirectory()) {
        file = path.join(file, 'index.html');
        if (!(await stat(file).catch(() => null))?.isFile()) continue;
      } else if (!info?.isFile()) continue;
      res.writeHead(200, {
        'Content-Type': TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
        'Cache-Control': 'no-store',
        ...staticHeaders,
      });
      createReadStream(file).pipe(res);
      return;
    }
    send(res, { status: 404, type: 'text/plain', body: `not found: ${pathname}` });
  }

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(undefined));
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('fixture server has no port');
  const origin = `http://127.0.0.1:${address.port}`;

  return {
    origin,
    port: address.port,
    url: (pathname = '/') => new URL(pathname, origin).href,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve(undefined));
        server.closeAllConnections();
      }),
  };
}

/** @param {http.ServerResponse} res @param {RouteSpec} spec */
function send(res, { body, status = 200, type = TYPES['.html'], headers = {} }) {
  res.writeHead(status, {
    ...(status === 204 ? {} : { 'Content-Type': type }),
    'Cache-Control': 'no-store',
    ...headers,
  });
  res.end(status === 204 ? undefined : body);
}
