import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/cli/globals.js
import { Option } from "commander";
function declareGlobalOptions(program, t) {
  return program.addOption(new Option("--lang <lang>", t("optLang")).choices(["en", "fr", "es"])).option("--verbose", t("optVerbose")).option("--no-color", t("optNoColor"));
}
__name(declareGlobalOptions, "declareGlobalOptions");

// dist/cli/registry.js
var COMMANDS = {
  validate: /* @__PURE__ */ __name(() => import("./chunk-QART4TLQ.js"), "validate"),
  init: /* @__PURE__ */ __name(() => import("./chunk-DQ3Q52FD.js"), "init"),
  assess: /* @__PURE__ */ __name(() => import("./chunk-6XJ52QBT.js"), "assess"),
  room: /* @__PURE__ */ __name(() => import("./chunk-XOVKBUW7.js"), "room"),
  set: /* @__PURE__ */ __name(() => import("./chunk-YKHCJHIQ.js"), "set"),
  framework: /* @__PURE__ */ __name(() => import("./chunk-4GLEYLGG.js"), "framework"),
  score: /* @__PURE__ */ __name(() => import("./chunk-G6ZCRPC4.js"), "score"),
  radar: /* @__PURE__ */ __name(() => import("./chunk-B5QXINRN.js"), "radar"),
  panel: /* @__PURE__ */ __name(() => import("./chunk-GZKW27TC.js"), "panel"),
  report: /* @__PURE__ */ __name(() => import("./chunk-77ADGDHH.js"), "report"),
  demo: /* @__PURE__ */ __name(() => import("./chunk-R2Q6Y3ED.js"), "demo"),
  history: /* @__PURE__ */ __name(() => import("./chunk-KIWP3X7J.js"), "history"),
  compare: /* @__PURE__ */ __name(() => import("./chunk-PZCI6V3I.js"), "compare"),
  merge: /* @__PURE__ */ __name(() => import("./chunk-74ZR3WGT.js"), "merge"),
  practice: /* @__PURE__ */ __name(() => import("./chunk-4CRWK424.js"), "practice"),
  review: /* @__PURE__ */ __name(() => import("./chunk-WJCHRZ7T.js"), "review"),
  schemas: /* @__PURE__ */ __name(() => import("./chunk-NPPBGUHH.js"), "schemas"),
  completion: /* @__PURE__ */ __name(() => import("./chunk-XL7ZYKA2.js"), "completion"),
  man: /* @__PURE__ */ __name(() => import("./chunk-NNCBOFUM.js"), "man")
};
var COMMAND_NAMES = Object.keys(COMMANDS);
var isCommandName = /* @__PURE__ */ __name((name) => Object.hasOwn(COMMANDS, name), "isCommandName");
async function loadSpec(name) {
  return (await COMMANDS[name]()).spec;
}
__name(loadSpec, "loadSpec");
async function loadSpecs(name) {
  if (name !== void 0 && isCommandName(name))
    return [await loadSpec(name)];
  return Promise.all(COMMAND_NAMES.map(loadSpec));
}
__name(loadSpecs, "loadSpecs");

export {
  declareGlobalOptions,
  COMMAND_NAMES,
  isCommandName,
  loadSpecs
};
