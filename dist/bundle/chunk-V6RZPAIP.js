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
  validate: /* @__PURE__ */ __name(() => import("./chunk-BXWKPB4W.js"), "validate"),
  init: /* @__PURE__ */ __name(() => import("./chunk-TQDQ6DN2.js"), "init"),
  assess: /* @__PURE__ */ __name(() => import("./chunk-AZUCDCNI.js"), "assess"),
  room: /* @__PURE__ */ __name(() => import("./chunk-LXSRRO6R.js"), "room"),
  set: /* @__PURE__ */ __name(() => import("./chunk-T32SQAL7.js"), "set"),
  framework: /* @__PURE__ */ __name(() => import("./chunk-2ZR77NVJ.js"), "framework"),
  score: /* @__PURE__ */ __name(() => import("./chunk-FI5URONC.js"), "score"),
  radar: /* @__PURE__ */ __name(() => import("./chunk-EGLWPQQE.js"), "radar"),
  panel: /* @__PURE__ */ __name(() => import("./chunk-HERM5RRI.js"), "panel"),
  report: /* @__PURE__ */ __name(() => import("./chunk-2JKR5DIU.js"), "report"),
  demo: /* @__PURE__ */ __name(() => import("./chunk-5M5PEBA7.js"), "demo"),
  history: /* @__PURE__ */ __name(() => import("./chunk-6ISKUZSP.js"), "history"),
  compare: /* @__PURE__ */ __name(() => import("./chunk-WMAVKT25.js"), "compare"),
  merge: /* @__PURE__ */ __name(() => import("./chunk-4HVEZJZT.js"), "merge"),
  practice: /* @__PURE__ */ __name(() => import("./chunk-JG6YGRS6.js"), "practice"),
  review: /* @__PURE__ */ __name(() => import("./chunk-5SQXILEP.js"), "review"),
  schemas: /* @__PURE__ */ __name(() => import("./chunk-NPPBGUHH.js"), "schemas"),
  completion: /* @__PURE__ */ __name(() => import("./chunk-BKQK3PNN.js"), "completion"),
  man: /* @__PURE__ */ __name(() => import("./chunk-PS2RP3PZ.js"), "man")
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
