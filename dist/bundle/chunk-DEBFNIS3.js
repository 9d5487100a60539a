import {
  shellMessages
} from "./chunk-IIO55WHP.js";
import {
  defineCommand
} from "./chunk-QNUEGCNR.js";
import "./chunk-HIJOWT7U.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/cli/specs/completion.js
import { Argument } from "commander";
var options = [];
var spec = defineCommand({
  name: "completion",
  messages: shellMessages,
  describe: /* @__PURE__ */ __name((cmd, t) => cmd.summary(t("completionSummary")).description(t("completionSummary")).addArgument(new Argument("<shell>", t("argShell")).choices(["bash", "zsh", "fish"])), "describe"),
  options,
  load: /* @__PURE__ */ __name(() => import("./chunk-NPZ4SFXC.js"), "load")
});
export {
  spec
};
