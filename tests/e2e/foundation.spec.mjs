// Foundation end-to-end checks: app shell, client-side routing, deep links, Not Found, title and
// language. Every test is tagged @hosting: it runs at "/" and at "/explorer/" (playwright.config.mjs).
// Every test also fails on any console error, page error or failed request (helpers.mjs).

import { gunzipSync } from 'node:zlib';
import { test, expect, gotoApp, waitForApp, appRoot, resolvedHref, heading, mainNav } from './helpers.mjs';

const ROUTES = ['', 'about', 'sdg', 'explore', 'compare', 'timeline'];
const TITLE_SUFFIX = /Strategy Explorer$/;
const PAGE_TITLE = /^.+ · Strategy Explorer$/;

const footerAbout = (page) => page.locator('footer a[href$="about"]').first();

async function setMarker(page) {
  await page.evaluate(() => {
    window.__e2eNoReloadMarker = 'still-here';
  });
}

async function expectNoReload(page) {
  expect(await page.evaluate(() => window.__e2eNoReloadMarker), 'page was fully reloaded').toBe('still-here');
}

test('first load shows the app shell: header, nav, main landmark, footer link to About', { tag: '@hosting' }, async ({ page }, testInfo) => {
  await gotoApp(page, '');
  const root = appRoot(testInfo);

  const brand = page.locator('header a.brand');
  await expect(brand).toHaveText(/Strategy Explorer/);
  expect(await resolvedHref(brand)).toBe(root);

  const nav = mainNav(page);
  await expect(nav).toBeVisible();
  expect(await nav.getAttribute('aria-label')).not.toBe('');
  const navLinks = nav.locator('a[href]');
  expect(await navLinks.count()).toBeGreaterThan(0);
  // Every nav link stays inside the app's base (matters when hosted under /explorer/).
  for (const href of await navLinks.evaluateAll((links) => links.map((a) => a.href))) {
    expect(href.startsWith(root), `nav link ${href} is outside ${root}`).toBe(true);
  }

  await expect(page.locator('main#main')).toHaveCount(1);
  await heading(page);

  const about = footerAbout(page);
  await expect(about).toBeVisible();
  expect(await resolvedHref(about)).toBe(`${root}about`);

  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page).toHaveTitle(TITLE_SUFFIX);
});

test('clicking links navigates in the app without a full reload; back and forward work', { tag: '@hosting' }, async ({ page }, testInfo) => {
  const root = appRoot(testInfo);
  await gotoApp(page, '');
  const homeHeading = await (await heading(page)).innerText();
  await setMarker(page);

  await footerAbout(page).click();
  await expect(page).toHaveURL(`${root}about`);
  await expect(page.locator('h1')).not.toHaveText(homeHeading);
  const aboutHeading = await (await heading(page)).innerText();
  await expectNoReload(page);

  await page.locator('header a.brand').click();
  await expect(page).toHaveURL(root);
  await expect(page.locator('h1')).toHaveText(homeHeading);
  await expectNoReload(page);

  await page.goBack();
  await expect(page).toHaveURL(`${root}about`);
  await expect(page.locator('h1')).toHaveText(aboutHeading);
  await expectNoReload(page);

  await page.goForward();
  await expect(page).toHaveURL(root);
  await expect(page.locator('h1')).toHaveText(homeHeading);
  await expectNoReload(page);
});

test('every header nav link renders its page in the app with one h1 and its own title', { tag: '@hosting' }, async ({ page }, testInfo) => {
  const root = appRoot(testInfo);
  await gotoApp(page, '');
  await setMarker(page);
  const hrefs = await mainNav(page).locator('a[href]').evaluateAll((links) => links.map((a) => a.href));
  expect(hrefs.length).toBeGreaterThan(0);

  for (const [i, href] of hrefs.entries()) {
    await mainNav(page).locator('a[href]').nth(i).click();
    await expect(page).toHaveURL(href);
    const h1 = await heading(page);
    await expect(h1).not.toHaveText('Page not found');
    await expect(page.locator('main#main')).toHaveCount(1);
    if (href !== root) await expect(page).toHaveTitle(PAGE_TITLE);
    await expectNoReload(page);
  }
});

for (const route of ROUTES) {
  test(`route "/${route}" renders with one h1 (direct load)`, { tag: '@hosting' }, async ({ page }) => {
    await gotoApp(page, route);
    const h1 = await heading(page);
    await expect(h1).not.toHaveText('Page not found');
    await expect(h1).not.toHaveText('');
    await expect(page.locator('main#main')).toHaveCount(1);
    await expect(page).toHaveTitle(route === '' ? TITLE_SUFFIX : PAGE_TITLE);
  });
}

test('reloading a deep link (about) renders the About page again', { tag: '@hosting' }, async ({ page }, testInfo) => {
  const root = appRoot(testInfo);
  await gotoApp(page, '');
  await footerAbout(page).click();
  await expect(page).toHaveURL(`${root}about`);
  const aboutHeading = await (await heading(page)).innerText();
  const aboutTitle = await page.title();

  await page.reload();
  await waitForApp(page);
  await expect(page).toHaveURL(`${root}about`);
  await expect(page.locator('h1')).toHaveText(aboutHeading);
  await expect(page).toHaveTitle(aboutTitle);

  // A fresh visit straight to the deep link works as well (a new tab, a shared link).
  const fresh = await page.context().newPage();
  await gotoApp(fresh, 'about');
  await expect(fresh.locator('h1')).toHaveText(aboutHeading);
  await fresh.close();
});

