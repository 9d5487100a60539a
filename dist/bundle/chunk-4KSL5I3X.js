import {
  csvDocument,
  csvField,
  csvText
} from "./chunk-YJ6X3A4F.js";
import {
  jsonFormatter
} from "./chunk-SITX3YWH.js";
import {
  scoreTable
} from "./chunk-RSTPF2KC.js";
import {
  formatPercent
} from "./chunk-MAVHN6RG.js";
import "./chunk-5MK465LM.js";
import "./chunk-YSZEVEG4.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/render/score/csv.js
var CSV_COLUMNS = [
  "file",
  "label",
  "city",
  "date",
  "framework",
  "commitment",
  "title",
  "mean",
  "percent",
  "band",
  "band_label",
  "scored",
  "na",
  "not_scored",
  "total",
  "votes_n",
  "votes_min",
  "votes_max",
  "votes_sd",
  "benchmark",
  "difference",
  "status"
  // scored, na (every item not applicable) or not-scored
];
function scoreCsv(results) {
  const num = /* @__PURE__ */ __name((v, d) => v === null ? "" : v.toFixed(d), "num");
  const rows = [[...CSV_COLUMNS]];
  for (const r of results) {
    const decimals = r.scale.decimals;
    for (const c of r.commitments) {
      rows.push([
        r.file,
        r.label,
        r.city,
        r.date,
        r.framework,
        c.id,
        c.title,
        num(c.mean, 2),
        num(c.percent, decimals),
        c.band?.id ?? "",
        c.band?.label ?? "",
        String(c.coverage.scored),
        String(c.coverage.na),
        String(c.coverage.notScored),
        String(c.coverage.total),
        c.spread ? String(c.spread.n) : "",
        c.spread ? String(c.spread.min) : "",
        c.spread ? String(c.spread.max) : "",
        c.spread ? formatPercent(c.spread.sd, 2) : "",
        num(c.benchmark, decimals),
        num(c.difference, decimals),
        c.status
      ]);
    }
  }
  const text = /* @__PURE__ */ new Set([0, 1, 2, 3, 4, 5, 6, 9, 10]);
  return csvDocument(rows.map((row) => row.map((v, i) => text.has(i) ? csvText(v) : csvField(v))));
}
__name(scoreCsv, "scoreCsv");

// dist/render/formats/score.js
var scoreFormatters = {
  table: { format: /* @__PURE__ */ __name((results, env) => scoreTable(results, env.t, env.style, env.lang), "format") },
  json: jsonFormatter((results) => results),
  csv: { format: /* @__PURE__ */ __name((results) => scoreCsv(results), "format") }
};
export {
  scoreFormatters
};
