import {
  reportMessages
} from "./chunk-H4M6G6GW.js";
import {
  isStdout,
  refuseBinaryOnTerminal,
  refuseDashFolder
} from "./chunk-MXOEDQIZ.js";
import {
  defineCommand
} from "./chunk-GX2FPJKO.js";
import {
  writeLine
} from "./chunk-LRCMA3RU.js";
import {
  translator
} from "./chunk-LZ5AH6GU.js";
import {
  syncFolders
} from "./chunk-PRJEF4EG.js";
import {
  REPORT_FORMATS
} from "./chunk-3NATLJHL.js";
import {
  EXIT_OK,
  FindingsError,
  InvalidFileError,
  UsageError
} from "./chunk-MBAX5HX7.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/cli/commands/report.js
import { existsSync, lstatSync, readlinkSync, statSync } from "node:fs";
import { basename, dirname, extname, join, resolve } from "node:path";
var options = [
  { flags: "-o, --output <file>", help: "optOutput" },
  { flags: "--out-dir <dir>", help: "optOutDir" },
  { flags: "--format <format>", help: "optFormat", choices: REPORT_FORMATS },
  { flags: "--template <dir>", help: "optTemplate" },
  { flags: "--benchmark <id|file>", help: "optBenchmark" },
  { flags: "--compare <file>", help: "optCompare" },
  { flags: "--review <file>", help: "optReview" },
  { flags: "--browser <path>", help: "optBrowser" },
  { flags: "--lang <lang>", choices: ["en", "fr", "es"] }
];
var spec = defineCommand({
  name: "report",
  messages: reportMessages,
  describe: /* @__PURE__ */ __name((cmd, t) => cmd.summary(t("summary")).description(`${t("summary")}

${t("templateIsCode")}`).argument("<files...>", t("argFiles")), "describe"),
  options,
  run
});
function formatOf(file) {
  const ext = extname(file).toLowerCase();
  return ext === ".md" ? "md" : ext === ".html" || ext === ".htm" ? "html" : ext === ".pdf" ? "pdf" : ext === ".docx" ? "docx" : void 0;
}
__name(formatOf, "formatOf");
async function writeReport(ctx, path, out, deferFolderSync) {
  const written = [];
  const batch = deferFolderSync ? { deferFolderSync } : {};
  for (const asset of out.assets) {
    const p = join(dirname(path), asset.name);
    await ctx.writeOutput(p, asset.content, batch);
    written.push(p);
  }
  await ctx.writeOutput(path, out.text, { dash: true, ...batch });
  return isStdout(path) ? written : [path, ...written];
}
__name(writeReport, "writeReport");
function refuseBrokenLink(path, shownAs, t) {
  let link;
  try {
    link = lstatSync(path);
  } catch {
    return;
  }
  if (!link.isSymbolicLink())
    return;
  try {
    statSync(path);
  } catch (error) {
    const code = error.code;
    if (code === "ELOOP")
      throw new UsageError(t("reviewLinkLoop", { file: shownAs }));
    if (code === "ENOENT" || code === "ENOTDIR")
      throw new UsageError(t("reviewLinkMissing", { file: shownAs, target: readlinkSync(path) }));
  }
}
__name(refuseBrokenLink, "refuseBrokenLink");
function progressBar(ctx, total) {
  const on = Boolean(ctx.io.stderr.isTTY) && total > 1;
  const width = 24;
  return {
    tick(done, name) {
      if (!on)
        return;
      const filled = Math.round(done / total * width);
      const label = name.length > 40 ? "\u2026" + name.slice(-39) : name;
      ctx.io.stderr.write(`\r\x1B[2K[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${done}/${total} ${label}`);
    },
    end() {
      if (on)
        ctx.io.stderr.write("\r\x1B[2K");
    }
  };
}
__name(progressBar, "progressBar");
async function run(ctx, args, options2) {
  const pdf = {};
  try {
    return await runReport(ctx, args, options2, pdf);
  } catch (error) {
    throw await browserStartWords(error, ctx);
  } finally {
    await pdf.printer?.close();
  }
}
__name(run, "run");
async function browserStartWords(error, ctx) {
  if (!(error instanceof Error) || error.name !== "BrowserStartError")
    return error;
  const e = error;
  const [{ visible }, { BROWSER_ENV }] = await Promise.all([import("./chunk-36RZWV76.js"), import("./chunk-5R2YBN4R.js")]);
  const t = translator(reportMessages, ctx.lang);
  const f = e.failure;
  const why = f.kind === "timeout" ? t("browserTimeout", { seconds: f.seconds }) : f.kind === "exit" ? t("browserExit", { code: String(f.code) }) : f.kind === "signal" ? t("browserSignal", { signal: f.signal }) : f.message;
  const said = t("browserDidNotStart", { browser: visible(e.executable), why: visible(why), env: BROWSER_ENV });
  return new UsageError(e.stderr ? `${said} \u2014 ${visible(e.stderr.split(/\s*\n\s*/).join(" / "))}` : said, t("noBrowserHint"));
}
__name(browserStartWords, "browserStartWords");
async function runReport(ctx, args, options2, pdf) {
  const cwd = ctx.cwd;
  const uiLang = ctx.lang;
  const t = translator(reportMessages, uiLang);
  const shown = ctx.shown;
  if (options2.output && options2.outDir)
    throw new UsageError(t("outAndOutDir"));
  refuseDashFolder(ctx, options2.outDir, "--out-dir", uiLang);
  if (args.length > 1 && !options2.outDir)
    throw new UsageError(t("manyNeedOutDir", { count: args.length }));
  let format = options2.format ?? "html";
  if (isStdout(options2.output)) {
    if (format === "pdf" || format === "docx")
      refuseBinaryOnTerminal(ctx, format, uiLang);
  } else if (options2.output) {
    const f = formatOf(options2.output);
    if (!f)
      throw new UsageError(t("badExtension", { file: options2.output }));
    format = f;
  } else if (!options2.outDir && format !== "html") {
    throw new UsageError(t("badExtension", { file: "-" }), `c21lab report FILE -o report.${format}`);
  }
  const binary = format === "pdf" ? await (await import("./chunk-A4HTSA4G.js")).startPdfRun(await pdfBrowser(options2.browser, ctx.io.env, t), pdf) : {};
  const [{ ReportRenderer }, { renderReportFile }, { frameworkMismatch }, { conventionalReviewPath, loadReview }, { visible }] = await Promise.all([
    import("./chunk-VSMDCZPO.js"),
    import("./chunk-A4HTSA4G.js"),
    import("./chunk-BDNCEZ4T.js"),
    import("./chunk-P6RJOWZF.js"),
    import("./chunk-36RZWV76.js")
  ]);
  const renderer = new ReportRenderer(uiLang, options2.template !== void 0 ? resolve(cwd, options2.template) : void 0);
  const vctx = await ctx.validation();
  const benchmark = options2.benchmark !== void 0 ? await ctx.loadBenchmark(options2.benchmark, uiLang) : void 0;
  const compare = options2.compare !== void 0 ? await ctx.loadAssessment(options2.compare) : void 0;
  if (options2.review !== void 0 && args.length > 1)
    throw new UsageError(t("reviewOneFile"));
  const explicitPath = options2.review !== void 0 ? resolve(cwd, options2.review) : void 0;
  if (options2.review !== void 0)
    refuseBrokenLink(explicitPath, shown(options2.review), t);
  const explicitReview = options2.review !== void 0 ? await loadReview(shown(options2.review), vctx) : void 0;
  const reviewOf = /* @__PURE__ */ __name(async (file, lang) => {
    const assessmentPath = resolve(cwd, file);
    const path = explicitPath ?? conventionalReviewPath(assessmentPath);
    if (!explicitPath)
      refuseBrokenLink(path, shown(path), translator(reportMessages, lang));
    const review = explicitReview ?? (existsSync(path) ? await loadReview(shown(path), vctx) : void 0);
    if (review?.assessment !== void 0 && resolve(dirname(path), review.assessment) !== assessmentPath) {
      writeLine(ctx.io.stderr, visible(translator(reportMessages, lang)("reviewOtherAssessment", { review: shown(path), named: review.assessment, file: shown(assessmentPath) })));
    }
    return review;
  }, "reviewOf");
  const fileLangs = /* @__PURE__ */ new Map();
  const [{ benchmarkWords }, { checkBenchmark }, { wordCoreError }] = await Promise.all([import("./chunk-S3LRRT2X.js"), import("./chunk-ZBKIODIS.js"), import("./chunk-AXMMNOKG.js")]);
  const prepare = /* @__PURE__ */ __name(async (file) => {
    const loaded = await ctx.loadAssessment(file);
    fileLangs.set(file, loaded.assessment.language);
    const lang = ctx.langFor(loaded.assessment.language);
    const review = await reviewOf(file, lang);
    if (benchmark && options2.benchmark !== void 0)
      checkBenchmark(benchmark, loaded.framework, options2.benchmark, benchmarkWords(lang, benchmark));
    if (compare && compare.framework.id !== loaded.framework.id) {
      throw frameworkMismatch(compare, translator(reportMessages, lang)("frameworkMismatch", { other: compare.file, theirs: compare.framework.id, file: loaded.file, ours: loaded.framework.id }));
    }
    const input = {
      assessment: loaded.assessment,
      framework: loaded.framework,
      fileName: basename(file),
      ...compare ? { compare: { assessment: compare.assessment, framework: compare.framework, fileName: basename(compare.file) } } : {},
      ...benchmark ? { benchmark } : {},
      ...review ? { review } : {}
    };
    return { input, lang };
  }, "prepare");
  if (!options2.outDir) {
    const { input, lang } = await prepare(args[0]);
    if (!options2.output) {
      const out2 = await renderer.render(input, "html", lang);
      ctx.io.stdout.write(out2.text);
      return EXIT_OK;
    }
    const dash = isStdout(options2.output);
    const target = dash ? options2.output : resolve(cwd, options2.output);
    const base = dash ? basename(args[0]).replace(/\.ya?ml$/i, "") : basename(target, extname(target));
    const out = await renderReportFile(renderer, input, format, lang, base, binary);
    pdf.printer?.close().catch(() => void 0);
    const said2 = translator(reportMessages, lang);
    for (const p of await writeReport(ctx, target, { text: out.data, assets: out.assets }))
      writeLine(ctx.io.stderr, said2("wrote", { file: shown(p) }));
    return EXIT_OK;
  }
  const dir = resolve(cwd, options2.outDir);
  const names = /* @__PURE__ */ new Map();
  for (const file of args) {
    const name = basename(file).replace(/\.ya?ml$/i, "");
    const before = names.get(name);
    if (before !== void 0)
      throw new UsageError(t("sameOutputName", { name: `${name}.${format}`, first: before, second: file }));
    names.set(name, file);
  }
  const bar = progressBar(ctx, args.length);
  renderer.between = () => new Promise((done2) => setImmediate(done2));
  const failed = [];
  let done = 0;
  let ok = 0;
  const fail = /* @__PURE__ */ __name((file, error) => {
    if (!(error instanceof FindingsError)) {
      bar.end();
      throw error;
    }
    if (!fileLangs.has(file))
      fileLangs.set(file, error instanceof InvalidFileError ? error.language : void 0);
    const worded = wordCoreError(error, uiLang, ctx.langFor);
    failed.push(...worded.findings.length ? worded.findings : [{ file, line: 1, column: 1, severity: "error", rule: "report-failed", message: error.message }]);
    bar.end();
  }, "fail");
  let writing;
  const folders = /* @__PURE__ */ new Set();
  const settle = /* @__PURE__ */ __name(async () => {
    if (!writing)
      return;
    const { file, done: outcome } = writing;
    writing = void 0;
    const error = await outcome;
    if (error !== void 0)
      fail(file, error);
    else
      ok++;
  }, "settle");
  try {
    for (const [name, file] of names) {
      bar.tick(done, file);
      try {
        const { input, lang } = await prepare(file);
        const out = await renderReportFile(renderer, input, format, lang, name, binary);
        await settle();
        const outcome = writeReport(ctx, join(dir, `${name}.${format}`), { text: out.data, assets: out.assets }, folders).then(() => void 0, (error) => error ?? new Error(String(error)));
        writing = { file, done: outcome };
      } catch (error) {
        await settle();
        fail(file, error);
      }
      done++;
    }
    await settle();
  } finally {
    await syncFolders(folders);
  }
  bar.tick(done, "");
  bar.end();
  const batchLang = ctx.langForAll(fileLangs.values());
  const said = translator(reportMessages, batchLang);
  writeLine(ctx.io.stderr, said("wroteCount", { count: ok, dir: shown(dir) }));
  if (failed.length)
    throw new FindingsError(said("someFailed", { failed: args.length - ok, total: args.length }), failed);
  return EXIT_OK;
}
__name(runReport, "runReport");
async function pdfBrowser(flag, env, t) {
  const { BROWSER_ENV, browserExists, findBrowser } = await import("./chunk-5R2YBN4R.js");
  const found = findBrowser({ ...flag ? { flag } : {}, env });
  if (!found)
    throw new UsageError(t("noBrowser", { env: BROWSER_ENV }), t("noBrowserHint"));
  if ((found.from === "flag" || found.from === "env") && !browserExists(found.path)) {
    throw new UsageError(t("badBrowser", { path: found.path, from: found.from === "flag" ? "--browser" : BROWSER_ENV }), t("noBrowserHint"));
  }
  return { browser: found.path, noSandbox: typeof process.getuid === "function" && process.getuid() === 0 };
}
__name(pdfBrowser, "pdfBrowser");

export {
  spec,
  formatOf,
  writeReport,
  run
};
