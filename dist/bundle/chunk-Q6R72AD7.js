import {
  panelMessages
} from "./chunk-NIZDUSJK.js";
import {
  BenchmarkNotFoundError
} from "./chunk-3ETSSY43.js";
import {
  benchmarkText
} from "./chunk-25I2HFVG.js";
import {
  translator
} from "./chunk-LZ5AH6GU.js";
import {
  UsageError
} from "./chunk-MBAX5HX7.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/cli/benchmark-words.js
function benchmarkWords(lang, benchmark) {
  const t = translator(panelMessages, lang);
  const name = benchmarkText(benchmark, lang).name;
  return (problem, params) => t(problem, "name" in params ? { ...params, name } : params);
}
__name(benchmarkWords, "benchmarkWords");
function wordBenchmarkError(error, lang) {
  if (!(error instanceof BenchmarkNotFoundError))
    return error;
  return new UsageError(translator(panelMessages, lang)("notFound", { ref: error.ref, ids: error.ids.join(", ") || "-" }));
}
__name(wordBenchmarkError, "wordBenchmarkError");

export {
  benchmarkWords,
  wordBenchmarkError
};
