import {
  defineCommand
} from "./chunk-DQVNCNH2.js";
import {
  walkthroughMessages
} from "./chunk-KHD7AFMU.js";
import {
  writeMessages
} from "./chunk-VMXQL6XY.js";
import {
  writeLine
} from "./chunk-LRCMA3RU.js";
import {
  translator
} from "./chunk-LZ5AH6GU.js";
import {
  EXIT_OK,
  FindingsError,
  InvalidEditError,
  ProblemsError,
  UsageError
} from "./chunk-6LKABYWT.js";
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
    import("./chunk-DCQOS7LO.js"),
    import("./chunk-RIT7BS35.js"),
    import("./chunk-3OPDQLKR.js"),
    import("./chunk-ENVFYHNJ.js"),
    import("./chunk-3PCLLGVN.js"),
    import("./chunk-MQPTXPX5.js")
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
    const { readText } = await import("./chunk-X3R6LVNP.js");
    const text = await readText(path, { lang: ctx.global.lang, env: ctx.io.env, cwd: ctx.io.cwd }).catch((error) => {
      if (error instanceof FindingsError)
        throw error;
      throw new UsageError(t("noSuchFile", { file: answers }));
    });
    const csvProblems = [];
    assignments.push(...csvAssignments(text, csvProblems, answers));
    for (const p of csvProblems) {
      const message = t(p.message, { expected: p.expected ?? 0, found: p.found ?? 0 });
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
    edits.push(...planEdits([a], opened.assessment, opened.framework, t, found, tw, lang));
    problems.push(...found.map((message) => ({ where: a.where ?? opened.shown, message })));
  }
  if (problems.length)
    throw new ProblemsError(t("setRefused", { count: problems.length }), problems);
  const vctx = await ctx.validation();
  const edited = validatedEdit((text) => edits.reduce((acc, edit) => edit(acc), text), opened.path, opened.shown, vctx);
  const apply = guardedEdit(edited, () => opened.text, (text) => assertStillValid(opened.path, opened.shown, text, vctx));
  try {
    await updateDocument(opened.path, apply, { shown: opened.shown });
  } catch (error) {
    if (!(error instanceof InvalidEditError))
      throw error;
    const { wordInvalidFile } = await import("./chunk-XPGTWVYN.js");
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
