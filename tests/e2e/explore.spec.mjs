// The explorer (/explore): one faceted list of every part and item. Facets, search with
// highlighting, state in the URL (reload, back/forward, sharing), chips, clear all, the empty
// result, the live region, malformed parameters and a 360 px wide screen.
// Tests tagged @hosting also run with the app under "/explorer/": navigate with relative paths only.

import { test, expect, gotoApp, waitForApp, appRoot, resolvedHref, heading } from './helpers.mjs';

const countHeading = (page) => page.locator('#explore-count');
const liveRegion = (page) => page.locator('main [role="status"][aria-live="polite"]');
const results = (page) => page.locator('ol.results > li.result');
// The chips on screen (the search's own chip stays in the page, hidden, while there is no text).
const chips = (page) => page.locator('ul.chips a.chip:visible');
const option = (page, key, value) => page.locator(`#facet-${key}-${value}`);
const searchBox = (page) => page.locator('#explore-q');

/** The count text the UI shows in English. */
function countText(n) {
  if (n === 0) return 'No results';
  return n === 1 ? '1 result' : `${n} results`;
}

/** The number shown in the count heading. */
async function shownCount(page) {
  const text = (await countHeading(page).innerText()).trim();
  if (text === 'No results') return 0;
  const n = Number.parseInt(text, 10);
  expect(Number.isNaN(n), `count heading "${text}"`).toBe(false);
  return n;
}

/** The markup of each result shown, without tachys' comment markers. */
function resultsMarkup(page) {
  return page.locator('ol.results').evaluate((ol) => {
    const copy = ol.cloneNode(true);
    const walker = document.createTreeWalker(copy, NodeFilter.SHOW_COMMENT);
    const comments = [];
    while (walker.nextNode()) comments.push(walker.currentNode);
    for (const c of comments) c.remove();
    return [...copy.children].map((li) => li.innerHTML);
  });
}

/** The count printed next to a facet option, e.g. "(14)". */
async function optionCount(page, key, value) {
  const text = await page.locator(`label[for="facet-${key}-${value}"] .facet-count`).innerText();
  return Number.parseInt(text.replace(/[()]/g, ''), 10);
}

/** Opens the explorer with `query` and waits until the list is there. */
async function openExplore(page, query = '') {
  await gotoApp(page, `explore${query}`);
  await expect(countHeading(page)).toBeVisible();
}

/** Results are shown 10 at a time (PAGE_SIZE in src/pages/explore.rs). */
const PAGE_SIZE = 10;
// The button for more results stays in the page, hidden, when there are no more.
const showMore = (page) => page.locator('.show-more button:visible');

/** The number of entries with no filter, checked against the list itself: one page first,
 *  then "show more" until every entry is listed. */
async function totalEntries(page) {
  await openExplore(page);
  const n = await shownCount(page);
  expect(n).toBeGreaterThan(0);
  await expect(results(page)).toHaveCount(Math.min(n, PAGE_SIZE));
  for (let listed = PAGE_SIZE; listed < n; listed += PAGE_SIZE) {
    await expect(showMore(page)).toHaveText(`Show ${Math.min(PAGE_SIZE, n - listed)} more (${n - listed} not shown yet)`);
    await showMore(page).click();
    await expect(results(page)).toHaveCount(Math.min(n, listed + PAGE_SIZE));
    // Focus moves to the first result the button added.
    await expect(results(page).nth(listed).locator('.result-title a')).toBeFocused();
  }
  await expect(showMore(page)).toHaveCount(0);
  return n;
}

/** The ids of the strategies the shown results belong to (from the strategy links). */
async function resultStrategies(page) {
  const hrefs = await page.locator('ol.results .result-meta a').evaluateAll((links) => links.map((a) => a.href));
  return [...new Set(hrefs.map((href) => href.split('/strategy/')[1]))];
}

