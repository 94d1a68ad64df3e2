#!/usr/bin/env node
// Browser benchmark of Strategy Explorer: start-up, interaction latency and memory in headless
// Chromium, against release bundles served by a plain static server. Run by scripts/bench.sh,
// which builds the bundles first:
//
//   node scripts/bench.mjs --real DIR --synthetic DIR --size FILE [--native FILE] [--out FILE]
//
// --real       release bundle with the bundled data (scripts/build.sh)
// --synthetic  release bundle with the synthetic 100x dataset (STRATEGY_EXPLORER_DATASET)
// --size       size figures of the real bundle, with its first visit in Chromium (scripts/size-report.mjs --json)
// --native     criterion's output folder (target/criterion): the native benchmarks' means are shown too
// --out        where to write every raw number as JSON (default target/bench/results.json)
//
// How each figure is measured (all times from the page's own clock, performance.now()):
// - start-up: a fresh browser context per load (no cache, no service worker), from navigation
//   start to the paint after the home page's heading and strategy cards are in the DOM; 10 loads,
//   median; once as is and once with 4x CPU throttling (DevTools Emulation.setCPUThrottlingRate).
// - keystroke / facet: from the input's own event time (beforeinput/keydown, or mousedown for a
//   checkbox) until the result area's last change is painted, taken inside the page as it
//   happens (a MutationObserver on the result area; the paint of a frame ends when a
//   MessageChannel message posted from its requestAnimationFrame callback arrives). Two figures:
//   - "busy": the time the interaction keeps the page busy, from the input event to the last
//     change of the result area, plus the frame's own rendering (style, layout, paint: from its
//     requestAnimationFrame callback to the message). For a keystroke the change ends only
//     once style and layout are done: Chrome does them for text editing right after the input
//     event, not in the frame (see INSTRUMENT). It leaves out the idle wait for the next
//     display refresh, which depends only on when in the 16.7 ms refresh cycle the key came.
//     This is what the budgets hold ("stays within a frame").
//   - "to paint": the whole wall-clock time, that wait included; reported beside it.
//   The busy time of the slowest tenth is also printed in parts (medians): the browser before
//   the input event, the page's script, a keystroke's style and layout, the frame.
//   The calibration rows measure both on a page that only echoes each key: the harness's floor.
//   The table gives each interaction's busy p95 as a multiple of the floor's too ("x echo").
//   Before each key and click the page is left idle for IDLE_MS, a fast typist's pace: without the
//   pause, the harness's own frame-by-frame polling (settle) keeps Chromium's frame clock running
//   and every key lands just after a refresh, so everything measures one full frame. Clicks go to
//   the checkbox's coordinates (page.mouse), since Playwright's click() first polls frames too;
//   the pointer rests there for IDLE_MS before the press.
//   p95 over every keystroke (3 rounds) and facet click (6 rounds: 72 clicks), each after a
//   warm-up round.
// - typing pause: what the page does once a reader stops typing (the search is written to the
//   URL and the facet counts follow it, both left out of the keystrokes themselves): each word
//   typed, then the box emptied with one key, and after each the page left alone until the
//   write is done; 6 rounds after a warm-up (60 pauses). That work runs in an idle callback: its
//   busy time is from the start of the idle callback that makes the last change anywhere in the
//   page, to that change, plus the frame after it.
// - memory: wasm linear memory (its buffer size) plus the JS heap in use after a forced garbage
//   collection (DevTools Runtime.getHeapUsage), after loading the 100x data and running 100
//   searches; growth is compared between the two halves (the same 50 searches twice).
// - first visits of five deep-linkable pages as a phone makes them (scripts/page-load.mjs:
//   HTTP/1.1, gzip, 150 ms round trip, 1.6 Mbit/s down, 4x CPU): requests, KB on the wire, when
//   the heading and main text are on screen, and for /explore when a typed search first filters.
// Exits 1 when any figure misses its budget.

