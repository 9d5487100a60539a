import {
  compareMessages
} from "./chunk-GMCQICFK.js";
import {
  csvDocument,
  csvField,
  csvText
} from "./chunk-YJ6X3A4F.js";
import {
  jsonFormatter
} from "./chunk-SITX3YWH.js";
import {
  isFormatName
} from "./chunk-AC2FYX2Z.js";
import {
  textTable
} from "./chunk-32UPQTEW.js";
import {
  formatChange,
  formatPercent
} from "./chunk-MAVHN6RG.js";
import {
  round,
  scoreAssessment
} from "./chunk-COHI7RYH.js";
import {
  loadAssessment
} from "./chunk-7OUNB2G2.js";
import {
  COMPARE_FORMATS
} from "./chunk-3T237TWD.js";
import {
  visible
} from "./chunk-4QM3XXAH.js";
import {
  atomicWrite
} from "./chunk-R3OE72S3.js";
import {
  writeLine
} from "./chunk-LRCMA3RU.js";
import {
  locate
} from "./chunk-22C5BNJH.js";
import "./chunk-4DPCYR2Y.js";
import "./chunk-STYSJCYH.js";
import {
  EXIT_OK,
  FindingsError,
  UsageError
} from "./chunk-EV44LTU6.js";
import {
  pick
} from "./chunk-33AJFZ56.js";
import "./chunk-662D3GRZ.js";
import "./chunk-F2OHDRQX.js";
import "./chunk-AWUMD5N3.js";
import {
  translator
} from "./chunk-HIJOWT7U.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/cli/commands/compare.js
import { mkdir } from "node:fs/promises";
import { dirname, resolve } from "node:path";

// dist/core/compare.js
import { basename } from "node:path";
function shape(fw) {
  return JSON.stringify([fw.scale.min, fw.scale.max, fw.commitments.map((c) => c.id)]);
}
__name(shape, "shape");
function frameworkMismatches(inputs) {
  const first = inputs[0]?.framework;
  if (!first)
    return [];
  const out = [];
  inputs.forEach((input, index) => {
    const fw = input.framework;
    if (fw.id !== first.id)
      out.push({ index, expected: first.id, found: fw.id, sameIdDifferentContent: false });
    else if (shape(fw) !== shape(first))
      out.push({ index, expected: first.id, found: fw.id, sameIdDifferentContent: true });
  });
  return out;
}
__name(frameworkMismatches, "frameworkMismatches");
function diffs(percents, decimals) {
  const d = /* @__PURE__ */ __name((a, b) => a === null || a === void 0 || b === null || b === void 0 ? null : round(a - b, decimals), "d");
  return {
    diffFirst: percents.map((p, i) => i === 0 ? null : d(p, percents[0])),
    diffPrevious: percents.map((p, i) => i === 0 ? null : d(p, percents[i - 1]))
  };
}
__name(diffs, "diffs");
function compareAssessments(inputs) {
  const first = inputs[0];
  if (!first)
    throw new Error("compareAssessments needs at least one file");
  const fw = first.framework;
  const decimals = fw.percent.decimals ?? 1;
  const scores = inputs.map((i) => scoreAssessment(i.assessment, fw));
  const base = inputs.map((i) => `${i.assessment.city} ${i.assessment.date}`);
  const commonIdx = fw.commitments.map((_, ci) => ci).filter((ci) => scores.every((s) => s.commitments[ci]?.percent !== null && s.commitments[ci]?.percent !== void 0));
  const overallOf = /* @__PURE__ */ __name((i) => {
    if (!commonIdx.length)
      return null;
    const values = commonIdx.map((ci) => scores[i]?.commitments[ci]?.percent);
    return round(values.reduce((a, v) => a + v, 0) / values.length, decimals);
  }, "overallOf");
  const files = inputs.map((input, i) => ({
    file: input.file,
    label: base.filter((b) => b === base[i]).length > 1 ? `${base[i]} (${basename(input.file)})` : base[i],
    city: input.assessment.city,
    ...input.assessment.country ? { country: input.assessment.country } : {},
    date: input.assessment.date,
    language: input.assessment.language,
    overall: overallOf(i)
  }));
  const commitments = fw.commitments.map((c, ci) => {
    const percents = scores.map((s) => s.commitments[ci]?.percent ?? null);
    return { id: c.id, percents, na: scores.map((s) => s.commitments[ci]?.status === "na"), ...diffs(percents, decimals) };
  });
  const overallPercents = files.map((f) => f.overall);
  return {
    framework: fw,
    files,
    commitments,
    overall: { id: "overall", percents: overallPercents, ...diffs(overallPercents, decimals) },
    common: { ids: commonIdx.map((ci) => fw.commitments[ci]?.id), total: fw.commitments.length }
  };
}
__name(compareAssessments, "compareAssessments");

