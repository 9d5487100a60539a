import {
  renderRadarSvg,
  tooManySeries
} from "./chunk-VI2QAVTX.js";
import {
  radarMessages
} from "./chunk-QNA37M3W.js";
import {
  loadInputs
} from "./chunk-E7YFPYPF.js";
import "./chunk-RHBK6YUV.js";
import "./chunk-7L52Y7XC.js";
import "./chunk-MAVHN6RG.js";
import {
  scoreAssessment
} from "./chunk-COHI7RYH.js";
import "./chunk-UFYCAIRZ.js";
import {
  benchmarkSeries
} from "./chunk-VJJZBRQH.js";
import "./chunk-4AC42IWQ.js";
import "./chunk-7OUNB2G2.js";
import "./chunk-PU3MV42Y.js";
import {
  writeLine
} from "./chunk-LRCMA3RU.js";
import "./chunk-22C5BNJH.js";
import "./chunk-4DPCYR2Y.js";
import "./chunk-STYSJCYH.js";
import {
  EXIT_OK,
  UsageError
} from "./chunk-EV44LTU6.js";
import {
  pick
} from "./chunk-33AJFZ56.js";
import "./chunk-662D3GRZ.js";
import "./chunk-F2OHDRQX.js";
import "./chunk-AWUMD5N3.js";
import {
  translator
} from "./chunk-HIJOWT7U.js";
import {
  roleByDate,
  scoreSeries,
  seriesLabels
} from "./chunk-Y5THGLXN.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/cli/commands/radar.js
import { extname } from "node:path";
async function run(ctx, files, options) {
  const t0 = translator(radarMessages, ctx.lang);
  const out = options.output ?? options.out;
  if (!out)
    throw new UsageError(t0("outRequired"));
  const ext = extname(out).toLowerCase();
  if (ext !== ".svg" && ext !== ".png")
    throw new UsageError(t0("badExt", { file: out }));
  let width;
  if (options.width !== void 0) {
    width = Number(options.width);
    if (!Number.isInteger(width) || width < 480 || width > 4e3)
      throw new UsageError(t0("badWidth", { value: options.width }));
  }
  const { lang, loaded, benchmark } = await loadInputs(ctx, files, {
    ...options.benchmark !== void 0 ? { benchmark: options.benchmark } : {},
    sameFramework: /* @__PURE__ */ __name((file, found, first, expected) => t0("mixedFrameworks", { file, found, first, expected }), "sameFramework")
  });
  const t = translator(radarMessages, lang);
  const fw = loaded[0].framework;
  const labels = seriesLabels(loaded);
  const cities = [...new Set(loaded.map((l) => l.assessment.city))].join(", ");
  const roles = roleByDate(loaded.map((l) => l.assessment.date));
  if (tooManySeries(loaded.length))
    writeLine(ctx.io.stderr, t("tooMany", { count: loaded.length }));
  const svg = await renderRadarSvg({
    framework: fw,
    lang,
    series: loaded.map((l, i) => ({ ...scoreSeries(labels[i], scoreAssessment(l.assessment, l.framework)), ...roles[i] ? { role: roles[i] } : {} })),
    ...benchmark ? { benchmark: benchmarkSeries(benchmark, fw, lang) } : {},
    title: options.title ?? t("defaultTitle", { framework: pick(fw.title, lang), cities }),
    ...width ? { width } : {}
  });
  const data = ext === ".svg" ? svg : (await import("./chunk-BDMWEIN5.js")).svgToPng(svg, { width: (width ?? 720) * 2 });
  await ctx.writeOutput(ctx.path(out), data, () => t("written", { file: out }), "stdout");
  return EXIT_OK;
}
__name(run, "run");
export {
  run
};
