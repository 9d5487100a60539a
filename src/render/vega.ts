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

interface KeptView {
  view: VegaModule.View;
  refused: string[];
}

/** Views kept for reuse, per vega instance, by spec shape; a handful is plenty (a report draws two charts). */
const kept = new WeakMap<Vega, Map<string, KeptView>>();
const MAX_KEPT = 8;

/**
 * The spec without its inline data values, as a string: two specs of the
 * same shape differ only in their data, and can be drawn on one View
 * (`report --out-dir` draws a radar for every file; parsing a spec and
 * building its dataflow is about a third of what the radar costs).
 * Undefined for specs where a reused View could draw otherwise than a new
 * one, which is found by comparing both (test/outputs-report/view-reuse.test.ts):
 * axes, legends and keyed marks keep their old items' order when the data
 * changes, and autosize is computed on the first run only; data loaded or
 * parsed with a `format` would not go through View.data() alike.
 */
export function specShape(spec: VegaModule.Spec): string | undefined {
  const s = spec as unknown as Record<string, unknown>;
  const autosize = s.autosize as string | { type?: string } | undefined;
  if ((typeof autosize === 'string' ? autosize : autosize?.type) !== 'none') return undefined;
  if (s.axes !== undefined || s.legends !== undefined || s.projections !== undefined) return undefined;
  const data = (spec.data ?? []) as unknown as Array<Record<string, unknown>>;
  if (data.some((d) => 'url' in d || 'format' in d || ('values' in d && !Array.isArray(d.values)))) return undefined;
  const text = JSON.stringify({ ...spec, data: data.map((d) => ('values' in d ? { ...d, values: 0 } : d)) });
  // Nested groups may carry their own axes and legends; keyed marks join by key.
  if (/"(?:axes|legends|key)":/.test(text)) return undefined;
  return text;
}

function newView(vega: Vega, spec: VegaModule.Spec): KeptView {
  const refused: string[] = [];
  const view = new vega.View(vega.parse(spec), { renderer: 'none', loader: offlineLoader(vega, refused), logLevel: vega.None });
  return { view, refused };
}

/**
 * Renders a Vega spec headless to SVG, offline. A View made for a spec of the
 * same shape (see specShape) is reused with the new data (`reuse: false`
 * always makes a new one); both give the same bytes.
 */
export async function renderSvg(vega: Vega, spec: VegaModule.Spec, options: { reuse?: boolean } = {}): Promise<string> {
  const shape = options.reuse === false ? undefined : specShape(spec);
  let views = kept.get(vega);
  if (!views) kept.set(vega, (views = new Map()));
  let k = shape === undefined ? undefined : views.get(shape);
  if (k) {
    for (const d of (spec.data ?? []) as unknown as Array<{ name: string; values?: unknown[] }>) if (d.values) k.view.data(d.name, d.values);
  } else {
    k = newView(vega, spec);
    if (shape !== undefined) {
      if (views.size >= MAX_KEPT) {
        const [oldest, old] = views.entries().next().value as [string, KeptView];
        views.delete(oldest);
        old.view.finalize();
      }
      views.set(shape, k);
    }
  }
  k.refused.length = 0;
  try {
    await k.view.runAsync();
    const svg = await k.view.toSVG();
    if (k.refused.length) throw new Error(`c21lab: charts load nothing from outside; refused ${k.refused.join(', ')}`);
    // After a first render the code cache also holds the functions V8 compiled lazily for it.
    bundleScript?.save();
    return svg;
  } catch (error) {
    if (shape !== undefined) views.delete(shape);
    k.view.finalize();
    throw error;
  } finally {
    if (shape === undefined) k.view.finalize();
  }
}
