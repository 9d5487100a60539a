// Side-by-side comparison of assessments of one framework (cities, or one
// city's years): per commitment each file's percent, the difference to the
// first file, and to the file before it.
import { basename } from 'node:path';
import { round, scoreAssessment } from './score.js';
function shape(fw) {
    return JSON.stringify([fw.scale.min, fw.scale.max, fw.commitments.map((c) => c.id)]);
}
/** Every file whose framework differs from the first file's (by id, scale or commitments). */
export function frameworkMismatches(inputs) {
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
function diffs(percents, decimals) {
    const d = (a, b) => a === null || a === undefined || b === null || b === undefined ? null : round(a - b, decimals);
    return {
        diffFirst: percents.map((p, i) => (i === 0 ? null : d(p, percents[0]))),
        diffPrevious: percents.map((p, i) => (i === 0 ? null : d(p, percents[i - 1]))),
    };
}
/** The figures of a comparison of scores of one framework, the first score the base: per commitment each
 *  score's percent and its differences; the overall row, the mean over the commitments scored in every one,
 *  rounded to the framework's decimals; its differences are those of the rounded overalls, so a difference
 *  shown is always the difference of the figures shown beside it. `compare` and the report's then-and-now
 *  (render/report/then-now.ts) both take their figures from here. */
export function compareScores(fw, scores) {
    const decimals = fw.percent.decimals ?? 1;
    const commonIdx = fw.commitments.map((_, ci) => ci).filter((ci) => scores.every((s) => s.commitments[ci]?.percent !== null && s.commitments[ci]?.percent !== undefined));
    const overallOf = (s) => {
        if (!commonIdx.length)
            return null;
        const values = commonIdx.map((ci) => s.commitments[ci]?.percent);
        return round(values.reduce((a, v) => a + v, 0) / values.length, decimals);
    };
    const commitments = fw.commitments.map((c, ci) => {
        const percents = scores.map((s) => s.commitments[ci]?.percent ?? null);
        return { id: c.id, percents, na: scores.map((s) => s.commitments[ci]?.status === 'na'), ...diffs(percents, decimals) };
    });
    const overallPercents = scores.map(overallOf);
    return {
        commitments,
        overall: { id: 'overall', percents: overallPercents, ...diffs(overallPercents, decimals) },
        common: { ids: commonIdx.map((ci) => fw.commitments[ci]?.id), total: fw.commitments.length },
    };
}
/** Compares files already checked with frameworkMismatches (all of the first file's framework). */
export function compareAssessments(inputs) {
    const first = inputs[0];
    if (!first)
        throw new Error('compareAssessments needs at least one file');
    const fw = first.framework;
    const scores = inputs.map((i) => scoreAssessment(i.assessment, fw));
    const base = inputs.map((i) => `${i.assessment.city} ${i.assessment.date}`);
    const { commitments, overall, common } = compareScores(fw, scores);
    const files = inputs.map((input, i) => ({
        file: input.file,
        label: base.filter((b) => b === base[i]).length > 1 ? `${base[i]} (${basename(input.file)})` : base[i],
        city: input.assessment.city,
        ...(input.assessment.country ? { country: input.assessment.country } : {}),
        date: input.assessment.date,
        language: input.assessment.language,
        overall: overall.percents[i] ?? null,
    }));
    return { framework: fw, files, commitments, overall, common };
}
