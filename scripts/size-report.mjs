#!/usr/bin/env node
// Size report for a built site (Trunk dist directory). Node's zlib only.
//
//   node scripts/size-report.mjs DIR [--budget-kb 200] [--json FILE]
//
// Prints every file with raw, gzip (-9) and brotli (quality 11) sizes, then the first-load
// total: index.html plus the .js, .wasm and .css files the home page fetches (first-load.mjs). Exits 1 when a budget is
// given and the first-load gzip total exceeds it (1 KB = 1024 bytes). --json also writes the
// figures (every file, the first-load files and totals, in bytes) to FILE, for scripts/bench.mjs.

import { readFileSync, readdirSync, statSync, existsSync, writeFileSync } from 'node:fs';
import { join, relative, extname, sep } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { firstLoadFiles } from './first-load.mjs';

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

// First load: what the browser fetches for the home page (see first-load.mjs).
const byName = new Map(files.map((f) => [f.name, f]));
if (!byName.has('index.html')) {
  console.error(`size-report: ${dir}/index.html not found`);
  process.exit(1);
}
const firstLoad = firstLoadFiles(dir);
const fl = [...firstLoad].map((n) => byName.get(n));
const total = fl.reduce((t, f) => ({ raw: t.raw + f.raw, gzip: t.gzip + f.gzip, brotli: t.brotli + f.brotli }), { raw: 0, gzip: 0, brotli: 0 });
console.log('');
console.log(`First load (${fl.map((f) => f.name).join(', ')}):`);
console.log(`  raw ${kb(total.raw)}, gzip -9 ${kb(total.gzip)}, brotli ${kb(total.brotli)}`);

if (jsonOut) {
  writeFileSync(jsonOut, JSON.stringify({ dir, files, firstLoad: { files: fl.map((f) => f.name), ...total } }, null, 2));
}

if (budgetKb !== null) {
  const limit = budgetKb * 1024;
  if (total.gzip > limit) {
    console.error(`size-report: FAIL: first-load gzip ${kb(total.gzip)} exceeds the budget of ${budgetKb} KB by ${kb(total.gzip - limit)}`);
    process.exit(1);
  }
  console.log(`  within budget: gzip ${kb(total.gzip)} <= ${budgetKb} KB (${((100 * total.gzip) / limit).toFixed(0)}% used)`);
}
