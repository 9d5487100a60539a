// Vega for every chart (radar, votes), loaded from the single-file build the
// vega package ships (build/vega.js, the same 6.4 code as its ES modules).
// Importing `vega` the ordinary way resolves and links some forty packages
// (vega-*, d3-*), which costs ~140 ms at every start; evaluating the one
// bundled file costs ~35 ms, a large share of a `radar` or `report` run. The bundle never
// looks for node-canvas, so text is always measured by Vega's estimate: the
// SVG is the same whether or not `canvas` happens to be installed (it is not
// a dependency). If the bundle is missing or fails, the ordinary import is
// used; both render byte-identical SVG (test/outputs-report/speedups.test.ts).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { runInThisContext } from 'node:vm';
let loaded;
/** The bundled build, evaluated as the CommonJS module it is; null when it cannot be found or run. */
export function loadVegaBundle() {
    try {
        const file = join(dirname(createRequire(import.meta.url).resolve('vega')), 'vega.js');
        const factory = runInThisContext(`(function (exports, module) {${readFileSync(file, 'utf8')}\n})`, { filename: file });
        const module = { exports: {} };
        factory.call(undefined, module.exports, module);
        const vega = module.exports;
        return typeof vega.View === 'function' && typeof vega.parse === 'function' && typeof vega.resetSVGDefIds === 'function' ? vega : null;
    }
    catch {
        return null;
    }
}
/** Vega, loaded once per process: the bundled build, else the ordinary import. */
export function vegaRuntime() {
    loaded ??= Promise.resolve(loadVegaBundle()).then((v) => v ?? import('vega'));
    return loaded;
}
/** A loader that refuses every URL and file: charts must never touch the network or the disk.
 *  Vega only logs a failed load and draws on, so refusals are recorded and raised after rendering. */
function offlineLoader(vega, refused) {
    const refuse = (uri) => {
        refused.push(String(uri));
        return Promise.reject(new Error(`external resource refused: ${String(uri)}`));
    };
    return Object.assign(vega.loader(), { load: refuse, sanitize: refuse, http: refuse, file: refuse });
}
/** Renders a Vega spec headless to SVG, offline. */
export async function renderSvg(vega, spec) {
    const refused = [];
    const view = new vega.View(vega.parse(spec), { renderer: 'none', loader: offlineLoader(vega, refused), logLevel: vega.None });
    try {
        const svg = await view.toSVG();
        if (refused.length)
            throw new Error(`c21lab: charts load nothing from outside; refused ${refused.join(', ')}`);
        return svg;
    }
    finally {
        view.finalize();
    }
}
