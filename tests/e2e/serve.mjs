#!/usr/bin/env node
// Zero-dependency static file server for a Trunk build (dist/ directory).
//
//   node tests/e2e/serve.mjs --dir DIR [--port 8080] [--base /explorer/] [--fallback rewrite|404]
//
// --base      URL prefix the site is hosted under (default "/"). Requests outside it get 404.
// --fallback  what an unknown path under the base gets:
//               rewrite  the app shell, shell.html, with status 200 (Netlify `/* /shell.html 200`,
//                        nginx `try_files $uri $uri/ /shell.html`); index.html without one
//               404      404.html with status 404 (GitHub Pages; Trunk.toml's hook copies the shell there)
// Binds 127.0.0.1 only. PORT in the environment is used when --port is not given.
// Text, JSON, SVG and wasm go out gzip-encoded when the client accepts it, as static hosts send
// them: the size guard (scripts/first-visit.mjs) counts the bytes on the wire.

import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import { gzip as gzipCallback, constants as zlibConstants } from 'node:zlib';

const gzip = promisify(gzipCallback);

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.xml': 'application/xml; charset=utf-8',
};

const COMPRESSIBLE = /^(text\/|application\/(javascript|json|manifest\+json|wasm|xml)|image\/svg\+xml)/;

function usage(message) {
  if (message) console.error(`serve.mjs: ${message}`);
  console.error('usage: node tests/e2e/serve.mjs --dir DIR [--port N] [--base /explorer/] [--fallback rewrite|404]');
  process.exit(2);
}

function parseArgs(argv) {
  const opts = { dir: null, port: process.env.PORT || '8080', base: '/', fallback: 'rewrite', host: '127.0.0.1' };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => {
      if (inline !== undefined) return inline;
      if (i + 1 >= argv.length) usage(`${flag} needs a value`);
      return argv[++i];
    };
    switch (flag) {
      case '--dir': opts.dir = value(); break;
      case '--port': opts.port = value(); break;
      case '--base': opts.base = value(); break;
      case '--fallback': opts.fallback = value(); break;
      case '-h': case '--help': usage(); break;
      default: usage(`unknown argument ${arg}`);
    }
  }
  if (!opts.dir) usage('--dir is required');
  if (!['rewrite', '404'].includes(opts.fallback)) usage('--fallback must be "rewrite" or "404"');
  const port = Number(opts.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) usage(`bad port ${opts.port}`);
  opts.port = port;
  let base = opts.base.trim();
  if (!base.startsWith('/')) base = `/${base}`;
  if (!base.endsWith('/')) base = `${base}/`;
  opts.base = base;
  opts.dir = resolve(opts.dir);
  return opts;
}

const opts = parseArgs(process.argv.slice(2));

async function fileAt(path) {
  try {
    const st = await stat(path);
    return st.isFile() ? st : null;
  } catch {
    return null;
  }
}

/** Whether the request's Accept-Encoding allows gzip (not refused with q=0). */
function acceptsGzip(req) {
  return String(req.headers['accept-encoding'] ?? '')
    .split(',')
    .map((part) => part.trim().split(/\s*;\s*/))
    .some(([coding, ...params]) => ['gzip', '*'].includes(coding.toLowerCase()) && !params.some((p) => /^q=0(\.0*)?$/.test(p)));
}

// gzip -9 bodies by path, made once per version of the file (its mtime and size).
const gzipped = new Map();

async function gzipBody(path, st) {
  const key = `${st.mtimeMs}:${st.size}`;
  const cached = gzipped.get(path);
  if (cached?.key === key) return cached.body;
  const body = await gzip(await readFile(path), { level: zlibConstants.Z_BEST_COMPRESSION });
  gzipped.set(path, { key, body });
  return body;
}

async function send(req, res, status, path, st) {
  const type = MIME[extname(path).toLowerCase()] || 'application/octet-stream';
  // Trunk's outputs carry a hex content hash (up to 16 digits) in their names and never change; everything
  // else (HTML, sw.js, embed.js, the manifest, open data) must be revalidated.
  const hashed = /-[0-9a-f]{8,16}(_bg)?\.[a-z0-9]+$/.test(path);
  const compressible = COMPRESSIBLE.test(type);
  const body = compressible && acceptsGzip(req) ? await gzipBody(path, st) : null;
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Length': body ? body.length : st.size,
    'Cache-Control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
    'X-Content-Type-Options': 'nosniff',
    ...(compressible ? { Vary: 'Accept-Encoding' } : {}),
    ...(body ? { 'Content-Encoding': 'gzip' } : {}),
  });
  if (req.method === 'HEAD') {
    res.end();
  } else if (body) {
    res.end(body);
  } else {
    const stream = createReadStream(path);
    stream.on('error', () => res.destroy());
    stream.pipe(res);
  }
}

function plain(req, res, status, text) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': Buffer.byteLength(text) });
  res.end(req.method === 'HEAD' ? undefined : text);
}

async function handle(req, res) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('Allow', 'GET, HEAD');
    return plain(req, res, 405, 'Method Not Allowed\n');
  }
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
  } catch {
    return plain(req, res, 400, 'Bad Request\n');
  }
  if (pathname.includes('\0')) return plain(req, res, 400, 'Bad Request\n');

  // "/explorer" without the trailing slash: redirect like most static hosts do.
  if (opts.base !== '/' && pathname === opts.base.slice(0, -1)) {
    res.writeHead(301, { Location: opts.base });
    return res.end();
  }
  if (!pathname.startsWith(opts.base)) return plain(req, res, 404, 'Not Found\n');

  const rel = pathname.slice(opts.base.length);
  const target = resolve(opts.dir, `.${sep}${rel}`);
  // No directory traversal: the resolved path must stay inside the served directory.
  if (target !== opts.dir && !target.startsWith(opts.dir + sep)) return plain(req, res, 404, 'Not Found\n');

  let st = await fileAt(target);
  let path = target;
  if (!st) {
    const index = join(target, 'index.html');
    st = await fileAt(index);
    if (st) path = index;
  }
  if (st) return send(req, res, 200, path, st);

  // Unknown path under the base: single-page-app fallback.
  if (opts.fallback === 'rewrite') {
    for (const name of ['shell.html', 'index.html']) {
      const app = join(opts.dir, name);
      const ast = await fileAt(app);
      if (ast) return send(req, res, 200, app, ast);
    }
  } else {
    const notFound = join(opts.dir, '404.html');
    const nst = await fileAt(notFound);
    if (nst) return send(req, res, 404, notFound, nst);
  }
  return plain(req, res, 404, 'Not Found\n');
}

const server = createServer((req, res) => {
  handle(req, res).catch((err) => {
    console.error(`serve.mjs: ${req.method} ${req.url}: ${err.message}`);
    if (!res.headersSent) plain(req, res, 500, 'Internal Server Error\n');
    else res.destroy();
  });
});

server.on('error', (err) => {
  if (err.code === 'EADDRINUSE') {
    console.error(`serve.mjs: port ${opts.port} on ${opts.host} is already in use; stop the other server or set PORT/--port`);
  } else {
    console.error(`serve.mjs: ${err.message}`);
  }
  process.exit(1);
});

server.listen(opts.port, opts.host, () => {
  const { port } = server.address();
  console.log(`Serving ${opts.dir} at http://${opts.host}:${port}${opts.base} (fallback: ${opts.fallback})`);
});

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
  });
}