test('lists every part and item with its count; results are links into the app', { tag: '@hosting' }, async ({ page }, testInfo) => {
  const root = appRoot(testInfo);
  const total = await totalEntries(page);
  await heading(page);
  await expect(page).toHaveTitle(/^Explore · Strategy Explorer$/);
  await expect(countHeading(page)).toHaveText(countText(total));
  await expect(chips(page)).toHaveCount(0);

  // Every result has a kind label, its strategy and region, and a title link inside the app.
  const first = results(page).first();
  await expect(first.locator('.kind-label')).not.toHaveText('');
  const link = first.locator('.result-title a');
  const href = await resolvedHref(link);
  expect(href.startsWith(`${root}strategy/`), href).toBe(true);
  for (const h of await page.locator('ol.results a').evaluateAll((links) => links.map((a) => a.href))) {
    expect(h.startsWith(root), `${h} is outside ${root}`).toBe(true);
  }
  await page.evaluate(() => {
    window.__e2eMarker = 'same-page';
  });
  await link.click();
  await expect(page).toHaveURL(href);
  await expect(page.locator('h1')).not.toHaveText('Page not found');
  expect(await page.evaluate(() => window.__e2eMarker)).toBe('same-page');
});

test('country facet: Denmark keeps only Danish entries; the option count is the result count', async ({ page }) => {
  const total = await totalEntries(page);
  const dk = await optionCount(page, 'country', 'DK');
  const se = await optionCount(page, 'country', 'SE');
  expect(dk).toBeGreaterThan(0);
  expect(dk + se).toBe(total);

  await option(page, 'country', 'DK').check();
  await expect(page).toHaveURL(/[?&]country=DK(&|$)/);
  await expect(countHeading(page)).toHaveText(countText(dk));
  await expect(results(page)).toHaveCount(Math.min(dk, PAGE_SIZE));
  for (const meta of await page.locator('ol.results .result-meta').allInnerTexts()) {
    expect(meta).toContain('Region Zealand');
  }
  // The other country's count does not depend on the country chosen (OR within a facet).
  expect(await optionCount(page, 'country', 'SE')).toBe(se);
  await option(page, 'country', 'SE').check();
  await expect(page).toHaveURL(/country=DK&country=SE/);
  await expect(countHeading(page)).toHaveText(countText(total));
});

test('region facet: Kalmar keeps only Kalmar entries; two regions add up', async ({ page }) => {
  await totalEntries(page);
  const kalmar = await optionCount(page, 'region', 'kalmar');
  const sormland = await optionCount(page, 'region', 'sormland');
  expect(kalmar).toBeGreaterThan(0);
  await option(page, 'region', 'kalmar').check();
  await expect(page).toHaveURL(/[?&]region=kalmar(&|$)/);
  await expect(countHeading(page)).toHaveText(countText(kalmar));
  for (const meta of await page.locator('ol.results .result-meta').allInnerTexts()) {
    expect(meta).toContain('Kalmar');
  }
  await option(page, 'region', 'sormland').check();
  await expect(countHeading(page)).toHaveText(countText(kalmar + sormland));
});

test('strategy facet keeps only the entries of that strategy', async ({ page }) => {
  await totalEntries(page);
  const n = await optionCount(page, 'strategy', 'sormlandsstrategin');
  expect(n).toBeGreaterThan(0);
  await option(page, 'strategy', 'sormlandsstrategin').check();
  await expect(page).toHaveURL(/[?&]strategy=sormlandsstrategin(&|$)/);
  await expect(countHeading(page)).toHaveText(countText(n));
  expect(await resultStrategies(page)).toEqual(['sormlandsstrategin']);
});

test('kind facet: declarations of intent', async ({ page }) => {
  await totalEntries(page);
  const n = await optionCount(page, 'kind', 'declaration-of-intent');
  expect(n).toBeGreaterThan(0);
  await option(page, 'kind', 'declaration-of-intent').check();
  await expect(page).toHaveURL(/[?&]kind=declaration-of-intent(&|$)/);
  await expect(countHeading(page)).toHaveText(countText(n));
  expect(await resultStrategies(page)).toEqual(['sormland-avsiktsforklaring-2023']);
});

