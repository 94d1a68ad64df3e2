// Accessibility, shown by tests: axe-core (WCAG 2.0/2.1/2.2 A and AA) on every page in the three
// languages and both colour schemes, a keyboard-only journey, focus and announcements after
// route and filter changes (printing: print.spec.mjs).
// Accessibility does not depend on where the app is hosted, so only the journey test (which
// follows links) is tagged @hosting and runs in both projects.

import AxeBuilder from '@axe-core/playwright';
import { test, expect, gotoApp } from './helpers.mjs';

const PAGES = [
  '',
  'strategy/sjaelland-for-borgerne-2022',
  'strategy/sormlandsstrategin',
  'strategy/kalmar-rus-2030/delaktighet-halsa-och-valbefinnande',
  'strategy/kalmar-rus-2030/delaktighet-halsa-och-valbefinnande/hog-sjalvskattad-halsa',
  'explore',
  'explore?q=h%C3%A4lsa&country=SE',
  'sdg',
  'sdg/3',
  'compare',
  'timeline',
  'about',
  'accessibility',
  'no/such/page',
];
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

for (const scheme of ['light', 'dark']) {
  for (const lang of ['en', 'da', 'sv']) {
    test(`axe: no WCAG 2.2 AA violations on any page (${lang}, ${scheme})`, async ({ page }) => {
      test.setTimeout(180_000);
      await page.emulateMedia({ colorScheme: scheme });
      const failures = [];
      for (const path of PAGES) {
        const sep = path.includes('?') ? '&' : '?';
        await gotoApp(page, `${path}${sep}lang=${lang}`);
        await expect(page.locator('main h1')).toHaveCount(1);
        const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
        for (const v of results.violations) {
          failures.push(`${path || '/'}: ${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
        }
      }
      expect(failures, 'axe violations').toEqual([]);
    });
  }
}

test('axe: no violations with a search result open and suggestions shown', async ({ page }) => {
  await gotoApp(page, 'explore?q=klimat');
  await page.locator('main a[href*="strategy/"]').first().click();
  await expect(page.locator('main h1')).toHaveCount(1);
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
});

/** The focused element has a visible focus indicator (outline or box-shadow). */
async function expectVisibleFocus(page) {
  const style = await page.evaluate(() => {
    const el = document.activeElement;
    const cs = getComputedStyle(el);
    return { tag: el.tagName, outline: cs.outlineStyle, width: parseFloat(cs.outlineWidth), shadow: cs.boxShadow };
  });
  const visible = (style.outline !== 'none' && style.width > 0) || (style.shadow && style.shadow !== 'none');
  expect(visible, `focus indicator on ${style.tag}: ${JSON.stringify(style)}`).toBe(true);
}

test('keyboard only: skip link, search, a facet, open a result, back, switch language', { tag: '@hosting' }, async ({ page }) => {
  await gotoApp(page, '');
  await page.keyboard.press('Tab');
  const skip = page.locator('a.skip-link');
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);

  // Search from the overview.
  const search = page.locator('#home-search');
  for (let i = 0; i < 40 && !(await search.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(search).toBeFocused();
  await expectVisibleFocus(page);
  await page.keyboard.type('hälsa');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/explore\?q=h(%C3%A4|ä)lsa/);
  await expect(page.locator('main h1')).toBeFocused();

  // Choose a facet with the keyboard.
  const facet = page.locator('main input[type="checkbox"]:visible').first();
  await facet.focus();
  await expectVisibleFocus(page);
  const unfiltered = page.url();
  await page.keyboard.press('Space');
  await expect(facet).toBeChecked();
  // The results follow at once, the address right after they are painted.
  await expect(page).not.toHaveURL(unfiltered);
  const filtered = page.url();

  // Open a result, then go back.
  const result = page.locator('main .results a[href*="strategy/"], main ol a[href*="strategy/"]').first();
  await result.focus();
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/strategy\//);
  await expect(page.locator('main h1')).toBeFocused();
  await page.goBack();
  await expect(page).toHaveURL(filtered);

  // Switch language with the keyboard; the view and filters stay.
  const dansk = page.locator('.lang-switch a[hreflang="da"]');
  await dansk.focus();
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('lang', 'da');
  expect(new URL(page.url()).searchParams.get('q')).toBe('hälsa');
});

test('after a route change focus moves to the heading and the page is announced', async ({ page }) => {
  await gotoApp(page, '');
  await page.locator('header nav a[href$="timeline"]').click();
  await expect(page.locator('main h1')).toBeFocused();
  await expect(page.locator('#route-announcer')).toContainText(await page.locator('main h1').innerText());
});

test('touch targets of navigation and language links are at least 24 by 24 CSS pixels', async ({ page }) => {
  await gotoApp(page, '');
  const small = await page.locator('header a, footer a, footer button').evaluateAll((els) =>
    els.map((e) => [e.textContent.trim(), e.getBoundingClientRect()]).filter(([, r]) => r.width < 24 || r.height < 24).map(([t]) => t),
  );
  expect(small).toEqual([]);
});

test('the accessibility statement exists in three languages', async ({ page }) => {
  for (const [lang, title] of [['en', 'Accessibility statement'], ['da', 'Tilgængelighedserklæring'], ['sv', 'Tillgänglighetsredogörelse']]) {
    await gotoApp(page, `accessibility?lang=${lang}`);
    await expect(page.locator('main h1')).toHaveText(title);
    await expect(page.locator('main a[href="https://www.digg.se/"]')).toHaveCount(1);
  }
});
