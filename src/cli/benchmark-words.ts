// The core says why a benchmark does not fit, or that it is not found, as
// codes (core/benchmark.ts); here they are put into the user's language.
import { BenchmarkNotFoundError, type BenchmarkWording } from '../core/benchmark.js';
import { UsageError } from '../core/errors.js';
import type { Lang } from '../core/types.js';
import { translator } from '../i18n/define.js';
import { panelMessages } from '../i18n/panel.js';

export function benchmarkWords(lang: Lang): BenchmarkWording {
  const t = translator(panelMessages, lang);
  return (problem, params) => t(problem, params);
}

/** A BenchmarkNotFoundError, worded; anything else as it was. */
export function wordBenchmarkError(error: unknown, lang: Lang): unknown {
  if (!(error instanceof BenchmarkNotFoundError)) return error;
  return new UsageError(translator(panelMessages, lang)('notFound', { ref: error.ref, ids: error.ids.join(', ') || '-' }));
}