import { chromium } from '@playwright/test';
import { readFileSync, writeFileSync, mkdirSync, existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM, CHROMIUM_FLAGS as FLAGS, serve } from './first-visit.mjs';
import { pageLoads } from './page-load.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

const BUDGET = {
  firstLoadGzipKb: 200,
  startupMs: 400,
  startupThrottledMs: 1200,
  // Busy p95 with headroom (the performance issue: within a frame with room to spare, on any
  // machine of this kind, twice in a row).
  keystrokeRealMs: 12,
  keystroke100xMs: 30,
  facetRealMs: 12,
  facet100xMs: 30,
  memoryMb: 40,
  // First visits of deep links on a phone (scripts/page-load.mjs: HTTP/1.1, gzip, 150 ms round
  // trip, 1.6 Mbit/s, 4x CPU): the static-HTML issue's budgets.
  contentThrottledMs: 1200,
  interactiveExploreMs: 3000,
  requestsPerPage: 20,
  layoutShift: 0.02,
};
const LOADS = 10;
const THROTTLE = 4;
// Searches typed letter by letter (every letter is one sample), in the three languages, then
// erased with Backspace (also samples).
const TYPED = ['grøn omstilling', 'hälsan', 'sustainable', 'regionens', 'klimat'];
// Facet options clicked on and off again (ids of the checkboxes on /explore).
const FACETS = ['facet-country-SE', 'facet-sdg-13', 'facet-basis-editorial', 'facet-country-DK', 'facet-sdg-3', 'facet-status-in-force'];
const ROUNDS = 3;
// Facet clicks and typing pauses are fewer per round than keystrokes: more rounds, so that a
// p95 rests on 72 clicks and 60 pauses (with 30, it was the second slowest of them).
const FACET_ROUNDS = 6;
const PAUSE_ROUNDS = 6;
// The pause before each key and click, in ms (see the header).
const IDLE_MS = 100;
// The 50 searches run twice for the memory figure.
const MEMORY_QUERIES = [
  'grøn', 'omstilling', 'hälsa', 'hälsan', 'sustainable', 'regionens', 'klimat', 'region', 'mobilitet', 'uddannelse',
  'kompetens', 'näringsliv', 'bæredygtig', 'baeredygtige', 'sormland', 'kalmar', 'sjælland', 'borgerne', 'energi', 'vatten',
  'transport', 'sundhed', 'livsvillkor', 'tillgänglighet', 'digital', 'growth', 'health', 'climate', 'education', 'water',
  'god hälsa', 'grøn region', 'klimat att växa', 'for borgerne', 'livslångt lärande', 'a', 'ab', 'abc', 'x', 'regional utveckling',
  'fossilfri', 'natur', 'kultur', 'trafik', 'bolig', 'boende', 'arbete', 'arbejde', 'ung', 'äldre',
];

function usage(message) {
  if (message) console.error(`bench: ${message}`);
  console.error('usage: node scripts/bench.mjs --real DIR --synthetic DIR --size FILE [--native FILE] [--out FILE]');
  process.exit(2);
}

function parseArgs(argv) {
  const opts = { out: join(ROOT, 'target', 'bench', 'results.json') };
  for (let i = 0; i < argv.length; i++) {
    const key = argv[i].replace(/^--/, '');
    if (!['real', 'synthetic', 'size', 'native', 'out'].includes(key)) usage(`unknown argument ${argv[i]}`);
    if (i + 1 >= argv.length) usage(`${argv[i]} needs a value`);
    opts[key] = argv[++i];
  }
  for (const key of ['real', 'synthetic', 'size']) if (!opts[key]) usage(`--${key} is required`);
  for (const dir of [opts.real, opts.synthetic]) {
    if (!existsSync(join(dir, 'index.html'))) usage(`${dir}/index.html not found: build it first (bash scripts/bench.sh does)`);
  }
  return opts;
}

