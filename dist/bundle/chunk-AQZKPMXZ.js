import {
  renderInline
} from "./chunk-ZHDPVIQA.js";
import {
  schemaModeline
} from "./chunk-G25IFU3Y.js";
import {
  slugify
} from "./chunk-H7INGYXH.js";
import {
  finding,
  loadFrameworkRef
} from "./chunk-YSR5SL6V.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/core/practice.js
var DEFAULT_FRAMEWORK = "culture21-actions";
var SECTIONS = ["summary", "context", "goals", "actions", "impact", "evaluation", "contacts", "links"];
function isEmpty(value) {
  if (value === null || value === void 0)
    return true;
  if (typeof value === "string")
    return value.trim() === "";
  if (Array.isArray(value))
    return value.length === 0;
  return false;
}
__name(isEmpty, "isEmpty");
function emptySections(practice) {
  return SECTIONS.filter((s) => isEmpty(practice[s]));
}
__name(emptySections, "emptySections");
function defaultPracticePath(title, city, year) {
  return `practices/${slugify(city, "practice", 24)}-${year}-${slugify(title, "practice", 40)}.yaml`;
}
__name(defaultPracticePath, "defaultPracticePath");
function scalar(value) {
  return renderInline(value, "1.2");
}
__name(scalar, "scalar");
function comment(text, indent = "") {
  return text.split("\n").map((line) => `${indent}# ${line}`.trimEnd()).join("\n");
}
__name(comment, "comment");
function newPracticeText(input, filePath, shownPath, c) {
  const html = shownPath.replace(/\.ya?ml$/i, "") + ".html";
  const lines = [
    schemaModeline("practice", filePath),
    comment(c("fileHead")),
    comment(c("fileHowTo")),
    comment(c("fileCheck", { file: shownPath, html })),
    "",
    "c21lab: practice/1",
    `title: ${scalar(input.title)}`,
    `city: ${scalar(input.city)}`,
    `country: ${input.country ? scalar(input.country) : ""}`.trimEnd() + `      ${comment(c("cCountry"))}`,
    `year: ${input.year}      ${comment(c("cYear"))}`,
    `language: ${input.language}      ${comment(c("cLanguage"))}`,
    `framework: ${scalar(input.framework ?? DEFAULT_FRAMEWORK)}      ${comment(c("cFramework"))}`,
    "",
    comment(c("cSummary")),
    "summary:",
    "",
    comment(c("cContext")),
    "context:",
    "",
    comment(c("cGoals")),
    comment(c("cGoalsExample")),
    "goals:",
    "",
    comment(c("cActions")),
    "actions:",
    "",
    comment(c("cImpact")),
    "impact:",
    "",
    comment(c("cEvaluation")),
    "evaluation:",
    "",
    comment(c("cContacts")),
    comment("- name: \u2026\n  role: \u2026\n  organisation: \u2026\n  email: name@example.org"),
    "contacts:",
    "",
    comment(c("cLinks")),
    "links:",
    "",
    comment(c("cTags")),
    "tags:",
    `  commitments: []      ${comment(c("cCommitments"))}`,
    `  sdgs: []      ${comment(c("cSdgs"))}`,
    `  keywords: []      ${comment(c("cKeywords"))}`,
    ""
  ];
  return lines.join("\n");
}
__name(newPracticeText, "newPracticeText");
function practiceFindings(src, practice, fromFile, ctx, unknownMessage = (id, framework, expected) => `unknown commitment id "${id}" for framework "${framework}"; expected one of ${expected}`) {
  const ref = practice.framework ?? DEFAULT_FRAMEWORK;
  const result = loadFrameworkRef(ref, fromFile, ctx);
  if (!result.framework) {
    const reason = result.findings[0]?.message ?? "could not be loaded";
    return { findings: [finding(src, ["framework"], "error", "framework-invalid", `framework "${ref}" could not be used: ${reason}`)] };
  }
  const fw = result.framework;
  const ids = fw.commitments.map((c) => c.id);
  const findings = [];
  (practice.tags?.commitments ?? []).forEach((id, i) => {
    if (!ids.includes(String(id))) {
      findings.push(finding(src, ["tags", "commitments", i], "error", "unknown-commitment", unknownMessage(String(id), fw.id, ids.join(", "))));
    }
  });
  return { findings, framework: fw };
}
__name(practiceFindings, "practiceFindings");

export {
  DEFAULT_FRAMEWORK,
  SECTIONS,
  isEmpty,
  emptySections,
  defaultPracticePath,
  newPracticeText,
  practiceFindings
};
