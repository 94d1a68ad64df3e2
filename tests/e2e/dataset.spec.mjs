// Bring your own dataset: ?data=<https URL> (and the "Open a dataset" form on About) shows an
// external dataset instead of the bundled strategies; every way it can go wrong gives a clear
// message while the bundled data stays usable. The datasets come from fixture-server.mjs (https,
// self-signed, hence ignoreHTTPSErrors), a different origin from the app.

import { test, expect, gotoApp, appRoot } from './helpers.mjs';
import { DATASETS, FIXTURE_HTTPS_PORT } from './fixture-urls.mjs';

test.use({ ignoreHTTPSErrors: true });

const FIXTURE_TITLE = 'Test fixture: Exempelkommuns hållbarhetsprogram 2025–2030';
const BUNDLED_STRATEGY = /Sörmlandsstrategin/;
const dataParam = (url) => `data=${encodeURIComponent(url)}`;

/** Removes the expected problems (console errors, failed requests) from the page's problem list;
 *  each pattern must have occurred. Anything else still fails the test (helpers.mjs). */
function expectProblems(problems, patterns) {
  for (const pattern of patterns) {
    expect(problems.some((p) => pattern.test(p)), `expected a problem matching ${pattern} in ${JSON.stringify(problems)}`).toBe(true);
  }
  const rest = problems.filter((p) => !patterns.some((pattern) => pattern.test(p)));
  problems.splice(0, problems.length, ...rest);
}

async function expectBundledUsable(page) {
  await expect(page.locator('main .card').filter({ hasText: BUNDLED_STRATEGY }).first()).toBeVisible();
}

test('a valid external dataset replaces the bundled strategies, with a banner and a way back', { tag: '@hosting' }, async ({ page }, testInfo) => {
  const url = `${DATASETS}exempelkommun.json`;
  await gotoApp(page, `?${dataParam(url)}`);
  const banner = page.locator('.data-banner.data-external');
  await expect(banner).toContainText(`Showing dataset from 127.0.0.1:${FIXTURE_HTTPS_PORT}`);
  await expect(page.locator('main .card')).toHaveCount(1);
  await expect(page.locator('main .card')).toContainText(FIXTURE_TITLE);
  await expect(page.locator('main')).not.toContainText(BUNDLED_STRATEGY);
  // No SDG catalogue in the file: the bundled one is used.
  await expect(page.locator('main .sdg-strip li')).toHaveCount(17);

  // Following links keeps the dataset (and the address says so, for sharing and reloading).
  await page.locator('main .card a').first().click();
  await expect(page.locator('main h1')).toContainText(FIXTURE_TITLE);
  await expect(page).toHaveURL(new RegExp(`strategy/exempelkommun-test-2030\\?${dataParam(url).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  await expect(banner).toBeVisible();
  await page.reload();
  await expect(page.locator('main h1')).toContainText(FIXTURE_TITLE);

  // Text from the dataset is text, never markup.
  await page.locator('main a', { hasText: 'Fler resor med cykel' }).first().click();
  await expect(page.locator('main')).toContainText('<b>not bold</b> <img src=x onerror=alert(1)>');
  await expect(page.locator('main b, main img')).toHaveCount(0);
  // Suggestions from the wording are bundled-only: none here, and the page says why.
  await expect(page.locator('main .suggestions-external')).toContainText('bundled data only');

  // Back to the bundled data.
  await banner.locator('a.data-back').click();
  await expect(page.locator('.data-banner')).toHaveCount(0);
  await expect(page).not.toHaveURL(/data=/);
  await page.locator('header a.brand').click();
  await expectBundledUsable(page);
});

test('the "Open a dataset" form on About opens a dataset by its address', async ({ page }) => {
  await gotoApp(page, 'about');
  const form = page.locator('form').filter({ has: page.locator('#open-dataset-url') });
  await form.locator('#open-dataset-url').fill(`${DATASETS}exempelkommun.json`);
  await form.locator('button[type="submit"]').click();
  await expect(page.locator('.data-banner.data-external')).toBeVisible();
  await expect(page.locator('main .card')).toContainText(FIXTURE_TITLE);
});

const BAD = [
  {
    name: 'an unreachable address',
    url: `https://127.0.0.1:${FIXTURE_HTTPS_PORT + 3}/datasets/exempelkommun.json`,
    message: /could not be reached/,
    problems: [/ERR_CONNECTION_REFUSED/],
  },
  {
    name: 'a server that refuses CORS',
    url: `${DATASETS}no-cors.json`,
    message: /does not let other sites read the file \(CORS\).*Access-Control-Allow-Origin: \*/,
    problems: [/CORS policy/, /request failed .*no-cors\.json/],
  },
  { name: 'a file that is not JSON', url: `${DATASETS}not-json.json`, message: /The file is not JSON \(expected value at line 1 column 1\)/ },
  {
    name: 'JSON in the wrong format',
    url: `${DATASETS}wrong-schema.json`,
    message: /does not follow the Strategy Explorer data format: 9 problem/,
    list: ['regions[0].id', 'strategies[0].parts[0].sdg[0].goal', 'strategies[0].sources[0].url'],
  },
  { name: 'a file over 5 MB (Content-Length)', url: `${DATASETS}too-large.json`, message: /larger than 5 MB \(6\.0 MB\)/ },
  { name: 'a file over 5 MB (no Content-Length)', url: `${DATASETS}too-large-chunked.json`, message: /larger than 5 MB, the most/ },
  { name: 'an HTTP error', url: `${DATASETS}not-found.json`, message: /HTTP status 404/, problems: [/404/] },
  { name: 'an http:// address', url: 'http://127.0.0.1:4175/datasets/exempelkommun.json', message: /is not an https:\/\/ address/ },
  { name: 'a javascript: address', url: 'javascript:alert(1)', message: /“javascript:alert\(1\)” is not an https:\/\/ address/ },
];

for (const bad of BAD) {
  test(`${bad.name}: a clear message, and the bundled data stays usable`, async ({ page, pageProblems }) => {
    await gotoApp(page, `?${dataParam(bad.url)}`);
    const error = page.locator('.data-banner.data-error');
    await expect(error).toBeVisible();
    await expect(error).toHaveAttribute('role', 'alert');
    await expect(error.locator('.data-error-message')).toHaveText(bad.message);
    for (const path of bad.list ?? []) {
      await expect(error.locator('.data-problems')).toContainText(path);
    }
    await expectBundledUsable(page);
    await expect(page.locator('main a[href^="javascript:"]')).toHaveCount(0);
    expectProblems(pageProblems, bad.problems ?? []);
  });
}

test('a download that takes over 10 s is given up with a message', async ({ page }) => {
  test.setTimeout(45_000);
  await gotoApp(page, `?${dataParam(`${DATASETS}slow.json`)}`);
  await expect(page.locator('.data-banner.data-loading')).toBeVisible();
  const error = page.locator('.data-banner.data-error');
  await expect(error).toBeVisible({ timeout: 15_000 });
  await expect(error.locator('.data-error-message')).toHaveText(/did not deliver the file within 10 seconds/);
  await expectBundledUsable(page);
});

test('errors are explained in the UI language', async ({ page }) => {
  await gotoApp(page, `?lang=sv&${dataParam(`${DATASETS}wrong-schema.json`)}`);
  await expect(page.locator('.data-banner.data-error .data-error-message')).toHaveText(/följer inte Strategy Explorers dataformat/);
});
