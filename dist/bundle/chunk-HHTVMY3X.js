import {
  frameworkMessages
} from "./chunk-QKEH72VK.js";
import {
  defineCommand
} from "./chunk-QNUEGCNR.js";
import "./chunk-HIJOWT7U.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/cli/specs/framework.js
var options = [
  { flags: "--framework <id|path>", help: "optFramework" },
  { flags: "--sheet <file>", help: "optSheet" }
];
var spec = defineCommand({
  name: "framework",
  messages: frameworkMessages,
  describe: /* @__PURE__ */ __name((cmd, t) => cmd.summary(t("summary")).description(t("summary")), "describe"),
  options,
  load: /* @__PURE__ */ __name(() => import("./chunk-YCODHM2I.js"), "load")
});
export {
  spec
};
