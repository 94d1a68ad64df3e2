// The size guard (scripts/size-report.mjs --budget-kb, the "size report" stage of scripts/test.sh)
// counts what a browser fetches on the first visit: a copy of the build whose index.html loads one
// more script fails it, and the guard's total grows by exactly that script's gzip size (and the
// few bytes of the longer index.html).

import { test, expect } from './helpers.mjs';
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync, constants } from 'node:zlib';

const SIZE_REPORT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'scripts', 'size-report.mjs');
const BUDGET_KB = 200;

function guard(dir, json) {
  const run = spawnSync(process.execPath, [SIZE_REPORT, dir, '--budget-kb', String(BUDGET_KB), '--json', json], { encoding: 'utf8', timeout: 120_000 });
  return { status: run.status, output: `${run.stdout}${run.stderr}`, visit: JSON.parse(readFileSync(json, 'utf8')).firstVisit };
}

test('the size guard fails when the first visit fetches one more file that takes it over the budget', async ({}, testInfo) => {
  test.setTimeout(240_000);
  const site = testInfo.outputPath('site');
  cpSync(testInfo.project.metadata.dist, site, { recursive: true });
  const before = guard(site, testInfo.outputPath('before.json'));
  expect(before.status, before.output).toBe(0);

  // A script whose gzip size takes the first visit 4 KB over the budget (random hex compresses
  // to about half its length, so no smaller than the random bytes).
  const over = BUDGET_KB * 1024 - before.visit.bodyBytes + 4 * 1024;
  const script = `export const padding = '${randomBytes(over).toString('hex')}';\n`;
  writeFileSync(join(site, 'padding.js'), script);
  const index = join(site, 'index.html');
  writeFileSync(index, readFileSync(index, 'utf8').replace('</head>', '<script type="module" src="padding.js"></script></head>'));

  const after = guard(site, testInfo.outputPath('after.json'));
  expect(after.status, after.output).toBe(1);
  expect(after.output).toMatch(/FAIL: the first visit fetches [\d.]+ KB \(gzip on the wire\), over the budget of 200 KB/);
  expect(after.output).toMatch(/^padding\.js\s+200\s+gzip\s+[\d.]+ KB$/m);
  const gzipped = gzipSync(script, { level: constants.Z_BEST_COMPRESSION }).length;
  expect(after.visit.requests.find((r) => r.name === 'padding.js')?.bodyBytes).toBe(gzipped);
  const page = (visit) => visit.requests.find((r) => r.name === '').bodyBytes;
  expect(after.visit.bodyBytes - page(after.visit)).toBe(before.visit.bodyBytes - page(before.visit) + gzipped);
});
