import {
  writeReport
} from "./chunk-HWVAVYZH.js";
import {
  reportMessages
} from "./chunk-H4M6G6GW.js";
import {
  scoreMessages
} from "./chunk-BJPECSQD.js";
import {
  refuseDashFolder
} from "./chunk-MXOEDQIZ.js";
import {
  defineCommand
} from "./chunk-GX2FPJKO.js";
import "./chunk-45ZBJLQG.js";
import {
  writeLine
} from "./chunk-LRCMA3RU.js";
import "./chunk-7BUI3BKP.js";
import {
  translator
} from "./chunk-LZ5AH6GU.js";
import "./chunk-PRJEF4EG.js";
import "./chunk-OXRPQCAO.js";
import {
  DATA_DIR
} from "./chunk-24SS6AOI.js";
import "./chunk-32634MZU.js";
import "./chunk-3NATLJHL.js";
import {
  EXIT_OK
} from "./chunk-MBAX5HX7.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/cli/commands/demo.js
import { join } from "node:path";
var options = [
  { flags: "--lang <lang>", choices: ["en", "fr", "es"] }
];
var spec = defineCommand({
  name: "demo",
  messages: reportMessages,
  describe: /* @__PURE__ */ __name((cmd, t) => cmd.summary(t("demoSummary")).description(t("demoSummary")).argument("[dir]", t("argDir")), "describe"),
  options,
  run
});
var DEMO_FILE = join(DATA_DIR, "examples", "exampleville-2026.yaml");
var DEMO_COMPARE = join(DATA_DIR, "examples", "exampleville-2024.yaml");
var DEMO_BENCHMARK = "example-panel";
async function run(ctx, args) {
  refuseDashFolder(ctx, args[0], "c21lab demo DIR");
  const [{ scoreFile }, { conventionalReviewPath, loadReview }, { svgToPng }, { renderRadarSvg }, { scoreSeries, seriesLabels }, { ReportRenderer }, { scoreTable }, { scoreAssessment }] = await Promise.all([
    import("./chunk-5DNZ2B6I.js"),
    import("./chunk-P6RJOWZF.js"),
    import("./chunk-NFPYR5OL.js"),
    import("./chunk-7RJANXT2.js"),
    import("./chunk-FGYDTR2S.js"),
    import("./chunk-VSMDCZPO.js"),
    import("./chunk-I446XFDL.js"),
    import("./chunk-JY3EAMU4.js")
  ]);
  const lang = ctx.lang;
  const t = translator(reportMessages, lang);
  const shown = ctx.shown;
  const dir = ctx.path(args[0] ?? "c21lab-demo");
  const [{ benchmarkWords }, { benchmarkSeries, benchmarkText, checkBenchmark }] = await Promise.all([
    import("./chunk-S3LRRT2X.js"),
    import("./chunk-ZBKIODIS.js")
  ]);
  const main = await ctx.loadAssessment(DEMO_FILE);
  const other = await ctx.loadAssessment(DEMO_COMPARE);
  const benchmark = await ctx.loadBenchmark(DEMO_BENCHMARK, lang);
  checkBenchmark(benchmark, main.framework, DEMO_BENCHMARK, benchmarkWords(lang, benchmark));
  const fw = main.framework;
  writeLine(ctx.io.stdout, t("demoIntro", { file: "exampleville-2026.yaml", other: "exampleville-2024.yaml", benchmark: benchmarkText(benchmark, lang).name }));
  writeLine(ctx.io.stdout);
  const labels = seriesLabels([main, other]);
  const table = scoreFile("exampleville-2026.yaml", labels[0], main.assessment, fw, lang, benchmark);
  ctx.io.stdout.write(scoreTable([table], translator(scoreMessages, lang), ctx.style, lang));
  writeLine(ctx.io.stdout);
  const written = [];
  const series = [main, other].map((l, i) => ({
    ...scoreSeries(labels[i], scoreAssessment(l.assessment, fw)),
    role: i === 0 ? "current" : "earlier"
  }));
  const svg = await renderRadarSvg({ framework: fw, lang, series, benchmark: benchmarkSeries(benchmark, fw, lang), title: main.assessment.title ?? main.assessment.city });
  await ctx.writeOutput(join(dir, "radar.svg"), svg.endsWith("\n") ? svg : svg + "\n");
  await ctx.writeOutput(join(dir, "radar.png"), svgToPng(svg, { width: 1440 }));
  written.push(join(dir, "radar.svg"), join(dir, "radar.png"));
  const renderer = new ReportRenderer(lang);
  const input = {
    assessment: main.assessment,
    framework: fw,
    fileName: "exampleville-2026.yaml",
    compare: { assessment: other.assessment, framework: other.framework, fileName: "exampleville-2024.yaml" },
    benchmark,
    // The bundled (fictional) review beside the example: the expert's text around the scores.
    review: await loadReview(conventionalReviewPath(DEMO_FILE), await ctx.validation())
  };
  written.push(...await writeReport(ctx, join(dir, "report.html"), await renderer.render(input, "html", lang)));
  written.push(...await writeReport(ctx, join(dir, "report.md"), await renderer.render(input, "md", lang, "report")));
  writeLine(ctx.io.stdout, ctx.style.bold(t("demoFiles")));
  for (const p of written)
    writeLine(ctx.io.stdout, `  ${shown(p)}`);
  writeLine(ctx.io.stdout);
  writeLine(ctx.io.stdout, t("demoNext", { file: shown(join(dir, "report.html")) }));
  return EXIT_OK;
}
__name(run, "run");
export {
  DEMO_BENCHMARK,
  DEMO_COMPARE,
  DEMO_FILE,
  run,
  spec
};
