// The floor of bench/radar.mjs and bench/report.mjs: the least a radar can
// cost — node, vega's single-file build (vega/build/vega.js, evaluated as the
// CommonJS module it is, compiled from scratch: no code cache), and the
// render of the very spec c21lab builds (saved as JSON beforehand), written
// as SVG. No YAML, no validation, no CLI. (vega's package is "type":
// "module", so node would load build/vega.js as an ES module, where its UMD
// wrapper finds no `exports`; hence the explicit CommonJS wrapper.)
// With BARE_VEGA=modules it imports `vega` the ordinary way (its ~40 ES
// modules) instead, for an informative second figure.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { runInThisContext } from 'node:vm';

async function loadVega() {
  if (process.env.BARE_VEGA === 'modules') return import('vega');
  const file = join(dirname(createRequire(import.meta.url).resolve('vega')), 'vega.js');
  const module = { exports: {} };
  runInThisContext(`(function (exports, module) {${readFileSync(file, 'utf8')}\n})`, { filename: file })(module.exports, module);
  return module.exports;
}

const vega = await loadVega();
const [specFile, outFile] = process.argv.slice(2);
const spec = JSON.parse(readFileSync(specFile, 'utf8'));
const view = new vega.View(vega.parse(spec), { renderer: 'none' });
writeFileSync(outFile, await view.toSVG());
view.finalize();
