import {
  radarMessages
} from "./chunk-KIOLZNT5.js";
import {
  escapeHtml
} from "./chunk-UFYCAIRZ.js";
import {
  wordsOf,
  wrapWords
} from "./chunk-7L52Y7XC.js";
import {
  toPercent
} from "./chunk-BM3PK7SN.js";
import {
  localNumber
} from "./chunk-MAVHN6RG.js";
import {
  pick
} from "./chunk-33AJFZ56.js";
import {
  translator
} from "./chunk-LZ5AH6GU.js";
import {
  processAlive
} from "./chunk-OXRPQCAO.js";
import {
  PACKAGE_ROOT
} from "./chunk-24SS6AOI.js";
import {
  xmlValidChars
} from "./chunk-PU3MV42Y.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/render/vega.js
import { readFileSync as readFileSync3 } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join as join5 } from "node:path";

// dist/render/cache/v8-code.js
import { isAscii } from "node:buffer";
import { mkdirSync, readdirSync, readFileSync, rmSync as rmSync2, statSync as statSync2 } from "node:fs";
import { join as join3 } from "node:path";
import { Script } from "node:vm";

// dist/render/cache/dir.js
import { homedir } from "node:os";
import { isAbsolute, join } from "node:path";
function userCacheDir(env = process.env, platform = process.platform, home = safeHome()) {
  const own = env.C21LAB_CACHE_DIR;
  if (own !== void 0)
    return own === "" || own === "off" ? void 0 : own;
  const xdg = env.XDG_CACHE_HOME;
  if (xdg && isAbsolute(xdg))
    return join(xdg, "c21lab");
  if (platform === "win32") {
    const local = env.LOCALAPPDATA;
    return local ? join(local, "c21lab", "Cache") : home ? join(home, "AppData", "Local", "c21lab", "Cache") : void 0;
  }
  if (!home)
    return void 0;
  return platform === "darwin" ? join(home, "Library", "Caches", "c21lab") : join(home, ".cache", "c21lab");
}
__name(userCacheDir, "userCacheDir");
function safeHome() {
  try {
    return homedir() || void 0;
  } catch {
    return void 0;
  }
}
__name(safeHome, "safeHome");

// dist/render/cache/entry-file.js
import { createHash } from "node:crypto";
import { renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join as join2 } from "node:path";
var STALE_MS = 60 * 60 * 1e3;
var TEMP = /\.(\d+)\.tmp$/;
var sha256 = /* @__PURE__ */ __name((data) => createHash("sha256").update(data).digest(), "sha256");
function replaceEntry(file, bytes) {
  const temp = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, bytes);
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}
__name(replaceEntry, "replaceEntry");
function removeLeftoverTemps(dir, names, prefix, now = Date.now()) {
  for (const name of names) {
    const pid = name.startsWith(prefix) ? TEMP.exec(name)?.[1] : void 0;
    if (pid === void 0 || Number(pid) === process.pid)
      continue;
    try {
      if (!processAlive(Number(pid)) || now - statSync(join2(dir, name)).mtimeMs > STALE_MS)
        rmSync(join2(dir, name), { force: true });
    } catch {
    }
  }
}
__name(removeLeftoverTemps, "removeLeftoverTemps");

