// Vega for every chart (radar, votes), loaded from the single-file build the
// vega package ships (build/vega.js, the same 6.4 code as its ES modules).
// Importing `vega` the ordinary way resolves and links some forty packages
// (vega-*, d3-*), which costs ~140 ms at every start; evaluating the one
// bundled file costs ~35 ms, a large share of a `radar` or `report` run. The bundle never
// looks for node-canvas, so text is always measured by Vega's estimate: the
// SVG is the same whether or not `canvas` happens to be installed (it is not
// a dependency). If the bundle is missing or fails, the ordinary import is
// used; both render byte-identical SVG (test/render/report/speedups.test.ts).
// The bundle's compiled code is kept in a V8 code cache in the user's cache
// directory (./cache/v8-code.ts): ~30 ms less per run once written, never
// required, same output.
import { xmlValidChars } from './escape/xml.js';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type * as VegaModule from 'vega';
import { PACKAGE_ROOT } from '../core/paths.js';
import { compileCached, fileStamp, packageVersion, type CachedScript } from './cache/v8-code.js';
import { readParsed, writeParsed } from './cache/vega-parse.js';
import { faithfulJson, fixedDatasets } from './vega-fixed.js';

export type Vega = typeof VegaModule;

let loaded: Promise<Vega> | undefined;
let bundleScript: CachedScript | undefined;
let saving = false;
/** The charts this process drew (renderSvg's `chart`): the code cache entry records them, see saveCacheAtExit. */
const drawn = new Set<string>();

/**
 * Writes the code cache (when it was missing or refused) once the run's work
 * is done, so it holds every function V8 compiled lazily for this run's
 * charts (a report's votes chart needs many the radar does not), and the
 * writing never delays an output. An entry written by a run that drew other
 * charts (a `radar`, then a `report`) is written again with this run's code
 * added, once per new kind of chart.
 */
function saveCacheAtExit(): void {
  if (saving || !bundleScript) return;
  saving = true;
  process.once('beforeExit', () => bundleScript?.save([...drawn]));
}

/** The disk cache key of each vega's parses (see loadVegaBundle); none for a vega not loaded from the bundled file. */
const parseKeys = new WeakMap<Vega, string>();

