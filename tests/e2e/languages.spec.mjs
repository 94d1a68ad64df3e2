// Every text the project writes (a paraphrase: summary, note, reason, grouping, label) is shown in
// the reader's language. Per UI language, every strategy, part, item and goal page of the bundled
// data is visited; each element marked as ours (`.ours`, the Txt component's paraphrase) must
// carry the UI language in its `lang` attribute and be followed by the our-summary mark.
// The pages come from the published dataset, not from a list kept here.

import { test, expect, gotoApp, heading } from './helpers.mjs';

async function dataset(request) {
  const response = await request.get('data/strategy-explorer-data.json');
  expect(response.ok()).toBe(true);
  return response.json();
}

/** Every strategy, part, item and goal page of the dataset, as app paths. */
function pagesOf(data) {
  const paths = [];
  for (const s of data.strategies) {
    paths.push(`strategy/${s.id}`);
    for (const p of s.parts ?? []) {
      paths.push(`strategy/${s.id}/${p.id}`);
      for (const i of p.items ?? []) paths.push(`strategy/${s.id}/${p.id}/${i.id}`);
    }
  }
  for (let n = 1; n <= 17; n++) paths.push(`sdg/${n}`);
  return paths;
}

for (const lang of ['da', 'sv', 'en']) {
  test(`in the ${lang} interface, every text of ours on strategy, part, item and goal pages is in ${lang}`, async ({ page, request }) => {
    test.setTimeout(240_000);
    const paths = pagesOf(await dataset(request));
    let ours = 0;
    const wrong = [];
    for (const path of paths) {
      await gotoApp(page, `${path}?lang=${lang}`);
      await expect(await heading(page)).not.toBeEmpty();
      const found = await page.locator('main .ours').evaluateAll((elements) =>
        elements.map((e) => ({
          lang: e.getAttribute('lang'),
          text: e.textContent.slice(0, 80),
          marked: e.nextElementSibling?.classList.contains('mark-paraphrase') ?? false,
        })),
      );
      ours += found.length;
      for (const f of found) {
        if (f.lang !== lang || !f.marked) wrong.push(`${path}: lang=${f.lang} marked=${f.marked} «${f.text}»`);
      }
    }
    expect(wrong, 'texts of ours in another language, or without the our-summary mark').toEqual([]);
    // The data has texts of ours on these pages (summaries, notes, reasons): the check saw them.
    expect(ours).toBeGreaterThan(100);
  });
}

for (const lang of ['da', 'sv', 'en']) {
  test(`in the ${lang} explorer, our own titles are shown in ${lang}, marked as ours, without a translation line`, async ({ page }) => {
    // Sörmlandsstrategin's perspectives have titles we wrote (the source gives none in words).
    await gotoApp(page, `explore?lang=${lang}&strategy=sormlandsstrategin`);
    const results = page.locator('ol.results > li.result');
    await expect(results.first()).toBeVisible();
    const ours = await results.evaluateAll((items) =>
      items
        .filter((li) => li.querySelector('.result-title .mark-paraphrase'))
        .map((li) => ({
          lang: li.querySelector('.result-title a').getAttribute('lang'),
          text: li.querySelector('.result-title a').textContent.trim(),
          translation: Boolean(li.querySelector('.translation')),
        })),
    );
    expect(ours.length).toBeGreaterThan(0);
    expect(ours.filter((r) => r.lang !== lang || r.translation)).toEqual([]);
  });
}

// Source titles we wrote (descriptions of a source, not its own title) are texts of ours too:
// each strategy page lists them in the reader's language, marked as ours, inside the link.
for (const lang of ['da', 'sv', 'en']) {
  test(`in the ${lang} interface, source titles of ours on strategy pages are in ${lang}`, async ({ page, request }) => {
    const data = await dataset(request);
    let checked = 0;
    for (const s of data.strategies) {
      const ours = s.sources.filter((src) => typeof src.title === 'object' && src.title.wording === 'paraphrase');
      if (ours.length === 0) continue;
      await gotoApp(page, `strategy/${s.id}?lang=${lang}`);
      const list = page.locator('section[aria-labelledby="sources-heading"]');
      for (const src of ours) {
        const words = (src.title.lang ?? s.language) === lang ? src.title.text : src.title.translations[lang];
        const link = list.locator(`a[href="${src.url}"]`, { hasText: words }).first();
        await expect(link.locator(`.ours[lang="${lang}"]`), `${s.id}: ${src.url}`).toHaveText(words);
        await expect(link.locator('.mark-paraphrase')).toBeVisible();
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });
}
