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
  validate: /* @__PURE__ */ __name(() => import("./chunk-AEVJG53C.js"), "validate"),
  init: /* @__PURE__ */ __name(() => import("./chunk-PKE45SRH.js"), "init"),
  assess: /* @__PURE__ */ __name(() => import("./chunk-7XACZF2U.js"), "assess"),
  room: /* @__PURE__ */ __name(() => import("./chunk-GJQH6VBD.js"), "room"),
  set: /* @__PURE__ */ __name(() => import("./chunk-BJL6UCGJ.js"), "set"),
  framework: /* @__PURE__ */ __name(() => import("./chunk-6EXR5DKG.js"), "framework"),
  score: /* @__PURE__ */ __name(() => import("./chunk-ZXADSMFK.js"), "score"),
  radar: /* @__PURE__ */ __name(() => import("./chunk-CEQA3PUS.js"), "radar"),
  panel: /* @__PURE__ */ __name(() => import("./chunk-VUGWSVBV.js"), "panel"),
  report: /* @__PURE__ */ __name(() => import("./chunk-CYXV35SJ.js"), "report"),
  demo: /* @__PURE__ */ __name(() => import("./chunk-CG2VNUT5.js"), "demo"),
  history: /* @__PURE__ */ __name(() => import("./chunk-CGT4Z7PE.js"), "history"),
  compare: /* @__PURE__ */ __name(() => import("./chunk-CJWO6KMR.js"), "compare"),
  merge: /* @__PURE__ */ __name(() => import("./chunk-TL6CMSH5.js"), "merge"),
  practice: /* @__PURE__ */ __name(() => import("./chunk-V2NVOZAL.js"), "practice"),
  review: /* @__PURE__ */ __name(() => import("./chunk-HLE77PDP.js"), "review"),
  schemas: /* @__PURE__ */ __name(() => import("./chunk-UZNADX72.js"), "schemas"),
  completion: /* @__PURE__ */ __name(() => import("./chunk-MWKSZSK5.js"), "completion"),
  man: /* @__PURE__ */ __name(() => import("./chunk-UNFIFY5T.js"), "man")
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
