#!/usr/bin/env node
// Trunk post_build step (see Trunk.toml): finishes the staged build in DIR (default
// $TRUNK_STAGING_DIR).
//
//   node scripts/stamp-sw.mjs [DIR]
//
// 1. Content-Security-Policy: index.html's policy allows no inline script (a static host cannot
//    send nonces); this fails the build when one appears, since browsers would block it.
// 2. Service worker: writes every file of the build (relative to the site's base, hashed names
//    included) into sw.js as `const PRECACHE = [...]`, and a build id derived from all their
//    contents as `const BUILD = "..."`. Any change to any file gives a new sw.js, which is what
//    makes browsers install the new version and the app offer it.
// Left out of the precache: sw.js itself, 404.html (a copy of the shell written afterwards),
// index.html, which scripts/prerender.mjs replaces with the static home page (offline, every
// navigation is answered with shell.html, the app), and the dataset's unpacked copies
// (pkg/<hash>/dataset-<lang>.bin), which only browsers without DecompressionStream fetch: each
// install would download some 300 KB more for them (src/data.rs).
// Fails loudly when a placeholder is missing, so a changed template cannot ship half-stamped.

import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

const dir = process.argv[2] || process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('stamp-sw.mjs: give the build directory as argument or in TRUNK_STAGING_DIR');
  process.exit(2);
}

const SKIP = new Set(['sw.js', '404.html', 'index.html']);

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

// 1. No inline script.
const html = await readFile(join(dir, 'index.html'), 'utf8');
const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].filter(([, attrs]) => !/\ssrc\s*=/i.test(attrs));
if (inline.length > 0) fail(`index.html has ${inline.length} inline script(s); its Content-Security-Policy would block them: load them from a file`);

// 2. Service worker precache list and build id.
const swPath = join(dir, 'sw.js');
let sw = await readFile(swPath, 'utf8').catch(() => fail(`${swPath} is missing (index.html copies public/ into the build)`));
const UNPACKED_DATASET = /\/dataset-[a-z]{2}\.bin$/;
const files = (await listFiles(dir)).filter((f) => !SKIP.has(f) && !UNPACKED_DATASET.test(f));
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
console.log(`stamp-sw.mjs: build ${buildId}, ${precache.length} files precached`);
