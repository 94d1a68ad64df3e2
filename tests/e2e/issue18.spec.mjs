// Issue 18 (the app side): statuses derived from the dates, the same on every page that shows
// them; inference marks where a grouping or link is shown; translation and summary marks in
// string places (tab title, results, chips); and the search finding the parts and items linked to
// a goal the query names, with the reason. Expectations come from the published open data and
// from the day the tests run (the bundle is built the same day: scripts/build.sh).

import { test, expect, gotoApp, heading } from './helpers.mjs';

async function dataset(request) {
  const response = await request.get('data/strategy-explorer-data.json');
  expect(response.ok()).toBe(true);
  return response.json();
}

/** The standing of a strategy today, by the rules of crates/core/src/status.rs. */
function standing(strategy, today = new Date()) {
  const day = today.toISOString().slice(0, 10);
  const earliest = (date) => {
    const [y, rest] = [date.slice(0, 4), date.slice(5)];
    const season = { spring: '03', summer: '06', autumn: '09', winter: '12' }[rest];
    if (season) return `${y}-${season}-01`;
    return `${y}-${rest.slice(0, 2) || '01'}-${rest.slice(3, 5) || '01'}`;
  };
  const latest = (date) => (date.length === 4 ? `${date}-12-31` : date.length === 7 ? `${date}-31` : date);
  const happened = (date) => !date || earliest(date) <= day;
  const replaced =
    (strategy.successor && happened(strategy.successor.adopted)) ||
    (strategy.events ?? []).some((e) => e.kind === 'superseded' && happened(e.date));
  if (replaced) return 'superseded';
  if (strategy.period.open_ended) return 'until-further-notice';
  if (strategy.period.to && latest(strategy.period.to) < day) return 'period-ended';
  return 'in-force';
}

const LABEL = {
  'in-force': 'In force',
  'until-further-notice': 'Valid until further notice',
  'period-ended': 'Period ended',
  superseded: 'Superseded',
};

const BORGERNE = 'sjaelland-for-borgerne-2022';

// ---------------------------------------------------------------------------------------------
// Statuses

test('"For borgerne 2022-2025" stands as its period says on every page that shows a status', async ({ page, request }) => {
  const data = await dataset(request);
  const borgerne = data.strategies.find((s) => s.id === BORGERNE);
  const expected = standing(borgerne);
  // The data names no successor and the period ends with 2025: from 2026 it has ended.
  expect(borgerne.successor ?? null).toBeNull();
  expect(expected).toBe(new Date().getUTCFullYear() > 2025 ? 'period-ended' : 'in-force');
  const detail = expected === 'period-ended' ? /ended 2025; no successor found in our sources/ : null;

  const check = async (scope) => {
    await expect(scope.locator(`.status-${expected}`)).toHaveText(LABEL[expected]);
    if (detail) await expect(scope).toContainText(detail);
  };

  await gotoApp(page, '');
  await check(page.locator('article.card').filter({ has: page.locator(`a[href$="strategy/${BORGERNE}"]`) }));

  await gotoApp(page, `strategy/${BORGERNE}`);
  await expect(await heading(page)).toBeVisible();
  await check(page.locator('section.facts'));

  await gotoApp(page, 'timeline');
  await check(page.locator('article.timeline-entry').filter({ has: page.locator(`h3 a[href$="strategy/${BORGERNE}"]`) }));

  await gotoApp(page, 'compare');
  await check(page.locator('article.compare-strategy').filter({ has: page.locator(`h4 a[href$="strategy/${BORGERNE}"]`) }));

  // The explorer's status facet and results agree.
  await gotoApp(page, `explore?status=${expected}`);
  await expect(page.locator('#explore-count')).toBeVisible();
  const sameStanding = data.strategies.filter((s) => standing(s) === expected);
  const entries = sameStanding.reduce((n, s) => n + (s.parts ?? []).reduce((m, p) => m + 1 + (p.items ?? []).length, 0), 0);
  await expect(page.locator('ol.results > li.result')).toHaveCount(Math.min(entries, 10)); // one page: PAGE_SIZE in src/pages/explore.rs
  await expect(page.locator(`#facet-status-${expected}`)).toBeChecked();
});

