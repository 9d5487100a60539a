import {
  loadInputs
} from "./chunk-E7YFPYPF.js";
import "./chunk-RHBK6YUV.js";
import {
  round,
  scoreAssessment
} from "./chunk-COHI7RYH.js";
import "./chunk-VJJZBRQH.js";
import {
  panelMessages
} from "./chunk-4AC42IWQ.js";
import "./chunk-7OUNB2G2.js";
import {
  prepareSchemaFolder
} from "./chunk-GGF2ND25.js";
import "./chunk-7HRDX2PI.js";
import {
  schemaModeline
} from "./chunk-DEGOPCRY.js";
import {
  saveDocument
} from "./chunk-SBVRGC7F.js";
import "./chunk-R3OE72S3.js";
import {
  writeLine
} from "./chunk-LRCMA3RU.js";
import {
  ID
} from "./chunk-22C5BNJH.js";
import "./chunk-4DPCYR2Y.js";
import "./chunk-STYSJCYH.js";
import {
  EXIT_OK,
  FindingsError,
  UsageError
} from "./chunk-EV44LTU6.js";
import "./chunk-33AJFZ56.js";
import "./chunk-662D3GRZ.js";
import "./chunk-F2OHDRQX.js";
import "./chunk-AWUMD5N3.js";
import {
  translator
} from "./chunk-HIJOWT7U.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/cli/commands/panel.js
import { mkdir, stat } from "node:fs/promises";
import { dirname, resolve } from "node:path";

// dist/core/panel.js
import { Document, isScalar } from "yaml";
function buildPanel(assessments, fw, meta) {
  const scores = assessments.map((a) => scoreAssessment(a, fw));
  const values = {};
  const counts = {};
  fw.commitments.forEach((c, i) => {
    const percents = scores.map((s) => s.commitments[i]?.percent).filter((p) => typeof p === "number");
    counts[c.id] = percents.length;
    values[c.id] = percents.length ? round(percents.reduce((s, v) => s + v, 0) / percents.length, fw.percent.decimals ?? 1) : null;
  });
  return {
    c21lab: "benchmark/1",
    ...meta.id ? { id: meta.id } : {},
    name: meta.name,
    framework: fw.id,
    unit: "percent",
    source: meta.source,
    ...meta.year !== void 0 ? { year: meta.year } : {},
    respondents: assessments.length,
    method: meta.method(counts),
    values
  };
}
__name(buildPanel, "buildPanel");
function panelYaml(b, outPath, inputs = []) {
  const doc = new Document(b);
  if (inputs.length)
    doc.commentBefore = ` Built with c21lab panel from:
${inputs.map((f) => `   ${f}`).join("\n")}`;
  const method = doc.get("method", true);
  if (isScalar(method))
    method.type = "BLOCK_FOLDED";
  return `${schemaModeline("benchmark", outPath)}
${doc.toString({ lineWidth: 100 })}`;
}
__name(panelYaml, "panelYaml");

// dist/cli/commands/panel.js
async function run(ctx, files, options) {
  const t0 = translator(panelMessages, ctx.lang);
  const out = options.output ?? options.out;
  const name = options.name?.trim();
  const source = options.source?.trim();
  const id = options.id;
  if (!out)
    throw new UsageError(t0("outRequired"));
  if (!/\.ya?ml$/i.test(out))
    throw new UsageError(t0("badExt", { file: out }));
  if (!name)
    throw new UsageError(t0("nameRequired"));
  if (!source)
    throw new UsageError(t0("sourceRequired"));
  if (id !== void 0 && !ID.test(id))
    throw new UsageError(t0("badId", { id }));
  let year;
  if (options.year !== void 0) {
    year = Number(options.year);
    if (!/^\d{4}$/.test(options.year))
      throw new UsageError(t0("badYear", { value: options.year }));
  }
  const target = resolve(ctx.io.cwd, out);
  if (!options.force && await stat(target).catch(() => void 0))
    throw new UsageError(t0("exists", { file: out }));
  const { lang, loaded } = await loadInputs(ctx, files, {
    sameFramework: /* @__PURE__ */ __name((file, found, first, expected) => t0("mixedFrameworks", { file, found, first, expected }), "sameFramework")
  });
  const t = translator(panelMessages, lang);
  const fw = loaded[0].framework;
  const benchmark = buildPanel(loaded.map((l) => l.assessment), fw, {
    name,
    source,
    ...id ? { id } : {},
    ...year !== void 0 ? { year } : {},
    method: /* @__PURE__ */ __name((counts) => t("method", {
      count: loaded.length,
      decimals: fw.percent.decimals ?? 1,
      counts: Object.entries(counts).map(([k, v]) => `${k}: ${v}`).join(", ")
    }), "method")
  });
  if (Object.values(benchmark.values).every((v) => v === null)) {
    throw new FindingsError(t("nothingScored", { count: loaded.length }), []);
  }
  await mkdir(dirname(target), { recursive: true });
  await prepareSchemaFolder(ctx, target);
  await saveDocument(target, panelYaml(benchmark, target, loaded.map((l) => l.file)), { shown: out });
  writeLine(ctx.io.stdout, t("written", { file: out, count: loaded.length }));
  return EXIT_OK;
}
__name(run, "run");
export {
  run
};
