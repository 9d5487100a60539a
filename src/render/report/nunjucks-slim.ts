// nunjucks' runtime-only build (enough for precompiled templates), loaded on
// first use. Its own file so that the classic-script build
// (src/gen/script-bundle.ts) can put it inside the script, and so in the code
// cache, instead of loading it with `require` from node_modules at every run.
import { createRequire } from 'node:module';
import type Nunjucks from 'nunjucks';

const require = createRequire(import.meta.url);

export function loadNunjucksSlim(): typeof Nunjucks {
  return require('nunjucks/browser/nunjucks-slim.js') as typeof Nunjucks;
}
