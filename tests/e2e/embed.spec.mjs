// Embedding: /embed/... views without site chrome, their height reported to a host page on
// ANOTHER origin (tests/e2e/fixtures/host.html served by fixture-server.mjs) and applied by the
// app's public/embed.js, and the "Embed this view" code round-tripping to the same view.

import { test, expect, gotoApp, appRoot, waitForApp } from './helpers.mjs';
import { HOST_ORIGIN } from './fixture-urls.mjs';

const HEIGHT_MESSAGE = 'strategy-explorer:height';

function hostUrl(testInfo, views, delay) {
  const params = new URLSearchParams({ app: appRoot(testInfo) });
  if (views) params.set('views', views.join('|'));
  if (delay) params.set('delay', String(delay));
  return `${HOST_ORIGIN}/host.html?${params}`;
}

/** The iframe's current CSS height in pixels. */
const frameHeight = (locator) => locator.evaluate((f) => Math.round(f.getBoundingClientRect().height));

/** Waits until the iframe's height has stopped changing, and returns it. */
async function settledHeight(locator) {
  let last = -1;
  await expect
    .poll(async () => {
      const h = await frameHeight(locator);
      const stable = h === last;
      last = h;
      return stable;
    }, { intervals: [300, 300, 500, 500, 1000] })
    .toBe(true);
  return last;
}

async function waitForEmbed(frame) {
  await expect(frame.locator('main#main h1')).toBeVisible();
}

test('an embedded view has no header or footer, a link to the full app, and honours ?lang= and ?theme=', { tag: '@hosting' }, async ({ page }, testInfo) => {
  const root = appRoot(testInfo);
  await page.goto('embed/sdg/3?lang=da&theme=dark');
  await expect(page.locator('main#main h1')).toBeVisible();
  await expect(page.locator('header.site-header')).toHaveCount(0);
  await expect(page.locator('footer.site-footer')).toHaveCount(0);
  await expect(page.locator('nav.main-nav')).toHaveCount(0);
  await expect(page.locator('html')).toHaveAttribute('lang', 'da');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  // The dark palette applies to data-theme="dark" whatever the system setting (light here).
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(18, 20, 23)');

  const open = page.locator('.embed-bar a');
  await expect(open).toHaveText(/Åbn i Strategy Explorer/);
  await expect(open).toHaveAttribute('target', '_blank');
  await expect(open).toHaveAttribute('rel', /noopener/);
  // ?lang= chose the language: the address is that language's page (src/lang.js).
  await expect(page).toHaveURL(`${root}da/embed/sdg/3?lang=da&theme=dark`);
  const full = new URL(await open.evaluate((a) => a.href));
  expect(`${full.origin}${full.pathname}`).toBe(`${root}da/sdg/3`);
  expect(full.searchParams.get('lang')).toBe('da');

  // ?theme=light wins over a dark system setting; auto follows it.
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('embed/sdg/3?theme=light');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
  await page.goto('embed/sdg/3?theme=auto');
  await expect(page.locator('main#main h1')).toBeVisible();
  expect(await page.locator('html').getAttribute('data-theme')).toBeNull();
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(18, 20, 23)');
});

test('in an embedded view, links to other pages open the full app in a new tab; filter changes stay embedded', { tag: '@hosting' }, async ({ page }, testInfo) => {
  const root = appRoot(testInfo);
  await page.goto('embed/sdg/3');
  await expect(page.locator('main#main h1')).toBeVisible();
  const strategyLink = page.locator('main a[href*="/strategy/"]').first();
  const [popup] = await Promise.all([page.waitForEvent('popup'), strategyLink.click()]);
  await popup.waitForLoadState('domcontentloaded');
  expect(popup.url().startsWith(`${root}strategy/`), popup.url()).toBe(true);
  expect(popup.url()).not.toContain('/embed/');
  await waitForApp(popup); // the full app, with its header
  await popup.close();
  expect(page.url()).toBe(`${root}embed/sdg/3`);

  await page.goto('embed/explore');
  await expect(page.locator('main#main h1')).toBeVisible();
  await page.locator('fieldset.facet-sdg input[type="checkbox"]:visible').first().check();
  await expect(page).toHaveURL(new RegExp(`^${root.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}embed/explore\\?.*sdg=`));
});

