import {
  frameworkMismatch
} from "./chunk-FRJ4AVM4.js";
import {
  benchmarkWords
} from "./chunk-BHJSM6GA.js";
import {
  checkBenchmark
} from "./chunk-IZPU6IQA.js";
import "./chunk-4AC42IWQ.js";
import "./chunk-3M3ZZBNR.js";
import "./chunk-HIJOWT7U.js";
import "./chunk-W5PFSC24.js";
import "./chunk-2JGY7DMZ.js";
import "./chunk-4T7WDUOI.js";
import "./chunk-STYSJCYH.js";
import "./chunk-662D3GRZ.js";
import "./chunk-EV44LTU6.js";
import "./chunk-IV5YXIOA.js";
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
