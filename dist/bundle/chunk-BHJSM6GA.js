import {
  BenchmarkNotFoundError
} from "./chunk-IZPU6IQA.js";
import {
  panelMessages
} from "./chunk-4AC42IWQ.js";
import {
  translator
} from "./chunk-HIJOWT7U.js";
import {
  UsageError
} from "./chunk-EV44LTU6.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/cli/benchmark-words.js
function benchmarkWords(lang) {
  const t = translator(panelMessages, lang);
  return (problem, params) => t(problem, params);
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
