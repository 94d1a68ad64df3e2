// The first visit of a built site's home page, as a browser makes it: headless Chromium (Debian's
// /usr/bin/chromium) in a fresh context (empty cache) with service workers blocked, against the
// project's static server (tests/e2e/serve.mjs, which sends text and wasm gzip-encoded like a
// static host). Every request is recorded, with the bytes its response took on the wire, until the
// home page shows its strategy cards and the network has then been quiet for a while: what the
// page fetches after it is shown (a chunk it preloads, say) counts as much as what it needs to
// show. Used by scripts/size-report.mjs (the size guard of scripts/test.sh) and scripts/bench.mjs.

import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_FLAGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
];

/** How long the network must stay quiet after the home page is shown (ms): well over the pauses
 *  of the app's own timers (400 ms at most), so work they start after the page is shown counts. */
export const QUIET_MS = 1500;

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** Serves `dir` under `base` with tests/e2e/serve.mjs on a free port; resolves to the site's URL
 *  and a function that stops the server. */
export async function serve(dir, base = '/') {
  const port = await freePort();
  const child = spawn(process.execPath, [join(ROOT, 'tests', 'e2e', 'serve.mjs'), '--dir', dir, '--port', String(port), '--base', base], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}${base}`;
  for (let i = 0; i < 100; i++) {
    try {
      const res = await fetch(url);
      if (res.ok) return { url, stop: () => child.kill() };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill();
  throw new Error(`the static server for ${dir} did not start on port ${port}`);
}

/**
 * Loads the home page at `url` in a fresh context of `browser` and records every request.
 * Resolves to { requests: [{ name, type, status, encoding, bodyBytes, headerBytes, failure }],
 * bodyBytes, headerBytes } where `name` is the path relative to `url` ('' is the page itself)
 * and bodyBytes is the response body as sent (gzip where the server compresses).
 */
export async function firstVisit(browser, url, { quietMs = QUIET_MS, timeoutMs = 30_000 } = {}) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  let inFlight = 0;
  let lastActivity = Date.now();
  const records = [];
  const track = (request, failure) => {
    inFlight -= 1;
    lastActivity = Date.now();
    records.push(
      (async () => {
        const response = failure ? null : await request.response();
        const sizes = failure ? null : await request.sizes();
        return {
          name: request.url().startsWith(url) ? request.url().slice(url.length) : request.url(),
          type: request.resourceType(),
          status: response?.status() ?? null,
          encoding: (response && (await response.headerValue('content-encoding'))) || null,
          bodyBytes: sizes?.responseBodySize ?? 0,
          headerBytes: sizes?.responseHeadersSize ?? 0,
          failure,
        };
      })(),
    );
  };
  page.on('request', (request) => {
    if (!/^https?:/.test(request.url())) return;
    inFlight += 1;
    lastActivity = Date.now();
  });
  page.on('requestfinished', (request) => /^https?:/.test(request.url()) && track(request, null));
  page.on('requestfailed', (request) => /^https?:/.test(request.url()) && track(request, request.failure()?.errorText ?? 'failed'));
  try {
    const deadline = Date.now() + timeoutMs;
    await page.goto(url, { timeout: timeoutMs });
    // A page that broke would fetch little: the visit only counts once the home page is shown.
    await page.locator('main h1').waitFor({ timeout: Math.max(1, deadline - Date.now()) });
    await page.locator('main article.card').first().waitFor({ timeout: Math.max(1, deadline - Date.now()) });
    while (inFlight > 0 || Date.now() - lastActivity < quietMs) {
      if (Date.now() > deadline) throw new Error(`the network did not go quiet for ${quietMs} ms within ${timeoutMs} ms (${inFlight} requests in flight)`);
      await new Promise((r) => setTimeout(r, 50));
    }
    const requests = await Promise.all(records);
    return {
      requests,
      bodyBytes: requests.reduce((sum, r) => sum + r.bodyBytes, 0),
      headerBytes: requests.reduce((sum, r) => sum + r.headerBytes, 0),
    };
  } finally {
    await context.close();
  }
}
