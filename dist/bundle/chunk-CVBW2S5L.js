import {
  isFormatName
} from "./chunk-AC2FYX2Z.js";
import {
  loadInputs
} from "./chunk-E7YFPYPF.js";
import "./chunk-RHBK6YUV.js";
import {
  scoreFile
} from "./chunk-IVBLSKZP.js";
import {
  scoreMessages
} from "./chunk-GX3SERM7.js";
import "./chunk-COHI7RYH.js";
import "./chunk-VJJZBRQH.js";
import "./chunk-4AC42IWQ.js";
import "./chunk-7OUNB2G2.js";
import {
  SCORE_FORMATS
} from "./chunk-3T237TWD.js";
import "./chunk-22C5BNJH.js";
import "./chunk-4DPCYR2Y.js";
import "./chunk-STYSJCYH.js";
import {
  EXIT_OK,
  UsageError
} from "./chunk-EV44LTU6.js";
import "./chunk-33AJFZ56.js";
import "./chunk-662D3GRZ.js";
import "./chunk-F2OHDRQX.js";
import "./chunk-AWUMD5N3.js";
import {
  translator
} from "./chunk-HIJOWT7U.js";
import {
  seriesLabels
} from "./chunk-Y5THGLXN.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/cli/commands/score.js
var run = /* @__PURE__ */ __name(async (ctx, files, options) => {
  const format = options.format;
  if (!isFormatName(SCORE_FORMATS, format)) {
    const t0 = translator(scoreMessages, ctx.lang);
    throw new UsageError(t0("badFormat", { format }));
  }
  const { lang, loaded, benchmark } = await loadInputs(ctx, files, {
    ...options.benchmark !== void 0 ? { benchmark: options.benchmark } : {}
  });
  const t = translator(scoreMessages, lang);
  const labels = seriesLabels(loaded);
  const results = loaded.map((l, i) => scoreFile(l.file, labels[i], l.assessment, l.framework, lang, benchmark));
  const { scoreFormatters } = await import("./chunk-5K52BXOS.js");
  ctx.io.stdout.write(scoreFormatters[format].format(results, { lang, t, style: ctx.style }));
  return EXIT_OK;
}, "run");
export {
  run
};
