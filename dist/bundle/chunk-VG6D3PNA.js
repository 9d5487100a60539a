import {
  round,
  scoreAssessment
} from "./chunk-BM3PK7SN.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

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
function compareScores(fw, scores) {
  const decimals = fw.percent.decimals ?? 1;
  const commonIdx = fw.commitments.map((_, ci) => ci).filter((ci) => scores.every((s) => s.commitments[ci]?.percent !== null && s.commitments[ci]?.percent !== void 0));
  const overallOf = /* @__PURE__ */ __name((s) => {
    if (!commonIdx.length)
      return null;
    const values = commonIdx.map((ci) => s.commitments[ci]?.percent);
    return round(values.reduce((a, v) => a + v, 0) / values.length, decimals);
  }, "overallOf");
  const commitments = fw.commitments.map((c, ci) => {
    const percents = scores.map((s) => s.commitments[ci]?.percent ?? null);
    return { id: c.id, percents, na: scores.map((s) => s.commitments[ci]?.status === "na"), ...diffs(percents, decimals) };
  });
  const overallPercents = scores.map(overallOf);
  return {
    commitments,
    overall: { id: "overall", percents: overallPercents, ...diffs(overallPercents, decimals) },
    common: { ids: commonIdx.map((ci) => fw.commitments[ci]?.id), total: fw.commitments.length }
  };
}
__name(compareScores, "compareScores");
function compareAssessments(inputs) {
  const first = inputs[0];
  if (!first)
    throw new Error("compareAssessments needs at least one file");
  const fw = first.framework;
  const scores = inputs.map((i) => scoreAssessment(i.assessment, fw));
  const base = inputs.map((i) => `${i.assessment.city} ${i.assessment.date}`);
  const { commitments, overall, common } = compareScores(fw, scores);
  const files = inputs.map((input, i) => ({
    file: input.file,
    label: base.filter((b) => b === base[i]).length > 1 ? `${base[i]} (${basename(input.file)})` : base[i],
    city: input.assessment.city,
    ...input.assessment.country ? { country: input.assessment.country } : {},
    date: input.assessment.date,
    language: input.assessment.language,
    overall: overall.percents[i] ?? null
  }));
  return { framework: fw, files, commitments, overall, common };
}
__name(compareAssessments, "compareAssessments");

export {
  frameworkMismatches,
  compareScores,
  compareAssessments
};
