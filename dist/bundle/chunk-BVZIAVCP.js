import {
  reportMessages
} from "./chunk-ISB54QFW.js";
import {
  defineCommand
} from "./chunk-QNUEGCNR.js";
import "./chunk-HIJOWT7U.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/cli/specs/report.js
var options = [
  { flags: "-o, --output <file>", help: "optOutput" },
  { flags: "--out-dir <dir>", help: "optOutDir" },
  { flags: "--format <format>", help: "optFormat", choices: ["html", "md", "pdf", "docx"] },
  { flags: "--template <dir>", help: "optTemplate" },
  { flags: "--benchmark <id|file>", help: "optBenchmark" },
  { flags: "--compare <file>", help: "optCompare" },
  { flags: "--review <file>", help: "optReview" },
  { flags: "--browser <path>", help: "optBrowser" },
  { flags: "--lang <lang>", choices: ["en", "fr", "es"] }
];
var spec = defineCommand({
  name: "report",
  messages: reportMessages,
  describe: /* @__PURE__ */ __name((cmd, t) => cmd.summary(t("summary")).description(`${t("summary")}

${t("templateIsCode")}`).argument("<files...>", t("argFiles")), "describe"),
  options,
  load: /* @__PURE__ */ __name(() => import("./chunk-TFRD42E4.js"), "load")
});
export {
  spec
};
