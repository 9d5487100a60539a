import {
  validateMessages
} from "./chunk-F2OHDRQX.js";
import "./chunk-AWUMD5N3.js";
import {
  defineCommand
} from "./chunk-QNUEGCNR.js";
import "./chunk-HIJOWT7U.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/cli/specs/validate.js
var options = [
  { flags: "-f, --format <format>", help: "optFormat" },
  { flags: "-q, --quiet", help: "optQuiet" },
  { flags: "--strict", help: "optStrict" },
  { flags: "--changed-since <ref>", help: "optChangedSince" }
];
var spec = defineCommand({
  name: "validate",
  messages: validateMessages,
  describe: /* @__PURE__ */ __name((cmd, t) => cmd.summary(t("summary")).description(t("summary")).argument("[paths...]", t("argPaths")), "describe"),
  options,
  load: /* @__PURE__ */ __name(() => import("./chunk-TRMPPQQM.js"), "load")
});
export {
  spec
};
