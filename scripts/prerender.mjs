#!/usr/bin/env node
// Static HTML for every page: the release build's last step (scripts/build.sh).
//
//   node scripts/prerender.mjs DIST [--site-url https://example.org]
//
// The app's components only run in a browser (web-sys), so the pages are rendered by the app
// itself: the built site in DIST is served (tests/e2e/serve.mjs, unknown paths answered by the app
// shell), headless Chromium loads every page, and once the app has shown it (it marks
// <html data-app-shown>) the document is written out as that page's HTML file. The app then takes
// such a page over in place (src/takeover.rs).
//
// Pages: /, /explore, /sdg, /compare, /timeline, /about, /accessibility, every strategy, part,
// item and goal of the bundled dataset (DIST/data/strategy-explorer-data.json), and each of them
// under /embed. Each exists in Danish, Swedish and English under a language prefix
// (DIST/da/explore/index.html) and once without one (DIST/explore/index.html): the English page
// plus src/lang.js inline, which sends a reader of another language to their page before anything
// is shown. Every page also has src/theme.js inline (?theme= before the first paint). Every page gets its language's title and description, a canonical link and hreflang
// alternates; DIST/sitemap.xml lists the pages. The site's base path comes from DIST's
// <base href> (build.sh --public-url); --site-url (default http://localhost:8080) is the origin
// the canonical links and the sitemap name.
//
// A page that cannot be rendered (a console error, no page within the time limit, the Not Found
// page for a page of the dataset) fails the build, naming its URL and the reason.

import { chromium } from '@playwright/test';
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM, CHROMIUM_FLAGS, serve } from './first-visit.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const LANGS = ['da', 'sv', 'en'];
const PARALLEL = 4;
const TIMEOUT_MS = 30_000;

function fail(message) {
  console.error(`prerender.mjs: ${message}`);
  process.exit(1);
}

function parseArgs(argv) {
  const opts = { dist: null, siteUrl: 'http://localhost:8080' };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--site-url') opts.siteUrl = argv[++i];
    else if (argv[i].startsWith('--site-url=')) opts.siteUrl = argv[i].slice('--site-url='.length);
    else if (!opts.dist && !argv[i].startsWith('--')) opts.dist = argv[i];
    else fail(`unknown argument ${argv[i]} (usage: prerender.mjs DIST [--site-url URL])`);
  }
  if (!opts.dist) fail('usage: prerender.mjs DIST [--site-url URL]');
  if (!/^https?:\/\/[^/]+$/.test(opts.siteUrl.replace(/\/$/, ''))) fail(`--site-url must be an origin such as https://example.org, not "${opts.siteUrl}"`);
  opts.siteUrl = opts.siteUrl.replace(/\/$/, '');
  return opts;
}

/** Every page of the app for the dataset, as app paths ("/strategy/x"). */
function pagesOf(dataset) {
  const pages = ['/', '/explore', '/sdg', '/compare', '/timeline', '/about', '/accessibility'];
  for (const s of dataset.strategies) {
    pages.push(`/strategy/${s.id}`);
    for (const p of s.parts) {
      pages.push(`/strategy/${s.id}/${p.id}`);
      for (const item of p.items) pages.push(`/strategy/${s.id}/${p.id}/${item.id}`);
    }
  }
  for (const goal of dataset.sdgs) pages.push(`/sdg/${goal.number}`);
  return pages.flatMap((page) => [page, page === '/' ? '/embed' : `/embed${page}`]);
}

const fileOf = (path) => join(...path.split('/').filter(Boolean), 'index.html');

/**
 * Renders `path` (with `lang` as prefix, or none) in `page` and returns the page's HTML, finished
 * for static hosting. Runs in the page: the document as the app has it, plus head links.
 */
