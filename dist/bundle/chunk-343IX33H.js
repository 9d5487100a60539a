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
  validate: /* @__PURE__ */ __name(() => import("./chunk-27OIUHJ5.js"), "validate"),
  init: /* @__PURE__ */ __name(() => import("./chunk-6EVX3QXM.js"), "init"),
  assess: /* @__PURE__ */ __name(() => import("./chunk-RJOFJVAL.js"), "assess"),
  room: /* @__PURE__ */ __name(() => import("./chunk-ZJBALXTU.js"), "room"),
  set: /* @__PURE__ */ __name(() => import("./chunk-EK56BC5F.js"), "set"),
  framework: /* @__PURE__ */ __name(() => import("./chunk-I3HWX4H4.js"), "framework"),
  score: /* @__PURE__ */ __name(() => import("./chunk-HHTNHIEX.js"), "score"),
  radar: /* @__PURE__ */ __name(() => import("./chunk-Q7GMUNV7.js"), "radar"),
  panel: /* @__PURE__ */ __name(() => import("./chunk-BYWFTQ4U.js"), "panel"),
  report: /* @__PURE__ */ __name(() => import("./chunk-CN456GGT.js"), "report"),
  demo: /* @__PURE__ */ __name(() => import("./chunk-ZLGI3BYR.js"), "demo"),
  history: /* @__PURE__ */ __name(() => import("./chunk-4VP3OZNA.js"), "history"),
  compare: /* @__PURE__ */ __name(() => import("./chunk-WJMMSLVC.js"), "compare"),
  merge: /* @__PURE__ */ __name(() => import("./chunk-NBA647TB.js"), "merge"),
  practice: /* @__PURE__ */ __name(() => import("./chunk-C57RYBEW.js"), "practice"),
  review: /* @__PURE__ */ __name(() => import("./chunk-5FI27S5B.js"), "review"),
  schemas: /* @__PURE__ */ __name(() => import("./chunk-WVRIIX6K.js"), "schemas"),
  completion: /* @__PURE__ */ __name(() => import("./chunk-ZRQOYNBZ.js"), "completion"),
  man: /* @__PURE__ */ __name(() => import("./chunk-D25F6Q7W.js"), "man")
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
