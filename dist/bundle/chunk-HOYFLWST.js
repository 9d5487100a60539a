import {
  benchmarkWords
} from "./chunk-55CTFSCM.js";
import "./chunk-NIZDUSJK.js";
import {
  checkBenchmark
} from "./chunk-EGL4J7OT.js";
import {
  frameworkMismatch
} from "./chunk-4LDCT454.js";
import "./chunk-WKKF6HMD.js";
import "./chunk-25I2HFVG.js";
import "./chunk-LZ5AH6GU.js";
import "./chunk-SS7UL4SE.js";
import "./chunk-AWAFN55Q.js";
import "./chunk-X6SSFNWH.js";
import "./chunk-U7D4YD7Z.js";
import "./chunk-XGZ3H6EM.js";
import "./chunk-T4ETVVUY.js";
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
