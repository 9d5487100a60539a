import {
  frameworkMessages
} from "./chunk-F7V2EPKJ.js";
import {
  isStdout,
  refuseFormatMismatch
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
import "./chunk-32634MZU.js";
import {
  PAGE_FORMATS
} from "./chunk-3NATLJHL.js";
import {
  EXIT_OK,
  FindingsError,
  UsageError
} from "./chunk-MBAX5HX7.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/cli/commands/framework.js
import { extname, join, resolve } from "node:path";
var options = [
  { flags: "--framework <id|path>", help: "optFramework" },
  { flags: "--sheet <file>", help: "optSheet" },
  { flags: "--format <format>", help: "optFormat", choices: PAGE_FORMATS }
];
var spec = defineCommand({
  name: "framework",
  messages: frameworkMessages,
  describe: /* @__PURE__ */ __name((cmd, t) => cmd.summary(t("summary")).description(t("summary")), "describe"),
  options,
  run
});
async function run(ctx, _args, options2) {
  const lang = ctx.lang;
  const t = translator(frameworkMessages, lang);
  const ref = options2.framework ?? "culture21-actions";
  const sheet = options2.sheet;
  const ext = sheet ? isStdout(sheet) ? `.${options2.format ?? "html"}` : extname(sheet).toLowerCase() : "";
  if (sheet && ![".md", ".html", ".htm"].includes(ext))
    throw new UsageError(t("sheetBadExt", { file: sheet, ext: ext || "" }));
  refuseFormatMismatch(ctx, options2.format, sheet, ext === ".md" ? "md" : "html", "--sheet");
  const fw = await frameworkFor(ref, ctx, t);
  if (!sheet) {
    const { formatFramework } = await import("./chunk-H6K2VKEF.js");
    writeLine(ctx.io.stdout, formatFramework(fw, lang, ctx.style));
    return EXIT_OK;
  }
  const { renderSheetHtml, renderSheetMarkdown } = await import("./chunk-DOXUUIOG.js");
  const out = isStdout(sheet) ? sheet : resolve(ctx.io.cwd, sheet);
  await ctx.writeOutput(out, ext === ".md" ? renderSheetMarkdown(fw, lang) : renderSheetHtml(fw, lang), { said: /* @__PURE__ */ __name(() => t("sheetWritten", { file: ctx.shown(out) }), "said"), locked: true, dash: true });
  return EXIT_OK;
}
__name(run, "run");
async function frameworkFor(ref, ctx, t) {
  const [{ loadFrameworkRef }, { isBundledRef }] = await Promise.all([import("./chunk-B3FEPWK6.js"), import("./chunk-AZX5KY2H.js")]);
  if (isBundledRef(ref)) {
    const result = loadFrameworkRef(ref, join(ctx.io.cwd, "c21lab-cli"), await ctx.validation());
    if (result.framework)
      return result.framework;
    throw new UsageError(t("cannotLoadBecause", { ref, reason: result.findings[0]?.message ?? "" }));
  }
  const { shown, report } = await ctx.loadFramework(ref);
  const errors = report.findings.filter((f) => f.severity === "error");
  if (errors.length)
    throw new FindingsError(t("cannotLoad", { ref }), errors);
  if (report.kind !== "framework")
    throw new UsageError(t("notFramework", { file: shown }));
  return report.data;
}
__name(frameworkFor, "frameworkFor");
export {
  run,
  spec
};