test('an unknown path shows the Not Found page with a link back home', { tag: '@hosting' }, async ({ page }, testInfo) => {
  const root = appRoot(testInfo);
  await gotoApp(page, 'no-such-page/really-not');
  const h1 = await heading(page);
  await expect(h1).toHaveText('Page not found');
  await expect(page).toHaveTitle(PAGE_TITLE);

  const homeLinks = page.locator('main a[href]');
  const hrefs = await homeLinks.evaluateAll((links) => links.map((a) => a.href));
  const index = hrefs.findIndex((href) => href === root);
  expect(index, `no link to ${root} in <main> (links: ${hrefs.join(', ')})`).toBeGreaterThanOrEqual(0);
  await setMarker(page);
  await homeLinks.nth(index).click();
  await expect(page).toHaveURL(root);
  await expect(page.locator('h1')).not.toHaveText('Page not found');
  await expectNoReload(page);
});

test('document title changes per page and <html lang> follows the UI language', { tag: '@hosting' }, async ({ page }) => {
  await gotoApp(page, '');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page).toHaveTitle(TITLE_SUFFIX);
  const homeTitle = await page.title();

  await footerAbout(page).click();
  await expect(page).toHaveTitle(PAGE_TITLE);
  await expect.poll(() => page.title()).not.toBe(homeTitle);

  await gotoApp(page, '?lang=da');
  await expect(page.locator('html')).toHaveAttribute('lang', 'da');
  await expect(page).toHaveTitle(TITLE_SUFFIX);

  await gotoApp(page, 'about?lang=da');
  await expect(page.locator('html')).toHaveAttribute('lang', 'da');
  await expect(page).toHaveTitle(PAGE_TITLE);
});

test.describe('a page that is still loading', () => {
  // page.route cannot see requests that a service worker answers.
  test.use({ serviceWorkers: 'block' });

  test('is shown when the address changes again before it is ready (back during a reload)', async ({ page }) => {
    const item = 'strategy/kalmar-rus-2030/delaktighet-halsa-och-valbefinnande/hog-sjalvskattad-halsa';
    await gotoApp(page, item);
    const title = await (await heading(page)).textContent();
    await page.locator('a.toggle-suggestions').click();
    await expect(page).toHaveURL(/[?&]suggestions=hide/);
    // Hold the page's code and the dataset (split chunks) for a moment: after the reload the
    // route is still loading when the back button changes the address.
    let held = 0;
    await page.route(/\/(split_|chunk_)[^/]*\.wasm$/, async (route) => {
      held += 1;
      await new Promise((resolve) => setTimeout(resolve, 700));
      await route.continue();
    });
    await page.reload({ waitUntil: 'commit' });
    await expect.poll(() => held).toBeGreaterThan(0);
    await page.goBack({ waitUntil: 'commit' });
    await expect(page).not.toHaveURL(/suggestions=hide/);
    await expect(page.locator('main h1')).toHaveText(title);
    await expect(page.locator('.suggestion').first()).toBeVisible();
  });
});

test.describe('the bundled dataset', () => {
  // page.route cannot see requests that a service worker answers.
  test.use({ serviceWorkers: 'block' });

  test('is read where the host unpacks its gzip file on the way (Content-Encoding: gzip for .gz)', async ({ page }) => {
    // The site ships each reader's copy as a gzip file, which src/data.rs unpacks; some hosts send
    // .gz files with Content-Encoding: gzip, so the page receives the copy unpacked already.
    let unpacked = 0;
    await page.route(/\/dataset-[a-z]{2}\.bin\.gz$/, async (route) => {
      const response = await route.fetch();
      const packed = await response.body();
      expect([packed[0], packed[1]], 'the site ships the copy gzipped').toEqual([0x1f, 0x8b]);
      const body = gunzipSync(packed);
      unpacked += 1;
      await route.fulfill({ response, body, headers: { ...response.headers(), 'content-length': String(body.length) } });
    });
    await gotoApp(page, 'explore');
    await expectSearchFilters(page);
    expect(unpacked).toBe(1);
  });

  test('is read in a browser that cannot unpack gzip (no DecompressionStream)', async ({ page }) => {
    await page.addInitScript(() => {
      delete window.DecompressionStream;
    });
    const fetched = [];
    page.on('request', (request) => {
      const name = new URL(request.url()).pathname.split('/').pop();
      if (name.startsWith('dataset-')) fetched.push(name);
    });
    await gotoApp(page, 'explore');
    await expectSearchFilters(page);
    expect(fetched).toContain('dataset-en.bin');
  });
});

/** A search typed into the explore page narrows its list: the app runs on the dataset. */
async function expectSearchFilters(page) {
  const count = page.locator('#explore-count');
  const before = await count.innerText();
  await page.locator('#explore-q').fill('klimat');
  await expect(count).not.toHaveText(before);
  await expect(page.locator('ol.results > li.result').first()).toContainText(/klimat/i);
}
