// The SDG, compare and timeline pages. Expected counts are computed from the published open
// data (data/strategy-explorer-data.json), so the specs keep holding while links are added.
// Tests tagged @hosting also run with the app under "/explorer/": navigate with relative paths only.

import { test, expect, gotoApp, heading, appRoot } from './helpers.mjs';

async function dataset(request) {
  const response = await request.get('data/strategy-explorer-data.json');
  expect(response.ok()).toBe(true);
  return response.json();
}

/** The goal numbers of every link of a strategy: its own, its parts' and its items'. */
function goalsOf(strategy) {
  const goals = (strategy.sdg ?? []).map((l) => l.goal);
  for (const part of strategy.parts ?? []) {
    goals.push(...(part.sdg ?? []).map((l) => l.goal));
    for (const item of part.items ?? []) goals.push(...(item.sdg ?? []).map((l) => l.goal));
  }
  return goals;
}

const countOf = (strategy, goal) => goalsOf(strategy).filter((g) => g === goal).length;
const linksText = (n) => (n === 1 ? '1 link' : `${n} links`);
const goalName = (data, n, lang = 'en') => data.sdgs.find((g) => g.number === n).name[lang];
const entryCount = (s) => (s.parts ?? []).reduce((sum, p) => sum + 1 + (p.items ?? []).length, 0);
const linkedEntryCount = (s) =>
  (s.parts ?? []).reduce((sum, p) => sum + ((p.sdg ?? []).length > 0 ? 1 : 0) + (p.items ?? []).filter((i) => (i.sdg ?? []).length > 0).length, 0);

// ---------------------------------------------------------------------------------------------
// /sdg

test('/sdg shows the 17 goals with number, name, link count and a link each', async ({ page, request }, testInfo) => {
  const data = await dataset(request);
  const root = appRoot(testInfo);
  await gotoApp(page, 'sdg');
  await expect(await heading(page)).toHaveText('The Sustainable Development Goals');
  await expect(page).toHaveTitle('The Sustainable Development Goals · Strategy Explorer');
  const tiles = page.locator('main .sdg-index-grid a.sdg-tile');
  await expect(tiles).toHaveCount(17);
  for (let n = 1; n <= 17; n++) {
    const tile = tiles.nth(n - 1);
    await expect(tile.locator('.sdg-number')).toHaveText(String(n));
    await expect(tile.locator('.sdg-name')).toHaveText(goalName(data, n));
    const links = data.strategies.reduce((sum, s) => sum + countOf(s, n), 0);
    await expect(tile.locator('.sdg-count')).toHaveText(linksText(links));
    expect(await tile.evaluate((a) => a.href)).toBe(`${root}sdg/${n}`);
  }
});

test('a goal tile on /sdg opens its goal page in the app', { tag: '@hosting' }, async ({ page }, testInfo) => {
  const root = appRoot(testInfo);
  await gotoApp(page, 'sdg');
  await page.locator('main .sdg-index-grid a.sdg-tile').nth(12).click();
  await expect(page).toHaveURL(`${root}sdg/13`);
  await expect(await heading(page)).toHaveText('Climate Action');
});

// ---------------------------------------------------------------------------------------------
// /sdg/{n}

/** Checks a goal page against the data: names, and links grouped by region then strategy. */
async function checkGoalPage(page, data, n) {
  await gotoApp(page, `sdg/${n}`);
  await expect(await heading(page)).toHaveText(goalName(data, n));
  await expect(page.locator('.goal-banner')).toContainText(`Goal ${n}`);
  await expect(page).toHaveTitle(`Goal ${n}: ${goalName(data, n)} · Strategy Explorer`);
  await expect(page.locator('.goal-names dd')).toHaveText([goalName(data, n), goalName(data, n, 'da'), goalName(data, n, 'sv')]);

  const linked = data.strategies.filter((s) => countOf(s, n) > 0);
  const total = linked.reduce((sum, s) => sum + countOf(s, n), 0);
  await expect(page.locator('#linked-heading')).toContainText(linksText(total));
  if (linked.length === 0) {
    await expect(page.locator('main')).toContainText('Nothing in the strategies is linked to this goal yet.');
    await expect(page.locator('.goal-region')).toHaveCount(0);
    return;
  }
  // One section per region, in dataset order, with each linked strategy once.
  const regionIds = [...new Set(linked.map((s) => s.regions[0]))];
  const regionNames = data.regions.filter((r) => regionIds.includes(r.id)).map((r) => r.name.text);
  const regions = page.locator('section.goal-region');
  await expect(regions).toHaveCount(regionNames.length);
  for (const [i, name] of regionNames.entries()) await expect(regions.nth(i).locator('h3')).toContainText(name);
  for (const s of linked) {
    const h4 = page.locator(`.goal-region h4:has(a[href$="strategy/${s.id}"])`);
    await expect(h4).toHaveCount(1);
    const entries = h4.locator('xpath=following-sibling::ul[1]/li');
    await expect(entries).toHaveCount(countOf(s, n));
    for (let i = 0; i < countOf(s, n); i++) {
      const entry = entries.nth(i);
      await expect(entry.locator('.basis')).toHaveCount(1);
      expect(await entry.locator('a.linked-entry-title').getAttribute('href')).toContain(`strategy/${s.id}`);
      // Our own readings always carry their reason.
      const basis = await entry.locator('.basis').innerText();
      if (basis !== 'Stated') await expect(entry.locator('.reason')).toHaveCount(1);
    }
  }
}

