#!/usr/bin/env node
// First visits of the pages a shared link most often leads to, as a reader on a phone meets
// them: a fresh browser profile (no cache, no service worker), HTTP/1.1, gzip on the wire,
// 150 ms round trip, 1.6 Mbit/s down and 4x CPU throttling. For each page: the requests and
// the bytes the browser fetched until the network was idle, when the heading and the main
// content were on screen, the layout shift (CLS), and for /explore when a typed search first
// filtered the results.
//
//   node scripts/page-load.mjs --dist DIR [--base /] [--runs 3] [--pages explore,sdg/3] [--json OUT]
//
// scripts/bench.mjs runs the same measurement (`pageLoads`) and holds the budgets.

import { chromium } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM, CHROMIUM_FLAGS, serve } from './first-visit.mjs';

/** The pages of the performance issue's table, as app paths (relative to the base). */
export const PAGES = ['', 'explore', 'strategy/kalmar-rus-2030', 'sdg/3', 'compare'];

/** Mobile-like network: the figures of the measurement. */
export const NETWORK = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1000 * 1000) / 8,
  uploadThroughput: (750 * 1000) / 8,
};
export const CPU_THROTTLE = 4;

/** What a typed search is, for the interactive figure: a word that narrows the explore list. */
const PROBE_QUERY = 'klimat';

// In the page from its first byte: the time the heading and some main text are first in the
// DOM, and the paint of that frame (a message posted from requestAnimationFrame is delivered
// once the frame is rendered). Parser insertions count, so static HTML is seen as soon as it
// arrives, and so is content the app renders.
const WATCH_CONTENT = () => {
  const state = { content: 0, contentPaint: 0, cls: 0 };
  window.__pageLoad = state;
  // Layout shift, summed as Cumulative Layout Shift counts it (shifts right after input excluded):
  // the app taking over static HTML must not move anything.
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) state.cls += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
  const ready = () => {
    const h1 = document.querySelector('main h1');
    const main = document.querySelector('main');
    return h1 && h1.textContent.trim() && main && main.textContent.trim().length >= 100;
  };
  const check = () => {
    if (state.content || !ready()) return;
    state.content = performance.now();
    observer.disconnect();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => { state.contentPaint = performance.now(); };
      channel.port2.postMessage(0);
    });
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true, characterData: true });
};

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : null;
};

/** Tries a search until the app answers it; resolves to the page-clock time it first did. */
async function firstFilteredSearch(page, deadlineMs) {
  const started = Date.now();
  while (Date.now() - started < deadlineMs) {
    const at = await page.evaluate(async (query) => {
      const input = document.querySelector('#explore-q');
      const count = () => document.querySelector('#explore-count')?.textContent;
      if (!input || count() === undefined) return 0;
      const before = count();
      // The whole document is watched: when the app takes over static HTML, the count shown is
      // the app's own element, which carries the search typed into the static one over.
      const changed = new Promise((resolve) => {
        const observer = new MutationObserver(() => {
          if (count() !== undefined && count() !== before) {
            observer.disconnect();
            resolve(performance.now());
          }
        });
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
        setTimeout(() => { observer.disconnect(); resolve(0); }, 400);
      });
      input.value = query;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      const t = await changed;
      if (!t) {
        input.value = '';
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }
      return t;
    }, PROBE_QUERY);
    if (at) return at;
  }
  throw new Error('page-load: a typed search never filtered the explore list');
}

/** One first visit of `url`: requests, bytes, content paint and (explore) interactive time. */
async function visit(browser, url, path) {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.addInitScript(WATCH_CONTENT);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', NETWORK);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_THROTTLE });
  const fetched = new Map();
  cdp.on('Network.loadingFinished', (e) => fetched.set(e.requestId, e.encodedDataLength));
  await page.goto(url + path);
  await page.waitForFunction(() => window.__pageLoad.contentPaint > 0, null, { timeout: 60_000 });
  const interactive = path === 'explore' ? await firstFilteredSearch(page, 60_000) : null;
  await page.waitForLoadState('networkidle');
  const result = {
    path: `/${path}`,
    contentMs: await page.evaluate(() => window.__pageLoad.contentPaint),
    interactiveMs: interactive,
    cls: await page.evaluate(() => window.__pageLoad.cls),
    requests: fetched.size,
    kb: [...fetched.values()].reduce((a, b) => a + b, 0) / 1024,
  };
  await context.close();
  return result;
}

/** Median of `runs` first visits of every page in PAGES. */
export async function pageLoads(browser, url, runs = 3, pages = PAGES) {
  const out = [];
  for (const path of pages) {
    const samples = [];
    for (let i = 0; i < runs; i++) samples.push(await visit(browser, url, path));
    out.push({
      path: `/${path}`,
      contentMs: median(samples.map((s) => s.contentMs)),
      interactiveMs: path === 'explore' ? median(samples.map((s) => s.interactiveMs)) : null,
      requests: Math.max(...samples.map((s) => s.requests)),
      cls: Math.max(...samples.map((s) => s.cls)),
      kb: median(samples.map((s) => s.kb)),
      samples,
    });
  }
  return out;
}

export function printPageLoads(rows) {
  console.log(`\n${'page'.padEnd(28)}  requests  KB fetched  content (ms)  interactive (ms)  CLS (max)`);
  for (const r of rows) {
    console.log(`${r.path.padEnd(28)}  ${String(r.requests).padStart(8)}  ${r.kb.toFixed(1).padStart(10)}  ${r.contentMs.toFixed(0).padStart(12)}  ${(r.interactiveMs === null ? '–' : r.interactiveMs.toFixed(0)).padStart(16)}  ${r.cls.toFixed(3).padStart(9)}`);
  }
}

async function main() {
  const args = process.argv.slice(2);
  const get = (flag, fallback) => {
    const i = args.indexOf(flag);
    return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
  };
  const dist = get('--dist', null);
  if (!dist) {
    console.error('usage: node scripts/page-load.mjs --dist DIR [--base /] [--runs 3] [--pages explore,sdg/3] [--json OUT]');
    process.exit(2);
  }
  const server = await serve(dist, get('--base', '/'));
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
  try {
    const pages = get('--pages', null);
    const rows = await pageLoads(browser, server.url, Number(get('--runs', '3')), pages === null ? PAGES : pages.split(','));
    printPageLoads(rows);
    const json = get('--json', null);
    if (json) {
      mkdirSync(dirname(json), { recursive: true });
      writeFileSync(json, JSON.stringify(rows, null, 2));
    }
  } finally {
    await browser.close();
    server.stop();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((err) => {
    console.error(`page-load: ${err.stack || err}`);
    process.exit(1);
  });
}
