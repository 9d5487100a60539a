import {
  defineCommand
} from "./chunk-QNUEGCNR.js";
import {
  initMessages
} from "./chunk-3PQSNO3T.js";
import "./chunk-HIJOWT7U.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/cli/specs/init.js
var options = [
  { flags: "--city <name>", help: "optCity" },
  { flags: "--country <code>", help: "optCountry" },
  { flags: "--date <yyyy-mm-dd>", help: "optDate" },
  { flags: "--framework <id|path>", help: "optFramework" },
  { flags: "--facilitator <name>", help: "optFacilitator", repeat: true },
  { flags: "--votes", help: "optVotes" },
  { flags: "-y, --yes", help: "optYes" },
  { flags: "--force", help: "optForce" }
];
var spec = defineCommand({
  name: "init",
  messages: initMessages,
  describe: /* @__PURE__ */ __name((cmd, t) => cmd.summary(t("summary")).description(t("summary")).argument("[file]", t("argFile")), "describe"),
  options,
  load: /* @__PURE__ */ __name(() => import("./chunk-WOHXIARJ.js"), "load")
});
export {
  spec
};
