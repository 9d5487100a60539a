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

// dist/cli/specs/set.js
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
  load: /* @__PURE__ */ __name(() => import("./chunk-EVCYDG34.js"), "load")
});
export {
  spec
};
