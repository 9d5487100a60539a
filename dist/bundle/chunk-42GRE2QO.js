import {
  defineCommand
} from "./chunk-GX2FPJKO.js";
import {
  walkthroughMessages
} from "./chunk-2ZNUJIJK.js";
import {
  writeMessages
} from "./chunk-KJ75UATF.js";
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
  FindingsError,
  InvalidEditError,
  ProblemsError,
  UsageError
} from "./chunk-MBAX5HX7.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/cli/commands/set.js
import { resolve } from "node:path";
var options = [
  { flags: "--note <item=text>", help: "optNote", repeat: true },
  { flags: "--vote <item:participant=score>", help: "optVote", repeat: true },
  { flags: "--evidence <item=text>", help: "optEvidence", repeat: true },
  { flags: "--answers <file.csv>", help: "optAnswers" }
];
var spec = defineCommand({
  name: "set",
  messages: walkthroughMessages,
  describe: /* @__PURE__ */ __name((cmd, t) => cmd.summary(t("setSummary")).description(t("setSummary")).argument("<file>", t("argFile")).argument("[assignments...]", t("argAssignments")), "describe"),
  options,
  run
});
async function run(ctx, args, options2) {
  const [{ updateDocument }, { assertStillValid, guardedEdit }, { validatedEdit }, { csvAssignments }, { duplicateProblems, parseAssignments, planEdits }, { openAssessment }] = await Promise.all([
    import("./chunk-GI64EAQE.js"),
    import("./chunk-FOT7BDTI.js"),
    import("./chunk-ZYYT5RNY.js"),
    import("./chunk-GYKNSRPW.js"),
    import("./chunk-NFAXXZCI.js"),
    import("./chunk-2GCIJEFA.js")
  ]);
  const [fileArg, ...scores] = args;
  const opened = await openAssessment(fileArg, ctx.io.cwd, { validation: await ctx.validation() });
  const lang = ctx.langFor(opened.assessment.language);
  const t = translator(walkthroughMessages, lang);
  const tw = translator(writeMessages, lang);
  const list = /* @__PURE__ */ __name((name) => options2[name] ?? [], "list");
  const problems = [];
  const lineProblems = [];
  const assignments = parseAssignments({ scores, notes: list("note"), votes: list("vote"), evidence: list("evidence") }, t, lineProblems);
  const answers = options2.answers;
  if (answers) {
    const path = resolve(ctx.io.cwd, answers);
    const [{ readBytes }, { decodeText }] = await Promise.all([import("./chunk-Z7AXFCZO.js"), import("./chunk-IF4R2DMP.js")]);
    const bytes = await readBytes(path, { lang: ctx.global.lang, env: ctx.io.env, cwd: ctx.io.cwd }).catch((error) => {
      if (error instanceof FindingsError)
        throw error;
      throw new UsageError(t("noSuchFile", { file: answers }));
    });
    const decoded = decodeText(bytes);
    if ("problem" in decoded) {
      const p = decoded.problem;
      const message = p.kind === "nul" ? t("csvNulByte") : t("csvNotUtf8", { byte: p.byte });
      throw new ProblemsError(t("setRefused", { count: 1 }), [{ where: `${answers}:${p.line}:${p.column}`, message }]);
    }
    const text = decoded.text;
    const csvProblems = [];
    assignments.push(...csvAssignments(text, csvProblems, answers));
    for (const p of csvProblems) {
      const message = p.message === "csvColumnTwice" ? t(p.message, { name: p.name ?? "", first: p.first ?? 0 }) : t(p.message, { expected: p.expected ?? 0, found: p.found ?? 0 });
      problems.push({ where: p.column ? `${answers}:${p.line}:${p.column}` : `${answers}:${p.line}`, message });
    }
  }
  problems.push(...lineProblems.map((message) => ({ where: opened.shown, message })));
  if (assignments.length === 0 && problems.length === 0)
    throw new UsageError(t("setNothing"));
  problems.push(...duplicateProblems(assignments, tw).map((message) => ({ where: opened.shown, message })));
  const edits = [];
  for (const a of assignments) {
    const found = [];
    const places = [];
    edits.push(...planEdits([a], opened.assessment, opened.framework, t, found, tw, lang, places));
    problems.push(...found.map((message, i) => ({ where: places[i] ?? opened.shown, message })));
  }
  if (problems.length) {
    const unique = [...new Map(problems.map((p) => [`${p.where}\0${p.message}`, p])).values()];
    throw new ProblemsError(t("setRefused", { count: unique.length }), unique);
  }
  const vctx = await ctx.validation();
  const edited = validatedEdit((text) => edits.reduce((acc, edit) => edit(acc), text), opened.path, opened.shown, vctx);
  const apply = guardedEdit(edited, () => opened.text, (text) => assertStillValid(opened.path, opened.shown, text, vctx));
  try {
    await updateDocument(opened.path, apply, { shown: opened.shown });
  } catch (error) {
    if (!(error instanceof InvalidEditError))
      throw error;
    const { wordInvalidFile } = await import("./chunk-AXMMNOKG.js");
    throw new FindingsError(t("setInvalid", { file: opened.shown }), wordInvalidFile(error, (fileLang) => ctx.langFor(fileLang)).findings);
  }
  writeLine(ctx.io.stderr, t("setDone", { file: opened.shown, count: edits.length }));
  return EXIT_OK;
}
__name(run, "run");
export {
  run,
  spec
};
