// Offline and self-contained: the service worker serves every route after the first visit, a
// new build is detected and offered, no request ever leaves the app's origin, and the
// Content-Security-Policy is never violated.

import { test, expect, gotoApp, appRoot, waitForApp } from './helpers.mjs';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/** Waits until a service worker controls the page and has finished precaching. */
async function waitForServiceWorker(page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
  });
}

test('after one visit, deep links load offline (navigations answered by the service worker)', { tag: '@hosting' }, async ({ page, context }) => {
  await gotoApp(page, '');
  await waitForServiceWorker(page);
  const precached = await page.evaluate(async () => {
    const keys = await caches.keys();
    const cache = await caches.open(keys.find((k) => k.startsWith('strategy-explorer-')));
    return (await cache.keys()).map((r) => new URL(r.url).pathname);
  });
  expect(precached.some((p) => p.endsWith('.wasm'))).toBe(true);
  expect(precached.some((p) => p.endsWith('/data/strategy-explorer-data.json'))).toBe(true);

  await context.setOffline(true);
  for (const [path, heading] of [['sdg/13', /Climate|Klima/], ['strategy/kalmar-rus-2030', /./], ['explore?sdg=3', /./], ['about', /./]]) {
    await gotoApp(page, path);
    await expect(page.locator('main h1')).toHaveText(heading);
    await expect(page.locator('main h1')).not.toHaveText('Page not found');
  }
  await context.setOffline(false);
});

