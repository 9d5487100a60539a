// Loading the inputs of the output commands (score, radar, panel): many
// assessment files, fully validated, and an optional benchmark checked against
// their framework. Findings name the files as the user typed them.
import { isAbsolute, relative, resolve } from 'node:path';
import { checkBenchmark, resolveBenchmark } from '../core/benchmark.js';
import { loadAssessment } from '../core/load.js';
import { createContext } from '../core/validate/index.js';
import { seedBundledFrameworks } from '../core/frameworks/precompiled.js';
import { frameworkMismatch } from './mismatch.js';
/** `shown` is how findings name the file; it is only relative when it still reads from this process's directory. */
function shownPath(cwd, file) {
    const abs = resolve(cwd, file);
    const rel = isAbsolute(file) ? abs : relative(cwd, abs);
    return resolve(rel) === abs ? rel : abs;
}
export async function loadInputs(ctx, files, opts) {
    const vctx = createContext(ctx.io.cwd, { ...(ctx.global.lang ? { lang: ctx.global.lang } : {}), env: ctx.io.env });
    seedBundledFrameworks(vctx);
    const loaded = [];
    for (const file of files)
        loaded.push(await loadAssessment(shownPath(ctx.io.cwd, file), vctx));
    const first = loaded[0];
    const lang = ctx.langFor(first.assessment.language);
    if (opts.sameFramework) {
        for (const l of loaded) {
            if (l.framework.id !== first.framework.id) {
                throw frameworkMismatch(l, opts.sameFramework(l.file, l.framework.id, first.file, first.framework.id));
            }
        }
    }
    if (!opts.benchmark)
        return { lang, loaded };
    const benchmark = await resolveBenchmark(opts.benchmark, ctx.io.cwd, lang, vctx);
    for (const l of loaded)
        checkBenchmark(benchmark, l.framework, opts.benchmark, lang);
    return { lang, loaded, benchmark };
}
