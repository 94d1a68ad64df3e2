// The bundled data, seen through the UI: every strategy, part and declared count that the
// sources give is on its strategy page, every rendered part and item links its source, and the
// open data files download and parse. Expectations are the official names from the sources
// (shared/reference/sourced-facts.md), not read back from the app's own data.

import { test, expect, gotoApp, heading } from './helpers.mjs';

const STRATEGIES = {
  'sjaelland-rus-2020': {
    title: 'Den regionale udviklingsstrategi',
    parts: ['Den attraktive region', 'Den kompetente region', 'Den sammenhængende region', 'Den grønne og bæredygtige region'],
    // Each theme: 3 indsatsområder and 2 strategiske mål, wording not in the sources.
    declared: [[3, 'indsatsområder'], [2, 'strategiske mål']],
  },
  'sjaelland-for-borgerne-2022': {
    title: 'For borgerne',
    parts: ['Tættere på borgerne', 'Mere forebyggelse', 'Bedre sammenhæng', 'Grøn omstilling'],
    // 12 in all; two are known from a third-party copy of the budget summary (sourced-facts 8.1).
    declared: [[10, 'borgerløfter']],
  },
  sormlandsstrategin: {
    title: 'Sörmlandsstrategin',
    parts: [
      'Jämlika livsvillkor och god hälsa för alla, med särskilt fokus på barn och unga',
      'Goda boende- och livsmiljöer som ger jämlika möjligheter till arbete, välbefinnande och välfärd',
      'En hållbar fysisk och digital tillgänglighet och mobilitet',
      'Kompetensförsörjning och livslångt lärande',
      'Ett växande och dynamiskt näringsliv som bidrar till hållbar omställning',
    ],
    declared: [],
  },
  'sormland-avsiktsforklaring-2023': {
    // The declaration's own title is not in our source: the title is our description, and texts
    // of ours are shown in the reader's language (English here).
    title: 'Declaration of intent',
    parts: [
      'Kompetensförsörjning för livslångt lärande',
      'Analys, planerings- och kunskapsunderlag, uppföljning och lärande',
      'EU:s strukturfonder',
    ],
    declared: [],
  },
  'kalmar-rus-2030': {
    title: 'Klimat att växa i',
    parts: [
      'Delaktighet, hälsa och välbefinnande',
      'God miljö för barn och unga',
      'Hållbar samhällsplanering',
      'Stärkt konkurrenskraft',
      'Hög självskattad hälsa i hela länet.',
      'Region Kalmar län är en fossilbränslefri region.',
      'Ökat antal företag inom kunskapsintensiv tjänstesektor.',
    ],
    declared: [],
  },
};

