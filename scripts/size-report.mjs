#!/usr/bin/env node
// Size report for a built site (Trunk dist directory).
//
//   node scripts/size-report.mjs DIR [--budget-kb 200] [--json FILE]
//
// Prints every file with raw, gzip (-9) and brotli (quality 11) sizes, then the first visit of
// the home page as headless Chromium makes it (scripts/first-visit.mjs): every request with the
// bytes of its response on the wire (gzip-encoded by the static server). Exits 1 when a budget is
// given and the first visit's response bodies exceed it (1 KB = 1024 bytes), or when a request of
// the first visit fails. --json also writes the figures (every file, every request of the first
// visit and the totals, in bytes) to FILE, for scripts/bench.mjs.

import { readFileSync, readdirSync, statSync, existsSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { chromium } from '@playwright/test';
import { CHROMIUM, CHROMIUM_FLAGS, firstVisit, serve } from './first-visit.mjs';

function usage(message) {
  if (message) console.error(`size-report: ${message}`);
  console.error('usage: node scripts/size-report.mjs DIR [--budget-kb N] [--json FILE]');
  process.exit(2);
}

let dir = null;
let budgetKb = null;
let jsonOut = null;
const args = process.argv.slice(2);
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '--budget-kb') {
    if (i + 1 >= args.length) usage('--budget-kb needs a value');
    budgetKb = Number(args[++i]);
  } else if (a.startsWith('--budget-kb=')) {
    budgetKb = Number(a.slice('--budget-kb='.length));
  } else if (a === '--json') {
    if (i + 1 >= args.length) usage('--json needs a file name');
    jsonOut = args[++i];
  } else if (a === '--dir') {
    if (i + 1 >= args.length) usage('--dir needs a value');
    dir = args[++i];
  } else if (a === '-h' || a === '--help') {
    usage();
  } else if (a.startsWith('-')) {
    usage(`unknown option ${a}`);
  } else if (dir === null) {
    dir = a;
  } else {
    usage(`unexpected argument ${a}`);
  }
}
if (!dir) usage('DIR is required');
if (budgetKb !== null && !(Number.isFinite(budgetKb) && budgetKb > 0)) usage('--budget-kb must be a positive number');
if (!existsSync(dir) || !statSync(dir).isDirectory()) {
  console.error(`size-report: ${dir} is not a directory (build first: bash scripts/build.sh)`);
  process.exit(1);
}

function walk(d) {
  const out = [];
  for (const entry of readdirSync(d, { withFileTypes: true })) {
    const p = join(d, entry.name);
    if (entry.isDirectory()) out.push(...walk(p));
    else if (entry.isFile()) out.push(p);
  }
  return out;
}

function sizes(buf) {
  return {
    raw: buf.length,
    gzip: gzipSync(buf, { level: 9 }).length,
    brotli: brotliCompressSync(buf, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: buf.length,
      },
    }).length,
  };
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const pad = (s, n) => String(s).padStart(n);
const posix = (p) => p.split(sep).join('/');

const files = walk(dir)
  .map((p) => ({ name: posix(relative(dir, p)), ...sizes(readFileSync(p)) }))
  .sort((a, b) => a.name.localeCompare(b.name));

const nameWidth = Math.max(30, ...files.map((f) => f.name.length));
const header = `${'file'.padEnd(nameWidth)}  ${pad('raw', 11)}  ${pad('gzip -9', 11)}  ${pad('brotli', 11)}`;
console.log(`Size report for ${dir}`);
console.log(header);
console.log('-'.repeat(header.length));
for (const f of files) {
  console.log(`${f.name.padEnd(nameWidth)}  ${pad(kb(f.raw), 11)}  ${pad(kb(f.gzip), 11)}  ${pad(kb(f.brotli), 11)}`);
}
const all = files.reduce((t, f) => ({ raw: t.raw + f.raw, gzip: t.gzip + f.gzip, brotli: t.brotli + f.brotli }), { raw: 0, gzip: 0, brotli: 0 });
console.log('-'.repeat(header.length));
console.log(`${'all files'.padEnd(nameWidth)}  ${pad(kb(all.raw), 11)}  ${pad(kb(all.gzip), 11)}  ${pad(kb(all.brotli), 11)}`);

// First visit: what a browser fetches for the home page, served under the build's public URL.
if (!existsSync(join(dir, 'index.html'))) {
  console.error(`size-report: ${dir}/index.html not found`);
  process.exit(1);
}
// Trunk writes the public URL into <base href> (the comments above it show examples).
const html = readFileSync(join(dir, 'index.html'), 'utf8').replace(/<!--[\s\S]*?-->/g, '');
const base = html.match(/<base\s[^>]*href="([^"]*)"/i)?.[1] ?? '/';
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
const site = await serve(dir, base);
let visit;
try {
  visit = await firstVisit(browser, site.url);
} finally {
  site.stop();
  await browser.close();
}
// Brotli is not on this wire; the same files' brotli sizes say what a host that sends it would.
const byName = new Map(files.map((f) => [f.name, f]));
const fileOf = (name) => byName.get(name.split(/[?#]/)[0] || 'index.html');
const brotli = visit.requests.reduce((sum, r) => sum + (fileOf(r.name)?.brotli ?? r.bodyBytes), 0);
const failed = visit.requests.filter((r) => r.failure || r.status >= 400);

const reqWidth = Math.max(30, ...visit.requests.map((r) => r.name.length + 2));
console.log('');
console.log(`First visit of ${site.url} in headless Chromium (fresh profile, no service worker), until idle:`);
const reqHeader = `${'request'.padEnd(reqWidth)}  ${'status'.padStart(6)}  ${'encoding'.padStart(8)}  ${pad('on the wire', 11)}`;
console.log(reqHeader);
console.log('-'.repeat(reqHeader.length));
for (const r of visit.requests) {
  const status = r.failure ?? String(r.status);
  console.log(`${(r.name || './').padEnd(reqWidth)}  ${status.padStart(6)}  ${(r.encoding ?? '–').padStart(8)}  ${pad(kb(r.bodyBytes), 11)}`);
}
console.log('-'.repeat(reqHeader.length));
console.log(`${`${visit.requests.length} requests`.padEnd(reqWidth)}  ${''.padStart(6)}  ${''.padStart(8)}  ${pad(kb(visit.bodyBytes), 11)}`);
console.log(`  response bodies ${kb(visit.bodyBytes)} (+ headers ${kb(visit.headerBytes)}); the same files with brotli: ${kb(brotli)}`);

if (jsonOut) {
  const firstVisitFigures = { url: site.url, requests: visit.requests, bodyBytes: visit.bodyBytes, headerBytes: visit.headerBytes, brotli };
  writeFileSync(jsonOut, JSON.stringify({ dir, files, firstVisit: firstVisitFigures }, null, 2));
}

if (failed.length) {
  console.error(`size-report: FAIL: ${failed.length} request(s) of the first visit failed: ${failed.map((r) => `${r.name || './'} (${r.failure ?? r.status})`).join(', ')}`);
  process.exit(1);
}
if (budgetKb !== null) {
  const limit = budgetKb * 1024;
  if (visit.bodyBytes > limit) {
    console.error(`size-report: FAIL: the first visit fetches ${kb(visit.bodyBytes)} (gzip on the wire), over the budget of ${budgetKb} KB by ${kb(visit.bodyBytes - limit)}`);
    process.exit(1);
  }
  console.log(`  within budget: ${kb(visit.bodyBytes)} <= ${budgetKb} KB (${((100 * visit.bodyBytes) / limit).toFixed(0)}% used)`);
}