// dist/render/cache/v8-code.js
var FORMAT = "c21lab-v8-code/2";
var SUM = 32;
var MAX_ENTRY = 32 * 1024 * 1024;
var MAX_TAGS = 256;
var TAGS = /^[a-z0-9-]*(,[a-z0-9-]+)*$/;
var versions = /* @__PURE__ */ new Map();
function packageVersion(root) {
  let version = versions.get(root);
  if (version === void 0) {
    try {
      version = String(JSON.parse(readFileSync(join3(root, "package.json"), "utf8")).version);
    } catch {
      version = "?";
    }
    versions.set(root, version);
  }
  return version;
}
__name(packageVersion, "packageVersion");
function fileStamp(file, body) {
  try {
    const info = statSync2(file, { bigint: true });
    return info.isFile() && info.size === BigInt(body.length) ? `${info.size}:${info.mtimeNs}:${info.ino}:${info.dev}` : void 0;
  } catch {
    return void 0;
  }
}
__name(fileStamp, "fileStamp");
function cacheKey(name, source, packageRoot, env = process.env) {
  const parts = [
    FORMAT,
    process.version,
    process.versions.v8,
    process.arch,
    process.execArgv.join(" "),
    env.NODE_OPTIONS ?? "",
    packageVersion(packageRoot),
    sha256(source.prefix).toString("hex"),
    source.stamp === void 0 ? sha256(source.body).toString("hex") : `stamp ${source.stamp}`,
    sha256(source.suffix).toString("hex")
  ];
  return `${name}-${sha256(parts.join("\n")).toString("hex").slice(0, 32)}.v8`;
}
__name(cacheKey, "cacheKey");
function splitPayload(payload) {
  const end = payload.subarray(0, MAX_TAGS + 1).indexOf(10);
  if (end < 0)
    return void 0;
  const line = payload.subarray(0, end).toString("latin1");
  if (!TAGS.test(line))
    return void 0;
  return { data: payload.subarray(end + 1), tags: new Set(line ? line.split(",") : []) };
}
__name(splitPayload, "splitPayload");
function readEntry(file) {
  try {
    const info = statSync2(file);
    if (!info.isFile() || info.size > MAX_ENTRY)
      return void 0;
    const bytes = readFileSync(file);
    if (bytes.length <= SUM)
      return void 0;
    const payload = bytes.subarray(SUM);
    return sha256(payload).equals(bytes.subarray(0, SUM)) ? splitPayload(payload) : void 0;
  } catch {
    return void 0;
  }
}
__name(readEntry, "readEntry");
function writeEntry(dir, name, entry, tags, data) {
  try {
    const payload = Buffer.concat([Buffer.from(`${tags.join(",")}
`, "latin1"), data]);
    mkdirSync(dir, { recursive: true });
    const file = join3(dir, entry);
    replaceEntry(file, Buffer.concat([sha256(payload), payload]));
    const names = readdirSync(dir);
    removeLeftoverTemps(dir, names, `${name}-`);
    for (const old of names) {
      if (old !== entry && old.startsWith(`${name}-`) && old.endsWith(".v8"))
        rmSync2(join3(dir, old), { force: true });
    }
  } catch {
  }
}
__name(writeEntry, "writeEntry");
function compileCached(name, filename, source, packageRoot, env = process.env) {
  const dir = userCacheDir(env);
  const entry = dir === void 0 ? void 0 : cacheKey(name, source, packageRoot, env);
  const cached = dir === void 0 || entry === void 0 ? void 0 : readEntry(join3(dir, entry));
  const text = source.prefix + source.body.toString(isAscii(source.body) ? "latin1" : "utf8") + source.suffix;
  const script = new Script(text, { filename, ...cached ? { cachedData: cached.data } : {} });
  const state = dir === void 0 ? "off" : !cached ? "miss" : script.cachedDataRejected ? "rejected" : "hit";
  let saved = state === "off";
  return {
    state,
    run: /* @__PURE__ */ __name(() => script.runInThisContext(), "run"),
    save(tags = []) {
      if (saved || dir === void 0 || entry === void 0)
        return;
      const known = state === "hit" && cached ? cached.tags : /* @__PURE__ */ new Set();
      const valid = tags.filter((t) => /^[a-z0-9-]+$/.test(t));
      if (state === "hit" && valid.every((t) => known.has(t)))
        return;
      saved = true;
      try {
        const merged = [.../* @__PURE__ */ new Set([...known, ...valid])].sort();
        writeEntry(dir, name, entry, merged.join(",").length <= MAX_TAGS ? merged : valid.join(",").length <= MAX_TAGS ? valid : [], script.createCachedData());
      } catch {
      }
    }
  };
}
__name(compileCached, "compileCached");

// dist/render/cache/vega-parse.js
import { mkdirSync as mkdirSync2, readdirSync as readdirSync2, readFileSync as readFileSync2, rmSync as rmSync3, statSync as statSync3 } from "node:fs";
import { join as join4 } from "node:path";
var FORMAT2 = "c21lab-vega-parse/1";
var PREFIX = "vega-parse-";
var MAX_BYTES = 4 * 1024 * 1024;
var MAX_ENTRIES = 64;
var hex = /* @__PURE__ */ __name((text) => sha256(text).toString("hex"), "hex");
function entryFile(dir, key, shape) {
  return join4(dir, `${PREFIX}${hex(`${FORMAT2}
${key}
${shape}`).slice(0, 32)}.json`);
}
__name(entryFile, "entryFile");
function readParsed(key, shape, env = process.env) {
  const dir = userCacheDir(env);
  if (dir === void 0)
    return void 0;
  try {
    const file = entryFile(dir, key, shape);
    const info = statSync3(file);
    if (!info.isFile() || info.size > MAX_BYTES)
      return void 0;
    const text = readFileSync2(file, "utf8");
    const sum = text.slice(0, 64);
    const payload = text.slice(65);
    if (text[64] !== "\n" || hex(payload) !== sum)
      return void 0;
    const parsed = JSON.parse(payload);
    return parsed && typeof parsed === "object" && Array.isArray(parsed.operators) ? parsed : void 0;
  } catch {
    return void 0;
  }
}
__name(readParsed, "readParsed");
function writeParsed(key, shape, parsed, env = process.env) {
  const dir = userCacheDir(env);
  if (dir === void 0)
    return;
  try {
    let faithful = true;
    const payload = JSON.stringify(parsed, function(_key, value) {
      if (typeof value === "number" && !Number.isFinite(value) || typeof value === "function" || typeof value === "symbol")
        faithful = false;
      if (value === void 0 && Array.isArray(this))
        faithful = false;
      return value;
    });
    if (!faithful || payload.length + 65 > MAX_BYTES)
      return;
    mkdirSync2(dir, { recursive: true });
    const file = entryFile(dir, key, shape);
    replaceEntry(file, `${hex(payload)}
${payload}`);
    const names = readdirSync2(dir);
    removeLeftoverTemps(dir, names, PREFIX);
    const entries = names.filter((n) => n.startsWith(PREFIX) && n.endsWith(".json"));
    if (entries.length > MAX_ENTRIES) {
      const byAge = entries.map((n) => ({ n, t: statSync3(join4(dir, n)).mtimeMs })).sort((a, b) => a.t - b.t);
      for (const { n } of byAge.slice(0, entries.length - MAX_ENTRIES))
        rmSync3(join4(dir, n), { force: true });
    }
  } catch {
  }
}
__name(writeParsed, "writeParsed");

