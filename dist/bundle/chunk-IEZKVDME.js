import {
  schemasMessages
} from "./chunk-7HRDX2PI.js";
import {
  defineCommand
} from "./chunk-QNUEGCNR.js";
import "./chunk-HIJOWT7U.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/cli/specs/schemas.js
var options = [
  { flags: "--no-relink", help: "optNoRelink" }
];
var spec = defineCommand({
  name: "schemas",
  messages: schemasMessages,
  describe: /* @__PURE__ */ __name((cmd, t) => cmd.summary(t("summary")).description(t("summary")).argument("[dir]", t("argDir")), "describe"),
  options,
  load: /* @__PURE__ */ __name(() => import("./chunk-XEBV773X.js"), "load")
});
export {
  spec
};
