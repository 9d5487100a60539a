import {
  scoreMessages
} from "./chunk-GX3SERM7.js";
import {
  defineCommand
} from "./chunk-QNUEGCNR.js";
import "./chunk-HIJOWT7U.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/cli/specs/score.js
var options = [
  { flags: "-f, --format <format>", help: "optFormat", default: "table" },
  { flags: "-b, --benchmark <id-or-file>", help: "optBenchmark" }
];
var spec = defineCommand({
  name: "score",
  messages: scoreMessages,
  describe: /* @__PURE__ */ __name((cmd, t) => cmd.summary(t("summary")).description(t("summary")).argument("<files...>", t("argFiles")), "describe"),
  options,
  load: /* @__PURE__ */ __name(() => import("./chunk-CVBW2S5L.js"), "load")
});
export {
  spec
};