test('/sdg/13 shows the goal in its three names and its links grouped by region and strategy', async ({ page, request }) => {
  const data = await dataset(request);
  await checkGoalPage(page, data, 13);
});

test('the goal with the most links shows each of them with its basis', async ({ page, request }) => {
  const data = await dataset(request);
  let best = 1;
  let most = -1;
  for (let n = 1; n <= 17; n++) {
    const links = data.strategies.reduce((sum, s) => sum + countOf(s, n), 0);
    if (links > most) [best, most] = [n, links];
  }
  await checkGoalPage(page, data, best);
});

test('a goal page in Danish names the goal in Danish first', async ({ page }) => {
  await gotoApp(page, 'sdg/13?lang=da');
  await expect(await heading(page)).toHaveText('Klimaindsats');
  await expect(page.locator('.goal-names dd')).toHaveText(['Klimaindsats', 'Bekämpa klimatförändringarna', 'Climate Action']);
  await expect(page.locator('.goal-banner')).toContainText('Mål 13');
});

for (const bad of ['sdg/0', 'sdg/18', 'sdg/abc']) {
  test(`"${bad}" shows the Not Found page with suggestions`, async ({ page }) => {
    await gotoApp(page, bad);
    await expect(await heading(page)).toHaveText('Page not found');
    await expect(page.locator('main a[href$="/sdg"]').first()).toBeVisible();
  });
}

test('goal pages link to the previous and next goal, in the app', { tag: '@hosting' }, async ({ page, request }, testInfo) => {
  const data = await dataset(request);
  const root = appRoot(testInfo);
  await gotoApp(page, 'sdg/1');
  const nav = page.locator('nav.prev-next');
  await expect(nav.locator('a[rel="prev"]')).toHaveCount(0);
  await nav.locator('a[rel="next"]').click();
  await expect(page).toHaveURL(`${root}sdg/2`);
  await expect(page.locator('h1')).toHaveText(goalName(data, 2));
  expect(await nav.locator('a[rel="prev"]').evaluate((a) => a.href)).toBe(`${root}sdg/1`);
  await gotoApp(page, 'sdg/17');
  await expect(nav.locator('a[rel="next"]')).toHaveCount(0);
  expect(await nav.locator('a[rel="prev"]').evaluate((a) => a.href)).toBe(`${root}sdg/16`);
});

// ---------------------------------------------------------------------------------------------
// /compare

test('/compare matrix: a captioned table of 5 strategies by 17 goals with the counts of the data', async ({ page, request }) => {
  const data = await dataset(request);
  await gotoApp(page, 'compare');
  await expect(await heading(page)).toHaveText('Compare');
  const table = page.locator('table.matrix');
  await expect(table.locator('caption')).toHaveText('Links per strategy and goal');
  const goalHeaders = table.locator('thead th.goal-col');
  await expect(goalHeaders).toHaveCount(17);
  await expect(goalHeaders).toHaveText(Array.from({ length: 17 }, (_, i) => String(i + 1)));
  expect(await table.locator('thead th').evaluateAll((ths) => ths.every((th) => th.getAttribute('scope') === 'col'))).toBe(true);

  const rows = table.locator('tbody tr');
  await expect(rows).toHaveCount(data.strategies.length);
  expect(data.strategies.length).toBe(5);
  for (const s of data.strategies) {
    const row = table.locator(`tbody tr:has(th[scope="row"] a[href$="strategy/${s.id}"])`);
    await expect(row).toHaveCount(1);
    const cells = row.locator('td');
    await expect(cells).toHaveCount(18);
    const expected = Array.from({ length: 17 }, (_, g) => String(countOf(s, g + 1)));
    expected.push(String(goalsOf(s).length));
    await expect(cells).toHaveText(expected);
  }
  const totals = Array.from({ length: 17 }, (_, g) => String(data.strategies.reduce((sum, s) => sum + countOf(s, g + 1), 0)));
  totals.push(String(data.strategies.reduce((sum, s) => sum + goalsOf(s).length, 0)));
  await expect(table.locator('tfoot td')).toHaveText(totals);
});

