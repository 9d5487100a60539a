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
  validate: /* @__PURE__ */ __name(() => import("./chunk-WQOKS3GX.js"), "validate"),
  init: /* @__PURE__ */ __name(() => import("./chunk-V6X3H242.js"), "init"),
  assess: /* @__PURE__ */ __name(() => import("./chunk-7MYG6B4J.js"), "assess"),
  room: /* @__PURE__ */ __name(() => import("./chunk-BDKLYDCG.js"), "room"),
  set: /* @__PURE__ */ __name(() => import("./chunk-3O2AHCNO.js"), "set"),
  framework: /* @__PURE__ */ __name(() => import("./chunk-J6KDT46W.js"), "framework"),
  score: /* @__PURE__ */ __name(() => import("./chunk-47FXOC3P.js"), "score"),
  radar: /* @__PURE__ */ __name(() => import("./chunk-5FWL3UZ7.js"), "radar"),
  panel: /* @__PURE__ */ __name(() => import("./chunk-RGPLVP5B.js"), "panel"),
  report: /* @__PURE__ */ __name(() => import("./chunk-DHFQ4F74.js"), "report"),
  demo: /* @__PURE__ */ __name(() => import("./chunk-F3WJRALM.js"), "demo"),
  history: /* @__PURE__ */ __name(() => import("./chunk-NA2N66RF.js"), "history"),
  compare: /* @__PURE__ */ __name(() => import("./chunk-E33OLCQA.js"), "compare"),
  merge: /* @__PURE__ */ __name(() => import("./chunk-6MKO6LDW.js"), "merge"),
  practice: /* @__PURE__ */ __name(() => import("./chunk-BMNGDWLF.js"), "practice"),
  review: /* @__PURE__ */ __name(() => import("./chunk-XIEZZ3LD.js"), "review"),
  schemas: /* @__PURE__ */ __name(() => import("./chunk-UZNADX72.js"), "schemas"),
  completion: /* @__PURE__ */ __name(() => import("./chunk-DQR6E2VZ.js"), "completion"),
  man: /* @__PURE__ */ __name(() => import("./chunk-Q7OHPCM3.js"), "man")
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