for (const [id, expected] of Object.entries(STRATEGIES)) {
  test(`strategy page ${id} shows its title, structure, declared content and sources`, async ({ page }) => {
    await gotoApp(page, `strategy/${id}`);
    await expect(await heading(page)).toContainText(expected.title);
    const tree = page.locator('section[aria-labelledby="structure-heading"]');
    for (const part of expected.parts) {
      await expect(tree.getByText(part, { exact: true }).first()).toBeVisible();
    }
    for (const [count, label] of expected.declared) {
      const notices = page.locator('.declared', { hasText: label });
      await expect(notices.first()).toContainText(String(count));
      // Declared content is never filled in: it links to where a reader finds the wording.
      await expect(notices.first().locator('a.external').first()).toHaveAttribute('href', /^https:\/\//);
    }
    await expect(page.locator('section[aria-labelledby="sources-heading"] a[href^="https://"]').first()).toBeVisible();
  });
}

test('the Sjælland RUS shows 4 themes with 3 + 2 declared items each, and its successor', async ({ page }) => {
  await gotoApp(page, 'strategy/sjaelland-rus-2020');
  await expect(page.locator('.tree-part')).toHaveCount(4);
  await expect(page.locator('.tree-part .declared')).toHaveCount(8);
  await expect(page.locator('.facts')).toContainText('2033');
});

test('Kalmar: 4 priority areas with 10 goals to 2030, 3 dimensions and 3 perspectives, grouping marked as our reading', async ({ page }) => {
  await gotoApp(page, 'strategy/kalmar-rus-2030');
  await expect(page.locator('.tree-part')).toHaveCount(10);
  await expect(page.locator('.tree-items > li')).toHaveCount(10);
  await gotoApp(page, 'strategy/kalmar-rus-2030/hallbar-samhallsplanering');
  await expect(page.locator('.grouping')).toContainText('Our reading');
});

test('Sörmlandsstrategin keeps the superseded 2019 directions, marked as no longer in force', async ({ page }) => {
  await gotoApp(page, 'strategy/sormlandsstrategin');
  await expect(page.locator('.tree-part.superseded')).toHaveCount(2);
  await expect(page.locator('.tree-part.superseded').first()).toContainText('No longer in force');
  await expect(page.locator('figure.figure table')).not.toHaveCount(0);
});

// Every part and item page, reached as a reader does, from its strategy page's tree (in-app
// navigation). One test per strategy: all of them in one test, each page loaded afresh, took
// a minute and ran into the test timeout on a busy machine.
for (const id of Object.keys(STRATEGIES)) {
  test(`every part and item page of ${id} links its source`, async ({ page, request }) => {
    const data = await (await request.get('data/strategy-explorer-data.json')).json();
    const strategy = data.strategies.find((s) => s.id === id);
    expect(strategy, `${id} is in the published data`).toBeTruthy();
    // A source's words are shown as they are; our own (paraphrased) titles in the UI language.
    const shown = (t) => (t.wording === 'paraphrase' && (t.lang ?? strategy.language) !== 'en' ? t.translations.en : t.text);
    const pages = strategy.parts.flatMap((part) => [
      [`strategy/${id}/${part.id}`, shown(part.title)],
      ...part.items.map((i) => [`strategy/${id}/${part.id}/${i.id}`, shown(i.title)]),
    ]);
    await gotoApp(page, `strategy/${id}`);
    const tree = page.locator('main ol.tree');
    // The shell is up before the page: its code and the dataset load after it.
    await expect(tree.locator('a').first()).toBeVisible();
    const linked = await tree.locator('a').evaluateAll((as) => as.map((a) => new URL(a.href).pathname));
    for (const [path, title] of pages) {
      expect(linked.some((href) => href.endsWith(`/${path}`)), `the tree links ${path}`).toBe(true);
      await tree.locator(`a[href$="/${path}"]`).first().click();
      await expect(page).toHaveURL(new RegExp(`/${path}$`));
      await expect(await heading(page)).toContainText(title);
      await expect(page.locator('main .sources a[href^="https://"]'), `${path} links no source`).not.toHaveCount(0);
      await page.goBack();
      await expect(tree).toBeVisible();
    }
  });
}

test('open data downloads: dataset JSON, SDG links CSV and JSON Schema', { tag: '@hosting' }, async ({ page, request }) => {
  await gotoApp(page, 'about');
  const downloads = page.locator('main a[download]');
  await expect(downloads).toHaveCount(3);
  const hrefs = await downloads.evaluateAll((as) => as.map((a) => a.href));
  const [json, csv, schema] = await Promise.all(hrefs.map((h) => request.get(h)));
  for (const r of [json, csv, schema]) expect(r.ok()).toBe(true);
  const data = await json.json();
  expect(data.strategies.map((s) => s.id).sort()).toEqual(Object.keys(STRATEGIES).sort());
  expect(data.sdgs).toHaveLength(17);
  const header = (await csv.text()).split(/\r?\n/)[0];
  expect(header).toBe('strategy,part,item,goal,target,basis,reason,source,kind,evidence,target_basis');
  const parsedSchema = await schema.json();
  expect(parsedSchema.$schema).toContain('json-schema.org');
});