test('every strategy shows the status its dates give, in each language', async ({ page, request }) => {
  const data = await dataset(request);
  const labels = {
    da: { 'in-force': 'Gældende', 'until-further-notice': 'Gældende indtil videre', 'period-ended': 'Perioden er udløbet', superseded: 'Afløst' },
    sv: { 'in-force': 'Gällande', 'until-further-notice': 'Gäller tills vidare', 'period-ended': 'Perioden har löpt ut', superseded: 'Ersatt' },
    en: LABEL,
  };
  const standings = new Set(data.strategies.map((s) => standing(s)));
  // The bundled data covers more than one standing; otherwise this test would prove little.
  expect(standings.size).toBeGreaterThan(2);
  for (const lang of ['da', 'sv', 'en']) {
    await gotoApp(page, `?lang=${lang}`);
    for (const s of data.strategies) {
      const card = page.locator('article.card').filter({ has: page.locator(`a[href$="strategy/${s.id}"]`) });
      const st = standing(s);
      await expect(card.locator('.status')).toHaveText(labels[lang][st]);
      await expect(card.locator('.status')).toHaveClass(new RegExp(`status-${st}`));
    }
  }
});

// ---------------------------------------------------------------------------------------------
// Inference marks

test('an inferred grouping is marked in the strategy tree, on part pages and in compare', async ({ page, request }) => {
  const data = await dataset(request);
  for (const s of data.strategies) {
    const grouped = (s.parts ?? []).filter((p) => p.grouping && p.grouping.basis !== 'stated' && (p.items ?? []).length > 0);
    if (grouped.length === 0) continue;
    await gotoApp(page, `strategy/${s.id}`);
    await expect(await heading(page)).toBeVisible();
    for (const part of grouped) {
      const node = page.locator('ol.tree > li.tree-part').filter({ has: page.locator(`a.tree-title[href$="/${part.id}"]`) });
      await expect(node.locator(':scope > .grouping .basis')).toHaveClass(new RegExp(`basis-${part.grouping.basis}`));
      await expect(node.locator(':scope > .grouping .reason')).toBeVisible();
    }
    await gotoApp(page, 'compare');
    const structure = page.locator('article.compare-strategy').filter({ has: page.locator(`h4 a[href$="strategy/${s.id}"]`) });
    await expect(structure.locator(`.grouping-mark .basis-${grouped[0].grouping.basis}`).first()).toBeVisible();
    await expect(structure.locator('.grouping-mark')).toHaveCount(grouped.length);
  }
});

test('explorer results mark the goals whose link is our reading', async ({ page, request }) => {
  const data = await dataset(request);
  const inferredItem = data.strategies
    .flatMap((s) => (s.parts ?? []).flatMap((p) => (p.items ?? []).map((i) => ({ s, p, i }))))
    .find(({ i }) => (i.sdg ?? []).length > 0 && i.sdg.every((l) => l.basis !== 'stated'));
  expect(inferredItem, 'the data has an item linked only by our reading').toBeTruthy();
  const { s, i } = inferredItem;
  await gotoApp(page, `explore?strategy=${s.id}&sdg=${i.sdg[0].goal}`);
  const result = page.locator('ol.results > li.result').filter({ has: page.locator(`h3 a[href$="/${i.id}"]`) });
  await expect(result.locator(`.result-goals .basis-${i.sdg[0].basis}`).first()).toBeVisible();
});

// ---------------------------------------------------------------------------------------------
// Marks that travel

