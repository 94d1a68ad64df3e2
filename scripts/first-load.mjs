// The files a browser fetches to show the home page of a built site: index.html, the .js, .wasm
// and .css files it references (it preloads main_bg.wasm), and the modules those scripts import
// statically (main.js imports __wasm_split.js). Split chunks are fetched later, on demand, and
// are not part of it. Used by scripts/size-report.mjs and checked against the
// browser's real requests by tests/e2e/foundation.spec.mjs.

import { readFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path/posix';

/** Names (relative to `dir`, with /) of the first-load files, index.html first. */
export function firstLoadFiles(dir) {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const base = html.match(/<base\s[^>]*href="([^"]*)"/i)?.[1] ?? '/';
  const found = new Set(['index.html']);
  const queue = [];
  const add = (name) => {
    if (!found.has(name) && existsSync(join(dir, name))) {
      found.add(name);
      if (name.endsWith('.js')) queue.push(name);
    }
  };
  // index.html: absolute paths under the public URL (e.g. "/explorer/pkg/…/main.js") or relative ones.
  for (const m of html.matchAll(/["'(]([^"'()\s]+\.(?:js|wasm|css))(?:[?#][^"'()\s]*)?["')]/gi)) {
    let ref = m[1];
    if (/^[a-z]+:\/\//i.test(ref)) continue; // external URL: not part of this build
    if (ref.startsWith(base)) ref = ref.slice(base.length);
    add(ref.replace(/^\.?\//, ''));
  }
  // Scripts: static imports, relative to the importing script.
  while (queue.length) {
    const script = queue.shift();
    const text = readFileSync(join(dir, script), 'utf8');
    for (const [, ref] of text.matchAll(/^\s*import\s+(?:[^'"]*?\s+from\s+)?["'](\.{1,2}\/[^"']+)["']/gm)) {
      add(join(dirname(script), ref));
    }
  }
  return [...found];
}
