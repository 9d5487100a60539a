import {
  csvDocument,
  csvField,
  csvText
} from "./chunk-YJ6X3A4F.js";
import {
  jsonFormatter
} from "./chunk-SITX3YWH.js";
import {
  formatChange,
  formatPercent
} from "./chunk-MAVHN6RG.js";
import {
  textTable
} from "./chunk-5MK465LM.js";
import {
  pick
} from "./chunk-33AJFZ56.js";
import {
  visible
} from "./chunk-YSZEVEG4.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

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
  const header = ["commitment_id", "commitment", "file_key", "file", "city", "date", "percent", "diff_first", "diff_previous", "status"];
  const rows = [header];
  const emit = /* @__PURE__ */ __name((id, title, r) => {
    cmp.files.forEach((f, i) => {
      const text = [id, title, letter(i), f.file, f.city, f.date].map(csvText);
      const status = r.percents[i] !== null && r.percents[i] !== void 0 ? "scored" : r.na?.[i] ? "na" : "not-scored";
      rows.push([...text, ...[r.percents[i], r.diffFirst[i], r.diffPrevious[i], status].map(csvField)]);
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
export {
  compareFormatters
};
