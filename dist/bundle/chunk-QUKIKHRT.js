import {
  radarMessages
} from "./chunk-QNA37M3W.js";
import {
  defineCommand
} from "./chunk-QNUEGCNR.js";
import "./chunk-HIJOWT7U.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/cli/specs/radar.js
var options = [
  { flags: "-o, --output <file>", help: "optOut" },
  { flags: "--out <file>" },
  { flags: "-b, --benchmark <id-or-file>", help: "optBenchmark" },
  { flags: "-t, --title <text>", help: "optTitle" },
  { flags: "-w, --width <pixels>", help: "optWidth" }
];
var spec = defineCommand({
  name: "radar",
  messages: radarMessages,
  describe: /* @__PURE__ */ __name((cmd, t) => cmd.summary(t("summary")).description(t("summary")).argument("<files...>", t("argFiles")), "describe"),
  options,
  load: /* @__PURE__ */ __name(() => import("./chunk-E3HCRPTH.js"), "load")
});
export {
  spec
};
