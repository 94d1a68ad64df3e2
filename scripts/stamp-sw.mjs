#!/usr/bin/env node
// Trunk post_build step (see Trunk.toml): finishes the staged build in DIR (default
// $TRUNK_STAGING_DIR).
//
//   node scripts/stamp-sw.mjs [DIR]
//
// 1. Content-Security-Policy: Trunk injects an inline <script type="module"> that loads the
//    wasm. Its sha256 hash replaces the placeholder 'sha256-TRUNK-INLINE-SCRIPTS' in index.html's
//    CSP, so the policy needs no 'unsafe-inline' for scripts (a static host cannot send nonces).
// 2. Service worker: writes every file of the build (relative to the site's base, hashed names
//    included) into sw.js as `const PRECACHE = [...]`, and a build id derived from all their
//    contents as `const BUILD = "..."`. Any change to any file gives a new sw.js, which is what
//    makes browsers install the new version and the app offer it.
// Left out of the precache: sw.js itself and 404.html (a copy of index.html written afterwards).
// Fails loudly when a placeholder is missing, so a changed template cannot ship half-stamped.

import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

const dir = process.argv[2] || process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('stamp-sw.mjs: give the build directory as argument or in TRUNK_STAGING_DIR');
  process.exit(2);
}

const CSP_PLACEHOLDER = "'sha256-TRUNK-INLINE-SCRIPTS'";
const SKIP = new Set(['sw.js', '404.html']);

function fail(message) {
  console.error(`stamp-sw.mjs: ${message}`);
  process.exit(1);
}

async function listFiles(root) {
  const out = [];
  async function walk(d) {
    for (const entry of await readdir(d, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue; // Trunk's own staging folders
      const path = join(d, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.isFile()) out.push(relative(root, path).split(sep).join('/'));
    }
  }
  await walk(root);
  return out.sort();
}

// 1. CSP hash of the inline scripts.
const indexPath = join(dir, 'index.html');
let html = await readFile(indexPath, 'utf8');
const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
  .filter(([, attrs]) => !/\ssrc\s*=/i.test(attrs))
  .map(([, , body]) => body);
if (!html.includes(CSP_PLACEHOLDER)) fail(`index.html has no ${CSP_PLACEHOLDER} in its Content-Security-Policy`);
if (inline.length === 0) fail('index.html has no inline script to hash (has Trunk changed how it loads the app?)');
const hashes = inline.map((body) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
html = html.replaceAll(CSP_PLACEHOLDER, hashes.join(" "));
await writeFile(indexPath, html);

// 2. Service worker precache list and build id.
const swPath = join(dir, 'sw.js');
let sw = await readFile(swPath, 'utf8').catch(() => fail(`${swPath} is missing (index.html copies public/ into the build)`));
const files = (await listFiles(dir)).filter((f) => !SKIP.has(f));
const build = createHash('sha256');
for (const file of files) {
  build.update(file).update('\0').update(await readFile(join(dir, file))).update('\0');
}
const buildId = build.digest('hex').slice(0, 16);
const precache = ['./', ...files];
const stamped = sw
  .replace(/^const BUILD = "";$/m, `const BUILD = ${JSON.stringify(buildId)};`)
  .replace(/^const PRECACHE = \[\];$/m, `const PRECACHE = ${JSON.stringify(precache)};`);
if (!stamped.includes(`const BUILD = "${buildId}";`) || !stamped.includes('const PRECACHE = ["./"')) {
  fail('sw.js must contain the lines `const BUILD = "";` and `const PRECACHE = [];` to stamp');
}
await writeFile(swPath, stamped);
console.log(`stamp-sw.mjs: build ${buildId}, ${precache.length} files precached, ${hashes.length} inline script hash(es) in the CSP`);