const CHROMIUM_FLAGS = [
  ...FLAGS,
  // Exposes precise numbers to performance.memory; the heap figure itself comes from DevTools.
  '--enable-precise-memory-info',
];

// In every page: the time of an interaction's first input event, and the time of the paint
// after each change of the result area. Both are taken inside the page, as the events happen
// (a request from this script would add its own round trip to every figure).
const INSTRUMENT = () => {
  const bench = { mutations: 0, t0: null, inputAt: null, layout: 0, lastChange: 0, lastPaint: 0, lastRender: 0, contentPaint: 0, pageChange: 0 };
  window.__bench = bench;
  // "The paint after now": the frame's requestAnimationFrame callbacks run just before it is
  // rendered; a MessageChannel message posted from there is delivered right after. The time in
  // between is the frame's own rendering work.
  const paintMark = () =>
    requestAnimationFrame(() => {
      const frameStart = performance.now();
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        bench.lastPaint = performance.now();
        bench.lastRender = bench.lastPaint - frameStart;
      };
      channel.port2.postMessage(0);
    });
  window.__benchPaintMark = paintMark;
  // The first input event of an interaction is its start: a key press, a text insertion or a
  // mouse press (the event's timeStamp is when the browser received the input).
  for (const type of ['keydown', 'beforeinput', 'mousedown']) {
    addEventListener(type, (e) => {
      if (bench.t0 === null) {
        bench.t0 = e.timeStamp;
        paintMark();
      }
    }, true);
  }
  // Text editing: right after the input event, in the same task and before the frame, Chrome
  // brings style and layout up to date, so a keystroke's layout is not in its frame. This
  // listener asks for that update itself and counts it in the keystroke's change; Chrome's own
  // request then finds nothing to do. It is the input event's last listener: the app's are on
  // the input itself (Leptos attaches them to the element), and the effects they start run in
  // the microtasks after them. (Until 2026-12-07 the figure left this out: 3-6 ms on a key that
  // replaces the list.) A checkbox's input event is not an InputEvent and is left alone: a
  // click's layout is in its frame.
  addEventListener('input', (e) => {
    if (bench.t0 === null || !(e instanceof InputEvent)) return;
    const before = performance.now();
    document.documentElement.getBoundingClientRect();
    const after = performance.now();
    bench.layout += after - before;
    bench.lastChange = Math.max(bench.lastChange, after);
  });
  // When the input event comes (its first listener): what happens before it is the browser's
  // (text insertion, a checkbox's click), what follows is the page's script.
  addEventListener('input', () => {
    if (bench.t0 !== null && bench.inputAt === null) bench.inputAt = performance.now();
  }, true);
  window.__benchObserve = (area) =>
    new MutationObserver(() => {
      bench.mutations += 1;
      bench.lastChange = performance.now();
      paintMark();
    }).observe(area, { subtree: true, childList: true, characterData: true, attributes: true });
  // The typing pause: when each idle callback starts, and the last change anywhere in the page.
  bench.idleStarts = [];
  const requestIdle = window.requestIdleCallback;
  if (requestIdle) {
    window.requestIdleCallback = (callback, options) =>
      requestIdle.call(window, (deadline) => {
        bench.idleStarts.push(performance.now());
        callback(deadline);
      }, options);
  }
  window.__benchObservePage = () => {
    const observer = new MutationObserver(() => {
      bench.pageChange = performance.now();
      paintMark();
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    return () => observer.disconnect();
  };
  addEventListener('strategy-explorer-started', (e) => { window.__benchWasm = e.detail && e.detail.wasm; });
  // Start-up: the paint after the home page's heading and strategy cards are in the DOM.
  const ready = () => document.querySelector('main h1') && document.querySelector('main article.card');
  const startup = new MutationObserver(() => {
    if (ready()) {
      startup.disconnect();
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => { bench.contentPaint = performance.now(); };
        channel.port2.postMessage(0);
      });
    }
  });
  startup.observe(document, { subtree: true, childList: true });
};

