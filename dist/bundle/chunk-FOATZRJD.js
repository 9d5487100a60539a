import {
  renderInline
} from "./chunk-ZHDPVIQA.js";
import {
  schemaModeline
} from "./chunk-G25IFU3Y.js";
import "./chunk-FG2SS7KY.js";
import "./chunk-PRJEF4EG.js";
import "./chunk-OXRPQCAO.js";
import "./chunk-VHFQKG57.js";
import "./chunk-P3QU5RUN.js";
import "./chunk-24SS6AOI.js";
import "./chunk-MBAX5HX7.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/core/review-new.js
function comment(text, indent = "") {
  return text.split("\n").map((line) => `${indent}# ${line}`.trimEnd()).join("\n");
}
__name(comment, "comment");
var scalar = /* @__PURE__ */ __name((v) => renderInline(v, "1.2"), "scalar");
function newReviewText(input, filePath, c) {
  const lines = [
    schemaModeline("review", filePath),
    comment(c("fileHead")),
    comment(c("fileMarkdown")),
    "",
    "c21lab: review/1",
    `assessment: ${scalar(input.assessmentPath)}`,
    ...input.framework ? [`framework: ${scalar(input.framework)}`] : [],
    `language: ${input.language}      ${comment(c("cLanguage"))}`,
    ...input.date ? [`date: ${input.date}`] : [],
    `kind: recommendations      ${comment(c("cKind"))}`,
    "",
    comment(c("cAuthors")),
    "authors:",
    ...input.experts?.length ? input.experts.map((n) => `  - name: ${scalar(n)}
    role:`) : ["  - name: " + scalar(c("authorPlaceholder")) + "\n    role:"],
    "",
    comment(c("cIntroduction")),
    "introduction:",
    "",
    comment(c("cContext")),
    "context:",
    "",
    comment(c("cSummary")),
    "summary:",
    "",
    comment(c("cCommitments")),
    "commitments:",
    ...input.commitmentIds.map((id) => `  ${scalar(id) === id && /^\d+$/.test(id) ? `"${id}"` : scalar(id)}:`),
    "",
    comment(c("cWhatChanged")),
    "whatChanged:",
    "",
    comment(c("cRecommendations")),
    comment('- title: \u2026\n  commitments: ["4", "7"]\n  owner: \u2026\n  timeframe: 2026\u20132027\n  description: |\n    \u2026'),
    "recommendations: []",
    "",
    comment(c("cNextSteps")),
    "nextSteps:",
    "",
    comment(c("cAcknowledgements")),
    "acknowledgements:",
    ""
  ];
  return lines.join("\n");
}
__name(newReviewText, "newReviewText");
export {
  newReviewText
};