test('status facet: superseded strategies, marked as such', async ({ page }) => {
  await totalEntries(page);
  const n = await optionCount(page, 'status', 'superseded');
  expect(n).toBeGreaterThan(0);
  await option(page, 'status', 'superseded').check();
  await expect(page).toHaveURL(/[?&]status=superseded(&|$)/);
  await expect(countHeading(page)).toHaveText(countText(n));
  expect(await resultStrategies(page)).toEqual(['sjaelland-rus-2020']);
  await expect(results(page).first().locator('.status-superseded')).toBeVisible();
});

test('SDG and basis facets: counts match the results, and each result carries the goal', async ({ page }) => {
  await totalEntries(page);
  // The goals something links to are offered (at most 17), each with a count above zero.
  const goals = await page.locator('fieldset.facet-sdg li:not([hidden]) input').evaluateAll((els) => els.map((e) => e.value));
  expect(goals.length).toBeGreaterThan(0);
  expect(goals.length).toBeLessThanOrEqual(17);
  for (const g of goals) expect(await optionCount(page, 'sdg', g)).toBeGreaterThan(0);
  const goal = goals[0];
  const n = await optionCount(page, 'sdg', goal);
  await option(page, 'sdg', goal).check();
  await expect(page).toHaveURL(new RegExp(`[?&]sdg=${goal}(&|$)`));
  await expect(countHeading(page)).toHaveText(countText(n));
  await expect(results(page)).toHaveCount(Math.min(n, PAGE_SIZE));
  for (let i = 0; i < Math.min(n, PAGE_SIZE); i += 1) {
    await expect(results(page).nth(i).locator('.result-goals .sdg-number', { hasText: new RegExp(`^${goal}$`) })).toHaveCount(1);
  }
  // Other goals stay on offer (OR within the facet), with their own counts.
  if (goals.length > 1) await expect(option(page, 'sdg', goals[1])).toBeVisible();

  // Basis counts are taken through the same links as the chosen goal.
  const bases = await page.locator('fieldset.facet-basis li:not([hidden]) input').evaluateAll((els) => els.map((e) => e.value));
  expect(bases.length).toBeGreaterThan(0);
  let sum = 0;
  for (const basis of bases) {
    const b = await optionCount(page, 'basis', basis);
    expect(b).toBeLessThanOrEqual(n);
    sum += b;
  }
  expect(sum).toBeGreaterThanOrEqual(n);
  const basis = bases[0];
  const b = await optionCount(page, 'basis', basis);
  await option(page, 'basis', basis).check();
  await expect(page).toHaveURL(new RegExp(`sdg=${goal}&basis=${basis}`));
  await expect(countHeading(page)).toHaveText(countText(b));
});

test('options that would leave nothing are hidden unless chosen', async ({ page }) => {
  await openExplore(page, '?q=zzqqxx&country=DK');
  await expect(countHeading(page)).toHaveText('No results');
  // The chosen option stays, so it can be unchosen; the rest of its facet would give nothing.
  await expect(option(page, 'country', 'DK')).toBeVisible();
  await expect(option(page, 'country', 'DK')).toBeChecked();
  await expect(option(page, 'country', 'SE')).toBeHidden();
  // A facet with nothing to offer is hidden as a whole.
  await expect(page.locator('fieldset.facet-region')).toBeHidden();
  // Unchoosing it removes it; focus moves to the result count instead of getting lost.
  await option(page, 'country', 'DK').click();
  await expect(page).toHaveURL(/explore\?q=zzqqxx$/);
  await expect(option(page, 'country', 'DK')).toBeHidden();
  await expect(countHeading(page)).toBeFocused();
});