// dist/render/compare.js
function letter(i) {
  let s = "";
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + (n - 1) % 26) + s;
  return s;
}
__name(letter, "letter");
function compareText(cmp, lang, t) {
  const decimals = cmp.framework.percent.decimals ?? 1;
  const n = cmp.files.length;
  const out = [visible(t("title", { count: n, framework: pick(cmp.framework.title, lang) })), ""];
  cmp.files.forEach((f, i) => out.push(`  ${letter(i)}  ${visible(`${f.city} ${f.date}  (${f.file})`)}`));
  out.push("");
  const firstDiffs = cmp.files.slice(1).map((_, k) => ({ i: k + 1, header: `${letter(k + 1)}\u2212${letter(0)}`, key: "diffFirst" }));
  const prevDiffs = n >= 3 ? cmp.files.slice(2).map((_, k) => ({ i: k + 2, header: `${letter(k + 2)}\u2212${letter(k + 1)}`, key: "diffPrevious" })) : [];
  const diffCols = [...firstDiffs, ...prevDiffs];
  const columns = [
    { header: t("colCommitment") },
    ...cmp.files.map((_, i) => ({ header: letter(i), align: "right" })),
    ...diffCols.map((d) => ({ header: d.header, align: "right" }))
  ];
  const row = /* @__PURE__ */ __name((name, r) => [
    name,
    ...r.percents.map((p, i) => p === null && r.na?.[i] ? t("na") : formatPercent(p, decimals, lang)),
    ...diffCols.map((d) => formatChange(r[d.key][d.i], decimals, lang))
  ], "row");
  const rows = cmp.commitments.map((r, i) => {
    const c = cmp.framework.commitments[i];
    return row(`${r.id}  ${c ? pick(c.short ?? c.title, lang) : ""}`, r);
  });
  rows.push(row(t("colOverallOf", { count: cmp.common.ids.length, total: cmp.common.total }), cmp.overall));
  out.push(textTable(columns, rows, { rule: true }), "");
  out.push(t("diffNote", { later: letter(1), earlier: letter(0) }));
  out.push(cmp.common.ids.length ? t("overallNote", { count: cmp.common.ids.length, total: cmp.common.total, ids: cmp.common.ids.join(", ") }) : t("overallNone"));
  return out.join("\n");
}
__name(compareText, "compareText");
function compareJson(cmp, lang) {
  return {
    c21lab: "compare/1",
    framework: { id: cmp.framework.id, title: pick(cmp.framework.title, lang) },
    files: cmp.files.map((f, i) => ({ key: letter(i), ...f })),
    commitments: cmp.commitments.map((r, i) => ({
      id: r.id,
      title: pick(cmp.framework.commitments[i]?.title, lang),
      percents: r.percents,
      na: r.na ?? r.percents.map(() => false),
      diffFirst: r.diffFirst,
      diffPrevious: r.diffPrevious
    })),
    overall: {
      percents: cmp.overall.percents,
      diffFirst: cmp.overall.diffFirst,
      diffPrevious: cmp.overall.diffPrevious,
      // The overall is the mean over these commitments only: those scored in every file.
      commitments: cmp.common.ids,
      of: cmp.common.total
    }
  };
}
__name(compareJson, "compareJson");
function compareCsv(cmp, lang, t) {
  const header = ["commitment_id", "commitment", "file_key", "file", "city", "date", "percent", "diff_first", "diff_previous"];
  const rows = [header];
  const emit = /* @__PURE__ */ __name((id, title, r) => {
    cmp.files.forEach((f, i) => {
      const text = [id, title, letter(i), f.file, f.city, f.date].map(csvText);
      rows.push([...text, ...[r.percents[i], r.diffFirst[i], r.diffPrevious[i]].map(csvField)]);
    });
  }, "emit");
  cmp.commitments.forEach((r, i) => emit(r.id, pick(cmp.framework.commitments[i]?.title, lang), r));
  emit("overall", t ? t("colOverallOf", { count: cmp.common.ids.length, total: cmp.common.total }) : "", cmp.overall);
  return csvDocument(rows);
}
__name(compareCsv, "compareCsv");

