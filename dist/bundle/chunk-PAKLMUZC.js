import {
  reportMessages
} from "./chunk-ISB54QFW.js";
import {
  defineCommand
} from "./chunk-QNUEGCNR.js";
import "./chunk-HIJOWT7U.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/cli/specs/demo.js
var options = [
  { flags: "--lang <lang>", choices: ["en", "fr", "es"] }
];
var spec = defineCommand({
  name: "demo",
  messages: reportMessages,
  describe: /* @__PURE__ */ __name((cmd, t) => cmd.summary(t("demoSummary")).description(t("demoSummary")).argument("[dir]", t("argDir")), "describe"),
  options,
  load: /* @__PURE__ */ __name(() => import("./chunk-AALMKOHT.js"), "load")
});
export {
  spec
};
