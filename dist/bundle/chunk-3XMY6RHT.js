import {
  compareMessages
} from "./chunk-GMCQICFK.js";
import {
  defineCommand
} from "./chunk-QNUEGCNR.js";
import "./chunk-HIJOWT7U.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/cli/specs/compare.js
var options = [
  { flags: "--format <format>", help: "optFormat", default: "table" },
  { flags: "--radar <out.svg>", help: "optRadar" }
];
var spec = defineCommand({
  name: "compare",
  messages: compareMessages,
  describe: /* @__PURE__ */ __name((cmd, t) => cmd.summary(t("summary")).description(t("summary")).argument("<files...>", t("argFiles")), "describe"),
  options,
  load: /* @__PURE__ */ __name(() => import("./chunk-IA373GLD.js"), "load")
});
export {
  spec
};