test('selecting a cell lists its links below, puts it in the URL and survives a reload', { tag: '@hosting' }, async ({ page, request }, testInfo) => {
  const data = await dataset(request);
  const root = appRoot(testInfo);
  let cell = null;
  for (const s of data.strategies) {
    for (let g = 1; g <= 17 && !cell; g++) if (countOf(s, g) > 0) cell = { id: s.id, goal: g, n: countOf(s, g) };
    if (cell) break;
  }
  if (!cell) {
    // No links in the data yet: a selection made through the URL still shows, and says so.
    const id = data.strategies[0].id;
    await gotoApp(page, `compare?strategy=${id}&goal=13`);
    await expect(page.locator('#selection-heading')).toContainText('goal 13');
    await expect(page.locator('.selection')).toContainText('Nothing in the strategies is linked to this goal yet.');
    return;
  }
  await gotoApp(page, 'compare');
  const link = page.locator(`table.matrix tbody tr:has(th a[href$="strategy/${cell.id}"]) td:nth-of-type(${cell.goal}) a`);
  await expect(link).toHaveText(String(cell.n));
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(`${root}compare?strategy=${cell.id}&goal=${cell.goal}`);
  const selectionHeading = page.locator('#selection-heading');
  await expect(selectionHeading).toContainText(`goal ${cell.goal}`);
  await expect(selectionHeading).toBeFocused();
  await expect(link).toHaveAttribute('aria-current', 'true');
  const items = page.locator('.selection ul.linked-entries > li');
  await expect(items).toHaveCount(cell.n);
  await expect(items.locator('.basis')).toHaveCount(cell.n);

  await page.reload();
  await expect(page.locator('#selection-heading')).toContainText(`goal ${cell.goal}`);
  await expect(page.locator('.selection ul.linked-entries > li')).toHaveCount(cell.n);

  await page.locator('.selection a', { hasText: 'Clear the selection' }).click();
  await expect(page).toHaveURL(`${root}compare`);
  await expect(page.locator('#selection-heading')).toHaveCount(0);
});

test('an unknown selection in the URL is said so, not ignored', async ({ page }) => {
  await gotoApp(page, 'compare?strategy=no-such-strategy&goal=13');
  await expect(page.locator('.selection')).toContainText('The strategy or goal chosen in the address is not in this dataset.');
  await gotoApp(page, 'compare?strategy=kalmar-rus-2030&goal=18');
  await expect(page.locator('.selection')).toContainText('not in this dataset');
});

test('/compare coverage: per strategy, the goals touched and the entries without a link', async ({ page, request }) => {
  const data = await dataset(request);
  await gotoApp(page, 'compare');
  const items = page.locator('ul.coverage-list > li.coverage');
  await expect(items).toHaveCount(data.strategies.length);
  for (const s of data.strategies) {
    const item = items.filter({ has: page.locator(`h3 a[href$="strategy/${s.id}"]`) });
    const touched = new Set(goalsOf(s)).size;
    await expect(item).toContainText(`${touched} of 17 goals linked`);
    await expect(item.locator('.goal-chips a.sdg-tile')).toHaveCount(touched);
    const unlinked = entryCount(s) - linkedEntryCount(s);
    await expect(item).toContainText(`${unlinked} of ${entryCount(s)} parts and items have no link of their own`);
  }
});

test('/compare structures: the three regions side by side with their strategies, parts and counts', async ({ page, request }) => {
  const data = await dataset(request);
  await gotoApp(page, 'compare');
  await expect(page.locator('#structures-heading')).toHaveText('What each region prioritises');
  const regions = page.locator('section.compare-region');
  await expect(regions).toHaveCount(3);
  for (const [i, name] of ['Region Sjælland', 'Region Sörmland', 'Region Kalmar län'].entries()) {
    await expect(regions.nth(i).locator('h3')).toContainText(name);
  }
  for (const [i, region] of data.regions.entries()) {
    const strategies = data.strategies.filter((s) => s.regions.includes(region.id));
    const articles = regions.nth(i).locator('article.compare-strategy');
    await expect(articles).toHaveCount(strategies.length);
    for (const s of strategies) {
      const article = articles.filter({ has: page.locator(`h4 a[href$="strategy/${s.id}"]`) });
      const parts = s.parts.length;
      const items = s.parts.reduce((sum, p) => sum + (p.items ?? []).length, 0);
      await expect(article.locator('.card-size')).toContainText(`${parts} part${parts === 1 ? '' : 's'} · ${items} item${items === 1 ? '' : 's'}`);
      await expect(article.locator('.structure-parts li > a:not(.external)')).toHaveCount(parts);
    }
  }
  // Region Sjælland's council strategy has 12 citizen promises; the wording of 10 is not in our sources.
  const forBorgerne = page.locator('article.compare-strategy:has(h4 a[href$="strategy/sjaelland-for-borgerne-2022"])');
  await expect(forBorgerne.locator('.structure-declared')).toContainText('10 not available in our sources');
});

