// Every page arrives as real HTML (scripts/prerender.mjs) and the app takes it over in place
// (src/takeover.rs): deep links answer 200 with the page's heading in the HTML itself, on a
// rewrite host and on a GitHub-Pages-style host, at "/" and under "/explorer/"; every page type
// reads without JavaScript; the take-over changes no text, keeps focus and typed text, and passes
// axe; language-prefixed addresses and ?lang= agree; canonical links, hreflang and sitemap.xml.

import AxeBuilder from '@axe-core/playwright';
import { test as plainTest } from '@playwright/test';
import { test, expect, appRoot, waitForApp } from './helpers.mjs';

/** One page of each type. */
const PAGES = [
  '',
  'explore',
  'strategy/kalmar-rus-2030',
  'strategy/kalmar-rus-2030/delaktighet-halsa-och-valbefinnande',
  'strategy/kalmar-rus-2030/delaktighet-halsa-och-valbefinnande/hog-sjalvskattad-halsa',
  'sdg',
  'sdg/3',
  'compare',
  'timeline',
  'about',
  'accessibility',
  'embed/sdg/3',
];

/** The text of the page's <h1> in an HTML document as the server sent it. */
function headingOf(html) {
  const m = html.match(/<main[^>]*>[\s\S]*?<h1[^>]*>([\s\S]*?)<\/h1>/);
  return m ? m[1].replace(/<!--[\s\S]*?-->/g, '').replace(/<[^>]+>/g, '').trim() : null;
}

test('deep links answer 200 with the page heading in the HTML itself, in every language', { tag: '@hosting' }, async ({ request }, testInfo) => {
  const root = appRoot(testInfo);
  for (const path of PAGES) {
    for (const prefix of ['', 'da/', 'sv/', 'en/']) {
      const url = new URL(`${prefix}${path}`, root).href;
      const response = await request.get(url);
      expect(response.status(), url).toBe(200);
      const html = await response.text();
      expect(headingOf(html), `${url}: a heading in <main>`).toBeTruthy();
      expect(html, `${url}: marked as static`).toMatch(/<body[^>]* data-static=""/);
      const lang = prefix ? prefix.slice(0, 2) : 'en';
      expect(html, `${url}: <html lang>`).toMatch(new RegExp(`<html lang="${lang}"`));
    }
  }
  // Unknown addresses still get Not Found (GitHub-Pages style: status 404).
  const missing = await request.get(new URL('da/no/such/page', root).href);
  if (testInfo.project.name === 'subpath') expect(missing.status()).toBe(404);
});

