// Baseline for bench/radar.mjs and bench/report.mjs: the least a radar can
// cost — import vega, parse the very spec c21lab builds (saved as JSON
// beforehand), render it headless to SVG and write it. No YAML, no
// validation, no CLI. With BARE_VEGA_BUNDLE=1 it loads vega from the
// single-file build as c21lab does (src/render/vega.ts), so the benches can
// also show the ratio with vega's loading cost equal on both sides.
import { readFileSync, writeFileSync } from 'node:fs';

const vega = process.env.BARE_VEGA_BUNDLE
  ? (await import('../dist/render/vega.js')).loadVegaBundle()
  : await import('vega');
const [specFile, outFile] = process.argv.slice(2);
const spec = JSON.parse(readFileSync(specFile, 'utf8'));
const view = new vega.View(vega.parse(spec), { renderer: 'none' });
writeFileSync(outFile, await view.toSVG());
view.finalize();