test('a host page on another origin embeds three views; each iframe follows its content height, also after a filter change', { tag: '@hosting' }, async ({ page }, testInfo) => {
  const messages = [];
  await page.exposeFunction('__recordMessage', (m) => messages.push(m));
  await page.addInitScript((type) => {
    if (location.pathname.endsWith('/host.html')) {
      window.addEventListener('message', (e) => {
        if (e.data && e.data.type === type) window.__recordMessage({ origin: e.origin, ...e.data });
      });
    }
  }, HEIGHT_MESSAGE);
  // embed.js arrives after the frames have reported once: it asks them again.
  await page.goto(hostUrl(testInfo, undefined, 2500));
  const frames = [0, 1, 2].map((i) => page.locator(`#frame-${i}`));
  const appOrigin = new URL(appRoot(testInfo)).origin;
  expect(appOrigin).not.toBe(HOST_ORIGIN);

  for (const [i, frame] of frames.entries()) {
    await waitForEmbed(page.frameLocator(`#frame-${i}`));
    // embed.js set the height from the 150px the host started with.
    await expect.poll(() => frameHeight(frame), { message: `iframe ${i} height`, timeout: 15_000 }).toBeGreaterThan(200);
    await expect(frame).toHaveAttribute('data-strategy-explorer-path', new RegExp(`${new URL(appRoot(testInfo)).pathname}embed/`));
  }
  // The documented message: type, height (a number) and path, from the app's origin.
  expect(messages.length).toBeGreaterThan(0);
  for (const m of messages) {
    expect(m.origin).toBe(appOrigin);
    expect(typeof m.height).toBe('number');
    expect(m.path).toContain('/embed/');
  }
  // Heights follow content: each iframe shows its whole page without a scrollbar of its own.
  for (const [i] of frames.entries()) {
    const inner = await page.frameLocator(`#frame-${i}`).locator('html').evaluate((h) => Math.ceil(h.getBoundingClientRect().height));
    expect(Math.abs((await frameHeight(frames[i])) - inner), `iframe ${i}`).toBeLessThanOrEqual(2);
  }

  // Apply a facet in the embedded explorer: fewer results, and the iframe height changes with them.
  const explore = page.frameLocator('#frame-2');
  const before = await settledHeight(frames[2]);
  await explore.locator('fieldset.facet-strategy input[type="checkbox"]:visible').first().check();
  await expect(explore.locator('fieldset.facet-strategy input[type="checkbox"]:visible').first()).toBeChecked();
  await expect.poll(() => frameHeight(frames[2])).not.toBe(before);
  const after = await settledHeight(frames[2]);
  const inner = await explore.locator('html').evaluate((h) => Math.ceil(h.getBoundingClientRect().height));
  expect(Math.abs(after - inner)).toBeLessThanOrEqual(2);
});

test('"Embed this view" gives code for exactly this view; copied into a page on another origin it shows the same view', { tag: '@hosting' }, async ({ page, context }, testInfo) => {
  const root = appRoot(testInfo);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(root).origin });
  await gotoApp(page, 'explore?lang=sv');
  await page.locator('fieldset.facet-sdg input[type="checkbox"]:visible').nth(2).check();
  await expect(page).toHaveURL(/sdg=/);
  const heading = await page.locator('main h1').innerText();
  const count = await page.locator('#explore-count').innerText();

  const details = page.locator('details.embed-this');
  await details.locator('summary').click();
  const code = details.locator('textarea.embed-code');
  const snippet = await code.inputValue();
  const src = new URL(snippet.match(/<iframe src="([^"]+)"/)[1].replaceAll('&amp;', '&'));
  const viewUrl = new URL(page.url());
  expect(`${src.origin}${src.pathname}`).toBe(`${root}sv/embed/explore`);
  expect(src.searchParams.getAll('sdg')).toEqual(viewUrl.searchParams.getAll('sdg'));
  expect(src.searchParams.get('lang')).toBe('sv');
  expect(snippet).toContain(`<script src="${root}embed.js" async></script>`);
  expect(snippet).toContain('data-strategy-explorer');

  // Copy button: the clipboard holds the same code.
  await details.locator('button.embed-copy').click();
  await expect(details.locator('.embed-status')).toHaveText(/Kopierat/);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);

  // Live preview of the embed URL, resized to its content.
  const preview = details.locator('iframe.embed-preview');
  await expect(preview).toHaveAttribute('src', src.href);
  await expect(page.frameLocator('iframe.embed-preview').locator('main h1')).toHaveText(heading);
  await expect.poll(() => frameHeight(preview)).not.toBe(480);

  // Paste the code into a page on another origin.
  await page.goto(hostUrl(testInfo, []));
  await page.evaluate((html) => {
    const target = document.getElementById('pasted');
    target.innerHTML = html; // scripts inserted this way do not run: add the script as a page would
    for (const old of target.querySelectorAll('script')) {
      const script = document.createElement('script');
      script.src = old.src;
      old.replaceWith(script);
    }
  }, snippet);
  const embedded = page.frameLocator('#pasted iframe');
  await expect(embedded.locator('main h1')).toHaveText(heading);
  await expect(embedded.locator('#explore-count')).toHaveText(count);
  await expect(embedded.locator('html')).toHaveAttribute('lang', 'sv');
  await expect(embedded.locator('fieldset.facet-sdg input[type="checkbox"]:visible').nth(2)).toBeChecked();
  await expect.poll(() => frameHeight(page.locator('#pasted iframe'))).not.toBe(480);
});

test('without the Clipboard API, "Copy code" selects the code and says how to copy it', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined, configurable: true });
  });
  await gotoApp(page, 'about');
  const details = page.locator('details.embed-this');
  await details.locator('summary').click();
  await details.locator('button.embed-copy').click();
  await expect(details.locator('.embed-status')).toHaveText(/Ctrl\+C/);
  const selected = await details.locator('textarea.embed-code').evaluate((t) => t.value.slice(t.selectionStart, t.selectionEnd));
  expect(selected).toContain('<iframe src=');
});
