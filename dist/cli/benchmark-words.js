// The core says why a benchmark does not fit, or that it is not found, as
// codes (core/benchmark.ts); here they are put into the user's language.
import { BenchmarkNotFoundError } from '../core/benchmark.js';
import { UsageError } from '../core/errors.js';
import { benchmarkText } from '../core/benchmark-text.js';
import { translator } from '../i18n/define.js';
import { panelMessages } from '../i18n/panel.js';
/** Words the core's benchmark problems in `lang`, the benchmark named by its name in that language (its `translations`). */
export function benchmarkWords(lang, benchmark) {
    const t = translator(panelMessages, lang);
    const name = benchmarkText(benchmark, lang).name;
    return (problem, params) => t(problem, 'name' in params ? { ...params, name } : params);
}
/** A BenchmarkNotFoundError, worded; anything else as it was. */
export function wordBenchmarkError(error, lang) {
    if (!(error instanceof BenchmarkNotFoundError))
        return error;
    return new UsageError(translator(panelMessages, lang)('notFound', { ref: error.ref, ids: error.ids.join(', ') || '-' }));
}