test('a translated title keeps its mark in the tab title and in explorer results', async ({ page, request }) => {
  const data = await dataset(request);
  const kalmar = data.strategies.find((s) => s.id === 'kalmar-rus-2030');
  expect(kalmar.title.translations.da).toBeTruthy();
  await gotoApp(page, 'strategy/kalmar-rus-2030?lang=da');
  await expect(await heading(page)).toBeVisible();
  await expect(page).toHaveTitle(`${kalmar.title.translations.da} (uofficiel oversættelse) · Strategy Explorer`);
  await gotoApp(page, 'explore?strategy=kalmar-rus-2030&lang=en');
  await expect(page.locator('ol.results > li.result').first().locator('.result-meta')).toContainText(
    `${kalmar.title.translations.en} (unofficial translation)`,
  );
  // The filter chip too.
  await expect(page.locator('ul.chips a.chip:visible').first()).toContainText('(unofficial translation)');
});

test('a title that is our summary keeps its mark in the tab title and the facet options', async ({ page, request }) => {
  const data = await dataset(request);
  const summary = data.strategies.find((s) => s.title.wording === 'paraphrase');
  expect(summary, 'the data has a paraphrased strategy title').toBeTruthy();
  await gotoApp(page, `strategy/${summary.id}?lang=sv`);
  await expect(await heading(page)).toBeVisible();
  await expect(page).toHaveTitle(/\(vår sammanfattning\) · Strategy Explorer$/);
  await gotoApp(page, 'explore?lang=en');
  await expect(page.locator(`label[for="facet-strategy-${summary.id}"]`)).toContainText('(our summary)');
});

// ---------------------------------------------------------------------------------------------
// Search knows the goals

/** Ids of the parts and items linked directly to `goal`. */
function linkedTo(data, goal) {
  const ids = [];
  for (const s of data.strategies) {
    for (const p of s.parts ?? []) {
      if ((p.sdg ?? []).some((l) => l.goal === goal)) ids.push(p.id);
      for (const i of p.items ?? []) if ((i.sdg ?? []).some((l) => l.goal === goal)) ids.push(i.id);
    }
  }
  return ids;
}

for (const { q, lang, goal, reason } of [
  { q: 'energi', lang: 'sv', goal: 7, reason: 'Kopplad till globalt mål 7: Hållbar energi för alla' },
  { q: 'klimat', lang: 'sv', goal: 13, reason: 'Kopplad till globalt mål 13: Bekämpa klimatförändringarna' },
  { q: 'sundhed', lang: 'da', goal: 3, reason: 'Koblet til verdensmål 3: Sundhed og trivsel' },
  { q: 'mål 7', lang: 'da', goal: 7, reason: 'Koblet til verdensmål 7: Bæredygtig energi' },
  { q: 'goal 13', lang: 'en', goal: 13, reason: 'Linked to goal 13: Climate Action' },
]) {
  test(`searching "${q}" (${lang}) finds the entries linked to goal ${goal}, with the reason`, async ({ page, request }) => {
    const data = await dataset(request);
    expect(linkedTo(data, goal).length).toBeGreaterThan(0);
    await gotoApp(page, `explore?q=${encodeURIComponent(q)}&lang=${lang}&sdg=${goal}`);
    const found = page.locator('ol.results > li.result');
    await expect(found.first()).toBeVisible();
    // With the goal's facet on, every entry linked to it is found: directly or through the goal.
    const linked = linkedTo(data, goal).length;
    await expect(found).toHaveCount(Math.min(linked, 10)); // one page: PAGE_SIZE in src/pages/explore.rs
    // The rest of the list, page by page: the entries found through the goal come last.
    for (let shown = 10; shown < linked; shown += 10) {
      await page.locator('.show-more button').click();
      await expect(found).toHaveCount(Math.min(linked, shown + 10));
    }
    const viaGoal = found.filter({ has: page.locator('.result-reason') });
    await expect(viaGoal.first().locator('.result-reason')).toHaveText(reason);
    // Direct word matches come first: no result with a reason precedes one without.
    const reasons = await found.evaluateAll((items) => items.map((li) => li.querySelector('.result-reason') !== null));
    expect(reasons.indexOf(true)).toBeGreaterThanOrEqual(0);
    expect(reasons.slice(reasons.indexOf(true)).every(Boolean)).toBe(true);
  });
}