async function render(page, { origin, siteUrl, base, preloaded, headScripts }, appPath, lang) {
  // "/explore" under "da": "da/explore"; the home page: "da/" (and "" without a language).
  const at = (l, p) => `${base}${l ? `${l}${p}` : p.slice(1)}`;
  const url = `${origin}${at(lang, appPath)}`;
  const errors = [];
  const onConsole = (msg) => msg.type() === 'error' && errors.push(msg.text());
  const onError = (err) => errors.push(err.message);
  const fetched = new Set();
  const onRequest = (req) => {
    if (/\.(wasm|js|gz)$/.test(new URL(req.url()).pathname)) fetched.add(new URL(req.url()).pathname);
  };
  page.on('console', onConsole);
  page.on('pageerror', onError);
  page.on('request', onRequest);
  try {
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForSelector('html[data-app-shown]', { timeout: TIMEOUT_MS, state: 'attached' }).catch(() => {
      throw new Error(`the app did not show the page within ${TIMEOUT_MS / 1000} s`);
    });
    if (errors.length) throw new Error(`console errors: ${errors.join(' | ')}`);
    const notFound = await page.$('main .not-found');
    if (notFound) throw new Error('the app shows its Not Found page for it');
    const canonicalLang = lang ?? 'en';
    const embed = appPath === '/embed' || appPath.startsWith('/embed/');
    const fullPath = embed ? appPath.slice('/embed'.length) || '/' : appPath;
    const abs = (l, p) => `${siteUrl}${at(l, p)}`;
    // Chunks this page fetched beyond the ones the shell already preloads: preloading them from
    // the HTML saves their round trips when the app takes over.
    const chunks = [...fetched].filter((p) => !preloaded.has(p)).map((p) => p.slice(base.length));
    return await page.evaluate(
      ({ lang, embed, canonical, alternates, xDefault, chunks, headScripts }) => {
        const doc = document;
        doc.documentElement.removeAttribute('data-app-shown');
        const head = doc.head;
        const add = (html, before = null) => {
          const t = doc.createElement('template');
          t.innerHTML = html;
          head.insertBefore(t.content.firstChild, before);
        };
        const esc = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
        // The description: the page's first substantial paragraph, else the site's tagline.
        const paragraph = [...doc.querySelectorAll('main p')].map((p) => p.innerText.trim().replace(/\s+/g, ' ')).find((t) => t.length >= 60);
        let description = paragraph || doc.querySelector('.tagline')?.innerText?.trim() || '';
        if (description.length > 200) description = `${description.slice(0, 197).replace(/\s+\S*$/, '')} …`;
        doc.querySelector('meta[name="description"]')?.setAttribute('content', description);
        add(`<link rel="canonical" href="${esc(canonical)}">`);
        if (embed) add('<meta name="robots" content="noindex">');
        for (const [l, href] of alternates) add(`<link rel="alternate" hreflang="${l}" href="${esc(href)}">`);
        add(`<link rel="alternate" hreflang="x-default" href="${esc(xDefault)}">`);
        for (const chunk of chunks) {
          // The dataset's copy (src/data.rs) is fetched like the chunks, without a type.
          if (chunk.endsWith('.wasm')) add(`<link rel="preload" href="${esc(chunk)}" as="fetch" type="application/wasm" crossorigin="anonymous">`);
          else if (chunk.endsWith('.js')) add(`<link rel="modulepreload" href="${esc(chunk)}">`);
          else add(`<link rel="preload" href="${esc(chunk)}" as="fetch" crossorigin="anonymous">`);
        }
        // Inline at the top of <head>, each allowed by its hash: ?theme= before the first paint
        // (src/theme.js), and on a page without a language in its address, the reader's language
        // first (src/lang.js).
        const csp = doc.querySelector('meta[http-equiv="Content-Security-Policy"]');
        const anchor = doc.querySelector('base').nextSibling;
        for (const { code, hash } of lang ? [headScripts.theme] : [headScripts.lang, headScripts.theme]) {
          csp.setAttribute('content', csp.getAttribute('content').replace("script-src 'self'", `script-src 'self' '${hash}'`));
          const script = doc.createElement('script');
          script.textContent = code;
          head.insertBefore(script, anchor);
        }
        // The shell's "needs JavaScript" note: this page reads without it.
        for (const n of doc.querySelectorAll('body > noscript')) n.remove();
        doc.body.setAttribute('data-static', '');
        // Comments: the template's notes for developers and the app's empty placeholders, which
        // only the app's own nodes need (the static ones are replaced as a whole).
        const walker = doc.createTreeWalker(doc.documentElement, NodeFilter.SHOW_COMMENT);
        const comments = [];
        while (walker.nextNode()) comments.push(walker.currentNode);
        for (const c of comments) c.remove();
        return `<!DOCTYPE html>\n${doc.documentElement.outerHTML}\n`;
      },
      {
        lang,
        embed,
        canonical: abs(canonicalLang, fullPath),
        alternates: LANGS.map((l) => [l, abs(l, fullPath)]),
        xDefault: abs(null, fullPath),
        chunks,
        headScripts,
      },
    );
  } catch (err) {
    throw new Error(`${url}: ${err.message}`);
  } finally {
    page.off('console', onConsole);
    page.off('pageerror', onError);
    page.off('request', onRequest);
  }
}