test('facets combine: OR within a facet, AND across facets', async ({ page }) => {
  await openExplore(page, '?country=DK&region=kalmar');
  // Kalmar is in Sweden: both facets together leave nothing.
  await expect(countHeading(page)).toHaveText(countText(0));
  await openExplore(page, '?region=kalmar');
  const kalmar = await shownCount(page);
  await openExplore(page, '?region=sjaelland');
  const sjaelland = await shownCount(page);
  await openExplore(page, '?region=kalmar&region=sjaelland');
  await expect(countHeading(page)).toHaveText(countText(kalmar + sjaelland));
  // Comma-separated values are read too (hand-written links).
  await openExplore(page, '?region=kalmar,sjaelland');
  await expect(countHeading(page)).toHaveText(countText(kalmar + sjaelland));
  await expect(option(page, 'region', 'kalmar')).toBeChecked();
  await expect(option(page, 'region', 'sjaelland')).toBeChecked();
});

test('search "sormland" finds Sörmland content and marks the word', async ({ page }) => {
  const total = await totalEntries(page);
  await openExplore(page, '?q=sormland');
  const n = await shownCount(page);
  expect(n).toBeGreaterThan(0);
  expect(n).toBeLessThan(total);
  await expect(searchBox(page)).toHaveValue('sormland');
  await expect(page.locator('ol.results mark').first()).toHaveText(/^Sörmland/);
});

test('search "hälsan" finds "hälsa" (Swedish stemming); title matches come first and are marked', async ({ page }) => {
  await openExplore(page, `?q=${encodeURIComponent('hälsan')}`);
  expect(await shownCount(page)).toBeGreaterThan(0);
  const firstTitle = results(page).first().locator('.result-title');
  await expect(firstTitle.locator('mark').first()).toHaveText(/^hälsa$/i);
  // The same without diacritics.
  await openExplore(page, '?q=halsan');
  await expect(results(page).first().locator('.result-title mark').first()).toHaveText(/^hälsa$/i);
});

test('a match only in a translation of the title is shown, marked, with that translation', async ({ page }) => {
  // "Mental health" (our English summary) has the Swedish translation "Psykisk hälsa".
  await openExplore(page, '?q=psykisk');
  const result = results(page).filter({ hasText: 'Mental health' });
  await expect(result).toHaveCount(1);
  await expect(result.locator('.translation [lang="sv"] mark')).toHaveText('Psykisk');
});

test('search "gron" finds the Danish "Grøn omstilling"', async ({ page }) => {
  await openExplore(page, '?q=gron');
  const title = page.locator('ol.results .result-title', { hasText: 'Grøn omstilling' });
  await expect(title).toHaveCount(1);
  await expect(title.locator('mark')).toHaveText('Grøn');
});

test('a word searches from its second letter and two letters find what it will find: no empty list half way through a word', async ({ page }) => {
  await openExplore(page);
  const total = await shownCount(page);
  const firstTitle = await page.locator('ol.results .result-title').first().innerText();
  await searchBox(page).focus();
  // The first letter waits for the second: the list stays as it was, unmarked.
  await page.keyboard.type('g');
  await expect(page).toHaveURL(/[?&]q=g(&|$)/);
  expect(await shownCount(page)).toBe(total);
  await expect(page.locator('.empty-result')).toBeHidden();
  await expect(page.locator('ol.results .result-title').first()).toHaveText(firstTitle);
  await expect(page.locator('ol.results mark')).toHaveCount(0);
  await page.keyboard.type('r');
  await expect(searchBox(page)).toHaveValue('gr');
  const n = await shownCount(page);
  expect(n).toBeGreaterThan(0);
  expect(n).toBeLessThan(total);
  await expect(page.locator('.empty-result')).toBeHidden();
  const title = page.locator('ol.results .result-title', { hasText: 'Grøn omstilling' });
  await expect(title).toHaveCount(1);
  await expect(title.locator('mark').first()).toHaveText(/^gr/i);
  // The first letter of a second word leaves the results of the first.
  await page.keyboard.type('øn');
  await expect(page).toHaveURL(/[?&]q=gr%C3%B8n(&|$)/);
  const grøn = await page.locator('ol.results').textContent();
  await page.keyboard.type(' o');
  await expect(page).toHaveURL(/[?&]q=gr%C3%B8n(\+|%20)o(&|$)/);
  await expect(page.locator('ol.results')).toHaveText(grøn);
  await page.keyboard.type('m');
  await expect(title.locator('mark')).toHaveText([/^grøn$/i, /^omstilling$/i]);
});

