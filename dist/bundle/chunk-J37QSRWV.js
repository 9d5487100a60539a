import {
  historyMessages
} from "./chunk-I7EOK65G.js";
import {
  defineCommand
} from "./chunk-QNUEGCNR.js";
import "./chunk-HIJOWT7U.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/cli/specs/history.js
var options = [
  { flags: "--format <format>", help: "optFormat", default: "table" },
  { flags: "--radar <out.svg>", help: "optRadar" },
  { flags: "--per-lab", help: "optPerLab" }
];
var spec = defineCommand({
  name: "history",
  messages: historyMessages,
  describe: /* @__PURE__ */ __name((cmd, t) => cmd.summary(t("summary")).description(t("summary")).argument("<file>", t("argFile")), "describe"),
  options,
  load: /* @__PURE__ */ __name(() => import("./chunk-V5ITMYWI.js"), "load")
});
export {
  spec
};