/** Serves a copy of this project's build on a free port with serve.mjs; returns its URL. */
async function serveCopy(testInfo) {
  const { dist, base, fallback } = testInfo.project.metadata;
  const dir = await mkdtemp(join(tmpdir(), 'strategy-explorer-sw-'));
  await cp(dist, dir, { recursive: true });
  const server = spawn(process.execPath, [join(here, 'serve.mjs'), '--dir', dir, '--port', '0', '--base', base, '--fallback', fallback], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise((resolve, reject) => {
    server.stdout.on('data', (chunk) => {
      const m = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(String(chunk));
      if (m) resolve(Number(m[1]));
    });
    server.on('exit', (code) => reject(new Error(`serve.mjs exited with ${code}`)));
  });
  return {
    url: `http://127.0.0.1:${port}${base}`,
    dir,
    close: async () => {
      server.kill('SIGTERM');
      await rm(dir, { recursive: true, force: true });
    },
  };
}

test('a new build is detected and offered; "Reload" switches to it', { tag: '@hosting' }, async ({ page }, testInfo) => {
  const site = await serveCopy(testInfo);
  try {
    await page.goto(site.url);
    await waitForApp(page);
    await waitForServiceWorker(page);
    await expect(page.locator('.update-banner')).toHaveCount(0);
    const firstCaches = await page.evaluate(() => caches.keys());

    // Deploy "a new build": a changed build id in sw.js is what a real new build changes.
    const swPath = join(site.dir, 'sw.js');
    const sw = await readFile(swPath, 'utf8');
    const newBuild = 'e2e0000000000001';
    await writeFile(swPath, sw.replace(/^const BUILD = "[0-9a-f]*";$/m, `const BUILD = "${newBuild}";`));

    await page.reload();
    await waitForApp(page);
    const banner = page.locator('.update-banner');
    await expect(banner).toContainText('A new version of Strategy Explorer is available.', { timeout: 15_000 });
    await expect(banner).toHaveAttribute('role', 'status');

    await Promise.all([page.waitForEvent('load'), banner.locator('button').click()]);
    await waitForApp(page);
    await expect(page.locator('.update-banner')).toHaveCount(0);
    await expect.poll(() => page.evaluate(() => caches.keys())).toContain(`strategy-explorer-${newBuild}`);
    expect(await page.evaluate(() => caches.keys())).not.toEqual(firstCaches);
  } finally {
    await site.close();
  }
});

const PAGES = [
  '',
  'explore',
  'explore?sdg=13&lang=da',
  'sdg',
  'sdg/7',
  'compare',
  'timeline',
  'about',
  'strategy/kalmar-rus-2030',
  'strategy/sormlandsstrategin',
  'no-such-page',
  'embed/strategy/kalmar-rus-2030',
  'embed/explore?sdg=3&theme=dark',
];

test('zero third-party requests and no Content-Security-Policy violation on any page', { tag: '@hosting' }, async ({ page, context }, testInfo) => {
  const origin = new URL(appRoot(testInfo)).origin;
  const requests = [];
  context.on('request', (request) => requests.push(request.url()));
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations.push(`${e.violatedDirective}: ${e.blockedURI} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
  const cspConsole = [];
  page.on('console', (msg) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(msg.text())) cspConsole.push(msg.text());
  });

  for (const path of PAGES) {
    await page.goto(path === '' ? './' : path);
    await expect(page.locator('main#main h1')).toBeVisible();
    // Open the embed code and its live preview too: one more page, same rules.
    if (path === 'explore') {
      await page.locator('details.embed-this summary').click();
      await expect(page.frameLocator('iframe.embed-preview').locator('main h1')).toBeVisible();
    }
    expect(await page.evaluate(() => window.__cspViolations), `CSP violations on ${path || '/'}`).toEqual([]);
  }
  await waitForServiceWorker(page);
  expect(cspConsole).toEqual([]);

  const foreign = requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:'));
  expect(foreign, 'requests to other origins').toEqual([]);
  expect(requests.length).toBeGreaterThan(PAGES.length);
});

test('the Content-Security-Policy allows no inline script but a static page\'s own, each by its hash', async ({ page, pageProblems, request }, testInfo) => {
  const directivesOf = (csp) => Object.fromEntries(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
  const hashes = (directives) => directives['script-src'].filter((s) => /^'sha256-/.test(s)).sort();
  // The app shell (offline, and for addresses no static page covers): no inline script at all.
  const shell = await (await request.get(new URL('shell.html', appRoot(testInfo)).href)).text();
  const meta = shell.match(/<meta\s[^>]*http-equiv="?Content-Security-Policy"?[^>]*>/)[0];
  const shellCsp = directivesOf(meta.match(/content="([^"]+)"/)[1]);
  expect(hashes(shellCsp)).toEqual([]);
  expect(shell.replace(/<!--[\s\S]*?-->/g, '')).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);

  // A static page without a language in its address: its two head scripts, allowed by exactly
  // their hashes.
  await gotoApp(page, '');
  const directives = directivesOf(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content'));
  expect(directives['default-src']).toEqual(["'self'"]);
  expect(directives['script-src']).toContain("'wasm-unsafe-eval'");
  expect(directives['script-src']).not.toContain("'unsafe-inline'");
  const inline = await page.locator('script:not([src])').allTextContents();
  expect(inline).toHaveLength(2);
  const inlineHashes = inline.map((code) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`).sort();
  expect(hashes(directives)).toEqual(inlineHashes);
  expect(directives['connect-src']).toEqual(["'self'", 'https:']);
  // <style> elements: only the site's stylesheet, in the page since scripts/inline-css.mjs, by
  // its hash; the shell allows the same one.
  const styles = await page.locator('style').allTextContents();
  expect(styles).toHaveLength(1);
  const styleHash = `'sha256-${createHash('sha256').update(styles[0]).digest('base64')}'`;
  expect(directives['style-src-elem']).toEqual(["'self'", styleHash]);
  expect(shellCsp['style-src-elem']).toEqual(["'self'", styleHash]);
  // The page does not work by accident: an injected inline script is blocked.
  const blocked = await page.evaluate(() => {
    window.__injected = false;
    const s = document.createElement('script');
    s.textContent = 'window.__injected = true';
    document.body.append(s);
    return !window.__injected;
  });
  expect(blocked).toBe(true);
  // Chromium reports the blocked script as a console error: expected here, and only here.
  await expect.poll(() => pageProblems.filter((p) => /Content Security Policy/.test(p)).length).toBeGreaterThan(0);
  pageProblems.splice(0, pageProblems.length, ...pageProblems.filter((p) => !/Content Security Policy/.test(p)));
});
