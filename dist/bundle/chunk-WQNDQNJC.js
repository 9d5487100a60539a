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
  validate: /* @__PURE__ */ __name(() => import("./chunk-CPOH2IM7.js"), "validate"),
  init: /* @__PURE__ */ __name(() => import("./chunk-YU3GMH6X.js"), "init"),
  assess: /* @__PURE__ */ __name(() => import("./chunk-4OTZSXMK.js"), "assess"),
  room: /* @__PURE__ */ __name(() => import("./chunk-SPBNSUOW.js"), "room"),
  set: /* @__PURE__ */ __name(() => import("./chunk-KYXU3KPP.js"), "set"),
  framework: /* @__PURE__ */ __name(() => import("./chunk-AP2Z2DB6.js"), "framework"),
  score: /* @__PURE__ */ __name(() => import("./chunk-RLZ3UI5I.js"), "score"),
  radar: /* @__PURE__ */ __name(() => import("./chunk-HWYI2AC4.js"), "radar"),
  panel: /* @__PURE__ */ __name(() => import("./chunk-NTIQ4BBQ.js"), "panel"),
  report: /* @__PURE__ */ __name(() => import("./chunk-NZSFDGQX.js"), "report"),
  demo: /* @__PURE__ */ __name(() => import("./chunk-4W5HV2SO.js"), "demo"),
  history: /* @__PURE__ */ __name(() => import("./chunk-WJXXKT4S.js"), "history"),
  compare: /* @__PURE__ */ __name(() => import("./chunk-AQEDAX2W.js"), "compare"),
  merge: /* @__PURE__ */ __name(() => import("./chunk-HM4JVPDM.js"), "merge"),
  practice: /* @__PURE__ */ __name(() => import("./chunk-EYXW52V6.js"), "practice"),
  review: /* @__PURE__ */ __name(() => import("./chunk-HLGQ5X6O.js"), "review"),
  schemas: /* @__PURE__ */ __name(() => import("./chunk-DAY2KCNR.js"), "schemas"),
  completion: /* @__PURE__ */ __name(() => import("./chunk-FOMSFIF7.js"), "completion"),
  man: /* @__PURE__ */ __name(() => import("./chunk-MGYRPTJL.js"), "man")
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
