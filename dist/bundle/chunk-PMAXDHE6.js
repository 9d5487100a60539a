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
  validate: /* @__PURE__ */ __name(() => import("./chunk-463XRJKM.js"), "validate"),
  init: /* @__PURE__ */ __name(() => import("./chunk-5OXW56GH.js"), "init"),
  assess: /* @__PURE__ */ __name(() => import("./chunk-CCP4LLIL.js"), "assess"),
  room: /* @__PURE__ */ __name(() => import("./chunk-HMPLCT74.js"), "room"),
  set: /* @__PURE__ */ __name(() => import("./chunk-WY5UQQZ6.js"), "set"),
  framework: /* @__PURE__ */ __name(() => import("./chunk-6P4KZEVV.js"), "framework"),
  score: /* @__PURE__ */ __name(() => import("./chunk-YV3KE7MG.js"), "score"),
  radar: /* @__PURE__ */ __name(() => import("./chunk-SMCJ6OBW.js"), "radar"),
  panel: /* @__PURE__ */ __name(() => import("./chunk-YBOBI6GC.js"), "panel"),
  report: /* @__PURE__ */ __name(() => import("./chunk-TB2S27PE.js"), "report"),
  demo: /* @__PURE__ */ __name(() => import("./chunk-ST4SKTMB.js"), "demo"),
  history: /* @__PURE__ */ __name(() => import("./chunk-BLKTR3F7.js"), "history"),
  compare: /* @__PURE__ */ __name(() => import("./chunk-5XUMPC5Y.js"), "compare"),
  merge: /* @__PURE__ */ __name(() => import("./chunk-ICVDGSAP.js"), "merge"),
  practice: /* @__PURE__ */ __name(() => import("./chunk-D64OUNUM.js"), "practice"),
  review: /* @__PURE__ */ __name(() => import("./chunk-ZJ7BJPUZ.js"), "review"),
  schemas: /* @__PURE__ */ __name(() => import("./chunk-KD446XKR.js"), "schemas"),
  completion: /* @__PURE__ */ __name(() => import("./chunk-447OHYGL.js"), "completion"),
  man: /* @__PURE__ */ __name(() => import("./chunk-HSBHKP5G.js"), "man")
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
