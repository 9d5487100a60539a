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

// dist/cli/specs/man.js
var options = [];
var spec = defineCommand({
  name: "man",
  messages: shellMessages,
  describe: /* @__PURE__ */ __name((cmd, t) => cmd.summary(t("manSummary")).description(t("manSummary")), "describe"),
  options,
  load: /* @__PURE__ */ __name(() => import("./chunk-4YWANKQH.js"), "load")
});
export {
  spec
};
