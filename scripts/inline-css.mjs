#!/usr/bin/env node
// Trunk post_build step (see Trunk.toml): puts the stylesheet Trunk built into index.html as a
// <style> element, allowed by its sha256 hash in the page's Content-Security-Policy, and removes
// the file.
//
//   node scripts/inline-css.mjs [DIR]     (default $TRUNK_STAGING_DIR)
//
// Why: a first visit on a slow phone connection fetched the stylesheet beside the WebAssembly,
// which shares the line with it, so the static HTML waited for it before its first paint
// (scripts/page-load.mjs: a quarter of a second on every page). In the HTML it arrives with the
// page. Every page and the shell (shell.html, 404.html) are made from this index.html.
// Fails loudly when the stylesheet link or the policy's style-src-elem is not as expected, so a
// changed template cannot ship unstyled or blocked.

import { createHash } from 'node:crypto';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const dir = process.argv[2] || process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('inline-css.mjs: give the build directory as argument or in TRUNK_STAGING_DIR');
  process.exit(2);
}

function fail(message) {
  console.error(`inline-css.mjs: ${message}`);
  process.exit(1);
}

const htmlPath = join(dir, 'index.html');
const html = await readFile(htmlPath, 'utf8');
// Trunk's output for `<link data-trunk rel="css" href="style/main.css">`: the hashed file under
// the public URL, with an integrity attribute; minified HTML may drop the quotes.
const links = [...html.matchAll(/<link\b[^>]*\bhref="?([^"\s>]*main-[0-9a-f]+\.css)"?[^>]*>/g)];
if (links.length !== 1) fail(`${htmlPath} should link one stylesheet main-<hash>.css (Trunk's output for style/main.css), found ${links.length}`);
const [[tag, href]] = links;
const file = href.split('/').pop();
const css = (await readFile(join(dir, file), 'utf8').catch(() => fail(`${join(dir, file)} is missing`))).trim();
// A <style> element ends at the first "</style": the stylesheet must not contain one.
if (/<\/style/i.test(css)) fail(`${file} contains "</style", which would end the <style> element early`);

const hash = `'sha256-${createHash('sha256').update(css).digest('base64')}'`;
const metas = [...html.matchAll(/<meta\b[^>]*>/g)].map(([m]) => m).filter((m) => m.includes('Content-Security-Policy'));
if (metas.length !== 1 || !metas[0].includes("style-src-elem 'self'")) {
  fail(`${htmlPath} should have one Content-Security-Policy with "style-src-elem 'self'" to add the stylesheet's hash to`);
}
const meta = metas[0].replace("style-src-elem 'self'", `style-src-elem 'self' ${hash}`);

await writeFile(htmlPath, html.replace(metas[0], () => meta).replace(tag, () => `<style>${css}</style>`));
await rm(join(dir, file));
console.log(`inline-css.mjs: ${file} (${css.length} bytes) inlined, allowed by ${hash}`);
