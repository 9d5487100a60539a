// A benchmark built from a set of assessments, the way the Global Panel 2015
// was built from expert questionnaires: per commitment, the mean of the
// assessments' percentages, over the assessments that scored it.
import { Document, isScalar } from 'yaml';
import { round, scoreAssessment } from './score.js';
import { schemaModeline } from './yaml/modeline.js';
export function buildPanel(assessments, fw, meta) {
    const scores = assessments.map((a) => scoreAssessment(a, fw));
    const values = {};
    const counts = {};
    fw.commitments.forEach((c, i) => {
        const percents = scores.map((s) => s.commitments[i]?.percent).filter((p) => typeof p === 'number');
        counts[c.id] = percents.length;
        values[c.id] = percents.length ? round(percents.reduce((s, v) => s + v, 0) / percents.length, fw.percent.decimals ?? 1) : null;
    });
    return {
        c21lab: 'benchmark/1',
        ...(meta.id ? { id: meta.id } : {}),
        name: meta.name,
        framework: fw.id,
        unit: 'percent',
        source: meta.source,
        ...(meta.year !== undefined ? { year: meta.year } : {}),
        respondents: assessments.length,
        method: meta.method(counts),
        values,
    };
}
/**
 * The benchmark as YAML, with the schema modeline first so editors validate it
 * (the repository's schema folder, when there is one, must exist already).
 */
export function panelYaml(b, outPath, inputs) {
    const doc = new Document(b);
    if (inputs?.files.length)
        doc.commentBefore = ` ${inputs.heading}\n${inputs.files.map((f) => `   ${f}`).join('\n')}`;
    // The method is prose: a folded block reads better than a long quoted line.
    const method = doc.get('method', true);
    if (isScalar(method))
        method.type = 'BLOCK_FOLDED';
    return `${schemaModeline('benchmark', outPath)}\n${doc.toString({ lineWidth: 100 })}`;
}
