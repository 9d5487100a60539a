import {
  benchmarkWords
} from "./chunk-4DK62UQD.js";
import "./chunk-WQTPIN4R.js";
import {
  checkBenchmark
} from "./chunk-PPQ6STJZ.js";
import {
  frameworkMismatch
} from "./chunk-F5GM6LT6.js";
import "./chunk-25I2HFVG.js";
import "./chunk-PWHNE7TS.js";
import "./chunk-LZ5AH6GU.js";
import "./chunk-GA5X7DHW.js";
import "./chunk-F6EMD4QW.js";
import "./chunk-AWAFN55Q.js";
import "./chunk-T4ETVVUY.js";
import "./chunk-7YAKIFV4.js";
import "./chunk-EOXIC4AX.js";
import "./chunk-WFSRVUYZ.js";
import "./chunk-WZYB4VWF.js";
import "./chunk-P3QU5RUN.js";
import "./chunk-G7SAKLJI.js";
import "./chunk-3KCYFVBE.js";
import "./chunk-4FS4IW5A.js";
import "./chunk-ZBHTD6MM.js";
import "./chunk-24SS6AOI.js";
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
