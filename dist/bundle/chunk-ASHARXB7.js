import {
  walkthroughMessages
} from "./chunk-L4E6GUPF.js";
import {
  defineCommand
} from "./chunk-QNUEGCNR.js";
import "./chunk-HIJOWT7U.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/cli/specs/assess.js
var options = [
  { flags: "--votes", help: "optVotes" },
  { flags: "--commitment <id>", help: "optCommitment" }
];
var spec = defineCommand({
  name: "assess",
  messages: walkthroughMessages,
  describe: /* @__PURE__ */ __name((cmd, t) => cmd.summary(t("assessSummary")).description(t("assessSummary")).argument("<file>", t("argFile")), "describe"),
  options,
  load: /* @__PURE__ */ __name(() => import("./chunk-5MCLWIG5.js"), "load")
});
export {
  spec
};
