// Vega for every chart (radar, votes), loaded from the single-file build the
// vega package ships (build/vega.js, the same 6.4 code as its ES modules).
// Importing `vega` the ordinary way resolves and links some forty packages
// (vega-*, d3-*), which costs ~140 ms at every start; evaluating the one
// bundled file costs ~35 ms, a large share of a `radar` or `report` run. The bundle never
// looks for node-canvas, so text is always measured by Vega's estimate: the
// SVG is the same whether or not `canvas` happens to be installed (it is not
// a dependency). If the bundle is missing or fails, the ordinary import is
// used; both render byte-identical SVG (test/outputs-report/speedups.test.ts).
// The bundle's compiled code is kept in a V8 code cache in the user's cache
// directory (./cache/v8-code.ts): ~30 ms less per run once written, never
// required, same output.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type * as VegaModule from 'vega';
import { PACKAGE_ROOT } from '../core/paths.js';
import { compileCached, type CachedScript } from './cache/v8-code.js';

export type Vega = typeof VegaModule;

let loaded: Promise<Vega> | undefined;
let bundleScript: CachedScript | undefined;

/** The bundled build, evaluated as the CommonJS module it is; null when it cannot be found or run. */
export function loadVegaBundle(): Vega | null {
  try {
    const file = join(dirname(createRequire(import.meta.url).resolve('vega')), 'vega.js');
    bundleScript = compileCached('vega', file, `(function (exports, module) {${readFileSync(file, 'utf8')}\n})`, PACKAGE_ROOT);
    const factory = bundleScript.run() as (exports: object, module: { exports: object }) => void;
    const module = { exports: {} as Record<string, unknown> };
    factory.call(undefined, module.exports, module);
    const vega = module.exports as unknown as Vega;
    return typeof vega.View === 'function' && typeof vega.parse === 'function' && typeof vega.resetSVGDefIds === 'function' ? vega : null;
  } catch {
    return null;
  }
}

/** Vega, loaded once per process: the bundled build, else the ordinary import. */
export function vegaRuntime(): Promise<Vega> {
  loaded ??= Promise.resolve(loadVegaBundle()).then((v) => v ?? import('vega'));
  return loaded;
}

/** A loader that refuses every URL and file: charts must never touch the network or the disk.
 *  Vega only logs a failed load and draws on, so refusals are recorded and raised after rendering. */
function offlineLoader(vega: Vega, refused: string[]): VegaModule.Loader {
  const refuse = (uri: unknown) => {
    refused.push(String(uri));
    return Promise.reject(new Error(`external resource refused: ${String(uri)}`));
  };
  return Object.assign(vega.loader(), { load: refuse, sanitize: refuse, http: refuse, file: refuse }) as VegaModule.Loader;
}

/** Renders a Vega spec headless to SVG, offline. */
export async function renderSvg(vega: Vega, spec: VegaModule.Spec): Promise<string> {
  const refused: string[] = [];
  const view = new vega.View(vega.parse(spec), { renderer: 'none', loader: offlineLoader(vega, refused), logLevel: vega.None });
  try {
    const svg = await view.toSVG();
    if (refused.length) throw new Error(`c21lab: charts load nothing from outside; refused ${refused.join(', ')}`);
    // After a first render the code cache also holds the functions V8 compiled lazily for it.
    bundleScript?.save();
    return svg;
  } finally {
    view.finalize();
  }
}