/** Waits until the result area has been quiet for three frames; returns, for the interaction
 *  that began with the first input event since the last call, its busy time and its time to
 *  paint (see the header). */
async function settle(page) {
  return page.evaluate(async () => {
    const b = window.__bench;
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    let seen = -1;
    for (let quiet = 0; quiet < 3; ) {
      await frame();
      if (b.mutations !== seen) {
        seen = b.mutations;
        quiet = 0;
      } else {
        quiet += 1;
      }
    }
    const start = b.t0;
    const input = b.inputAt === null ? start : b.inputAt;
    const layout = b.layout;
    b.t0 = null;
    b.inputAt = null;
    b.layout = 0;
    if (start === null) throw new Error('no input event was seen for this interaction');
    // A key that changes nothing shown (a trailing space) counts the frame after it alone.
    const end = Math.max(b.lastChange, start);
    // The busy time in parts, which add up to it: the browser before the input event, the
    // page's script, a keystroke's style and layout (see INSTRUMENT), the frame.
    const parts = { toInput: input - start, script: Math.max(0, end - input - layout), layout, frame: b.lastRender };
    return { busy: end - start + b.lastRender, paint: b.lastPaint - start, parts };
  });
}

/** Opens /explore and watches its result area once the app has taken the page over: the static
 *  HTML has a result area too, which the app replaces, and a watcher on that one sees nothing
 *  (every interaction then measured only its frame: keystroke p95 6.5 ms, below the echo page). */
async function openExplore(page, url) {
  await page.goto(`${url}explore`);
  await page.locator('html[data-app-shown]').waitFor({ state: 'attached' });
  await page.locator('#explore-count').waitFor();
  await page.evaluate(() => {
    window.__benchArea = document.querySelector('.explore-results');
    window.__benchObserve(window.__benchArea);
    window.__bench.t0 = null;
  });
}

/** Waits until the page has written what was typed to the URL (the app does it once typing
 *  pauses) and has been quiet for three frames; returns the busy time of that work (see the
 *  header). */
async function settlePause(page, text) {
  await page.evaluate(() => {
    window.__bench.idleStarts = [];
    window.__bench.pageChange = 0;
  });
  await page.waitForFunction((q) => new URLSearchParams(location.search).get('q') === (q || null), text, { timeout: 5000 });
  return page.evaluate(async () => {
    const b = window.__bench;
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    for (let i = 0; i < 3; i++) await frame();
    const start = b.idleStarts.filter((t) => t <= b.pageChange).pop();
    if (start === undefined) throw new Error('bench: nothing in the page changed in an idle callback at the typing pause');
    const sample = { busy: b.pageChange - start + b.lastRender, paint: b.lastPaint - start, parts: { toInput: 0, script: b.pageChange - start, layout: 0, frame: b.lastRender } };
    b.idleStarts = [];
    b.t0 = null;
    return sample;
  });
}

/** Fails the run if the watched result area is no longer the page's. */
async function assertWatched(page) {
  const watched = await page.evaluate(() => window.__benchArea === document.querySelector('.explore-results'));
  if (!watched) throw new Error('bench: the result area watched is no longer in the page; its figures would be empty');
}

const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
};
const median = (xs) => quantile(xs, 0.5);
const stats = (xs) => ({ n: xs.length, median: median(xs), p95: quantile(xs, 0.95), max: Math.max(...xs), samples: xs });
/** Where the slowest tenth of the interactions spend their busy time: each part's median. */
const slowestParts = (samples) => {
  const cut = quantile(samples.map((s) => s.busy), 0.9);
  const slow = samples.filter((s) => s.busy >= cut);
  const part = (name) => median(slow.map((s) => s.parts[name]));
  return { n: slow.length, toInput: part('toInput'), script: part('script'), layout: part('layout'), frame: part('frame') };
};
/** Statistics of both figures of a list of settle() results, and the split of the slowest. */
const figures = (samples) => ({
  busy: stats(samples.map((s) => s.busy)),
  paint: stats(samples.map((s) => s.paint)),
  slowest: slowestParts(samples),
});

