import {
  SECTION_HEADINGS,
  practiceMessages
} from "./chunk-H2CBRTA6.js";
import {
  isStdout,
  refuseFormatMismatch
} from "./chunk-MXOEDQIZ.js";
import {
  defineCommand
} from "./chunk-GX2FPJKO.js";
import {
  isLang
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

// dist/cli/commands/practice.js
import { Argument } from "commander";
import { stat } from "node:fs/promises";
import { basename, resolve } from "node:path";
var options = [
  { flags: "--title <title>", help: "optTitle" },
  { flags: "--city <city>", help: "optCity" },
  { flags: "--country <code>", help: "optCountry" },
  { flags: "--year <year>", help: "optYear", integer: { min: 1900, max: 2199 } },
  { flags: "--framework <id-or-path>", help: "optFramework" },
  { flags: "--force", help: "optForce" },
  { flags: "-o, --output <file>", help: "optOutput" },
  { flags: "--format <format>", help: "optFormat", choices: PAGE_FORMATS }
];
var spec = defineCommand({
  name: "practice",
  messages: practiceMessages,
  describe: /* @__PURE__ */ __name((cmd, t) => cmd.summary(t("summary")).description(t("summary")).addArgument(new Argument("<action>", t("argAction")).choices(["new", "render"])).argument("[file]", t("argFile")), "describe"),
  options,
  run
});
async function run(ctx, args, options2) {
  const [action, file] = args;
  return action === "new" ? practiceNew(ctx, file, options2) : practiceRender(ctx, file, options2);
}
__name(run, "run");
function shown(ctx, abs) {
  return ctx.shown(abs);
}
__name(shown, "shown");
async function practiceNew(ctx, file, options2) {
  refuseFormatMismatch(ctx, options2.format, void 0, void 0, "practice render FILE -o");
  const [{ defaultPracticePath, newPracticeText }, { freeName }, { prepareSchemaFolder }] = await Promise.all([
    import("./chunk-ZI3XAS3Q.js"),
    import("./chunk-ELN2FRSO.js"),
    import("./chunk-MY7SMBXP.js")
  ]);
  const lang = ctx.lang;
  const t = translator(practiceMessages, lang);
  const str = /* @__PURE__ */ __name((v) => v !== void 0 && v.trim() !== "" ? v.trim() : void 0, "str");
  let title = str(options2.title);
  let city = str(options2.city);
  const country = str(options2.country);
  if (country !== void 0 && !/^[A-Z]{2}$/.test(country))
    throw new UsageError(t("badCountry", { country }));
  const year = options2.year ?? (/* @__PURE__ */ new Date()).getFullYear();
  if (!title || !city) {
    const missing = [!title && "--title", !city && "--city"].filter(Boolean).join(", ");
    if (!ctx.io.stdin.isTTY)
      throw new UsageError(t("missing", { options: missing }), t("missingHint"));
    const { input } = await import("@inquirer/prompts");
    const context = { input: ctx.io.stdin, output: ctx.io.stdout };
    title ??= (await input({ message: t("askTitle"), required: true }, context)).trim();
    city ??= (await input({ message: t("askCity"), required: true }, context)).trim();
  }
  let chosen = defaultPracticePath(title, city, year);
  let taken;
  if (file === void 0 && !options2.force) {
    const same = /* @__PURE__ */ __name((e) => String(e.title ?? "").trim() === title && String(e.city ?? "").trim() === city && Number(e.year) === year, "same");
    const free = await freeName(ctx.io.cwd, chosen, same);
    if (free.kind === "same")
      throw new UsageError(t("exists", { file: shown(ctx, resolve(ctx.io.cwd, free.name)) }), t("existsHint"));
    ({ name: chosen, taken } = free);
  }
  const abs = resolve(ctx.io.cwd, file ?? chosen);
  const name = shown(ctx, abs);
  if (!options2.force && await stat(abs).catch(() => void 0))
    throw new UsageError(t("exists", { file: name }), t("existsHint"));
  if (taken)
    writeLine(ctx.io.stderr, t("slugTaken", { taken: shown(ctx, resolve(ctx.io.cwd, taken)), file: name }));
  await prepareSchemaFolder(ctx, abs);
  const framework = str(options2.framework);
  const comments = /* @__PURE__ */ __name((key, params) => t(key, params), "comments");
  const text = newPracticeText({ title, city, year, language: lang, ...country ? { country } : {}, ...framework ? { framework } : {} }, abs, name, comments);
  await ctx.writeOutput(abs, text, { said: /* @__PURE__ */ __name(() => t("written", { file: name }), "said"), to: "stdout", locked: true });
  writeLine(ctx.io.stderr, t("nextSteps", { file: name, html: name.replace(/\.ya?ml$/i, "") + ".html" }));
  return EXIT_OK;
}
__name(practiceNew, "practiceNew");
async function practiceRender(ctx, file, options2) {
  let t = translator(practiceMessages, ctx.lang);
  const { emptySections, practiceFindings } = await import("./chunk-ZI3XAS3Q.js");
  if (!file)
    throw new UsageError(t("needFile"));
  const output = options2.output;
  if (!output)
    throw new UsageError(t("needOutput"));
  const format = isStdout(output) ? options2.format ?? "html" : /\.html?$/i.test(output) ? "html" : /\.md$/i.test(output) ? "md" : void 0;
  if (!format)
    throw new UsageError(t("badOutput", { file: output }));
  refuseFormatMismatch(ctx, options2.format, output, format, "-o");
  const abs = resolve(ctx.io.cwd, file);
  const name = shown(ctx, abs);
  const [vctx, { readBytes }, { validateBytes }] = await Promise.all([ctx.validation(), import("./chunk-Z7AXFCZO.js"), import("./chunk-B3FEPWK6.js")]);
  let bytes;
  try {
    bytes = await readBytes(abs, { within: [vctx.roots.boundOf(abs)], lang: ctx.global.lang, env: ctx.io.env, cwd: ctx.io.cwd });
  } catch (error) {
    if (error instanceof FindingsError)
      throw error;
    throw new UsageError(t("noFile", { file: name }));
  }
  const report = validateBytes(name, bytes, vctx);
  const data = report.data;
  t = translator(practiceMessages, ctx.langFor(isLang(data?.language) ? data?.language : void 0));
  const errors = report.findings.filter((f) => f.severity === "error");
  if (errors.length)
    throw new FindingsError(t("invalid", { file: name }), errors);
  if (report.kind !== "practice" || !report.source)
    throw new UsageError(t("notPractice", { file: name }));
  const practice = data;
  const lang = ctx.langFor(practice.language);
  t = translator(practiceMessages, lang);
  const checked = practiceFindings({ ...report.source, file: name }, practice, abs, vctx, (id, framework, expected) => t("unknownCommitment", { id, framework, expected }));
  if (checked.findings.length || !checked.framework)
    throw new FindingsError(t("invalid", { file: name }), checked.findings);
  const empty = emptySections(practice);
  if (empty.length)
    writeLine(ctx.io.stderr, t("emptySections", { sections: empty.map((s) => t(SECTION_HEADINGS[s])).join(", ") }));
  const { renderPractice } = await import("./chunk-KVKRKKBS.js");
  await ctx.writeOutput(output, renderPractice(practice, checked.framework, lang, format, basename(abs)), { said: /* @__PURE__ */ __name(() => t("rendered", { file: output }), "said"), dash: true });
  return EXIT_OK;
}
__name(practiceRender, "practiceRender");
export {
  run,
  spec
};
