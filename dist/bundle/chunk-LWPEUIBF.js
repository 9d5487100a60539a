import {
  scoreMessages
} from "./chunk-BJPECSQD.js";
import {
  defineCommand
} from "./chunk-GX2FPJKO.js";
import "./chunk-45ZBJLQG.js";
import "./chunk-7BUI3BKP.js";
import {
  translator
} from "./chunk-LZ5AH6GU.js";
import "./chunk-32634MZU.js";
import {
  SCORE_FORMATS
} from "./chunk-3NATLJHL.js";
import {
  EXIT_OK
} from "./chunk-MBAX5HX7.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/cli/commands/score.js
var options = [
  { flags: "-f, --format <format>", help: "optFormat", default: "table", choices: SCORE_FORMATS },
  { flags: "-b, --benchmark <id-or-file>", help: "optBenchmark" }
];
var spec = defineCommand({
  name: "score",
  messages: scoreMessages,
  describe: /* @__PURE__ */ __name((cmd, t) => cmd.summary(t("summary")).description(t("summary")).argument("<files...>", t("argFiles")), "describe"),
  options,
  run
});
async function run(ctx, files, options2) {
  const [{ scoreFile }, { seriesLabels }, { loadInputs }] = await Promise.all([
    import("./chunk-5DNZ2B6I.js"),
    import("./chunk-FGYDTR2S.js"),
    import("./chunk-OBBFDHUH.js")
  ]);
  const format = options2.format;
  const { lang, loaded, benchmark } = await loadInputs(ctx, files, {
    ...options2.benchmark !== void 0 ? { benchmark: options2.benchmark } : {}
  });
  const t = translator(scoreMessages, lang);
  const labels = seriesLabels(loaded);
  const results = loaded.map((l, i) => scoreFile(l.file, labels[i], l.assessment, l.framework, lang, benchmark));
  const { scoreFormatters } = await import("./chunk-4KSL5I3X.js");
  ctx.io.stdout.write(scoreFormatters[format].format(results, { lang, t, style: ctx.style }));
  return EXIT_OK;
}
__name(run, "run");
export {
  run,
  spec
};
