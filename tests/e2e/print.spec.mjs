// Printing: the print button prepares the view's QR code (fetching the encoder, a split chunk,
// the first time) and then opens the print dialog; nothing fetches the encoder before a reader
// asks to print; printing from the browser's menu without the code still prints the view's URL.
// Tagged @hosting: the printed URL depends on where the app lives.
// The real print dialog cannot open headless: the page's window.print is replaced by a function
// that records the call and whether the QR code was in the page then.

import { test, expect, gotoApp } from './helpers.mjs';

// The encoder's chunk (src/print.rs, qr_svg): wasm-split names it after the function.
const QR_CHUNK = /\/split_qr_svg_[^/]*\.wasm$/;

// A service worker would fetch every chunk for offline use, the encoder too: these tests are about
// what the page itself fetches.
test.use({ serviceWorkers: 'block' });

async function recordPrints(page) {
  await page.evaluate(() => {
    window.__prints = [];
    window.print = () => window.__prints.push({ qrCodes: document.querySelectorAll('.print-qr svg').length });
  });
}

/** The print block's URL, checked against the page's own address and the given parameters. */
async function expectPrintedUrl(page, params) {
  const footer = page.locator('.print-footer');
  await expect(footer).toBeVisible();
  const url = new URL(await footer.locator('.print-url').innerText());
  expect(url.href.startsWith(new URL('./', page.url()).href), `printed ${url} is outside the app`).toBe(true);
  expect(url.pathname).toBe(new URL(page.url()).pathname);
  for (const [key, value] of Object.entries(params)) expect(url.searchParams.get(key)).toBe(value);
}

test('the print button makes the QR code, then prints: the view without navigation, its exact URL and the QR code', { tag: '@hosting' }, async ({ page }) => {
  await gotoApp(page, 'explore?q=klimat&lang=sv');
  await recordPrints(page);
  await page.locator('button.print-action').click();
  await expect.poll(() => page.evaluate(() => window.__prints)).toEqual([{ qrCodes: 1 }]);

  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('header.site-header')).toBeHidden();
  await expect(page.locator('footer.site-footer')).toBeHidden();
  await expectPrintedUrl(page, { q: 'klimat', lang: 'sv' });
  await expect(page.locator('.print-footer .print-qr svg')).toHaveCount(1);
  // A real PDF renders too.
  const pdf = await page.pdf();
  expect(pdf.byteLength).toBeGreaterThan(1000);
});

test('printing from the browser menu without the QR code still prints the exact URL', { tag: '@hosting' }, async ({ page }) => {
  await gotoApp(page, 'explore?q=klimat&lang=da');
  await page.emulateMedia({ media: 'print' });
  await expectPrintedUrl(page, { q: 'klimat', lang: 'da' });
  await expect(page.locator('.print-footer .print-qr svg')).toHaveCount(0);
});

test('the first visit does not fetch the QR encoder; the print button does', async ({ page }) => {
  const fetched = [];
  page.on('request', (request) => QR_CHUNK.test(new URL(request.url()).pathname) && fetched.push(request.url()));
  await gotoApp(page, '');
  await expect(page.locator('main article.card').first()).toBeVisible();
  // Past any pause the app waits before doing something on its own (at most 400 ms).
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(1500);
  expect(fetched).toEqual([]);

  await recordPrints(page);
  await page.locator('button.print-action').click();
  await expect.poll(() => page.evaluate(() => window.__prints.length)).toBe(1);
  expect(fetched).toHaveLength(1);
});
