import {
  formatChange,
  formatPercent
} from "./chunk-MAVHN6RG.js";
import {
  textTable
} from "./chunk-5MK465LM.js";
import {
  visible
} from "./chunk-YSZEVEG4.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/render/score/table.js
function coverage(c, t) {
  return `${c.scored}/${c.total}` + (c.na ? ` (${t("na", { count: c.na })})` : "");
}
__name(coverage, "coverage");
function render(headers, aligns, rows, style) {
  return textTable(headers.map((header, i) => ({ header, align: aligns[i] ?? "left" })), rows, { headerPaint: style.bold });
}
__name(render, "render");
function scoreTable(results, t, style, lang = "en") {
  return results.map((r) => fileBlock(r, t, style, r.scale.decimals, lang)).join("\n\n") + "\n";
}
__name(scoreTable, "scoreTable");
function fileBlock(r, t, style, dec, lang) {
  const fixed = /* @__PURE__ */ __name((v, d) => formatPercent(v, d, lang), "fixed");
  const signed = /* @__PURE__ */ __name((v, d) => formatChange(v, d, lang), "signed");
  const bench = r.benchmark !== null;
  const headers = [
    t("colId"),
    t("colCommitment"),
    t("colMean"),
    t("colPercent"),
    t("colBand"),
    t("colCoverage"),
    t("colVotes"),
    t("colMin"),
    t("colMax"),
    t("colSd"),
    ...bench ? [t("colBenchmark"), t("colDiff")] : []
  ];
  const aligns = ["right", "left", "right", "right", "left", "right", "right", "right", "right", "right", "right", "right"];
  const dim = /* @__PURE__ */ __name((text) => ({ text, paint: text === "\u2014" ? style.dim : void 0 }), "dim");
  const rows = r.commitments.map((c) => [
    { text: c.id },
    { text: c.title },
    dim(fixed(c.mean, 2)),
    dim(fixed(c.percent, dec)),
    dim(c.band?.label ?? (c.status === "na" ? t("bandNa") : "\u2014")),
    { text: coverage(c.coverage, t) },
    dim(c.spread ? String(c.spread.n) : "\u2014"),
    dim(c.spread ? String(c.spread.min) : "\u2014"),
    dim(c.spread ? String(c.spread.max) : "\u2014"),
    dim(fixed(c.spread?.sd ?? null, 2)),
    ...bench ? [dim(fixed(c.benchmark, dec)), {
      text: signed(c.difference, dec),
      paint: c.difference === null ? style.dim : c.difference > 0 ? style.green : c.difference < 0 ? style.red : void 0
    }] : []
  ]);
  rows.push([
    { text: "" },
    { text: t("overallOf", r.overallCoverage), paint: style.bold },
    { text: "" },
    { text: fixed(r.overall, dec), paint: style.bold },
    { text: "" },
    { text: coverage(r.coverage, t) }
  ]);
  const head = [style.bold(visible(r.label)) + style.dim(` \xB7 ${visible(r.file)}`), style.dim(t("scale", { min: r.scale.min, max: r.scale.max }))];
  if (r.benchmark)
    head.push(style.dim(t("versus", { name: visible(r.benchmark.name) })));
  return [...head, "", render(headers, aligns, rows, style)].join("\n");
}
__name(fileBlock, "fileBlock");

export {
  scoreTable
};
