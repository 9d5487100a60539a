// Build step of `npm run compile`, after tsc: bundles the compiled CLI
// (dist/cli/*.js) into a few ES module files in dist/bundle/, which
// bin/c21lab.js runs when they exist. Why: node's ES module loader costs
// about 1 ms per module on a 2-core machine, and a `report` loads ~100 of
// our modules, a third of the run; the bundle loads a handful of chunks.
// Why this shape, so that the bundle behaves exactly as the modules do:
// - one build with code splitting over every entry the program starts from
//   (main, the validate worker), so each module exists once
//   (`instanceof` on our error classes holds) and a command still loads
//   only its own chunk, lazily, as src/cli/registry.ts wants;
// - dist/bundle/ sits at the same depth as dist/cli/, so every
//   `new URL('../../…', import.meta.url)` (package root, templates, help
//   books) points where it did, and the worker is `./worker.js` beside the
//   pool's chunk, as it is beside dist/cli/validate/pool.js;
// - packages stay external (node resolves them from dist/bundle/ as from
//   dist/cli/), names are kept (error and class names reach outputs), nothing
//   is minified.
// The fast path (dist/cli/fast.js: --version, help screens) stays as tsc
// wrote it: two small modules, with no state to share with main().
// Without dist/bundle/ (tsc alone), bin/c21lab.js runs dist/cli/ directly.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
const dist = fileURLToPath(new URL('../', import.meta.url));
const outdir = `${dist}bundle`;
rmSync(outdir, { recursive: true, force: true });
await build({
    entryPoints: { main: `${dist}cli/main.js`, worker: `${dist}cli/validate/worker.js` },
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20.17',
    packages: 'external',
    keepNames: true,
    entryNames: '[name]',
    chunkNames: 'chunk-[hash]',
    legalComments: 'inline',
    logLevel: 'warning',
});
// The same program as one classic script for the code cache (./script-bundle.ts).
await import('./script-bundle.js');
