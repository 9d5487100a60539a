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
  validate: /* @__PURE__ */ __name(() => import("./chunk-H2P4EHMA.js"), "validate"),
  init: /* @__PURE__ */ __name(() => import("./chunk-KDJBI6VN.js"), "init"),
  assess: /* @__PURE__ */ __name(() => import("./chunk-NG55R6XT.js"), "assess"),
  room: /* @__PURE__ */ __name(() => import("./chunk-3ILKFDSF.js"), "room"),
  set: /* @__PURE__ */ __name(() => import("./chunk-JFEULVHW.js"), "set"),
  framework: /* @__PURE__ */ __name(() => import("./chunk-M7O4R7Y4.js"), "framework"),
  score: /* @__PURE__ */ __name(() => import("./chunk-O7KW7FIC.js"), "score"),
  radar: /* @__PURE__ */ __name(() => import("./chunk-MIWRO4K3.js"), "radar"),
  panel: /* @__PURE__ */ __name(() => import("./chunk-EPK5CSXJ.js"), "panel"),
  report: /* @__PURE__ */ __name(() => import("./chunk-2M6PPWYI.js"), "report"),
  demo: /* @__PURE__ */ __name(() => import("./chunk-S4EUXU47.js"), "demo"),
  history: /* @__PURE__ */ __name(() => import("./chunk-2D4YAZAX.js"), "history"),
  compare: /* @__PURE__ */ __name(() => import("./chunk-PZCI6V3I.js"), "compare"),
  merge: /* @__PURE__ */ __name(() => import("./chunk-TH3UDATR.js"), "merge"),
  practice: /* @__PURE__ */ __name(() => import("./chunk-N7ZZSSBU.js"), "practice"),
  review: /* @__PURE__ */ __name(() => import("./chunk-O7DUGNCZ.js"), "review"),
  schemas: /* @__PURE__ */ __name(() => import("./chunk-NPPBGUHH.js"), "schemas"),
  completion: /* @__PURE__ */ __name(() => import("./chunk-JFGTUSKN.js"), "completion"),
  man: /* @__PURE__ */ __name(() => import("./chunk-P4ZFG5RE.js"), "man")
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
