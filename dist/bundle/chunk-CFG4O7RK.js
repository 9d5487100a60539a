import {
  round,
  scoreAssessment
} from "./chunk-BM3PK7SN.js";
import {
  schemaModeline
} from "./chunk-G25IFU3Y.js";
import "./chunk-FG2SS7KY.js";
import "./chunk-PRJEF4EG.js";
import "./chunk-OXRPQCAO.js";
import "./chunk-P3QU5RUN.js";
import "./chunk-24SS6AOI.js";
import "./chunk-MBAX5HX7.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

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
function panelYaml(b, outPath, inputs) {
  const doc = new Document(b);
  if (inputs?.files.length)
    doc.commentBefore = ` ${inputs.heading}
${inputs.files.map((f) => `   ${f}`).join("\n")}`;
  const method = doc.get("method", true);
  if (isScalar(method))
    method.type = "BLOCK_FOLDED";
  return `${schemaModeline("benchmark", outPath)}
${doc.toString({ lineWidth: 100 })}`;
}
__name(panelYaml, "panelYaml");
export {
  buildPanel,
  panelYaml
};
