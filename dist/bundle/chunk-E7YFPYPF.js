import {
  frameworkMismatch
} from "./chunk-RHBK6YUV.js";
import {
  benchmarkWords,
  checkBenchmark
} from "./chunk-VJJZBRQH.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/cli/inputs.js
async function loadInputs(ctx, files, opts) {
  const loaded = [];
  for (const file of files)
    loaded.push(await ctx.loadAssessment(file));
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
  const benchmark = await ctx.loadBenchmark(opts.benchmark, lang);
  for (const l of loaded)
    checkBenchmark(benchmark, l.framework, opts.benchmark, benchmarkWords(lang));
  return { lang, loaded, benchmark };
}
__name(loadInputs, "loadInputs");

export {
  loadInputs
};