/** The bundled build, evaluated as the CommonJS module it is; null when it cannot be found or run. */
export function loadVegaBundle(): Vega | null {
  try {
    const file = join(dirname(createRequire(import.meta.url).resolve('vega')), 'vega.js');
    const body = readFileSync(file);
    // vega's version beside the file's identity: npm gives every file of a package the same fixed mtime, so
    // another release of the same size on a reused inode would otherwise keep the key.
    const identity = fileStamp(file, body);
    const version = packageVersion(join(dirname(file), '..'));
    const stamp = identity !== undefined && version !== '?' ? `${version}:${identity}` : undefined;
    // The file as it is, with no wrapper around it: a wrapper makes V8 copy the 1.4 MB text into a second
    // string, which a `report` then pays for in garbage collection. Run in the global scope, where there is
    // no `exports` or `define`, vega's UMD header puts the library on `globalThis.vega`; it is taken from
    // there at once, and whatever `globalThis.vega` was before is put back.
    bundleScript = compileCached('vega', file, { prefix: '', body, suffix: '', ...(stamp ? { stamp } : {}) }, PACKAGE_ROOT);
    const global = globalThis as { vega?: unknown };
    const before = Object.getOwnPropertyDescriptor(global, 'vega');
    let vega: Vega | undefined;
    try {
      bundleScript.run();
      vega = global.vega as Vega | undefined;
    } finally {
      if (before) Object.defineProperty(global, 'vega', before);
      else delete global.vega;
    }
    if (!(vega && typeof vega.View === 'function' && typeof vega.parse === 'function' && typeof vega.resetSVGDefIds === 'function')) return null;
    // The disk cache of its parses is keyed by this very file (and c21lab's version); the ordinary import has none.
    if (stamp) parseKeys.set(vega, `${packageVersion(PACKAGE_ROOT)}:${stamp}`);
    return vega;
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

/** Parsed specs kept for reuse, per vega instance, by shape; a handful is plenty (a report draws two charts). */
const parsedByShape = new WeakMap<Vega, Map<string, ReturnType<Vega['parse']>>>();
const MAX_KEPT = 8;

/**
 * The spec with its inline data values emptied, as a string: specs of the
 * same shape differ only in their data, so one vega.parse() of the shape
 * serves them all (`report --out-dir` draws the same two charts for every
 * file, and parsing is about a third of a chart). Each chart still gets a
 * new View, which receives its data through View.data() before its first
 * run, as inline values would arrive: same tuples, same order, same layout
 * (test/render/vega/view-reuse.test.ts compares both ways).
 * Undefined when some data is loaded or parsed with a `format`, which
 * View.data() would not apply.
 */
export function specShape(spec: VegaModule.Spec): string | undefined {
  const data = (spec.data ?? []) as unknown as Array<Record<string, unknown>>;
  if (data.some((d) => 'url' in d || 'format' in d || ('values' in d && !Array.isArray(d.values)))) return undefined;
  return JSON.stringify({ ...spec, data: data.map((d) => ('values' in d ? { ...d, values: [] } : d)) });
}

/** The parsed dataflow of the spec's shape, parsed once per shape. */
function parsedShape(vega: Vega, shape: string): ReturnType<Vega['parse']> {
  let byShape = parsedByShape.get(vega);
  if (!byShape) parsedByShape.set(vega, (byShape = new Map()));
  let parsed = byShape.get(shape);
  if (!parsed) {
    if (byShape.size >= MAX_KEPT) byShape.delete(byShape.keys().next().value as string);
    // From the disk cache of earlier runs (./cache/vega-parse.ts), else parsed and kept there.
    const key = parseKeys.get(vega);
    parsed = key !== undefined ? (readParsed(key, shape) as ReturnType<Vega['parse']> | undefined) : undefined;
    if (!parsed) {
      parsed = vega.parse(JSON.parse(shape) as VegaModule.Spec);
      if (key !== undefined) writeParsed(key, shape, parsed);
    }
    byShape.set(shape, parsed);
  }
  return parsed;
}

/** vega's expression code generator, as a View's runtime holds it (vega does not export it). */
interface ExprCodegen {
  operator(ctx: unknown, expr: { code: string }): unknown;
  parameter(ctx: unknown, expr: { code: string }): unknown;
  event(ctx: unknown, expr: { code: string }): unknown;
  handler(ctx: unknown, expr: { code: string }): unknown;
  encode(ctx: unknown, encode: unknown): unknown;
  codegen: unknown;
}

const sharedExprs = new WeakMap<Vega, ExprCodegen>();
const MAX_EXPRESSIONS = 5000;

/**
 * An expression code generator that compiles each expression once per
 * process: vega turns every expression of a spec into a function with
 * `Function(...)` for each new View, which V8 compiles anew each time.
 * Here the unbound function is kept by its code and bound to each View's
 * function context as vega itself binds it, so each View behaves exactly
 * as with vega's own generator.
 */
function sharedExpr(vega: Vega, base: ExprCodegen): ExprCodegen {
  let shared = sharedExprs.get(vega);
  if (shared) return shared;
  const compiled = new Map<string, (...args: unknown[]) => unknown>();
  // Views of one parsed shape hand over the very same expression objects: looked up by identity first,
  // an encode block's JSON key (a few kB) is built once per object, not once per View.
  const byObject = new WeakMap<object, (...args: unknown[]) => unknown>();
  const once = (kind: 'operator' | 'parameter' | 'event' | 'handler' | 'encode', key: (e: never) => string) =>
    (ctx: { functions?: object } | undefined, e: never) => {
      const known = typeof e === 'object' && e !== null ? byObject.get(e) : undefined;
      let fn = known;
      if (!fn) {
        const k = `${kind}\u0000${key(e)}`;
        fn = compiled.get(k);
        if (!fn) {
          if (compiled.size >= MAX_EXPRESSIONS) compiled.clear();
          fn = base[kind](undefined, e) as (...args: unknown[]) => unknown;
          compiled.set(k, fn);
        }
        // One kind per object: vega passes an expression object to one generator only.
        if (kind === 'encode' && typeof e === 'object' && e !== null) byObject.set(e, fn);
      }
      return ctx && ctx.functions ? fn.bind(ctx.functions) : fn;
    };
  const code = (e: { code: string }) => e.code;
  shared = {
    operator: once('operator', code),
    parameter: once('parameter', code),
    event: once('event', code),
    handler: once('handler', code),
    encode: once('encode', (e: unknown) => JSON.stringify(e)),
    codegen: base.codegen,
  };
  sharedExprs.set(vega, shared);
  return shared;
}

/** A View kept for its shape (see renderSvg); `refused`: the loads its loader refused during the current chart. */
interface KeptView {
  view: VegaModule.View;
  refused: string[];
  busy: boolean;
  uses: number;
  /** The shape's datasets whose items depend on their own values alone (fixedDatasets). */
  fixed: ReadonlySet<string>;
  /** The values (as JSON) each of those datasets holds now. */
  held: Map<string, string>;
}

const keptViews = new WeakMap<Vega, Map<string, KeptView>>();
/** A kept View is replaced after this many charts, so nothing it accumulates can grow without bound. */
const MAX_USES = 500;

function newView(vega: Vega, spec: VegaModule.Spec, shape: string | undefined): { view: VegaModule.View; refused: string[] } {
  const refused: string[] = [];
  const runtime = shape === undefined ? vega.parse(spec) : parsedShape(vega, shape);
  const expr = shape === undefined ? undefined : sharedExprs.get(vega);
  const view = new vega.View(runtime, { renderer: 'none', loader: offlineLoader(vega, refused), logLevel: vega.None, ...(expr ? { expr } : {}) });
  // The first View of a process shows which generator vega uses; later Views of a known shape share its compiled expressions.
  if (shape !== undefined && !expr) {
    const base = (view as unknown as { _runtime?: { expr?: ExprCodegen } })._runtime?.expr;
    if (base && typeof base.operator === 'function' && typeof base.encode === 'function') sharedExpr(vega, base);
  }
  return { view, refused };
}

/** The idle View kept for this shape, marked busy; undefined when there is none (or it is drawing another chart). */
function takeKept(vega: Vega, shape: string): KeptView | undefined {
  const kept = keptViews.get(vega)?.get(shape);
  if (!kept || kept.busy) return undefined;
  kept.busy = true;
  kept.uses++;
  kept.refused.length = 0;
  return kept;
}

/** Keeps a new View for its shape when none is kept yet (at most MAX_KEPT shapes, the oldest given up first). */
function keep(vega: Vega, shape: string, made: { view: VegaModule.View; refused: string[] }, spec: VegaModule.Spec): KeptView | undefined {
  let byShape = keptViews.get(vega);
  if (!byShape) keptViews.set(vega, (byShape = new Map()));
  if (byShape.has(shape)) return undefined;
  if (byShape.size >= MAX_KEPT) {
    for (const [oldShape, old] of byShape) {
      if (old.busy) continue;
      old.view.finalize();
      byShape.delete(oldShape);
      break;
    }
    if (byShape.size >= MAX_KEPT) return undefined;
  }
  const kept = { ...made, busy: true, uses: 1, fixed: fixedDatasets(spec), held: new Map<string, string>() };
  byShape.set(shape, kept);
  return kept;
}

function giveUp(vega: Vega, shape: string, kept: KeptView): void {
  kept.view.finalize();
  const byShape = keptViews.get(vega);
  if (byShape?.get(shape) === kept) byShape.delete(shape);
}

/**
 * Forgets the clip and gradient ids vega's SVG renderer wrote on the items
 * and gradients of a kept View's last chart, so the next SVG numbers them
 * afresh, in drawing order, from vega's counters, as a new View's would
 * (vega-scenegraph keeps `clip_id` on the item and `id` on the gradient).
 */
function forgetDefIds(node: unknown): void {
  if (!node || typeof node !== 'object') return;
  const item = node as { clip_id?: unknown; fill?: { id?: unknown }; stroke?: { id?: unknown }; items?: unknown[] };
  if ('clip_id' in item) delete item.clip_id;
  for (const paint of [item.fill, item.stroke]) if (paint && typeof paint === 'object' && 'id' in paint) delete paint.id;
  if (Array.isArray(item.items)) for (const child of item.items) forgetDefIds(child);
}

/**
 * Renders a Vega spec headless to SVG, offline. Charts of the same shape
 * (see specShape) share one parse, their compiled expressions, and one View,
 * kept between charts (`report --out-dir` draws the same two charts for
 * every file; a new View is about half of a chart's time). A kept View's
 * datasets are first emptied and the View run, so that every item that
 * depends on the data leaves; the next chart's items then enter in their
 * own order, as in a new View (without this, an axis label that survived
 * from the previous chart kept its old place, and the SVG depended on the
 * charts drawn before it). What does not depend on the data is the same for
 * the whole shape. `reuse: false` parses, compiles and builds afresh. Both
 * give the same bytes (test/render/vega/view-reuse.test.ts).
 * `chart` names the kind of chart for the code cache (lowercase, e.g. "radar").
 */
export async function renderSvg(vega: Vega, spec: VegaModule.Spec, options: { reuse?: boolean; chart?: string } = {}): Promise<string> {
  const shape = options.reuse === false ? undefined : specShape(spec);
  const datasets = ((spec.data ?? []) as unknown as Array<{ name: string; values?: unknown[] }>).filter((d) => d.values);
  let kept = shape === undefined ? undefined : takeKept(vega, shape);
  const made = kept ? undefined : newView(vega, spec, shape);
  if (made && shape !== undefined) kept = keep(vega, shape, made, spec);
  const { view, refused } = kept ?? (made as { view: VegaModule.View; refused: string[] });
  let failed = false;
  try {
    // A fixed dataset (fixedDatasets) that the kept View holds with these very values keeps its items; values
    // that JSON cannot tell apart (NaN and null, an undefined in an array, a Date and its text) are always given again.
    const given = new Map(kept ? datasets.filter((d) => kept.fixed.has(d.name)).flatMap((d) => {
      const text = faithfulJson(d.values);
      return text === undefined ? [] : [[d.name, text] as const];
    }) : []);
    const held = kept && !made ? kept.held : new Map<string, string>();
    const changed = datasets.filter((d) => given.get(d.name) === undefined || held.get(d.name) !== given.get(d.name));
    if (kept && !made) {
      for (const d of changed) view.data(d.name, []);
      await view.runAsync();
      forgetDefIds((view.scenegraph() as unknown as { root?: unknown }).root);
    }
    if (shape !== undefined) for (const d of changed) view.data(d.name, d.values as unknown[]);
    if (kept) kept.held = given;
    const svg = await view.toSVG();
    if (refused.length) throw new Error(`c21lab: charts load nothing from outside; refused ${refused.join(', ')}`);
    drawn.add(options.chart ?? 'chart');
    saveCacheAtExit();
    // Vega escapes markup but not the characters XML 1.0 forbids (a control in a city name): never write them.
    return xmlValidChars(svg);
  } catch (error) {
    failed = true;
    throw error;
  } finally {
    if (!kept) view.finalize();
    else if (failed || kept.uses >= MAX_USES) giveUp(vega, shape as string, kept);
    else kept.busy = false;
  }
}
