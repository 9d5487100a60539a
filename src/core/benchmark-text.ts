// A benchmark's texts in one language: its own module, so the score table (score-result.ts) names a
// benchmark as the report and the radar do without loading the benchmark loader.
import type { Benchmark, Lang } from './types.js';

/** Name, source, method and notes of a benchmark in `lang`, from its translations where it has them. */
export function benchmarkText(b: Benchmark, lang: Lang): { name: string; source: string; method?: string; notes?: string } {
  const tr = b.translations?.[lang] ?? {};
  const method = tr.method ?? b.method;
  const notes = tr.notes ?? b.notes;
  return { name: tr.name ?? b.name, source: tr.source ?? b.source, ...(method ? { method } : {}), ...(notes ? { notes } : {}) };
}
