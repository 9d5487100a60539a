import {
  isStdout
} from "./chunk-MXOEDQIZ.js";
import {
  reviewMessages
} from "./chunk-JVVFF545.js";
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
  EXIT_OK,
  UsageError
} from "./chunk-MBAX5HX7.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/cli/commands/review.js
import { Argument } from "commander";
import { stat } from "node:fs/promises";
import { dirname, relative, resolve, sep } from "node:path";
var options = [
  { flags: "-o, --output <file>", help: "optOutput" },
  { flags: "--force", help: "optForce" }
];
var spec = defineCommand({
  name: "review",
  messages: reviewMessages,
  describe: /* @__PURE__ */ __name((cmd, t) => cmd.summary(t("summary")).description(t("summary")).addArgument(new Argument("<action>", t("argAction")).choices(["new"])).argument("<assessment>", t("argAssessment")), "describe"),
  options,
  run
});
async function run(ctx, args, options2) {
  const [{ conventionalReviewPath }, { newReviewText }] = await Promise.all([import("./chunk-P6RJOWZF.js"), import("./chunk-FOATZRJD.js")]);
  const [, file] = args;
  const cwd = ctx.io.cwd;
  const abs = resolve(cwd, file);
  const loaded = await ctx.loadAssessment(file);
  const a = loaded.assessment;
  const lang = ctx.langFor(a.language);
  const t = translator(reviewMessages, lang);
  const dash = isStdout(options2.output);
  const out = resolve(cwd, typeof options2.output === "string" ? options2.output : conventionalReviewPath(abs));
  const name = ctx.shown(out);
  if (!dash && !options2.force && await stat(out).catch(() => void 0))
    throw new UsageError(t("exists", { file: name }));
  const rel = relative(dirname(out), abs).split(sep).join("/");
  const ref = a.framework;
  const framework = /[/\\]|\.ya?ml$/i.test(ref) ? relative(dirname(out), resolve(dirname(abs), ref)).split(sep).join("/") : ref === "culture21-actions" ? void 0 : ref;
  const text = /* @__PURE__ */ __name(() => newReviewText({
    assessmentPath: rel,
    language: lang,
    commitmentIds: loaded.framework.commitments.map((c) => c.id),
    ...framework ? { framework } : {},
    ...a.experts?.length ? { experts: a.experts } : {}
  }, out, (key, params) => t(key, params)), "text");
  await ctx.writeOutput(dash ? "-" : out, text, { said: /* @__PURE__ */ __name(() => t("written", { file: name }), "said"), to: "stdout", schemas: true, lang, dash: true });
  if (dash)
    return EXIT_OK;
  const found = resolve(out) === resolve(conventionalReviewPath(abs));
  writeLine(ctx.io.stderr, t(found ? "nextSteps" : "nextStepsElsewhere", { file: name, assessment: ctx.shown(abs) }));
  return EXIT_OK;
}
__name(run, "run");
export {
  run,
  spec
};
