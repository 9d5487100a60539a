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
  validate: /* @__PURE__ */ __name(() => import("./chunk-FBOQETAB.js"), "validate"),
  init: /* @__PURE__ */ __name(() => import("./chunk-XAAH4PGT.js"), "init"),
  assess: /* @__PURE__ */ __name(() => import("./chunk-NZDKXFNI.js"), "assess"),
  room: /* @__PURE__ */ __name(() => import("./chunk-PYAF4U2X.js"), "room"),
  set: /* @__PURE__ */ __name(() => import("./chunk-H2TWXNHK.js"), "set"),
  framework: /* @__PURE__ */ __name(() => import("./chunk-USCMQBI6.js"), "framework"),
  score: /* @__PURE__ */ __name(() => import("./chunk-IPSH3FGO.js"), "score"),
  radar: /* @__PURE__ */ __name(() => import("./chunk-HSRGBCXL.js"), "radar"),
  panel: /* @__PURE__ */ __name(() => import("./chunk-3SFSJH27.js"), "panel"),
  report: /* @__PURE__ */ __name(() => import("./chunk-X7HS26YK.js"), "report"),
  demo: /* @__PURE__ */ __name(() => import("./chunk-RAKEY7ZH.js"), "demo"),
  history: /* @__PURE__ */ __name(() => import("./chunk-RB436R2H.js"), "history"),
  compare: /* @__PURE__ */ __name(() => import("./chunk-WMAVKT25.js"), "compare"),
  merge: /* @__PURE__ */ __name(() => import("./chunk-JISE4PYL.js"), "merge"),
  practice: /* @__PURE__ */ __name(() => import("./chunk-YH4SN3KN.js"), "practice"),
  review: /* @__PURE__ */ __name(() => import("./chunk-IDEUIYBV.js"), "review"),
  schemas: /* @__PURE__ */ __name(() => import("./chunk-NPPBGUHH.js"), "schemas"),
  completion: /* @__PURE__ */ __name(() => import("./chunk-NE6EJJME.js"), "completion"),
  man: /* @__PURE__ */ __name(() => import("./chunk-HOYG6ZGL.js"), "man")
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
