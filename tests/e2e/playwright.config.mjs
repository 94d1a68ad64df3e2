// Playwright end-to-end configuration for Strategy Explorer.
//
// Run through `bash scripts/test.sh` (it builds dist-e2e/root and dist-e2e/sub first), or by hand:
//   bash scripts/build.sh --public-url / --dist dist-e2e/root
//   bash scripts/build.sh --public-url /explorer/ --dist dist-e2e/sub
//   npx playwright test -c tests/e2e/playwright.config.mjs
//
// Uses Debian's Chromium (/usr/bin/chromium): Playwright's own browser download is not available.
// Two projects: the app hosted at "/" (server rewrites unknown paths to index.html, like
// Netlify/nginx) runs every test; the app at "/explorer/" (server answers unknown paths with
// 404.html and status 404, like GitHub Pages) runs the tests tagged @hosting, those whose outcome
// can depend on where the app lives: the shell, routing, deep links and reloads, Not Found, links
// into the app, the service worker, embedding, printed URLs and open-data paths. Filtering,
// search, accessibility audits and page contents do not change with the base path and run once.
// Specs must navigate with RELATIVE urls (see helpers.mjs: gotoApp).

import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { FIXTURE_HTTP_PORT, FIXTURE_HTTPS_PORT } from './fixture-urls.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const serve = join(here, 'serve.mjs');
const rootDist = join(root, 'dist-e2e', 'root');
const subDist = join(root, 'dist-e2e', 'sub');
// E2E_ROOT_PORT / E2E_SUB_PORT move the two sites (with fixture-urls.mjs's ports, for a private
// run next to others: an existing server on a port is reused, whatever it serves).
const ROOT_PORT = Number(process.env.E2E_ROOT_PORT || 4173);
const SUB_PORT = Number(process.env.E2E_SUB_PORT || 4174);

for (const [dir, url] of [[rootDist, '/'], [subDist, '/explorer/']]) {
  if (!existsSync(join(dir, 'index.html'))) {
    throw new Error(
      `${dir}/index.html is missing: build it first with ` +
        `"bash scripts/build.sh --public-url ${url} --dist ${dir}" (bash scripts/test.sh does this).`,
    );
  }
}

const CHROMIUM_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export default defineConfig({
  testDir: here,
  testMatch: '*.spec.mjs',
  outputDir: join(root, 'test-results'),
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: 'list',
  use: {
    browserName: 'chromium',
    headless: true,
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: CHROMIUM_FLAGS,
    },
    locale: 'en-GB',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'root',
      use: { baseURL: `http://127.0.0.1:${ROOT_PORT}/` },
      // For specs that serve their own copy of the build (offline.spec.mjs).
      metadata: { dist: rootDist, base: '/', fallback: 'rewrite' },
    },
    {
      name: 'subpath',
      use: { baseURL: `http://127.0.0.1:${SUB_PORT}/explorer/` },
      grep: /@hosting/,
      metadata: { dist: subDist, base: '/explorer/', fallback: '404' },
    },
  ],
  webServer: [
    {
      command: `node "${serve}" --dir "${rootDist}" --port ${ROOT_PORT} --base / --fallback rewrite`,
      url: `http://127.0.0.1:${ROOT_PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 15_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: `node "${serve}" --dir "${subDist}" --port ${SUB_PORT} --base /explorer/ --fallback 404`,
      url: `http://127.0.0.1:${SUB_PORT}/explorer/`,
      reuseExistingServer: !process.env.CI,
      timeout: 15_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      // "Another site": host pages that embed the app (http) and external datasets (https).
      command: `node "${join(here, 'fixture-server.mjs')}" --http-port ${FIXTURE_HTTP_PORT} --https-port ${FIXTURE_HTTPS_PORT}`,
      url: `http://127.0.0.1:${FIXTURE_HTTP_PORT}/host.html`,
      reuseExistingServer: !process.env.CI,
      timeout: 15_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});