async function startup(browser, url, throttle) {
  const samples = [];
  for (let i = 0; i < LOADS; i++) {
    const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.addInitScript(INSTRUMENT);
    if (throttle > 1) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    }
    await page.goto(url);
    // Navigation start is time 0 of the page's clock; INSTRUMENT notes the content's paint.
    await page.waitForFunction(() => window.__bench.contentPaint > 0);
    const t = await page.evaluate(() => window.__bench.contentPaint);
    samples.push(t);
    await context.close();
  }
  return stats(samples);
}

async function interaction(browser, url) {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(INSTRUMENT);
  await openExplore(page, url);
  const box = page.locator('#explore-q');
  const keys = [];
  const facets = [];
  // `type` for a character (any letter, å and ø included), `press` for a key such as Backspace.
  const key = async (action) => {
    await page.waitForTimeout(IDLE_MS);
    await action();
    return settle(page);
  };
  for (let round = 0; round <= ROUNDS; round++) {
    const record = round > 0; // round 0 warms up (JIT, caches)
    for (const text of TYPED) {
      await box.focus();
      for (const ch of text) {
        const sample = await key(() => page.keyboard.type(ch));
        if (record) keys.push(sample);
      }
      for (let i = 0; i < text.length; i++) {
        const sample = await key(() => page.keyboard.press('Backspace'));
        if (record) keys.push(sample);
      }
    }
  }
  // Typing pauses: each word typed, then the box emptied with one key; after each, the write.
  const pauses = [];
  await page.evaluate(() => { window.__benchStopPage = window.__benchObservePage(); });
  for (let round = 0; round <= PAUSE_ROUNDS; round++) {
    for (const text of TYPED) {
      await box.focus();
      for (const ch of text) await key(() => page.keyboard.type(ch));
      const typed = await settlePause(page, text);
      await key(() => page.keyboard.press('Control+A'));
      await key(() => page.keyboard.press('Backspace'));
      const emptied = await settlePause(page, '');
      if (round > 0) pauses.push(typed, emptied);
    }
  }
  // Its frames would count in the facet clicks' figures.
  await page.evaluate(() => window.__benchStopPage());
  for (let round = 0; round <= FACET_ROUNDS; round++) {
    const record = round > 0;
    for (const id of [...FACETS, ...FACETS]) {
      const option = page.locator(`#${id}`);
      if ((await option.count()) === 0) throw new Error(`facet option #${id} is not on the page`);
      await option.scrollIntoViewIfNeeded();
      const at = await option.boundingBox();
      const [x, y] = [at.x + at.width / 2, at.y + at.height / 2];
      // The pointer comes to rest on the option before the press, as a hand does: a press at
      // the moment the pointer lands counted the hover's own style and frame in the click.
      await page.mouse.move(x, y);
      await page.waitForTimeout(IDLE_MS);
      await page.mouse.click(x, y);
      const sample = await settle(page);
      if (record) facets.push(sample);
    }
  }
  await assertWatched(page);
  const shown = await page.locator('#explore-count').innerText();
  await context.close();
  return { keystroke: figures(keys), pause: figures(pauses), facet: figures(facets), finalCount: shown };
}

/** The harness's floor: the same measurement on a page that only echoes each key into a
 *  result area (no app), served from the same origin. */
