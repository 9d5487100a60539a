import {
  panelMessages
} from "./chunk-4AC42IWQ.js";
import {
  defineCommand
} from "./chunk-QNUEGCNR.js";
import "./chunk-HIJOWT7U.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/cli/specs/panel.js
var options = [
  { flags: "-o, --output <file>", help: "optOut" },
  { flags: "--out <file>" },
  { flags: "--name <text>", help: "optName" },
  { flags: "--source <text>", help: "optSource" },
  { flags: "--id <id>", help: "optId" },
  { flags: "--year <year>", help: "optYear" },
  { flags: "--force", help: "optForce" }
];
var spec = defineCommand({
  name: "panel",
  messages: panelMessages,
  describe: /* @__PURE__ */ __name((cmd, t) => cmd.summary(t("summary")).description(t("summary")).argument("<files...>", t("argFiles")), "describe"),
  options,
  load: /* @__PURE__ */ __name(() => import("./chunk-73E2EKZF.js"), "load")
});
export {
  spec
};
