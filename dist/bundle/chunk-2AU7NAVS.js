import {
  radarMessages
} from "./chunk-KIOLZNT5.js";
import {
  isStdout
} from "./chunk-MXOEDQIZ.js";
import {
  defineCommand
} from "./chunk-GX2FPJKO.js";
import {
  pick
} from "./chunk-33AJFZ56.js";
import "./chunk-45ZBJLQG.js";
import {
  writeLine
} from "./chunk-LRCMA3RU.js";
import "./chunk-7BUI3BKP.js";
import {
  translator
} from "./chunk-LZ5AH6GU.js";
import "./chunk-32634MZU.js";
import {
  EXIT_OK,
  UsageError
} from "./chunk-MBAX5HX7.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/cli/commands/radar.js
import { extname } from "node:path";
var options = [
  { flags: "-o, --output <file>", help: "optOut" },
  { flags: "--out <file>" },
  { flags: "-b, --benchmark <id-or-file>", help: "optBenchmark" },
  { flags: "-t, --title <text>", help: "optTitle" },
  { flags: "-w, --width <pixels>", help: "optWidth", integer: { min: 480, max: 4e3 } }
];
var spec = defineCommand({
  name: "radar",
  messages: radarMessages,
  describe: /* @__PURE__ */ __name((cmd, t) => cmd.summary(t("summary")).description(t("summary")).argument("<files...>", t("argFiles")), "describe"),
  options,
  run
});
async function run(ctx, files, options2) {
  const [{ scoreAssessment }, { roleByDate, scoreSeries, seriesLabels }, { renderRadarSvg, tooManySeries }, { loadInputs }] = await Promise.all([
    import("./chunk-JY3EAMU4.js"),
    import("./chunk-FGYDTR2S.js"),
    import("./chunk-7RJANXT2.js"),
    import("./chunk-OBBFDHUH.js")
  ]);
  const t0 = translator(radarMessages, ctx.lang);
  const out = options2.output ?? options2.out;
  if (!out)
    throw new UsageError(t0("outRequired"));
  const ext = isStdout(out) ? ".svg" : extname(out).toLowerCase();
  if (ext !== ".svg" && ext !== ".png")
    throw new UsageError(t0("badExt", { file: out }));
  const width = options2.width;
  const { lang, loaded, benchmark } = await loadInputs(ctx, files, {
    ...options2.benchmark !== void 0 ? { benchmark: options2.benchmark } : {},
    sameFramework: /* @__PURE__ */ __name((lang2, file, found, first, expected) => translator(radarMessages, lang2)("mixedFrameworks", { file, found, first, expected }), "sameFramework")
  });
  const t = translator(radarMessages, lang);
  const fw = loaded[0].framework;
  const labels = seriesLabels(loaded);
  const cities = [...new Set(loaded.map((l) => l.assessment.city))].join(", ");
  const roles = roleByDate(loaded.map((l) => l.assessment.date));
  if (tooManySeries(loaded.length))
    writeLine(ctx.io.stderr, t("tooMany", { count: loaded.length }));
  const { benchmarkSeries } = await import("./chunk-ZBKIODIS.js");
  const svg = await renderRadarSvg({
    framework: fw,
    lang,
    series: loaded.map((l, i) => ({ ...scoreSeries(labels[i], scoreAssessment(l.assessment, l.framework)), ...roles[i] ? { role: roles[i] } : {} })),
    ...benchmark ? { benchmark: benchmarkSeries(benchmark, fw, lang) } : {},
    title: options2.title ?? t("defaultTitle", { framework: pick(fw.title, lang), cities }),
    ...width ? { width } : {}
  });
  const data = ext === ".svg" ? svg : (await import("./chunk-NFPYR5OL.js")).svgToPng(svg, { width: (width ?? 720) * 2 });
  await ctx.writeOutput(out, data, { said: /* @__PURE__ */ __name(() => t("written", { file: out }), "said"), to: "stdout", dash: true });
  return EXIT_OK;
}
__name(run, "run");
export {
  run,
  spec
};