async function calibration(browser, url) {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(INSTRUMENT);
  const echo = `${url}__bench-echo`;
  await page.route(echo, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: '<!doctype html><input id="q"><section class="explore-results"><p id="out"></p></section>' +
        '<script>q.oninput = () => { out.textContent = q.value; };</script>',
    }),
  );
  await page.goto(echo);
  await page.evaluate(() => window.__benchObserve(document.querySelector('.explore-results')));
  await page.locator('#q').focus();
  const samples = [];
  for (let round = 0; round <= ROUNDS; round++) {
    for (const ch of TYPED.join('')) {
      await page.waitForTimeout(IDLE_MS);
      await page.keyboard.type(ch);
      const sample = await settle(page);
      if (round > 0) samples.push(sample);
    }
  }
  await context.close();
  return figures(samples);
}

async function memory(browser, url) {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(INSTRUMENT);
  const cdp = await context.newCDPSession(page);
  await openExplore(page, url);
  const measure = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    const wasm = await page.evaluate(() => (window.__benchWasm && window.__benchWasm.memory ? window.__benchWasm.memory.buffer.byteLength : null));
    if (wasm === null) throw new Error('the wasm memory is not reachable (no strategy-explorer-started event with the module exports, see scripts/build-wasm.sh)');
    return { wasmBytes: wasm, jsHeapBytes: usedSize, totalBytes: wasm + usedSize };
  };
  const box = page.locator('#explore-q');
  const afterLoad = await measure();
  const checkpoints = [];
  for (let cycle = 0; cycle < 2; cycle++) {
    for (const q of MEMORY_QUERIES) {
      await box.fill(q);
      await settle(page);
    }
    checkpoints.push(await measure());
  }
  await context.close();
  const [half, full] = checkpoints;
  return {
    afterLoad,
    after50: half,
    after100: full,
    growthBytes: { wasm: full.wasmBytes - half.wasmBytes, jsHeap: full.jsHeapBytes - half.jsHeapBytes },
  };
}

/** The mean time per call (ns) of every benchmark in criterion's output folder, by its id
 *  (criterion writes DIR/<group>/<case>/new/estimates.json). */
function criterionMeans(dir) {
  const means = {};
  const walk = (d, id) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      if (!entry.isDirectory() || entry.name === 'report') continue;
      const estimates = join(d, entry.name, 'new', 'estimates.json');
      if (entry.name !== 'new' && existsSync(estimates)) {
        means[[...id, entry.name].join('/')] = JSON.parse(readFileSync(estimates, 'utf8')).mean.point_estimate;
      } else if (entry.name !== 'new' && entry.name !== 'base') {
        walk(join(d, entry.name), [...id, entry.name]);
      }
    }
  };
  walk(dir, []);
  return Object.fromEntries(Object.entries(means).sort(([a], [b]) => a.localeCompare(b)));
}

