import {
  benchmarkWords
} from "./chunk-HA3IP7NZ.js";
import "./chunk-WQTPIN4R.js";
import {
  frameworkMismatch
} from "./chunk-GDUN3VUJ.js";
import {
  checkBenchmark
} from "./chunk-34B2APRF.js";
import "./chunk-SW23T74D.js";
import "./chunk-25I2HFVG.js";
import "./chunk-LZ5AH6GU.js";
import "./chunk-CH77I3II.js";
import "./chunk-AWAFN55Q.js";
import "./chunk-37EJ44QY.js";
import "./chunk-U7D4YD7Z.js";
import "./chunk-T4ETVVUY.js";
import "./chunk-7YAKIFV4.js";
import "./chunk-EOXIC4AX.js";
import "./chunk-WFSRVUYZ.js";
import "./chunk-WZYB4VWF.js";
import "./chunk-P3QU5RUN.js";
import "./chunk-MDLKL7NM.js";
import "./chunk-6LKABYWT.js";
import "./chunk-XGZ3H6EM.js";
import "./chunk-24SS6AOI.js";
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
