import {
  practiceMessages
} from "./chunk-GY6X7YHK.js";
import {
  defineCommand
} from "./chunk-QNUEGCNR.js";
import "./chunk-HIJOWT7U.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/cli/specs/practice.js
import { Argument } from "commander";
var options = [
  { flags: "--title <title>", help: "optTitle" },
  { flags: "--city <city>", help: "optCity" },
  { flags: "--country <code>", help: "optCountry" },
  { flags: "--year <year>", help: "optYear" },
  { flags: "--framework <id-or-path>", help: "optFramework" },
  { flags: "--force", help: "optForce" },
  { flags: "-o, --output <file>", help: "optOutput" }
];
var spec = defineCommand({
  name: "practice",
  messages: practiceMessages,
  describe: /* @__PURE__ */ __name((cmd, t) => cmd.summary(t("summary")).description(t("summary")).addArgument(new Argument("<action>", t("argAction")).choices(["new", "render"])).argument("[file]", t("argFile")), "describe"),
  options,
  load: /* @__PURE__ */ __name(() => import("./chunk-B62SLO3V.js"), "load")
});
export {
  spec
};
