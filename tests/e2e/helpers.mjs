// Shared helpers for the end-to-end specs.
//
// Import `test` and `expect` from here instead of '@playwright/test': this `test` fails any test
// during which the page logged a console error, threw an uncaught error, or failed to load one
// of its resources.
//
// The same specs run with baseURL http://127.0.0.1:4173/ and http://127.0.0.1:4174/explorer/,
// so always navigate with RELATIVE urls: gotoApp(page, 'about'), never page.goto('/about').

import { test as base, expect } from '@playwright/test';

export { expect };

export const test = base.extend({
  /** Errors seen on the page during the test; checked automatically when the test ends. */
  pageProblems: [
    async ({ page }, use) => {
      const problems = [];
      // With the GitHub-Pages-style server a deep link is answered by 404.html with status 404:
      // the app still boots, but Chromium logs the document's 404. That one is expected.
      const notFoundDocuments = new Set();
      page.on('response', (response) => {
        const request = response.request();
        if (response.status() < 400) return;
        if (request.resourceType() === 'document') {
          notFoundDocuments.add(response.url());
        } else {
          problems.push(`HTTP ${response.status()} for ${request.resourceType()} ${response.url()}`);
        }
      });
      page.on('requestfailed', (request) => {
        const failure = request.failure()?.errorText ?? 'failed';
        // Navigating away aborts in-flight requests; that is not an error of the app.
        if (failure === 'net::ERR_ABORTED') return;
        problems.push(`request failed (${failure}): ${request.url()}`);
      });
      page.on('console', (msg) => {
        if (msg.type() !== 'error') return;
        const url = msg.location()?.url ?? '';
        if (/Failed to load resource/.test(msg.text())) {
          if (notFoundDocuments.has(url)) return;
          // Resource failures are reported with their URL by the response listener above.
          if (problems.some((p) => p.endsWith(url))) return;
        }
        problems.push(`console.error: ${msg.text()}${url ? ` (${url})` : ''}`);
      });
      page.on('pageerror', (error) => {
        problems.push(`uncaught page error: ${error.message}`);
      });
      await use(problems);
      expect(problems, 'console errors, page errors or failed requests during the test').toEqual([]);
    },
    { auto: true },
  ],
});

/** Turns an app path ('about', '/about', '', 'strategy/x?lang=da') into a baseURL-relative url. */
export function appUrl(path = '') {
  const rel = String(path).replace(/^\/+/, '');
  return rel === '' ? './' : rel;
}

/** Waits until the wasm app runs the page: every page arrives as static HTML first
 *  (scripts/prerender.mjs), and the app marks `<html data-app-shown>` once it has taken over. */
export async function waitForApp(page) {
  await page.locator('html[data-app-shown]').waitFor({ state: 'attached' });
  await expect(page.locator('header a.brand')).toBeVisible();
  await expect(page.locator('main#main')).toBeVisible();
}

/** Navigates to an app path relative to the project's baseURL and waits for the app to mount. */
export async function gotoApp(page, path = '') {
  const response = await page.goto(appUrl(path));
  await waitForApp(page);
  return response;
}

/** The app's root URL for the current project (baseURL, e.g. http://127.0.0.1:4174/explorer/). */
export function appRoot(testInfo) {
  return new URL('./', testInfo.project.use.baseURL).href;
}

/** Resolves an href found in the page against the page's current URL. */
export async function resolvedHref(locator) {
  return locator.evaluate((a) => a.href);
}

/**
 * The header's main navigation: a labelled <nav> in <header> that is not the language switch
 * (whose links load the page in another language).
 */
export function mainNav(page) {
  return page.locator('header nav[aria-label]').filter({ hasNot: page.locator('a[hreflang]') }).first();
}

/** The single <h1> of the page (asserts there is exactly one). */
export async function heading(page) {
  const h1 = page.locator('h1');
  await expect(h1).toHaveCount(1);
  return h1;
}
