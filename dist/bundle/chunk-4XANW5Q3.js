import {
  shellMessages
} from "./chunk-HSCMQHMX.js";
import {
  defineCommand
} from "./chunk-GX2FPJKO.js";
import "./chunk-45ZBJLQG.js";
import "./chunk-7BUI3BKP.js";
import {
  typedTranslator
} from "./chunk-LZ5AH6GU.js";
import "./chunk-32634MZU.js";
import {
  EXIT_OK,
  UsageError
} from "./chunk-MBAX5HX7.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/cli/commands/completion.js
import { Argument } from "commander";
var options = [];
var spec = defineCommand({
  name: "completion",
  messages: shellMessages,
  describe: /* @__PURE__ */ __name((cmd, t) => cmd.summary(t("completionSummary")).description(t("completionSummary")).addArgument(new Argument("<shell>", t("argShell")).choices(["bash", "zsh", "fish"])), "describe"),
  options,
  run
});
var SHELLS = {
  bash: /* @__PURE__ */ __name(async () => (await import("./chunk-DZ36PUVC.js")).bashCompletion, "bash"),
  zsh: /* @__PURE__ */ __name(async () => (await import("./chunk-YJ4C3NDG.js")).zshCompletion, "zsh"),
  fish: /* @__PURE__ */ __name(async () => (await import("./chunk-5SMY4KA3.js")).fishCompletion, "fish")
};
async function run(ctx, args) {
  const lang = ctx.lang;
  const shell = args[0];
  if (!(shell in SHELLS))
    throw new UsageError(typedTranslator(shellMessages, lang)("badShell", { shell: String(args[0]) }));
  const [{ cliModel }, { translateTerm }, script] = await Promise.all([import("./chunk-Z5GGGNN7.js"), import("./chunk-62SRPKXH.js"), SHELLS[shell]()]);
  ctx.io.stdout.write(script(await cliModel(lang), (name) => translateTerm(name, lang)));
  return EXIT_OK;
}
__name(run, "run");
export {
  run,
  spec
};
