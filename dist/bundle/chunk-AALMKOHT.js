import {
  ReportRenderer,
  writeReport
} from "./chunk-FRM6NYMB.js";
import {
  conventionalReviewPath,
  loadReview
} from "./chunk-5BREIV3R.js";
import {
  reportMessages
} from "./chunk-ISB54QFW.js";
import {
  svgToPng
} from "./chunk-OXWGOXZ7.js";
import {
  renderRadarSvg
} from "./chunk-VI2QAVTX.js";
import "./chunk-QNA37M3W.js";
import "./chunk-RHBK6YUV.js";
import "./chunk-7L52Y7XC.js";
import {
  scoreTable
} from "./chunk-YHYAGERO.js";
import "./chunk-32UPQTEW.js";
import {
  scoreFile
} from "./chunk-IVBLSKZP.js";
import {
  scoreMessages
} from "./chunk-GX3SERM7.js";
import "./chunk-MAVHN6RG.js";
import {
  scoreAssessment
} from "./chunk-COHI7RYH.js";
import "./chunk-T5NSX55B.js";
import "./chunk-UFYCAIRZ.js";
import {
  benchmarkSeries,
  benchmarkWords,
  checkBenchmark,
  resolveBenchmark
} from "./chunk-VJJZBRQH.js";
import "./chunk-4AC42IWQ.js";
import {
  loadAssessment
} from "./chunk-7OUNB2G2.js";
import "./chunk-PU3MV42Y.js";
import "./chunk-4QM3XXAH.js";
import {
  atomicWrite
} from "./chunk-R3OE72S3.js";
import {
  writeLine
} from "./chunk-LRCMA3RU.js";
import {
  createContext
} from "./chunk-22C5BNJH.js";
import "./chunk-4DPCYR2Y.js";
import "./chunk-STYSJCYH.js";
import {
  EXIT_OK
} from "./chunk-EV44LTU6.js";
import "./chunk-33AJFZ56.js";
import {
  DATA_DIR
} from "./chunk-662D3GRZ.js";
import "./chunk-F2OHDRQX.js";
import "./chunk-AWUMD5N3.js";
import {
  translator
} from "./chunk-HIJOWT7U.js";
import {
  scoreSeries,
  seriesLabels
} from "./chunk-Y5THGLXN.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/cli/commands/demo.js
import { mkdir } from "node:fs/promises";
import { join, resolve } from "node:path";
var DEMO_FILE = join(DATA_DIR, "examples", "exampleville-2026.yaml");
var DEMO_COMPARE = join(DATA_DIR, "examples", "exampleville-2024.yaml");
var DEMO_BENCHMARK = "example-panel";
async function run(ctx, args) {
  const cwd = ctx.io.cwd;
  const lang = ctx.lang;
  const t = translator(reportMessages, lang);
  const shown = ctx.shown;
  const dir = resolve(cwd, args[0] ?? "c21lab-demo");
  const vctx = createContext(DATA_DIR);
  const main = await loadAssessment(DEMO_FILE, vctx);
  const other = await loadAssessment(DEMO_COMPARE, vctx);
  const benchmark = await resolveBenchmark(DEMO_BENCHMARK, cwd, lang);
  checkBenchmark(benchmark, main.framework, DEMO_BENCHMARK, benchmarkWords(lang));
  const fw = main.framework;
  writeLine(ctx.io.stdout, t("demoIntro", { file: "exampleville-2026.yaml", other: "exampleville-2024.yaml", benchmark: benchmark.name }));
  writeLine(ctx.io.stdout);
  const labels = seriesLabels([main, other]);
  const table = scoreFile("exampleville-2026.yaml", labels[0], main.assessment, fw, lang, benchmark);
  ctx.io.stdout.write(scoreTable([table], translator(scoreMessages, lang), ctx.style, lang));
  writeLine(ctx.io.stdout);
  await mkdir(dir, { recursive: true });
  const written = [];
  const series = [main, other].map((l, i) => ({
    ...scoreSeries(labels[i], scoreAssessment(l.assessment, fw)),
    role: i === 0 ? "current" : "earlier"
  }));
  const svg = await renderRadarSvg({ framework: fw, lang, series, benchmark: benchmarkSeries(benchmark, fw, lang), title: main.assessment.title ?? main.assessment.city });
  await atomicWrite(join(dir, "radar.svg"), svg.endsWith("\n") ? svg : svg + "\n");
  await atomicWrite(join(dir, "radar.png"), svgToPng(svg, { width: 1440 }));
  written.push(join(dir, "radar.svg"), join(dir, "radar.png"));
  const renderer = new ReportRenderer(lang);
  const input = {
    assessment: main.assessment,
    framework: fw,
    fileName: "exampleville-2026.yaml",
    compare: { assessment: other.assessment, framework: other.framework, fileName: "exampleville-2024.yaml" },
    benchmark,
    // The bundled (fictional) review beside the example: the expert's text around the scores.
    review: await loadReview(conventionalReviewPath(DEMO_FILE), vctx)
  };
  written.push(...await writeReport(join(dir, "report.html"), await renderer.render(input, "html", lang)));
  written.push(...await writeReport(join(dir, "report.md"), await renderer.render(input, "md", lang, "report")));
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
  run
};
