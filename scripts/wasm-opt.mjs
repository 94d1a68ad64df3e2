#!/usr/bin/env node
// `wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int FILE -o FILE` for many
// files in one process, through binaryen's JS API (npm binaryen 132, the same build as its
// wasm-opt command). Used by scripts/build-wasm.sh on the split module's 80-odd files:
//
//   node scripts/wasm-opt.mjs FILE.wasm...     (each file is optimised in place)
//
// Why: npm's wasm-opt command is binaryen compiled to wasm, and every run first loads and
// compiles that 10 MB module: about 1 s per file before any work, 3 min 8 s for one build on 2
// cores. Loading it once takes 29 s for the same files, and the output is byte for byte what the
// command writes (checked on all 85 files of a build). The stack IR settings are what the
// command turns on for -O levels; without them the output differs.
import binaryen from 'binaryen';
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';

const REQUIRED_MAJOR = 132;
const { version } = createRequire(import.meta.url)('binaryen/package.json');
if (Number.parseInt(version, 10) !== REQUIRED_MAJOR) {
  console.error(`wasm-opt.mjs: binaryen ${version} is installed, ${REQUIRED_MAJOR} is required; run 'bash scripts/setup.sh'`);
  process.exit(1);
}

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: node scripts/wasm-opt.mjs FILE.wasm...');
  process.exit(2);
}

// -Oz
binaryen.setOptimizeLevel(2);
binaryen.setShrinkLevel(2);
binaryen.setDebugInfo(false);
binaryen.setGenerateStackIR(true);
binaryen.setOptimizeStackIR(true);
const features = binaryen.Features.BulkMemory | binaryen.Features.NontrappingFPToInt;

for (const file of files) {
  let module;
  try {
    module = binaryen.readBinary(readFileSync(file));
    module.setFeatures(module.getFeatures() | features);
    if (!module.validate()) throw new Error('the module is not valid wasm (see the messages above)');
    module.optimize();
    writeFileSync(file, module.emitBinary());
  } catch (err) {
    console.error(`wasm-opt.mjs: ${file}: ${err.message || err}`);
    process.exit(1);
  } finally {
    module?.dispose();
  }
}