test('"baeredygtige" and "bæredygtige" both find "Den grønne og bæredygtige region" (æ folded to ae)', async ({ page }) => {
  for (const q of ['baeredygtige', 'bæredygtige', 'BÆREDYGTIGE']) {
    await openExplore(page, `?q=${encodeURIComponent(q)}`);
    const title = page.locator('ol.results .result-title', { hasText: 'Den grønne og bæredygtige region' });
    await expect(title).toHaveCount(1);
    await expect(title.locator('mark')).toHaveText('bæredygtige');
  }
});

test('search "regionens" finds titles with "region" (Danish and Swedish stemming)', async ({ page }) => {
  await openExplore(page, '?q=regionens');
  await expect(page.locator('ol.results .result-title', { hasText: 'Den attraktive region' })).toHaveCount(1);
  await expect(page.locator('ol.results .result-title mark', { hasText: /^region$/i }).first()).toBeVisible();
});

test('typed and erased letter by letter, every result reads as on a page opened at that search', async ({ page, context }) => {
  // While typing, a result that stays only has its marks and its lines under the title
  // (translation, description) changed, and one that comes back into the list gets back the
  // elements it had, with the marks of then changed to those of now; opened afresh, it is made
  // whole. They must agree, also where a line comes, goes or changes language ("hälsa", "sus",
  // "grø", "in").
  const fresh = await context.newPage();
  const shown = resultsMarkup;
  for (const word of ['hälsa', 'sus', 'grø', 'in']) {
    await openExplore(page);
    for (let i = 1; i <= word.length; i++) {
      const typed = word.slice(0, i);
      await searchBox(page).pressSequentially(typed.slice(-1));
      await openExplore(fresh, `?q=${encodeURIComponent(typed)}`);
      const expected = await shown(fresh);
      await expect.poll(() => shown(page), { message: `results after typing "${typed}"` }).toEqual(expected);
    }
    for (let i = word.length - 1; i >= 0; i--) {
      const left = word.slice(0, i);
      await searchBox(page).press('Backspace');
      await openExplore(fresh, left ? `?q=${encodeURIComponent(left)}` : '');
      const expected = await shown(fresh);
      await expect.poll(() => shown(page), { message: `results after erasing to "${left}"` }).toEqual(expected);
    }
  }
});

test('a result that a filter takes out and brings back under another search reads as on a page opened at that state', async ({ page, context }) => {
  // A result that leaves the list keeps its elements, and gets them back when it returns: with
  // the marks of the search of now, not of the search it left under.
  const fresh = await context.newPage();
  const expectShown = async (query) => {
    await openExplore(fresh, query);
    const expected = await resultsMarkup(fresh);
    await expect.poll(() => resultsMarkup(page), { message: `results at ${query || 'no filter'}` }).toEqual(expected);
    return expected;
  };
  await openExplore(page);
  const all = await resultsMarkup(page);
  await page.locator('#facet-country-DK').click();
  await expectShown('?country=DK');
  await searchBox(page).fill('region');
  await expectShown('?q=region&country=DK');
  await page.locator('#facet-country-DK').click();
  const back = await expectShown('?q=region');
  // Some of them were in the list before the filter took them out, unmarked then.
  const titles = (items) => items.map((html) => html.replace(/<\/?mark>/g, ''));
  expect(titles(back).filter((t) => titles(all).includes(t)).length).toBeGreaterThan(0);
  expect(back.join('')).toContain('<mark>');
});

