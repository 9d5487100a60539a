import {
  benchmarkWords
} from "./chunk-Q6R72AD7.js";
import "./chunk-NIZDUSJK.js";
import {
  checkBenchmark
} from "./chunk-3ETSSY43.js";
import {
  frameworkMismatch
} from "./chunk-RWBLEMBB.js";
import "./chunk-B5SSD7WI.js";
import "./chunk-25I2HFVG.js";
import "./chunk-LZ5AH6GU.js";
import "./chunk-YSR5SL6V.js";
import "./chunk-AWAFN55Q.js";
import "./chunk-SDRMK5ZG.js";
import "./chunk-U7D4YD7Z.js";
import "./chunk-XGZ3H6EM.js";
import "./chunk-VHFQKG57.js";
import "./chunk-YUBBXHND.js";
import "./chunk-VQLYC3U5.js";
import "./chunk-WZYB4VWF.js";
import "./chunk-P3QU5RUN.js";
import "./chunk-6EDDZTSC.js";
import "./chunk-24SS6AOI.js";
import "./chunk-32634MZU.js";
import "./chunk-MBAX5HX7.js";
import "./chunk-QKMJRXT4.js";
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
__name(loadInputs, "loadInputs");
export {
  loadInputs
};