// dist/render/vega-fixed.js
var OUTSIDE_KEYS = /* @__PURE__ */ new Set(["scale", "band", "group", "parent", "test", "transform", "exit", "update", "hover", "aggregate", "expr", "name", "signals", "data", "scales", "projections", "axes", "legends", "title", "layout", "on", "trigger", "modify", "insert", "remove", "toggle", "events"]);
var DATUM_WORDS = /* @__PURE__ */ new Set(["datum", "true", "false", "null"]);
function datumOnly(expr) {
  const code = expr.replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"/g, "0");
  if (/['"`[\]{};]/.test(code) || /(^|[^=!<>])=($|[^=])/.test(code))
    return false;
  for (const m of code.matchAll(/(\.\s*)?([A-Za-z_$][\w$]*)/g))
    if (!m[1] && !DATUM_WORDS.has(m[2]))
      return false;
  return true;
}
__name(datumOnly, "datumOnly");
function readsOnlyDatum(node, facet) {
  if (Array.isArray(node))
    return node.every((n) => readsOnlyDatum(n, facet));
  if (!node || typeof node !== "object")
    return true;
  for (const [key, value] of Object.entries(node)) {
    if (key === "from") {
      const from = value;
      if (facet === void 0 || Object.keys(from).length !== 1 || from.data !== facet)
        return false;
    } else if (OUTSIDE_KEYS.has(key))
      return false;
    else if (key === "signal" && (typeof value !== "string" || !datumOnly(value)))
      return false;
    else if (key === "field" && typeof value !== "string")
      return false;
    else if (!readsOnlyDatum(value, facet))
      return false;
  }
  return true;
}
__name(readsOnlyDatum, "readsOnlyDatum");
function drawsOnly(mark, name) {
  const { from, ...rest } = mark;
  const f = from;
  if (!f || typeof f !== "object")
    return false;
  if (Object.keys(f).length === 1 && f.data === name)
    return readsOnlyDatum(rest, void 0);
  const facet = f.facet;
  if (Object.keys(f).length !== 1 || !facet || facet.data !== name || typeof facet.name !== "string")
    return false;
  if (Object.keys(facet).some((k) => k !== "name" && k !== "data" && k !== "groupby"))
    return false;
  const by = facet.groupby;
  if (!(typeof by === "string" || Array.isArray(by) && by.every((g) => typeof g === "string")))
    return false;
  return readsOnlyDatum(rest, facet.name);
}
__name(drawsOnly, "drawsOnly");
function fixedDatasets(spec) {
  const fixed = /* @__PURE__ */ new Set();
  const data = spec.data ?? [];
  const marks = spec.marks ?? [];
  const text = JSON.stringify({ ...spec, data: data.map((d) => ({ ...d, values: [] })) });
  for (const d of data) {
    const name = d.name;
    if (typeof name !== "string" || !/^[A-Za-z_]\w*$/.test(name) || !Array.isArray(d.values) || Object.keys(d).some((k) => k !== "name" && k !== "values"))
      continue;
    const users = marks.filter((m) => JSON.stringify(m.from ?? null).includes(`"${name}"`));
    if (!users.length || !users.every((m) => drawsOnly(m, name)))
      continue;
    const mentions = text.match(new RegExp(`\\b${name}\\b`, "g"))?.length ?? 0;
    if (mentions === 1 + users.length)
      fixed.add(name);
  }
  return fixed;
}
__name(fixedDatasets, "fixedDatasets");
function faithfulJson(values) {
  let faithful = true;
  const seen = /* @__PURE__ */ __name((value) => {
    if (!faithful || value === null || typeof value === "string" || typeof value === "boolean")
      return;
    if (typeof value === "number")
      faithful = Number.isFinite(value);
    else if (Array.isArray(value))
      for (let i = 0; i < value.length; i++)
        seen(value[i]);
    else if (typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype)
      Object.values(value).forEach(seen);
    else
      faithful = false;
  }, "seen");
  seen(values);
  return faithful ? JSON.stringify(values) : void 0;
}
__name(faithfulJson, "faithfulJson");

// dist/render/vega.js
var loaded;
var bundleScript;
var saving = false;
var drawn = /* @__PURE__ */ new Set();
function saveCacheAtExit() {
  if (saving || !bundleScript)
    return;
  saving = true;
  process.once("beforeExit", () => bundleScript?.save([...drawn]));
}
__name(saveCacheAtExit, "saveCacheAtExit");
var parseKeys = /* @__PURE__ */ new WeakMap();
function loadVegaBundle() {
  try {
    const file = join5(dirname(createRequire(import.meta.url).resolve("vega")), "vega.js");
    const body = readFileSync3(file);
    const identity = fileStamp(file, body);
    const version = packageVersion(join5(dirname(file), ".."));
    const stamp = identity !== void 0 && version !== "?" ? `${version}:${identity}` : void 0;
    bundleScript = compileCached("vega", file, { prefix: "", body, suffix: "", ...stamp ? { stamp } : {} }, PACKAGE_ROOT);
    const global = globalThis;
    const before = Object.getOwnPropertyDescriptor(global, "vega");
    let vega;
    try {
      bundleScript.run();
      vega = global.vega;
    } finally {
      if (before)
        Object.defineProperty(global, "vega", before);
      else
        delete global.vega;
    }
    if (!(vega && typeof vega.View === "function" && typeof vega.parse === "function" && typeof vega.resetSVGDefIds === "function"))
      return null;
    if (stamp)
      parseKeys.set(vega, `${packageVersion(PACKAGE_ROOT)}:${stamp}`);
    return vega;
  } catch {
    return null;
  }
}
__name(loadVegaBundle, "loadVegaBundle");
function vegaRuntime() {
  loaded ??= Promise.resolve(loadVegaBundle()).then((v) => v ?? import("vega"));
  return loaded;
}
__name(vegaRuntime, "vegaRuntime");
function offlineLoader(vega, refused) {
  const refuse = /* @__PURE__ */ __name((uri) => {
    refused.push(String(uri));
    return Promise.reject(new Error(`external resource refused: ${String(uri)}`));
  }, "refuse");
  return Object.assign(vega.loader(), { load: refuse, sanitize: refuse, http: refuse, file: refuse });
}
__name(offlineLoader, "offlineLoader");
var parsedByShape = /* @__PURE__ */ new WeakMap();
var MAX_KEPT = 8;
function specShape(spec) {
  const data = spec.data ?? [];
  if (data.some((d) => "url" in d || "format" in d || "values" in d && !Array.isArray(d.values)))
    return void 0;
  return JSON.stringify({ ...spec, data: data.map((d) => "values" in d ? { ...d, values: [] } : d) });
}
__name(specShape, "specShape");
function parsedShape(vega, shape) {
  let byShape = parsedByShape.get(vega);
  if (!byShape)
    parsedByShape.set(vega, byShape = /* @__PURE__ */ new Map());
  let parsed = byShape.get(shape);
  if (!parsed) {
    if (byShape.size >= MAX_KEPT)
      byShape.delete(byShape.keys().next().value);
    const key = parseKeys.get(vega);
    parsed = key !== void 0 ? readParsed(key, shape) : void 0;
    if (!parsed) {
      parsed = vega.parse(JSON.parse(shape));
      if (key !== void 0)
        writeParsed(key, shape, parsed);
    }
    byShape.set(shape, parsed);
  }
  return parsed;
}
__name(parsedShape, "parsedShape");
var sharedExprs = /* @__PURE__ */ new WeakMap();
var MAX_EXPRESSIONS = 5e3;
function sharedExpr(vega, base) {
  let shared = sharedExprs.get(vega);
  if (shared)
    return shared;
  const compiled = /* @__PURE__ */ new Map();
  const byObject = /* @__PURE__ */ new WeakMap();
  const once = /* @__PURE__ */ __name((kind, key) => (ctx, e) => {
    const known = typeof e === "object" && e !== null ? byObject.get(e) : void 0;
    let fn = known;
    if (!fn) {
      const k = `${kind}\0${key(e)}`;
      fn = compiled.get(k);
      if (!fn) {
        if (compiled.size >= MAX_EXPRESSIONS)
          compiled.clear();
        fn = base[kind](void 0, e);
        compiled.set(k, fn);
      }
      if (kind === "encode" && typeof e === "object" && e !== null)
        byObject.set(e, fn);
    }
    return ctx && ctx.functions ? fn.bind(ctx.functions) : fn;
  }, "once");
  const code = /* @__PURE__ */ __name((e) => e.code, "code");
  shared = {
    operator: once("operator", code),
    parameter: once("parameter", code),
    event: once("event", code),
    handler: once("handler", code),
    encode: once("encode", (e) => JSON.stringify(e)),
    codegen: base.codegen
  };
  sharedExprs.set(vega, shared);
  return shared;
}
__name(sharedExpr, "sharedExpr");
var keptViews = /* @__PURE__ */ new WeakMap();
var MAX_USES = 500;
function newView(vega, spec, shape) {
  const refused = [];
  const runtime = shape === void 0 ? vega.parse(spec) : parsedShape(vega, shape);
  const expr = shape === void 0 ? void 0 : sharedExprs.get(vega);
  const view = new vega.View(runtime, { renderer: "none", loader: offlineLoader(vega, refused), logLevel: vega.None, ...expr ? { expr } : {} });
  if (shape !== void 0 && !expr) {
    const base = view._runtime?.expr;
    if (base && typeof base.operator === "function" && typeof base.encode === "function")
      sharedExpr(vega, base);
  }
  return { view, refused };
}
__name(newView, "newView");
function takeKept(vega, shape) {
  const kept = keptViews.get(vega)?.get(shape);
  if (!kept || kept.busy)
    return void 0;
  kept.busy = true;
  kept.uses++;
  kept.refused.length = 0;
  return kept;
}
__name(takeKept, "takeKept");
function keep(vega, shape, made, spec) {
  let byShape = keptViews.get(vega);
  if (!byShape)
    keptViews.set(vega, byShape = /* @__PURE__ */ new Map());
  if (byShape.has(shape))
    return void 0;
  if (byShape.size >= MAX_KEPT) {
    for (const [oldShape, old] of byShape) {
      if (old.busy)
        continue;
      old.view.finalize();
      byShape.delete(oldShape);
      break;
    }
    if (byShape.size >= MAX_KEPT)
      return void 0;
  }
  const kept = { ...made, busy: true, uses: 1, fixed: fixedDatasets(spec), held: /* @__PURE__ */ new Map() };
  byShape.set(shape, kept);
  return kept;
}
__name(keep, "keep");
function giveUp(vega, shape, kept) {
  kept.view.finalize();
  const byShape = keptViews.get(vega);
  if (byShape?.get(shape) === kept)
    byShape.delete(shape);
}
__name(giveUp, "giveUp");
function forgetDefIds(node) {
  if (!node || typeof node !== "object")
    return;
  const item = node;
  if ("clip_id" in item)
    delete item.clip_id;
  for (const paint of [item.fill, item.stroke])
    if (paint && typeof paint === "object" && "id" in paint)
      delete paint.id;
  if (Array.isArray(item.items))
    for (const child of item.items)
      forgetDefIds(child);
}
__name(forgetDefIds, "forgetDefIds");
async function renderSvg(vega, spec, options = {}) {
  const shape = options.reuse === false ? void 0 : specShape(spec);
  const datasets = (spec.data ?? []).filter((d) => d.values);
  let kept = shape === void 0 ? void 0 : takeKept(vega, shape);
  const made = kept ? void 0 : newView(vega, spec, shape);
  if (made && shape !== void 0)
    kept = keep(vega, shape, made, spec);
  const { view, refused } = kept ?? made;
  let failed = false;
  try {
    const given = new Map(kept ? datasets.filter((d) => kept.fixed.has(d.name)).flatMap((d) => {
      const text = faithfulJson(d.values);
      return text === void 0 ? [] : [[d.name, text]];
    }) : []);
    const held = kept && !made ? kept.held : /* @__PURE__ */ new Map();
    const changed = datasets.filter((d) => given.get(d.name) === void 0 || held.get(d.name) !== given.get(d.name));
    if (kept && !made) {
      for (const d of changed)
        view.data(d.name, []);
      await view.runAsync();
      forgetDefIds(view.scenegraph().root);
    }
    if (shape !== void 0)
      for (const d of changed)
        view.data(d.name, d.values);
    if (kept)
      kept.held = given;
    const svg = await view.toSVG();
    if (refused.length)
      throw new Error(`c21lab: charts load nothing from outside; refused ${refused.join(", ")}`);
    drawn.add(options.chart ?? "chart");
    saveCacheAtExit();
    return xmlValidChars(svg);
  } catch (error) {
    failed = true;
    throw error;
  } finally {
    if (!kept)
      view.finalize();
    else if (failed || kept.uses >= MAX_USES)
      giveUp(vega, shape, kept);
    else
      kept.busy = false;
  }
}
__name(renderSvg, "renderSvg");

// dist/render/radar/layout.js
var SERIES_COLORS = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#996300", "#6C4A9E", "#8A7300"];
var ROLE_COLORS = { current: SERIES_COLORS[0], earlier: SERIES_COLORS[1] };
var BENCHMARK_COLOR = "#000000";
var DISTINCT_SERIES = SERIES_COLORS.length;
var FONT = "DejaVu Sans, Verdana, Arial, sans-serif";
var LABEL_SIZE = 12;
var LABEL_LINE = 15;
var CHAR_EM = 0.64;
function textWidth(text, size) {
  return [...text].length * size * CHAR_EM;
}
__name(textWidth, "textWidth");
function wrap(text, maxChars) {
  const lines = wrapWords(wordsOf(text), maxChars);
  return lines.length ? lines : [""];
}
__name(wrap, "wrap");
function axisAngle(i, n) {
  return -Math.PI / 2 + 2 * Math.PI * i / n;
}
__name(axisAngle, "axisAngle");
function px(v) {
  return Math.round(v * 100) / 100;
}
__name(px, "px");
function placeLabel(lines, angle, radius) {
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const x = radius * cos;
  const y = radius * sin;
  const w = Math.max(...lines.map((l) => textWidth(l, LABEL_SIZE)));
  const h = LABEL_LINE * lines.length;
  const align = cos > 0.2 ? "left" : cos < -0.2 ? "right" : "center";
  const top = sin < -0.5 ? y - h - 6 : sin > 0.5 ? y : y - h / 2;
  const x1 = align === "left" ? x : align === "right" ? x - w : x - w / 2;
  return {
    x,
    y: top + LABEL_LINE * 0.8,
    lines,
    align,
    box: { x1, y1: top, x2: x1 + w, y2: top + h }
  };
}
__name(placeLabel, "placeLabel");

// dist/render/radar/spec.js
function seriesColors(series) {
  const taken = new Set(series.flatMap((s) => s.role ? [ROLE_COLORS[s.role]] : []));
  const free = SERIES_COLORS.filter((c) => !taken.has(c));
  let k = 0;
  return series.map((s) => s.role ? ROLE_COLORS[s.role] : free[k++ % Math.max(1, free.length)] ?? SERIES_COLORS[0]);
}
__name(seriesColors, "seriesColors");
function tooManySeries(count) {
  return count > DISTINCT_SERIES;
}
__name(tooManySeries, "tooManySeries");
var PAD = 16;
var LABEL_GAP = 10;
var LABEL_CHARS = 16;
var TITLE_SIZE = 16;
var TITLE_LINE = 20;
var NOTE_SIZE = 11;
var NOTE_LINE = 14;
var LEGEND_ROW = 20;
var MIN_WIDTH = 480;
var MIN_RADIUS = 100;
var ZONE_LABEL_MIN = 28;
function radarRings(fw, lang) {
  const bands = [...fw.scale.bands].sort((a, b) => a.min - b.min);
  const rings = bands.slice(1).map((b) => ({ percent: toPercent(b.min, fw), label: pick(b.label, lang), outer: false }));
  rings.push({ percent: 100, label: "100\xA0%", outer: true });
  return rings;
}
__name(radarRings, "radarRings");
function bandZones(fw, lang) {
  const bands = [...fw.scale.bands].sort((a, b) => a.min - b.min);
  const limits = [0, ...bands.slice(1).map((b) => toPercent(b.min, fw)), 100];
  return bands.map((b, i) => {
    const lo = limits[i] ?? 0;
    const hi = limits[i + 1] ?? 100;
    return { label: pick(b.label, lang), percent: (lo + hi) / 2, height: hi - lo };
  });
}
__name(bandZones, "bandZones");
function clampPercent(v) {
  return typeof v === "number" && Number.isFinite(v) ? Math.min(100, Math.max(0, v)) : null;
}
__name(clampPercent, "clampPercent");
function radarSpec(input) {
  const { framework: fw, lang } = input;
  const t = translator(radarMessages, lang);
  const W = Math.max(MIN_WIDTH, Math.round(input.width ?? 720));
  const n = fw.commitments.length;
  const angles = fw.commitments.map((_, i) => axisAngle(i, n));
  const naAxes = fw.commitments.map((_, i) => input.series.some((s) => s.na?.[i] === true));
  const titles = fw.commitments.map((c, i) => pick(c.short ?? c.title, lang) + (naAxes[i] ? ` (${t("naMark")})` : ""));
  const fitRadius = /* @__PURE__ */ __name((labelLines2) => {
    let r = W / 2 - PAD - 40;
    labelLines2.forEach((lines, i) => {
      const cos = Math.abs(Math.cos(angles[i]));
      const w = Math.max(...lines.map((l) => textWidth(l, LABEL_SIZE)));
      const extra = cos > 0.2 ? w : w / 2;
      if (cos > 1e-6)
        r = Math.min(r, (W / 2 - PAD - extra) / cos - LABEL_GAP);
    });
    return Math.floor(r);
  }, "fitRadius");
  let labelLines = titles.map((title) => wrap(title, LABEL_CHARS));
  let R = fitRadius(labelLines);
  for (const chars of [12, 9]) {
    if (R >= MIN_RADIUS)
      break;
    const narrower = titles.map((title) => wrap(title, chars));
    const r = fitRadius(narrower);
    if (r > R)
      [labelLines, R] = [narrower, r];
  }
  R = Math.max(10, R);
  const placed = labelLines.map((lines, i) => placeLabel(lines, angles[i], R + LABEL_GAP));
  const titleLines = input.title ? wrap(input.title, Math.floor((W - 2 * PAD) / (TITLE_SIZE * 0.66))) : [];
  const top = PAD + titleLines.length * TITLE_LINE + (titleLines.length ? 8 : 0);
  const minY = Math.min(-R, ...placed.map((p) => p.box.y1));
  const maxY = Math.max(R, ...placed.map((p) => p.box.y2));
  const cx = W / 2;
  const cy = top - minY;
  const at = /* @__PURE__ */ __name((angle, percent) => ({
    x: px(cx + R * percent / 100 * Math.cos(angle)),
    y: px(cy + R * percent / 100 * Math.sin(angle))
  }), "at");
  const rings = radarRings(fw, lang).flatMap((ring, r) => angles.map((a, i) => ({ ring: r, order: i, outer: ring.outer, ...at(a, ring.percent) })));
  const ringLabels = radarRings(fw, lang).map((ring) => ({
    text: `${localNumber(ring.percent, lang)}\xA0%`,
    x: px(cx + 4),
    y: px(cy - R * ring.percent / 100)
  }));
  const zoneLabels = bandZones(fw, lang).filter((z) => R * z.height / 100 >= ZONE_LABEL_MIN).map((z) => ({ text: z.label, x: px(cx - 4), y: px(cy - R * z.percent / 100) }));
  const spokes = angles.map((a) => ({ x: px(cx), y: px(cy), ...(({ x, y }) => ({ x2: x, y2: y }))(at(a, 100)) }));
  const axisLabels = placed.map((p) => ({ lines: p.lines, align: p.align, x: px(cx + p.x), y: px(cy + p.y) }));
  const colors = seriesColors(input.series);
  const all = [
    ...input.series.map((s, i) => ({
      ...s,
      color: colors[i],
      bench: false,
      // Past the distinct colours, a dash pattern tells a repeated colour apart.
      dashed: s.dashed || i >= DISTINCT_SERIES
    })),
    ...input.benchmark ? [{ ...input.benchmark, dashed: true, color: BENCHMARK_COLOR, bench: true }] : []
  ];
  const rank = /* @__PURE__ */ __name((s) => s.bench ? 0 : s.role === "current" ? 2 : 1, "rank");
  const drawn2 = all.map((s, i) => ({ s, i })).sort((a, b) => rank(a.s) - rank(b.s) || a.i - b.i).map((x) => x.s);
  const points = drawn2.flatMap((s, k) => {
    const values = angles.map((_, i) => clampPercent(s.values[i]));
    const complete = values.every((v) => v !== null);
    const key = `s${String(k).padStart(3, "0")}`;
    return [...angles, angles[0]].map((a, i) => {
      const v = values[i % n] ?? null;
      return {
        key,
        order: i,
        closing: i === n,
        ok: v !== null,
        ...at(a, v ?? 0),
        color: s.color,
        dash: s.bench ? [6, 4] : s.dashed ? [2, 3] : null,
        // Only a complete, non-benchmark series is filled: a gap would make the fill lie.
        fill: complete && !s.bench ? s.color : null,
        shape: s.bench ? "diamond" : "circle"
      };
    });
  });
  const legendTop = cy + maxY + 24;
  const legendChars = Math.floor((W - 2 * PAD - 36) / (LABEL_SIZE * 0.64));
  let legendY = legendTop;
  const legend = all.map((s) => {
    const lines = wrap(s.label, legendChars);
    const row = { label: lines, color: s.color, dash: s.bench ? [6, 4] : s.dashed ? [2, 3] : null, shape: s.bench ? "diamond" : "circle", x: PAD, y: legendY };
    legendY += LEGEND_ROW + (lines.length - 1) * LABEL_LINE;
    return row;
  });
  const bandsText = radarRings(fw, lang).filter((r) => !r.outer).map((r) => t("bandFrom", { band: r.label, percent: localNumber(r.percent, lang) })).join(", ");
  const noteChars = Math.floor((W - 2 * PAD) / (NOTE_SIZE * 0.64));
  const noteLines = [...wrap(t("noteRings", { bands: bandsText }), noteChars), ...wrap(t("noteGaps"), noteChars)];
  const notesTop = legendY + 6;
  const H = Math.ceil(notesTop + noteLines.length * NOTE_LINE + PAD);
  return {
    $schema: "https://vega.github.io/schema/vega/v6.json",
    description: "c21lab radar",
    width: W,
    height: H,
    padding: 0,
    autosize: "none",
    background: "#ffffff",
    config: { text: { font: FONT }, group: { fill: null } },
    data: [
      { name: "rings", values: rings },
      { name: "spokes", values: spokes },
      { name: "points", values: points },
      { name: "dots", source: "points", transform: [{ type: "filter", expr: "datum.ok && !datum.closing" }] },
      { name: "legend", values: legend },
      { name: "zoneLabels", values: zoneLabels },
      { name: "ringLabels", values: ringLabels },
      { name: "axisLabels", values: axisLabels }
    ],
    marks: [
      {
        type: "group",
        from: { facet: { name: "ring", data: "rings", groupby: "ring" } },
        marks: [{
          type: "line",
          from: { data: "ring" },
          sort: { field: "datum.order" },
          encode: { enter: {
            x: { field: "x" },
            y: { field: "y" },
            interpolate: { value: "linear-closed" },
            stroke: { signal: "datum.outer ? '#7f7f7f' : '#bdbdbd'" },
            strokeWidth: { value: 1 }
          } }
        }]
      },
      {
        type: "rule",
        from: { data: "spokes" },
        encode: { enter: { x: { field: "x" }, y: { field: "y" }, x2: { field: "x2" }, y2: { field: "y2" }, stroke: { value: "#d9d9d9" } } }
      },
      {
        type: "text",
        from: { data: "zoneLabels" },
        encode: { enter: {
          x: { field: "x" },
          y: { field: "y" },
          text: { field: "text" },
          align: { value: "right" },
          baseline: { value: "middle" },
          fontSize: { value: 10 },
          fontStyle: { value: "italic" },
          fill: { value: "#595959" }
        } }
      },
      {
        type: "group",
        from: { facet: { name: "line", data: "points", groupby: "key" } },
        marks: [{
          type: "line",
          from: { data: "line" },
          sort: { field: "datum.order" },
          encode: { enter: {
            x: { field: "x" },
            y: { field: "y" },
            defined: { field: "ok" },
            stroke: { field: "color" },
            strokeWidth: { value: 2 },
            strokeDash: { field: "dash" },
            fill: { field: "fill" },
            fillOpacity: { value: 0.08 }
          } }
        }]
      },
      {
        type: "symbol",
        from: { data: "dots" },
        encode: { enter: {
          x: { field: "x" },
          y: { field: "y" },
          shape: { field: "shape" },
          size: { value: 30 },
          fill: { field: "color" },
          stroke: { value: "#ffffff" },
          strokeWidth: { value: 0.8 }
        } }
      },
      {
        type: "text",
        from: { data: "ringLabels" },
        encode: { enter: {
          x: { field: "x" },
          y: { field: "y" },
          text: { field: "text" },
          align: { value: "left" },
          baseline: { value: "bottom" },
          dy: { value: -2 },
          fontSize: { value: 10 },
          fill: { value: "#6f6f6f" }
        } }
      },
      {
        type: "text",
        from: { data: "axisLabels" },
        encode: { enter: {
          x: { field: "x" },
          y: { field: "y" },
          text: { field: "lines" },
          align: { field: "align" },
          baseline: { value: "alphabetic" },
          fontSize: { value: LABEL_SIZE },
          lineHeight: { value: LABEL_LINE },
          fill: { value: "#262626" }
        } }
      },
      ...titleLines.length ? [{
        type: "text",
        encode: { enter: {
          x: { value: W / 2 },
          y: { value: PAD + TITLE_LINE * 0.8 },
          text: { value: titleLines },
          align: { value: "center" },
          fontSize: { value: TITLE_SIZE },
          fontWeight: { value: "bold" },
          lineHeight: { value: TITLE_LINE },
          fill: { value: "#000000" }
        } }
      }] : [],
      {
        type: "rule",
        from: { data: "legend" },
        encode: { enter: {
          x: { field: "x" },
          x2: { signal: "datum.x + 28" },
          y: { field: "y" },
          stroke: { field: "color" },
          strokeWidth: { value: 2 },
          strokeDash: { field: "dash" }
        } }
      },
      {
        type: "symbol",
        from: { data: "legend" },
        encode: { enter: { x: { signal: "datum.x + 14" }, y: { field: "y" }, shape: { field: "shape" }, size: { value: 30 }, fill: { field: "color" } } }
      },
      {
        type: "text",
        from: { data: "legend" },
        encode: { enter: {
          x: { signal: "datum.x + 36" },
          y: { field: "y" },
          text: { field: "label" },
          baseline: { value: "middle" },
          fontSize: { value: LABEL_SIZE },
          lineHeight: { value: LABEL_LINE },
          fill: { value: "#262626" }
        } }
      },
      {
        type: "text",
        encode: { enter: {
          x: { value: PAD },
          y: { value: notesTop + NOTE_LINE * 0.8 },
          text: { value: noteLines },
          fontSize: { value: NOTE_SIZE },
          lineHeight: { value: NOTE_LINE },
          fill: { value: "#595959" }
        } }
      }
    ]
  };
}
__name(radarSpec, "radarSpec");

// dist/render/radar/describe.js
function radarText(input) {
  const t = translator(radarMessages, input.lang);
  const fw = input.framework;
  const decimals = fw.percent.decimals ?? 1;
  const all = [...input.series, ...input.benchmark ? [input.benchmark] : []];
  const values = all.map((s) => t("svgSeries", {
    label: s.label,
    values: fw.commitments.map((c, i) => {
      const v = s.values[i];
      const text = s.na?.[i] ? t("svgNa") : typeof v === "number" ? `${localNumber(v.toFixed(decimals), input.lang)}\xA0%` : t("svgNotScored");
      return `${c.id}. ${pick(c.short ?? c.title, input.lang)} ${text}`;
    }).join(", ")
  }));
  const desc = [t("svgDesc", { values: values.join(" ") }), ...input.tableName ? [t("svgTable", { table: input.tableName })] : []].join(" ");
  return { title: input.title ?? t("svgTitle", { series: all.map((s) => s.label).join(", ") }), desc };
}
__name(radarText, "radarText");

// dist/render/svg-a11y.js
function stripVegaAria(svg) {
  return svg.replace(/\s(?:aria-label|aria-roledescription)="[^"]*"/g, "").replace(/\srole="graphics-[a-z-]+"/g, "").replace(/\srole="img"/g, "");
}
__name(stripVegaAria, "stripVegaAria");
function accessibleSvg(svg, text) {
  const clean = stripVegaAria(svg);
  const open = /<svg\b[^>]*>/.exec(clean);
  if (!open)
    return svg;
  const head = open[0].replace(/^<svg\b/, `<svg role="img" aria-labelledby="${text.id}-title ${text.id}-desc"${text.lang ? ` lang="${text.lang}"` : ""}`);
  const inner = `<title id="${text.id}-title">${escapeHtml(text.title)}</title><desc id="${text.id}-desc">${escapeHtml(text.desc)}</desc>`;
  return clean.slice(0, open.index) + head + inner + clean.slice(open.index + open[0].length);
}
__name(accessibleSvg, "accessibleSvg");

// dist/render/radar/index.js
async function renderRadarSvg(input) {
  const svg = await renderSpecSvg(radarSpec(input));
  return accessibleSvg(svg, { id: input.svgId ?? "radar", ...radarText(input) });
}
__name(renderRadarSvg, "renderRadarSvg");
async function renderSpecSvg(spec, chart = "radar") {
  return renderSvg(await vegaRuntime(), spec, { chart });
}
__name(renderSpecSvg, "renderSpecSvg");

export {
  vegaRuntime,
  renderSvg,
  seriesColors,
  tooManySeries,
  radarRings,
  radarSpec,
  accessibleSvg,
  renderRadarSvg,
  renderSpecSvg
};
