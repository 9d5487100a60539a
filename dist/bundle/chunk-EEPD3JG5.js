import {
  roomMessages
} from "./chunk-424WHKVQ.js";
import {
  defineCommand
} from "./chunk-QNUEGCNR.js";
import "./chunk-HIJOWT7U.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/cli/specs/room.js
var options = [
  { flags: "--host <address>", help: "optHost" },
  { flags: "--port <n>", help: "optPort", default: "8021" },
  { flags: "--anonymous", help: "optAnonymous" },
  { flags: "--commitment <id>", help: "optCommitment" }
];
var spec = defineCommand({
  name: "room",
  messages: roomMessages,
  describe: /* @__PURE__ */ __name((cmd, t) => cmd.summary(t("roomSummary")).description(t("roomSummary")).argument("<file>", t("argFile")), "describe"),
  options,
  load: /* @__PURE__ */ __name(() => import("./chunk-D6LM44N3.js"), "load")
});
export {
  spec
};