test('typing searches as you type; the history gets one entry per search, not per key', { tag: '@hosting' }, async ({ page }, testInfo) => {
  const root = appRoot(testInfo);
  await gotoApp(page, '');
  await page.locator('header nav a[href$="explore"]').first().click();
  await expect(page).toHaveURL(`${root}explore`);
  const total = await shownCount(page);

  await searchBox(page).pressSequentially('hälsa', { delay: 30 });
  await expect(page).toHaveURL(/[?&]q=h%C3%A4lsa$/);
  const n = await shownCount(page);
  expect(n).toBeLessThan(total);
  await expect(page.locator('ol.results mark').first()).toBeVisible();
  await expect(searchBox(page)).toBeFocused();

  await page.goBack();
  await expect(page).toHaveURL(`${root}explore`);
  await expect(countHeading(page)).toHaveText(countText(total));
  await expect(searchBox(page)).toHaveValue('');
  await page.goForward();
  await expect(page).toHaveURL(/[?&]q=h%C3%A4lsa$/);
  await expect(searchBox(page)).toHaveValue('hälsa');
  await expect(countHeading(page)).toHaveText(countText(n));
});

test('a key pressed just as the pause writes the search does not take over the previous page\'s history entry', async ({ page }, testInfo) => {
  // The clock is the page's own (timers and frames), so the key lands exactly between the
  // pause that writes the search and the frame that writes it.
  const root = appRoot(testInfo);
  await page.clock.install();
  await gotoApp(page, '');
  await page.locator('header nav a[href$="explore"]').first().click();
  await expect(page).toHaveURL(`${root}explore`);
  const total = await shownCount(page);

  await page.clock.pauseAt(Date.now() + 60_000);
  await searchBox(page).pressSequentially('h');
  await page.clock.runFor(300);
  await searchBox(page).pressSequentially('ä');
  await page.clock.runFor(2_000);
  await page.clock.resume();
  await expect(page).toHaveURL(/[?&]q=h%C3%A4$/);

  await page.goBack();
  await expect(page).toHaveURL(`${root}explore`);
  await expect(countHeading(page)).toHaveText(countText(total));
});

test('facet counts follow a typed search once typing pauses, and are marked busy until then', async ({ page, context }) => {
  // The page's own clock: the keys come with no pause in between, and the pause is then exact.
  await page.clock.install();
  await openExplore(page);
  const form = page.locator('form.facet-form');
  const watched = [['country', 'SE'], ['country', 'DK'], ['sdg', '13']];
  const counts = () => Promise.all(watched.map(([key, value]) => optionCount(page, key, value)));
  const before = await counts();
  await expect(form).not.toHaveAttribute('aria-busy');

  await page.clock.pauseAt(Date.now() + 60_000);
  await searchBox(page).pressSequentially('klimat');
  // The results follow every key at once; the counts wait, marked busy.
  await expect(page.locator('ol.results mark').first()).toBeVisible();
  await expect(form).toHaveAttribute('aria-busy', 'true');
  expect(await counts()).toEqual(before);

  await page.clock.runFor(2_000);
  await page.clock.resume();
  await expect(page).toHaveURL(/[?&]q=klimat$/);
  await expect(form).not.toHaveAttribute('aria-busy');
  // Now they are those of a page opened at that search.
  const fresh = await context.newPage();
  await openExplore(fresh, '?q=klimat');
  const expected = await Promise.all(watched.map(([key, value]) => optionCount(fresh, key, value)));
  expect(expected).not.toEqual(before);
  await expect.poll(counts).toEqual(expected);
});