// dist/render/formats/compare.js
var compareFormatters = {
  table: { format: /* @__PURE__ */ __name((cmp, env) => compareText(cmp, env.lang, env.t) + "\n", "format") },
  json: jsonFormatter((cmp, env) => compareJson(cmp, env.lang)),
  csv: { format: /* @__PURE__ */ __name((cmp, env) => compareCsv(cmp, env.lang, env.t), "format") }
};

// dist/cli/commands/compare.js
async function run(ctx, args, options) {
  const format = options.format;
  const radar = typeof options.radar === "string" ? options.radar : void 0;
  let t = translator(compareMessages, ctx.lang);
  if (!isFormatName(COMPARE_FORMATS, format))
    throw new UsageError(t("badFormat", { format, expected: COMPARE_FORMATS.join(", ") }));
  if (radar !== void 0 && !radar.toLowerCase().endsWith(".svg"))
    throw new UsageError(t("badRadar", { file: radar }));
  if (args.length < 2)
    throw new UsageError(t("needTwo", { count: args.length }), t("needTwoHint"));
  const vctx = ctx.validation();
  const shown = ctx.shown;
  const inputs = [];
  for (const arg of args) {
    const loaded = await loadAssessment(resolve(ctx.io.cwd, arg), vctx);
    inputs.push({ ...loaded, file: shown(loaded.file) });
  }
  const lang = ctx.langFor(inputs[0]?.assessment.language);
  t = translator(compareMessages, lang);
  const mismatches = frameworkMismatches(inputs);
  if (mismatches.length) {
    const first = inputs[0]?.file ?? "";
    const findings = mismatches.map((m) => {
      const input = inputs[m.index];
      const at = locate(input.source, ["framework"]);
      const params = { found: m.found, expected: m.expected, first };
      return {
        file: input.file,
        ...at,
        severity: "error",
        rule: "framework-mismatch",
        message: t(m.sameIdDifferentContent ? "mismatchContent" : "mismatch", params),
        path: "/framework"
      };
    });
    throw new FindingsError(t("mismatchSummary"), findings);
  }
  const cmp = compareAssessments(inputs);
  ctx.io.stdout.write(compareFormatters[format].format(cmp, { lang, t }));
  if (radar) {
    const { renderRadarSvg, tooManySeries } = await import("./chunk-MR3VIH7Q.js");
    const { roleByDate } = await import("./chunk-FGYDTR2S.js");
    const roles = roleByDate(cmp.files.map((f) => f.date));
    if (tooManySeries(cmp.files.length))
      writeLine(ctx.io.stderr, t("tooMany", { count: cmp.files.length }));
    const svg = await renderRadarSvg({
      framework: cmp.framework,
      lang,
      // Colours by role, as in the report: the latest LAB blue (on top), the one before it vermillion.
      series: cmp.files.map((f, i) => ({ label: f.label, values: cmp.commitments.map((r) => r.percents[i] ?? null), ...roles[i] ? { role: roles[i] } : {} })),
      title: t("radarTitle")
    });
    const out = resolve(ctx.io.cwd, radar);
    await mkdir(dirname(out), { recursive: true });
    await atomicWrite(out, svg);
    writeLine(ctx.io.stderr, t("radarWritten", { file: radar }));
  }
  return EXIT_OK;
}
__name(run, "run");
export {
  run
};