// ---------------------------------------------------------------------------------------------
// /timeline

test('/timeline lists all five strategies with adoption, period, status, events and the Sjælland successor', async ({ page, request }) => {
  const data = await dataset(request);
  await gotoApp(page, 'timeline');
  await expect(await heading(page)).toHaveText('Timeline');
  const entries = page.locator('ol.timeline-list > li > article.timeline-entry');
  await expect(entries).toHaveCount(5);
  for (const s of data.strategies) {
    const entry = entries.filter({ has: page.locator(`h3 a[href$="strategy/${s.id}"]`) });
    await expect(entry).toHaveCount(1);
    const facts = entry.locator('dl.timeline-facts');
    await expect(facts.locator('dt')).toContainText(['Adopted', 'Period', 'Status']);
    await expect(facts.locator('dd').first()).toContainText(s.adopted.date.slice(0, 4));
    await expect(entry.locator('ol.events > li')).toHaveCount((s.events ?? []).length);
  }
  const rus2020 = entries.filter({ has: page.locator('h3 a[href$="strategy/sjaelland-rus-2020"]') });
  await expect(rus2020.locator('dd').first()).toContainText(/November 30, 2020|30 November 2020/);
  await expect(rus2020.locator('.status')).toHaveText('Superseded');
  const successor = rus2020.locator('dd.tl-successor');
  await expect(successor).toContainText('spring 2024');
  await expect(successor).toContainText('A new regional development strategy');
  await expect(successor.locator('.sources a').first()).toBeVisible();
  const kalmar = entries.filter({ has: page.locator('h3 a[href$="strategy/kalmar-rus-2030"]') });
  await expect(kalmar.locator('dd').first()).toContainText('spring 2018');
  const sormland = entries.filter({ has: page.locator('h3 a[href$="strategy/sormlandsstrategin"]') });
  await expect(sormland.locator('dd').nth(1)).toContainText('until further notice');
});

test('/timeline chart: one labelled image with a row per strategy, the successor, and today', async ({ page, request }) => {
  const data = await dataset(request);
  await gotoApp(page, 'timeline');
  const chart = page.locator('svg.timeline-chart');
  await expect(chart).toHaveAttribute('role', 'img');
  const label = await chart.getAttribute('aria-label');
  const dates = data.strategies.flatMap((s) => [s.adopted?.date, s.period.from, s.period.to, s.successor?.adopted, ...(s.events ?? []).map((e) => e.date)]);
  const years = dates.filter(Boolean).map((d) => Number(d.slice(0, 4)));
  expect(label).toContain(`from ${Math.min(...years)} to ${Math.max(2033, ...years)}`);
  const rows = chart.locator('g.tl-row');
  await expect(rows).toHaveCount(data.strategies.length + data.strategies.filter((s) => s.successor && !s.successor.strategy).length);
  await expect(rows.filter({ hasText: 'Successor of Den regionale udviklingsstrategi' })).toHaveCount(1);
  await expect(chart.locator('line.tl-today')).toHaveCount(1);
  await expect(chart.locator('text.tl-today-label')).toHaveText('Today');
  const events = data.strategies.reduce((sum, s) => sum + (s.events ?? []).length, 0);
  await expect(chart.locator('circle.tl-event')).toHaveCount(events);
  await expect(page.locator('.timeline-scroll')).toHaveAttribute('tabindex', '0');
});

test('/timeline in Swedish', async ({ page }) => {
  await gotoApp(page, 'timeline?lang=sv');
  await expect(await heading(page)).toHaveText('Tidslinje');
  await expect(page.locator('svg.timeline-chart text.tl-today-label')).toHaveText('I dag');
  await expect(page.locator('dd.tl-successor')).toContainText('våren 2024');
});

// ---------------------------------------------------------------------------------------------
// Small screens

for (const route of ['sdg', 'sdg/13', 'sdg/abc', 'compare', 'compare?strategy=kalmar-rus-2030&goal=13', 'timeline']) {
  test(`"${route}" does not scroll sideways at 360 px`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await gotoApp(page, route);
    await heading(page);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(360);
  });
}

test('at 360 px the matrix and the chart scroll inside their own keyboard-focusable wrappers', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  for (const [route, wrapper] of [['compare', '.matrix-scroll'], ['timeline', '.timeline-scroll']]) {
    await gotoApp(page, route);
    const box = page.locator(wrapper);
    await expect(box).toHaveAttribute('tabindex', '0');
    const { scroll, client } = await box.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    expect(scroll).toBeGreaterThan(client);
    await box.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => box.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  }
});