test('the URL holds the whole state: reload and back/forward restore the same view', { tag: '@hosting' }, async ({ page }) => {
  await totalEntries(page);
  await option(page, 'country', 'SE').check();
  await expect(page).toHaveURL(/country=SE/);
  const afterCountry = await countHeading(page).innerText();
  await option(page, 'status', 'until-further-notice').check();
  await expect(page).toHaveURL(/country=SE&status=until-further-notice/);
  await searchBox(page).fill('kompetens');
  await expect(page).toHaveURL(/q=kompetens&country=SE&status=until-further-notice/);
  const url = page.url();
  const count = await countHeading(page).innerText();
  const titles = await page.locator('ol.results .result-title').allInnerTexts();

  await page.reload();
  await waitForApp(page);
  await expect(page).toHaveURL(url);
  await expect(countHeading(page)).toHaveText(count);
  expect(await page.locator('ol.results .result-title').allInnerTexts()).toEqual(titles);
  await expect(searchBox(page)).toHaveValue('kompetens');
  await expect(option(page, 'country', 'SE')).toBeChecked();
  await expect(option(page, 'status', 'until-further-notice')).toBeChecked();

  // A shared link opened fresh shows the same.
  const fresh = await page.context().newPage();
  await fresh.goto(url);
  await waitForApp(fresh);
  await expect(countHeading(fresh)).toHaveText(count);
  await fresh.close();

  // Back: the search (one entry) goes, then the status facet.
  await page.goBack();
  await expect(page).toHaveURL(/country=SE&status=until-further-notice$/);
  await expect(searchBox(page)).toHaveValue('');
  await page.goBack();
  await expect(page).toHaveURL(/country=SE$/);
  await expect(countHeading(page)).toHaveText(afterCountry);
  await expect(option(page, 'status', 'until-further-notice')).not.toBeChecked();
  await expect(option(page, 'country', 'SE')).toBeChecked();
  await page.goForward();
  await expect(page).toHaveURL(/country=SE&status=until-further-notice$/);
  await expect(option(page, 'status', 'until-further-notice')).toBeChecked();
});


test('a browser without idle callbacks (Safari) still gets every filter and search in its URL and history', async ({ page }, testInfo) => {
  // The app writes the URL in the browser's next idle period; Safari has no
  // requestIdleCallback, and the write must not wait for one that never comes.
  await page.addInitScript(() => { delete window.requestIdleCallback; });
  const root = appRoot(testInfo);
  await openExplore(page);
  expect(await page.evaluate(() => 'requestIdleCallback' in window)).toBe(false);
  await option(page, 'country', 'SE').check();
  await expect(page).toHaveURL(/\?country=SE$/);
  await searchBox(page).pressSequentially('kompetens');
  await expect(page).toHaveURL(/\?q=kompetens&country=SE$/);
  await page.goBack();
  await expect(page).toHaveURL(/\?country=SE$/);
  await page.goBack();
  await expect(page).toHaveURL(`${root}explore`);
  await expect(option(page, 'country', 'SE')).not.toBeChecked();
});
test('active filters are chips that remove themselves; clear all removes everything', async ({ page }) => {
  const total = await totalEntries(page);
  await openExplore(page, '?q=region&country=DK&status=period-ended');
  await expect(chips(page)).toHaveCount(3);
  await expect(chips(page).nth(0)).toHaveAccessibleName(/Remove filter: Search: region/);
  const countryChip = chips(page).filter({ hasText: 'Country: Denmark' });
  await expect(countryChip).toHaveCount(1);
  await expect(countryChip).toHaveAttribute('href', /explore\?q=region&status=period-ended$/);

  await countryChip.click();
  await expect(page).toHaveURL(/explore\?q=region&status=period-ended$/);
  await expect(chips(page)).toHaveCount(2);
  await expect(option(page, 'country', 'DK')).not.toBeChecked();
  await expect(countHeading(page)).toBeFocused();

  await page.locator('.active-filters a.clear-all').click();
  await expect(page).toHaveURL(/explore$/);
  await expect(chips(page)).toHaveCount(0);
  await expect(countHeading(page)).toHaveText(countText(total));
  await expect(searchBox(page)).toHaveValue('');
  await expect(page.locator('fieldset.facet input:checked')).toHaveCount(0);
});

