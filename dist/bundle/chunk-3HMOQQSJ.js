import {
  reviewMessages
} from "./chunk-4DPCYR2Y.js";
import {
  defineCommand
} from "./chunk-QNUEGCNR.js";
import "./chunk-HIJOWT7U.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/cli/specs/review.js
import { Argument } from "commander";
var options = [
  { flags: "-o, --output <file>", help: "optOutput" },
  { flags: "--force", help: "optForce" }
];
var spec = defineCommand({
  name: "review",
  messages: reviewMessages,
  describe: /* @__PURE__ */ __name((cmd, t) => cmd.summary(t("summary")).description(t("summary")).addArgument(new Argument("<action>", t("argAction")).choices(["new"])).argument("<assessment>", t("argAssessment")), "describe"),
  options,
  load: /* @__PURE__ */ __name(() => import("./chunk-MWNVBTTK.js"), "load")
});
export {
  spec
};
