// Loading the inputs of the output commands (score, radar, panel): many
// assessment files, fully validated, and an optional benchmark checked against
// their framework. Findings name the files as the user typed them.
import { benchmarkWords } from './benchmark-words.js';
import { checkBenchmark } from '../core/benchmark.js';
import { frameworkMismatch } from './mismatch.js';
export async function loadInputs(ctx, files, opts) {
    const loaded = [];
    for (const file of files)
        loaded.push(await ctx.loadAssessment(file));
    const first = loaded[0];
    // Findings about the inputs in the first file's language (by the run's rule), as the output is.
    const lang = ctx.langFor(first.assessment.language);
    if (opts.sameFramework) {
        for (const l of loaded) {
            if (l.framework.id !== first.framework.id) {
                throw frameworkMismatch(l, opts.sameFramework(lang, l.file, l.framework.id, first.file, first.framework.id));
            }
        }
    }
    if (!opts.benchmark)
        return { lang, loaded };
    const benchmark = await ctx.loadBenchmark(opts.benchmark, lang);
    for (const l of loaded)
        checkBenchmark(benchmark, l.framework, opts.benchmark, benchmarkWords(lang, benchmark));
    return { lang, loaded, benchmark };
}
