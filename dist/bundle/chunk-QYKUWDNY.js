import {
  scoreMessages
} from "./chunk-BJPECSQD.js";
import {
  defineCommand
} from "./chunk-GX2FPJKO.js";
import {
  walkthroughMessages
} from "./chunk-2ZNUJIJK.js";
import "./chunk-45ZBJLQG.js";
import {
  writeLine
} from "./chunk-LRCMA3RU.js";
import {
  itemIdMessage
} from "./chunk-7BUI3BKP.js";
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

// dist/cli/commands/assess.js
var options = [
  { flags: "--votes", help: "optVotes" },
  { flags: "--commitment <id>", help: "optCommitment" }
];
var spec = defineCommand({
  name: "assess",
  messages: walkthroughMessages,
  describe: /* @__PURE__ */ __name((cmd, t) => cmd.summary(t("assessSummary")).description(t("assessSummary")).argument("<file>", t("argFile")), "describe"),
  options,
  run
});
async function run(ctx, args, options2) {
  const [{ scoreFile }, { seriesLabels }, { scoreTable }, { inquirerPrompter }, { openAssessment }, { runWalkthrough }, { createSession }, { parseItemId }] = await Promise.all([
    import("./chunk-5DNZ2B6I.js"),
    import("./chunk-FGYDTR2S.js"),
    import("./chunk-I446XFDL.js"),
    import("./chunk-PEVTIAVB.js"),
    import("./chunk-2GCIJEFA.js"),
    import("./chunk-C2JZQVYX.js"),
    import("./chunk-DZNNRBFA.js"),
    import("./chunk-6264S22B.js")
  ]);
  const opened = await openAssessment(args[0], ctx.io.cwd, { validation: await ctx.validation() });
  const lang = ctx.langFor(opened.assessment.language);
  const t = translator(walkthroughMessages, lang);
  const commitment = options2.commitment;
  const start = commitment === void 0 ? void 0 : parseItemId(commitment, opened.framework, "commitment");
  if (start && !start.ok)
    throw new UsageError(itemIdMessage(start, lang));
  if (!ctx.io.stdin.isTTY)
    throw new UsageError(t("noTty"), t("noTtyHint", { file: opened.shown }));
  const session = createSession({
    file: opened.path,
    shown: opened.shown,
    text: opened.text,
    assessment: opened.assessment,
    fw: opened.framework,
    lang,
    prompter: inquirerPrompter(lang, { input: ctx.io.stdin, output: ctx.io.stdout }),
    style: ctx.style,
    votes: Boolean(options2.votes) || opened.assessment.settings?.votes === true,
    width: ctx.io.stdout.columns,
    print: /* @__PURE__ */ __name((line) => writeLine(ctx.io.stdout, line), "print"),
    validation: await ctx.validation()
  });
  const end = await runWalkthrough(session, { commitment: start?.ok ? start.id : void 0 });
  writeLine(ctx.io.stdout);
  if (end === "finished") {
    writeLine(ctx.io.stdout, ctx.style.bold(t("finalHeader")));
    const [label] = seriesLabels([{ file: opened.shown, assessment: session.assessment }]);
    const result = scoreFile(opened.shown, label ?? opened.shown, session.assessment, session.fw, lang);
    ctx.io.stdout.write(scoreTable([result], translator(scoreMessages, lang), ctx.style, lang));
    writeLine(ctx.io.stdout);
    writeLine(ctx.io.stdout, t("finished", { file: opened.shown }));
  } else {
    writeLine(ctx.io.stdout, ctx.style.green(t("savedResume", { file: opened.shown })));
  }
  return EXIT_OK;
}
__name(run, "run");
export {
  run,
  spec
};
