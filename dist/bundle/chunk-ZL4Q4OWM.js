import {
  defineCommand
} from "./chunk-GX2FPJKO.js";
import {
  validateMessages
} from "./chunk-DDMMEGKX.js";
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
  VALIDATE_FORMATS
} from "./chunk-3NATLJHL.js";
import {
  EXIT_FINDINGS,
  EXIT_OK,
  UsageError
} from "./chunk-MBAX5HX7.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/cli/commands/validate.js
var options = [
  { flags: "-f, --format <format>", help: "optFormat", choices: VALIDATE_FORMATS },
  { flags: "-q, --quiet", help: "optQuiet" },
  { flags: "--strict", help: "optStrict" },
  { flags: "--changed-since <ref>", help: "optChangedSince" }
];
var spec = defineCommand({
  name: "validate",
  messages: validateMessages,
  describe: /* @__PURE__ */ __name((cmd, t) => cmd.summary(t("summary")).description(t("summary")).argument("[paths...]", t("argPaths")), "describe"),
  options,
  run
});
async function run(ctx, args, options2) {
  const t = translator(validateMessages, ctx.lang);
  const [{ formatterFor }, { changedSince }, { realPath }, { discover }, { checkAll }, { summaryLine, wordFile }, { wordUnreadable }] = await Promise.all([
    import("./chunk-YMTUBS7X.js"),
    import("./chunk-SCUYHNOR.js"),
    import("./chunk-2C3LHG5G.js"),
    import("./chunk-3IT5KN76.js"),
    import("./chunk-6LPK26HJ.js"),
    import("./chunk-5RF6XHT3.js"),
    import("./chunk-UOM5T76U.js")
  ]);
  const format = options2.format ?? "text";
  const cwd = ctx.io.cwd;
  const paths = args.length ? args : ["."];
  let targets = await discover(paths, cwd, t);
  if (options2.changedSince !== void 0) {
    const changed = await changedSince(options2.changedSince, cwd, ctx.io.env, t);
    targets = targets.filter((tg) => changed.has(tg.path) || changed.has(realPath(tg.path) ?? tg.path));
  } else if (targets.length === 0) {
    throw new UsageError(t("noFiles", { paths: paths.join(", ") }));
  }
  const results = await checkAll(targets, { cwd, lang: ctx.global.lang, env: ctx.io.env }).catch((error) => {
    throw wordUnreadable(error, t);
  });
  const found = results.filter((r) => r !== "skipped");
  const strict = Boolean(options2.strict);
  for (const file of found) {
    if (strict)
      file.findings = file.findings.map((f) => f.severity === "warning" ? { ...f, severity: "error" } : f);
    if (options2.quiet)
      file.findings = file.findings.filter((f) => f.severity === "error");
  }
  const checked = found.map((f) => ({ file: f.file, ...f.kind ? { kind: f.kind } : {}, findings: wordFile(f, ctx.langFor) }));
  if (ctx.global.verbose) {
    targets.forEach((tg, i) => results[i] === "skipped" && writeLine(ctx.io.stderr, ctx.style.dim(t("skipped", { file: ctx.shown(tg.path) }))));
  }
  if (checked.length === 0 && options2.changedSince === void 0)
    throw new UsageError(t("noFiles", { paths: paths.join(", ") }));
  const errors = count(checked, "error");
  const warnings = count(checked, "warning");
  const runResult = {
    files: checked,
    summary: { files: checked.length, errors, warnings, skipped: results.length - checked.length },
    strict,
    ok: errors === 0
  };
  ctx.io.stdout.write(formatterFor(format).format(runResult, ctx.style));
  if (format === "text") {
    const line = summaryLine(found, { files: checked.length, errors, warnings }, ctx.langFor);
    writeLine(ctx.io.stderr, errors ? ctx.style.red(line) : warnings ? ctx.style.yellow(line) : ctx.style.green(line));
  }
  return errors ? EXIT_FINDINGS : EXIT_OK;
}
__name(run, "run");
function count(files, severity) {
  return files.reduce((n, f) => n + f.findings.reduce((k, x) => k + (x.severity === severity ? x.omitted ?? 1 : 0), 0), 0);
}
__name(count, "count");
export {
  run,
  spec
};