test('an empty result says so and offers to clear the filters', async ({ page }) => {
  const total = await totalEntries(page);
  await openExplore(page, '?q=zzqqxx&country=SE');
  await expect(countHeading(page)).toHaveText('No results');
  await expect(results(page)).toHaveCount(0);
  const empty = page.locator('.empty-result');
  await expect(empty).toContainText('Nothing matches these filters.');
  await expect(empty).toContainText('Try fewer words or remove a filter.');
  await empty.getByRole('link', { name: 'Clear all' }).click();
  await expect(page).toHaveURL(/explore$/);
  await expect(countHeading(page)).toHaveText(countText(total));
});

test('every change is announced in a polite live region with the count', async ({ page }) => {
  await totalEntries(page);
  await expect(liveRegion(page)).toHaveCount(1);
  await expect(liveRegion(page)).toHaveAttribute('role', 'status');
  const dk = await optionCount(page, 'country', 'DK');
  await option(page, 'country', 'DK').check();
  await expect(liveRegion(page)).toHaveText(countText(dk));
  await searchBox(page).fill('zzqqxx');
  await expect(liveRegion(page)).toHaveText('No results');
  await searchBox(page).fill('');
  await expect(liveRegion(page)).toHaveText(countText(dk));
  // In the UI language.
  await openExplore(page, '?lang=da');
  await option(page, 'country', 'DK').check();
  await expect(liveRegion(page)).toHaveText(`${dk} resultater`);
});

test('malformed and unknown parameters are ignored', async ({ page }) => {
  const total = await totalEntries(page);
  await openExplore(page, '?sdg=abc&country=XX&foo=1');
  await heading(page);
  await expect(countHeading(page)).toHaveText(countText(total));
  await expect(chips(page)).toHaveCount(0);
  await expect(page.locator('fieldset.facet input:checked')).toHaveCount(0);
  await openExplore(page, '?sdg=99&region=atlantis&strategy=nope&kind=plan&basis=maybe&status=old&q=');
  await expect(countHeading(page)).toHaveText(countText(total));
  await expect(chips(page)).toHaveCount(0);
  // Good values next to bad ones still apply.
  const se = await optionCount(page, 'country', 'SE');
  await openExplore(page, '?country=XX&country=se&sdg=abc');
  await expect(countHeading(page)).toHaveText(countText(se));
  await expect(chips(page)).toHaveCount(1);
});

test('the UI language on the URL is kept when filters change', async ({ page }) => {
  await openExplore(page, '?lang=da');
  await expect(page.locator('h1')).toHaveText('Udforsk');
  await option(page, 'status', 'in-force').check();
  await expect(page).toHaveURL(/status=in-force&lang=da$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'da');
  await expect(countHeading(page)).toHaveText(/resultat/);
});

test('works 360 px wide without horizontal scrolling; filters fold into a disclosure', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await openExplore(page, `?q=${encodeURIComponent('kompetensförsörjning')}&country=SE&status=in-force`);
  const noHorizontalScroll = async () => {
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(360);
  };
  await expect(countHeading(page)).toBeInViewport();
  const details = page.locator('details.facets');
  expect(await details.evaluate((d) => d.open)).toBe(false);
  await noHorizontalScroll();
  await details.locator('summary').click();
  await expect(option(page, 'country', 'SE')).toBeVisible();
  await noHorizontalScroll();
  await openExplore(page, '');
  await noHorizontalScroll();
  await openExplore(page, '?q=zzqqxx&country=SE');
  await noHorizontalScroll();
});

test('a long list is shown 10 at a time and starts again at one page when the filters change', async ({ page }) => {
  const total = await totalEntries(page);
  expect(total, 'the bundled data has more entries than one page').toBeGreaterThan(PAGE_SIZE);
  await expect(results(page)).toHaveCount(total);
  await searchBox(page).fill('region');
  await expect(countHeading(page)).not.toHaveText(countText(total));
  await searchBox(page).fill('');
  await expect(countHeading(page)).toHaveText(countText(total));
  await expect(results(page)).toHaveCount(PAGE_SIZE);
  await expect(showMore(page)).toBeVisible();
});
