import {
  loadBenchmark
} from "./chunk-B5SSD7WI.js";
import {
  benchmarkText
} from "./chunk-25I2HFVG.js";
import {
  readForCheck
} from "./chunk-SDRMK5ZG.js";
import {
  RootFinder,
  isBundledRef
} from "./chunk-XGZ3H6EM.js";
import {
  locate,
  parseYaml
} from "./chunk-VHFQKG57.js";
import {
  DATA_DIR,
  shownPath
} from "./chunk-24SS6AOI.js";
import {
  FindingsError,
  UsageError
} from "./chunk-MBAX5HX7.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/core/benchmark.js
import { existsSync, readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
var BENCHMARKS_DIR = join(DATA_DIR, "benchmarks");
var files = /* @__PURE__ */ new WeakMap();
function bundledBenchmarkIds() {
  try {
    return readdirSync(BENCHMARKS_DIR).filter((f) => f.endsWith(".yaml")).map((f) => f.slice(0, -5)).sort();
  } catch {
    return [];
  }
}
__name(bundledBenchmarkIds, "bundledBenchmarkIds");
var BenchmarkNotFoundError = class extends UsageError {
  static {
    __name(this, "BenchmarkNotFoundError");
  }
  ref;
  ids;
  constructor(ref, ids) {
    super(`${ref}: benchmark-not-found`);
    this.ref = ref;
    this.ids = ids;
  }
};
async function resolveBenchmark(ref, cwd, vctx) {
  const bundled = join(BENCHMARKS_DIR, `${ref}.yaml`);
  const isId = isBundledRef(ref);
  const abs = isId && existsSync(bundled) ? bundled : resolve(cwd, ref);
  if (!existsSync(abs))
    throw new BenchmarkNotFoundError(ref, bundledBenchmarkIds());
  const file = abs === bundled ? abs : shownPath(ref, cwd);
  const benchmark = await loadBenchmark(file, vctx);
  files.set(benchmark, { shown: file, abs });
  return benchmark;
}
__name(resolveBenchmark, "resolveBenchmark");
function locator(file, abs) {
  let src;
  return (path, onKey) => {
    if (src === void 0) {
      const read = readForCheck(abs, [DATA_DIR, new RootFinder(dirname(abs)).boundOf(abs)]);
      src = "bytes" in read ? parseYaml(file, read.bytes.toString("utf8")) : null;
    }
    if (!src)
      return { line: 1, column: 1 };
    const at = locate(src, path, onKey);
    return { line: at.line, column: at.column };
  };
}
__name(locator, "locator");
var CODES = /* @__PURE__ */ __name((problem, params) => `${problem} ${JSON.stringify(params)}`, "CODES");
function checkBenchmark(b, fw, file, say = CODES) {
  const t = say;
  const from = files.get(b);
  const source = from?.shown ?? file;
  const findings = [];
  const locateIn = locator(source, from?.abs ?? file);
  const add = /* @__PURE__ */ __name((path, rule, message, onKey = false) => findings.push({ file: source, ...locateIn(path, onKey), severity: "error", rule, message, path: "/" + path.join("/") }), "add");
  if (b.framework !== fw.id) {
    add(["framework"], "benchmark-framework", t("otherFramework", { name: b.name, found: b.framework, expected: fw.id }));
  }
  if (b.unit !== "percent") {
    add(["unit"], "benchmark-unit", t("otherUnit", { name: b.name, found: b.unit, min: fw.scale.min, max: fw.scale.max }));
  }
  if (b.framework === fw.id) {
    const ids = fw.commitments.map((c) => c.id);
    for (const key of Object.keys(b.values)) {
      if (!ids.includes(key)) {
        add(["values", key], "benchmark-commitment", t("unknownCommitment", { id: key, framework: fw.id, ids: ids.join(", ") }), true);
      }
    }
  }
  if (findings.length)
    throw new FindingsError(t("refused", { file: source }), findings);
}
__name(checkBenchmark, "checkBenchmark");
function benchmarkSeries(b, fw, lang) {
  const name = lang ? benchmarkText(b, lang).name : b.name;
  return {
    label: b.year && !name.includes(String(b.year)) ? `${name} (${b.year})` : name,
    values: fw.commitments.map((c) => b.values[c.id] ?? null),
    dashed: true
  };
}
__name(benchmarkSeries, "benchmarkSeries");

export {
  BENCHMARKS_DIR,
  bundledBenchmarkIds,
  BenchmarkNotFoundError,
  resolveBenchmark,
  checkBenchmark,
  benchmarkSeries
};
