import {
  mergeMessages
} from "./chunk-ZUJPIL33.js";
import {
  defineCommand
} from "./chunk-QNUEGCNR.js";
import "./chunk-HIJOWT7U.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/cli/specs/merge.js
var options = [
  { flags: "-o, --output <file>", help: "optOut" },
  { flags: "--prefer <file>", help: "optPrefer" }
];
var spec = defineCommand({
  name: "merge",
  messages: mergeMessages,
  describe: /* @__PURE__ */ __name((cmd, t) => cmd.summary(t("summary")).description(t("summary")).argument("<files...>", t("argFiles")), "describe"),
  options,
  load: /* @__PURE__ */ __name(() => import("./chunk-DXJD37PG.js"), "load")
});
export {
  spec
};