async function main() {
  const { dist, siteUrl } = parseArgs(process.argv.slice(2));
  const shell = await readFile(join(dist, 'shell.html'), 'utf8').catch(() => fail(`${dist}/shell.html is missing: build the site first (Trunk.toml's hook writes it)`));
  // The shell is minified (Trunk.toml: attribute values without quotes where possible).
  const markup = shell.replace(/<!--[\s\S]*?-->/g, '');
  const attr = (tag, name) => tag.match(new RegExp(`\\s${name}=(?:"([^"]*)"|([^\\s>]+))`))?.slice(1).find((v) => v !== undefined);
  const base = attr(markup.match(/<base\s[^>]*>/)?.[0] ?? '', 'href') ?? fail(`${dist}/shell.html has no <base href>`);
  const preloaded = new Set(
    [...markup.matchAll(/<link\s[^>]*>/g)]
      .map(([tag]) => tag)
      .filter((tag) => /^(modulepreload|preload)$/.test(attr(tag, 'rel') ?? ''))
      .map((tag) => `${base}${attr(tag, 'href')}`),
  );
  const dataset = JSON.parse(await readFile(join(dist, 'data', 'strategy-explorer-data.json'), 'utf8'));

  // The inline head scripts without their leading comments, and the hashes the pages' policy
  // allows them by.
  const headScripts = {};
  for (const name of ['lang', 'theme']) {
    const code = (await readFile(join(ROOT, 'src', `${name}.js`), 'utf8')).replace(/^(\/\/.*\n)+/, '');
    headScripts[name] = { code, hash: `sha256-${createHash('sha256').update(code).digest('base64')}` };
  }

  // Pages of an earlier run would be served instead of the shell: start from the shell alone.
  const pages = pagesOf(dataset);
  const tops = new Set([...LANGS, ...pages.map((p) => p.split('/')[1]).filter(Boolean)]);
  await Promise.all([...tops].map((top) => rm(join(dist, top), { recursive: true, force: true })));
  await copyFile(join(dist, 'shell.html'), join(dist, 'index.html'));

  const jobs = pages.flatMap((path) => [...LANGS, null].map((lang) => ({ path, lang })));
  const started = Date.now();
  const server = await serve(dist, base);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
  const out = new Map();
  try {
    // Service workers off: every page must come from the server, as a first visit does.
    // A phone's width: where the app folds something on a narrow screen (the explore facets),
    // the static page has it folded, and the stylesheet unfolds it on a wide one.
    const context = await browser.newContext({ serviceWorkers: 'block', locale: 'en-GB', viewport: { width: 390, height: 844 } });
    const site = { origin: new URL(server.url).origin, siteUrl, base, preloaded, headScripts };
    let next = 0;
    const worker = async () => {
      const page = await context.newPage();
      while (next < jobs.length) {
        const { path, lang } = jobs[next++];
        const file = join(lang ?? '', fileOf(path));
        out.set(file, await render(page, site, path, lang));
      }
      await page.close();
    };
    await Promise.all(Array.from({ length: PARALLEL }, worker));
  } catch (err) {
    fail(`cannot render ${err.message}`);
  } finally {
    await browser.close();
    server.stop();
  }

  for (const [file, html] of out) {
    await mkdir(dirname(join(dist, file)), { recursive: true });
    await writeFile(join(dist, file), html);
  }
  const listed = pages.filter((p) => !p.startsWith('/embed'));
  const urls = listed.flatMap((p) => LANGS.map((l) => `${siteUrl}${base}${l}${p}`));
  await writeFile(
    join(dist, 'sitemap.xml'),
    `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.map((u) => `  <url><loc>${u}</loc></url>`).join('\n')}\n</urlset>\n`,
  );
  console.log(`prerender.mjs: ${out.size} pages (${listed.length} pages × 3 languages + unprefixed, each also under /embed) and sitemap.xml in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

await main();