test('each language has its own title, description, canonical link and hreflang alternates', { tag: '@hosting' }, async ({ request }, testInfo) => {
  const root = appRoot(testInfo);
  const base = new URL(root).pathname;
  const titles = new Set();
  for (const lang of ['da', 'sv', 'en']) {
    const html = await (await request.get(new URL(`${lang}/explore`, root).href)).text();
    const title = html.match(/<title>([^<]*)<\/title>/)[1];
    titles.add(title);
    expect(html).toMatch(/<meta (?=[^>]*name="description")(?=[^>]*content="[^"]{40,}")[^>]*>/);
    expect(html).toContain(`<link rel="canonical" href="http://localhost:8080${base}${lang}/explore">`);
    for (const other of ['da', 'sv', 'en']) {
      expect(html).toContain(`<link rel="alternate" hreflang="${other}" href="http://localhost:8080${base}${other}/explore">`);
    }
    expect(html).toContain(`<link rel="alternate" hreflang="x-default" href="http://localhost:8080${base}explore">`);
  }
  expect(titles.size, 'three different titles').toBe(3);
  const sitemap = await request.get(new URL('sitemap.xml', root).href);
  expect(sitemap.status()).toBe(200);
  const xml = await sitemap.text();
  for (const path of ['da/', 'sv/explore', 'en/strategy/kalmar-rus-2030', 'da/sdg/3']) {
    expect(xml).toContain(`<loc>http://localhost:8080${base}${path}</loc>`);
  }
  expect(xml, 'embedded views are not listed').not.toContain('/embed');
});

// Playwright's javaScriptEnabled: false blocks the module scripts (reported as failed requests,
// hence the plain `test` here) and, unlike a browser with JavaScript switched off, does not
// render <noscript>: its text is checked in the HTML.
plainTest.describe('without JavaScript', () => {
  plainTest.use({ javaScriptEnabled: false });

  plainTest('every page type reads fully and its links work', { tag: '@hosting' }, async ({ page }) => {
    for (const path of PAGES) {
      await page.goto(`sv/${path}`);
      await expect(page.locator('main h1'), path).toHaveCount(1);
      expect((await page.locator('main').innerText()).length, `${path}: main text`).toBeGreaterThan(150);
      await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
    }
    // Links go to the static pages of the same language.
    await page.goto('sv/strategy/kalmar-rus-2030');
    await page.locator('main a[href$="/sv/strategy/kalmar-rus-2030/delaktighet-halsa-och-valbefinnande"]').first().click();
    await expect(page).toHaveURL(/\/sv\/strategy\/kalmar-rus-2030\/delaktighet-halsa-och-valbefinnande$/);
    await expect(page.locator('main h1')).toHaveCount(1);
    await expect(page.locator('button.print-action')).toHaveCount(1);
    await expect(page.locator('button.print-action')).toBeHidden();
    await page.locator('.main-nav a', { hasText: 'Om' }).click();
    await expect(page).toHaveURL(/\/sv\/about$/);
  });

  plainTest('explore shows the unfiltered list, says that search needs JavaScript and offers no dead button', async ({ page, request }) => {
    for (const [lang, words] of [['en', 'Search and filters need JavaScript'], ['da', 'Søgning og filtre kræver JavaScript'], ['sv', 'Sökning och filter kräver JavaScript']]) {
      await page.goto(`${lang}/explore`);
      // The first page of the list (PAGE_SIZE in src/pages/explore.rs: 10).
      expect(await page.locator('.results > li').count()).toBe(10);
      // Controls only the app can serve are hidden (public/noscript.css): no button does nothing.
      await expect(page.locator('.show-more')).toHaveCount(1);
      await expect(page.locator('.show-more')).toBeHidden();
      const html = await (await request.get(page.url())).text();
      expect(html).toContain(`<noscript><p class="note">${words}`);
    }
  });
});

/** Opens `path` with the app's start held back, so the static page can be read and used first;
 *  resolves to a function that lets the app start and waits until it has taken over. */
async function openStatic(page, path) {
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route(/main_bg\.wasm$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(path);
  await expect(page.locator('body[data-static]')).toHaveCount(1);
  return async () => {
    release();
    await waitForApp(page);
    await expect(page.locator('body[data-static]')).toHaveCount(0);
  };
}

test.describe('taking over', () => {
  // A service worker answers navigations with the app shell (public/sw.js): these are first visits.
  test.use({ serviceWorkers: 'block' });

  test('the app takes over every page type without changing its text', async ({ page }) => {
    test.setTimeout(120_000);
    for (const path of PAGES.filter((p) => !p.startsWith('embed'))) {
      for (const prefix of ['da/', '']) {
        const start = await openStatic(page, `${prefix}${path}`);
        const before = await page.locator('body').innerText();
        await start();
        expect(await page.locator('body').innerText(), `${prefix}${path}`).toBe(before);
        await page.unrouteAll();
      }
    }
  });

  test('taking over keeps focus, scroll position and a search typed into the static page; axe passes', async ({ page }) => {
    const start = await openStatic(page, 'en/explore');
    await page.locator('#explore-q').fill('klimat');
    await page.mouse.wheel(0, 300);
    await page.waitForFunction(() => window.scrollY > 0);
    const scrolled = await page.evaluate(() => window.scrollY);
    await start();
    await expect(page.locator('#explore-q')).toBeFocused();
    await expect(page.locator('#explore-q')).toHaveValue('klimat');
    await expect(page).toHaveURL(/q=klimat/);
    expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
  });

  test('on a phone, the filters opened on the static page stay open when the app takes over', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    const start = await openStatic(page, 'en/explore');
    const facets = page.locator('details.facets');
    await expect(facets).not.toHaveAttribute('open');
    await facets.locator('summary').click();
    await expect(page.locator('#facet-country-SE')).toBeVisible();
    await start();
    await expect(facets).toHaveAttribute('open', '');
    await expect(page.locator('#facet-country-SE')).toBeVisible();
  });

  test('on a phone, the filters the reader left folded stay folded', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    const start = await openStatic(page, 'en/explore');
    await start();
    await expect(page.locator('details.facets')).not.toHaveAttribute('open');
    await expect(page.locator('#facet-country-SE')).toBeHidden();
  });

  test('a ticked filter on the static page is carried over and applied', async ({ page }) => {
    const start = await openStatic(page, 'sv/explore');
    await page.locator('#facet-country-SE').check();
    await start();
    await expect(page.locator('#facet-country-SE')).toBeChecked();
    await expect(page).toHaveURL(/country=SE/);
  });

});

test.describe('a reader with Danish as browser language, first visits', () => {
  test.use({ locale: 'da-DK', serviceWorkers: 'block' });

  test('an address without a language lands on the Danish page, ?lang= on its language', { tag: '@hosting' }, async ({ page }) => {
    await page.goto('about');
    await expect(page).toHaveURL(/\/da\/about$/);
    await waitForApp(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'da');
    await expect(page.locator('main h1')).toHaveText('Om');

    await page.goto('explore?lang=sv&country=SE');
    await expect(page).toHaveURL(/\/sv\/explore\?lang=sv&country=SE$/);
    await waitForApp(page);
    const viaQuery = await page.locator('main').innerText();
    await page.goto('sv/explore?country=SE');
    await waitForApp(page);
    expect(await page.locator('main').innerText()).toBe(viaQuery);
  });

  test('the language switch loads the page of the chosen language and remembers it', { tag: '@hosting' }, async ({ page }) => {
    await page.goto('da/sdg/3');
    await waitForApp(page);
    await page.locator('.lang-switch a[hreflang="en"]').click();
    await expect(page).toHaveURL(/\/en\/sdg\/3$/);
    await waitForApp(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    // The choice beats the browser's language on an address without one.
    await page.goto('timeline');
    await expect(page).toHaveURL(/\/timeline$/);
    await waitForApp(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });
});
