// Baseline for bench/radar.mjs: the least a radar can cost — import vega,
// parse the very spec c21lab builds (saved as JSON beforehand), render it
// headless to SVG and write it. No YAML, no validation, no CLI.
import { readFileSync, writeFileSync } from 'node:fs';
import * as vega from 'vega';

const [specFile, outFile] = process.argv.slice(2);
const spec = JSON.parse(readFileSync(specFile, 'utf8'));
const view = new vega.View(vega.parse(spec), { renderer: 'none' });
writeFileSync(outFile, await view.toSVG());
view.finalize();