const MB = 1024 * 1024;
const fmt = (x, digits = 1) => (x === null || x === undefined ? '–' : x.toFixed(digits));

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const size = JSON.parse(readFileSync(opts.size, 'utf8'));
  const native = opts.native && existsSync(opts.native) ? criterionMeans(opts.native) : null;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
  const real = await serve(opts.real);
  const synthetic = await serve(opts.synthetic);
  const results = { date: new Date().toISOString(), chromium: browser.version(), budgets: BUDGET, size };
  try {
    process.stdout.write('bench: start-up (10 loads)...\n');
    results.startup = await startup(browser, real.url, 1);
    process.stdout.write(`bench: start-up with ${THROTTLE}x CPU throttling (10 loads)...\n`);
    results.startupThrottled = await startup(browser, real.url, THROTTLE);
    process.stdout.write('bench: calibration, a page that only echoes keystrokes...\n');
    results.calibration = await calibration(browser, real.url);
    process.stdout.write('bench: keystrokes and facets, bundled data...\n');
    results.real = await interaction(browser, real.url);
    process.stdout.write('bench: keystrokes and facets, synthetic 100x data...\n');
    results.synthetic = await interaction(browser, synthetic.url);
    process.stdout.write('bench: memory after 100 searches, synthetic 100x data...\n');
    results.memory = await memory(browser, synthetic.url);
    process.stdout.write('bench: first visits of five pages, mobile network and CPU (3 each)...\n');
    results.pageLoads = await pageLoads(browser, real.url, 3);
  } finally {
    real.stop();
    synthetic.stop();
    await browser.close();
  }
  results.native = native;

  const visit = size.firstVisit;
  const visitKb = visit.bodyBytes / 1024;
  const memMb = results.memory.after100.totalBytes / MB;
  const leak = results.memory.growthBytes.wasm > 0 || results.memory.growthBytes.jsHeap > 512 * 1024;
  // Each interaction's busy p95 as a multiple of the echo page's: what the app adds to the
  // method's floor on this machine, which moves less between machines than the milliseconds.
  const floor = results.calibration.busy.p95;
  const interactionRow = (figure, budget, f) => [figure, budget, f.busy.p95, f.busy.p95 <= budget, f.busy.p95 / floor];
  const rows = [
    [`first visit, ${visit.requests.length} requests, gzip on the wire (KB)`, BUDGET.firstLoadGzipKb, visitKb, visitKb <= BUDGET.firstLoadGzipKb],
    ['first visit, same files with brotli (KB)', null, visit.brotli / 1024, null],
    ['start-up, median of 10 (ms)', BUDGET.startupMs, results.startup.median, results.startup.median <= BUDGET.startupMs],
    [`start-up, ${THROTTLE}x CPU throttle, median (ms)`, BUDGET.startupThrottledMs, results.startupThrottled.median, results.startupThrottled.median <= BUDGET.startupThrottledMs],
    interactionRow('keystroke, real data, busy p95 (ms)', BUDGET.keystrokeRealMs, results.real.keystroke),
    interactionRow('facet change, real data, busy p95 (ms)', BUDGET.facetRealMs, results.real.facet),
    interactionRow('keystroke, 100x data, busy p95 (ms)', BUDGET.keystroke100xMs, results.synthetic.keystroke),
    // The work left for the typing pause is held to the keystroke's budget: a key pressed while
    // it runs waits for it.
    interactionRow('typing pause (URL, facet counts), real data, busy p95 (ms)', BUDGET.keystrokeRealMs, results.real.pause),
    interactionRow('typing pause (URL, facet counts), 100x data, busy p95 (ms)', BUDGET.keystroke100xMs, results.synthetic.pause),
    interactionRow('facet change, 100x data, busy p95 (ms)', BUDGET.facet100xMs, results.synthetic.facet),
    ['keystroke to paint, real data, p95 (ms)', null, results.real.keystroke.paint.p95, null],
    ['facet change to paint, real data, p95 (ms)', null, results.real.facet.paint.p95, null],
    ['keystroke to paint, 100x data, p95 (ms)', null, results.synthetic.keystroke.paint.p95, null],
    ['facet change to paint, 100x data, p95 (ms)', null, results.synthetic.facet.paint.p95, null],
    ['calibration: echo page, busy p95 (ms)', null, floor, null, 1],
    ['calibration: echo page, to paint p95 (ms)', null, results.calibration.paint.p95, null],
    ['memory after 100 searches, 100x (MB)', BUDGET.memoryMb, memMb, memMb <= BUDGET.memoryMb],
    ...results.pageLoads.flatMap((p) => [
      [`${p.path}: content on screen, throttled, median of 3 (ms)`, BUDGET.contentThrottledMs, p.contentMs, p.contentMs <= BUDGET.contentThrottledMs],
      [`${p.path}: requests of a first visit`, BUDGET.requestsPerPage, p.requests, p.requests <= BUDGET.requestsPerPage],
      [`${p.path}: layout shift while the app takes over (CLS, max of 3)`, BUDGET.layoutShift, p.cls, p.cls <= BUDGET.layoutShift],
      [`${p.path}: KB fetched (gzip on the wire)`, null, p.kb, null],
      ...(p.interactiveMs === null ? [] : [[`${p.path}: a typed search filters, throttled (ms)`, BUDGET.interactiveExploreMs, p.interactiveMs, p.interactiveMs <= BUDGET.interactiveExploreMs]]),
    ]),
    ['memory growth, searches 51-100 (KB)', 0, (results.memory.growthBytes.wasm + Math.max(0, results.memory.growthBytes.jsHeap)) / 1024, !leak],
  ];
  results.table = rows.map(([figure, budget, measured, pass, ratioToFloor = null]) => ({ figure, budget, measured, pass, ratioToFloor }));

  const w = Math.max(...rows.map((r) => r[0].length));
  const line = `${'figure'.padEnd(w)}  ${'budget'.padStart(8)}  ${'measured'.padStart(9)}  ${'x echo'.padStart(6)}  result`;
  console.log(`\n${line}\n${'-'.repeat(line.length)}`);
  for (const [figure, budget, measured, pass, ratio = null] of rows) {
    const verdict = pass === null ? 'report' : pass ? 'pass' : 'FAIL';
    console.log(`${figure.padEnd(w)}  ${String(budget ?? '–').padStart(8)}  ${fmt(measured, budget !== null && budget < 1 ? 3 : 1).padStart(9)}  ${fmt(ratio).padStart(6)}  ${verdict}`);
  }
  console.log('(x echo: busy p95 as a multiple of the echo page\'s, the floor of the method on this machine)');
  const medians = (f) => `busy ${fmt(f.busy.median)}, to paint ${fmt(f.paint.median)}`;
  console.log(`\nmedians (ms): keystroke real ${medians(results.real.keystroke)}; 100x ${medians(results.synthetic.keystroke)}`);
  console.log(`               facet real ${medians(results.real.facet)}; 100x ${medians(results.synthetic.facet)}; echo page ${medians(results.calibration)}`);
  // What the slowest interactions spend their time on: where to look when a budget is missed.
  const split = (f) => {
    const p = f.slowest;
    return `to the input event ${fmt(p.toInput)}, script ${fmt(p.script)}, style and layout ${fmt(p.layout)}, frame ${fmt(p.frame)}`;
  };
  console.log('\nslowest tenth, busy time in parts (medians, ms; style and layout of a click are in its frame):');
  console.log(`  keystroke real: ${split(results.real.keystroke)}; 100x: ${split(results.synthetic.keystroke)}`);
  console.log(`  facet real: ${split(results.real.facet)}; 100x: ${split(results.synthetic.facet)}`);
  console.log(`  typing pause real: ${split(results.real.pause)}; 100x: ${split(results.synthetic.pause)}`);
  console.log(`  echo page: ${split(results.calibration)}`);
  console.log(`memory after load ${fmt(results.memory.afterLoad.totalBytes / MB)} MB (wasm ${fmt(results.memory.afterLoad.wasmBytes / MB)}, JS ${fmt(results.memory.afterLoad.jsHeapBytes / MB)}); after 100 searches wasm ${fmt(results.memory.after100.wasmBytes / MB)} MB, JS ${fmt(results.memory.after100.jsHeapBytes / MB)} MB`);
  if (native) {
    console.log('\nnative (criterion, mean per call):');
    for (const [name, ns] of Object.entries(native)) console.log(`  ${name.padEnd(34)} ${ns >= 1e6 ? `${fmt(ns / 1e6, 2)} ms` : `${fmt(ns / 1e3, 1)} µs`}`);
  }
  mkdirSync(dirname(opts.out), { recursive: true });
  writeFileSync(opts.out, JSON.stringify(results, null, 2));
  console.log(`\nraw numbers: ${opts.out}`);
  const failed = rows.filter((r) => r[3] === false).map((r) => r[0]);
  if (failed.length) {
    console.error(`bench: ${failed.length} budget(s) missed: ${failed.join('; ')}`);
    process.exit(1);
  }
  console.log('bench: every budget met');
}

main().catch((err) => {
  console.error(`bench: ${err.stack || err}`);
  process.exit(1);
});
