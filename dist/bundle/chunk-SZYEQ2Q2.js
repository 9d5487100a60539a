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

// dist/render/history.js
function historyText(history, lang, t) {
  const fw = history.framework;
  const decimals = fw?.percent.decimals ?? 1;
  const ids = fw?.commitments.map((c) => c.id) ?? [];
  const out = [visible(t("title", { file: history.file, count: history.versions.length })), ""];
  const columns = [
    { header: t("colDate") },
    { header: t("colCommit") },
    { header: t("colCommitted") },
    ...ids.map((id) => ({ header: id, align: "right" })),
    { header: t("colOverall"), align: "right" }
  ];
  const notes = [];
  const rows = history.versions.map((v) => {
    const head = [(v.date ?? "\u2014") + (v.sameDate ? " *" : ""), v.short, v.committed.slice(0, 10)];
    if (v.status === "ok") {
      return [...head, ...(v.percents ?? []).map((p, i) => percentCell(v, i, decimals, lang, t)), overallCell(v, decimals, lang, t)];
    }
    const reason = v.status === "deleted" ? t("deleted") : v.status === "other-framework" ? t("otherFramework", { framework: v.framework ?? "?", current: fw?.id ?? "?" }) : t("invalid", { line: v.problem?.line ?? 1, column: v.problem?.column ?? 1, rule: v.problem?.rule ?? "", message: v.problem?.message ?? "" });
    notes.push(visible(`${v.short}: ${reason}`));
    return [...head, ...ids.map(() => "\xB7"), "\xB7"];
  });
  out.push(textTable(columns, rows, { rule: true }));
  if (notes.length)
    out.push("", ...notes.map((n) => `  ${n}`));
  if (history.versions.some((v) => v.sameDate))
    out.push("", t("sameDateNote"));
  out.push("", t("percentNote"));
  const example = history.versions.find((v) => v.status === "ok" && v.overallCoverage)?.overallCoverage;
  if (example)
    out.push(t("overallNote", example));
  if (fw && history.first !== void 0 && history.latest !== void 0) {
    const first = history.versions[history.first];
    const latest = history.versions[history.latest];
    out.push("");
    if (!first || !latest || history.first === history.latest) {
      out.push(t("trendSingle"));
    } else {
      out.push(visible(t("trendTitle", { from: `${first.date ?? "\u2014"} ${first.short}`, to: `${latest.date ?? "\u2014"} ${latest.short}` })), "");
      const trendRows = fw.commitments.map((c, i) => [
        `${c.id}  ${pick(c.short ?? c.title, lang)}`,
        percentCell(first, i, decimals, lang, t),
        percentCell(latest, i, decimals, lang, t),
        formatChange(latest.change?.[i], decimals, lang)
      ]);
      const overall = history.trendOverall;
      trendRows.push([
        t("trendOverallOf", { count: overall?.ids.length ?? 0, total: overall?.total ?? fw.commitments.length }),
        formatPercent(overall?.first ?? null, decimals, lang),
        formatPercent(overall?.latest ?? null, decimals, lang),
        formatChange(overall?.change ?? null, decimals, lang)
      ]);
      out.push(textTable([{ header: t("colCommitment") }, { header: t("colFirst"), align: "right" }, { header: t("colLatest"), align: "right" }, { header: t("colChange"), align: "right" }], trendRows, { rule: true }));
    }
  } else {
    out.push("", t("noValid", { file: history.file }));
  }
  if (history.uncommitted)
    out.push("", t("uncommitted"));
  return out.join("\n");
}
__name(historyText, "historyText");
function historyJson(history, lang) {
  const fw = history.framework;
  const first = history.first === void 0 ? void 0 : history.versions[history.first];
  const latest = history.latest === void 0 ? void 0 : history.versions[history.latest];
  return {
    c21lab: "history/1",
    file: history.file,
    path: history.path,
    framework: fw ? { id: fw.id, commitments: fw.commitments.map((c) => ({ id: c.id, title: pick(c.title, lang) })) } : null,
    uncommitted: history.uncommitted,
    versions: history.versions.map((v) => ({
      commit: v.commit,
      short: v.short,
      committed: v.committed,
      subject: v.subject,
      path: v.path,
      status: v.status,
      date: v.date ?? null,
      sameDate: v.sameDate ?? false,
      framework: v.framework ?? null,
      percents: v.percents ?? null,
      // Per commitment, as in `compare --format json`: true where it is n/a (percent null), apart from "not scored".
      na: v.na ?? null,
      overall: v.overall ?? null,
      overallCoverage: v.overallCoverage ?? null,
      change: v.change ?? null,
      problem: v.problem ?? null
    })),
    trend: fw && first && latest ? fw.commitments.map((c, i) => ({
      id: c.id,
      first: first.percents?.[i] ?? null,
      latest: latest.percents?.[i] ?? null,
      change: latest.change?.[i] ?? null,
      na: { first: first.na?.[i] ?? false, latest: latest.na?.[i] ?? false }
    })) : null,
    trendOverall: history.trendOverall ?? null
  };
}
__name(historyJson, "historyJson");
function percentCell(v, i, decimals, lang, t) {
  const p = v.percents?.[i];
  return (p === null || p === void 0) && v.na?.[i] ? t("na") : formatPercent(p, decimals, lang);
}
__name(percentCell, "percentCell");
function overallCell(v, decimals, lang, t) {
  const value = formatPercent(v.overall, decimals, lang);
  if (v.overall == null || !v.overallCoverage)
    return value;
  return t("overallCell", { value, ...v.overallCoverage });
}
__name(overallCell, "overallCell");

// dist/render/formats/history.js
var historyFormatters = {
  table: { format: /* @__PURE__ */ __name((history, env) => historyText(history, env.lang, env.t) + "\n", "format") },
  json: jsonFormatter((history, env) => historyJson(history, env.lang))
};
export {
  historyFormatters
};
