#!/usr/bin/env node
// Test fixture server: "another site" for the end-to-end tests of embedding and external datasets.
//
//   node tests/e2e/fixture-server.mjs [--http-port 4175] [--https-port 4176]
//
// http://127.0.0.1:<http-port>/   static files from tests/e2e/fixtures/ (host.html embeds the app;
//                                 a different origin from the app's).
// https://127.0.0.1:<https-port>/datasets/<name>   datasets for ?data= (the app loads https only):
//   exempelkommun.json   valid test fixture dataset, with Access-Control-Allow-Origin: *
//   no-cors.json         the same file without Access-Control-Allow-Origin (CORS refusal)
//   not-json.json        an HTML page
//   wrong-schema.json    JSON that breaks the data format in several places
//   too-large.json       6 MB, announced in Content-Length
//   too-large-chunked.json  6 MB, chunked, without Content-Length (the app must count)
//   slow.json            the valid dataset, but only after 11 s (the app gives up after 10 s)
//   not-found.json       404
// The https certificate is self-signed for 127.0.0.1 and made at start-up with `openssl` into a
// temporary folder (nothing secret is stored in the repository); the tests ignore HTTPS errors.

import { createServer as createHttpServer } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const fixtures = join(here, 'fixtures');

const opts = { httpPort: Number(process.env.E2E_FIXTURE_HTTP_PORT || 4175), httpsPort: Number(process.env.E2E_FIXTURE_HTTPS_PORT || 4176) };
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  if (argv[i] === '--http-port') opts.httpPort = Number(argv[++i]);
  else if (argv[i] === '--https-port') opts.httpsPort = Number(argv[++i]);
  else {
    console.error(`fixture-server.mjs: unknown argument ${argv[i]}`);
    process.exit(2);
  }
}

const TYPES = { '.html': 'text/html; charset=utf-8', '.json': 'application/json; charset=utf-8', '.js': 'text/javascript; charset=utf-8' };
const SIX_MB = 6 * 1024 * 1024;

// --- http: the host pages -------------------------------------------------------------------
const http = createHttpServer(async (req, res) => {
  const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  const file = resolve(fixtures, `.${sep}${path === '/' ? 'host.html' : path}`);
  if (!file.startsWith(fixtures + sep)) return end(res, 404, 'Not Found\n');
  try {
    const body = await readFile(file);
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] || 'application/octet-stream', 'Cache-Control': 'no-store' });
    res.end(body);
  } catch {
    end(res, 404, 'Not Found\n');
  }
});

// --- https: the datasets --------------------------------------------------------------------
function certificate() {
  const dir = mkdtempSync(join(tmpdir(), 'strategy-explorer-e2e-tls-'));
  const key = join(dir, 'key.pem');
  const cert = join(dir, 'cert.pem');
  try {
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '2',
      '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1,DNS:localhost'], { stdio: 'ignore' });
  } catch (err) {
    console.error(`fixture-server.mjs: cannot make a test certificate with openssl (${err.message}); install openssl`);
    process.exit(1);
  }
  return { key: readFileSync(key), cert: readFileSync(cert) };
}

const valid = readFileSync(join(fixtures, 'datasets', 'exempelkommun.json'));
const CORS = { 'Access-Control-Allow-Origin': '*' };

const https = createHttpsServer(certificate(), (req, res) => {
  const name = new URL(req.url, 'https://x').pathname.replace(/^\/datasets\//, '');
  const json = { 'Content-Type': TYPES['.json'], 'Cache-Control': 'no-store' };
  switch (name) {
    case 'exempelkommun.json':
      return send(res, 200, { ...json, ...CORS }, valid);
    case 'no-cors.json':
      return send(res, 200, json, valid);
    case 'not-json.json':
      return send(res, 200, { ...json, ...CORS }, Buffer.from('<!doctype html><html><body><h1>Our strategies</h1><p>Download the data below.</p></body></html>\n'));
    case 'wrong-schema.json':
      return send(res, 200, { ...json, ...CORS }, readFileSync(join(fixtures, 'datasets', 'wrong-schema.json')));
    case 'too-large.json':
      return send(res, 200, { ...json, ...CORS }, bigJson());
    case 'too-large-chunked.json': {
      res.writeHead(200, { ...json, ...CORS }); // no Content-Length: Node sends it chunked
      const chunk = Buffer.alloc(256 * 1024, 0x20);
      let sent = 0;
      const pump = () => {
        while (sent < SIX_MB) {
          sent += chunk.length;
          if (!res.write(chunk)) return res.once('drain', pump);
        }
        res.end(' {}');
      };
      res.on('close', () => { sent = SIX_MB; });
      return pump();
    }
    case 'slow.json': {
      const timer = setTimeout(() => send(res, 200, { ...json, ...CORS }, valid), 11_000);
      res.on('close', () => clearTimeout(timer));
      return;
    }
    default:
      return send(res, 404, { 'Content-Type': 'text/plain; charset=utf-8', ...CORS }, Buffer.from('Not Found\n'));
  }
});

function bigJson() {
  // Valid JSON (a dataset padded with spaces), so only its size is wrong.
  const padding = Buffer.alloc(SIX_MB, 0x20);
  return Buffer.concat([Buffer.from('{"strategies": []'), padding, Buffer.from('}')]);
}

function send(res, status, headers, body) {
  if (res.destroyed) return;
  res.writeHead(status, { ...headers, 'Content-Length': body.length });
  res.end(body);
}

function end(res, status, text) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
  res.end(text);
}

for (const [server, port, scheme] of [[http, opts.httpPort, 'http'], [https, opts.httpsPort, 'https']]) {
  server.on('error', (err) => {
    console.error(`fixture-server.mjs: ${scheme} port ${port}: ${err.message}`);
    process.exit(1);
  });
  server.listen(port, '127.0.0.1', () => console.log(`fixture-server.mjs: ${scheme}://127.0.0.1:${port}/`));
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    http.closeAllConnections?.();
    https.closeAllConnections?.();
    process.exit(0);
  });
}
