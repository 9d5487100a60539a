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
  validate: /* @__PURE__ */ __name(() => import("./chunk-M2QHPCAS.js"), "validate"),
  init: /* @__PURE__ */ __name(() => import("./chunk-FIKMUV6S.js"), "init"),
  assess: /* @__PURE__ */ __name(() => import("./chunk-RO6KX46N.js"), "assess"),
  room: /* @__PURE__ */ __name(() => import("./chunk-VHKJUDG2.js"), "room"),
  set: /* @__PURE__ */ __name(() => import("./chunk-T2NTHXX7.js"), "set"),
  framework: /* @__PURE__ */ __name(() => import("./chunk-BGA7RIIB.js"), "framework"),
  score: /* @__PURE__ */ __name(() => import("./chunk-BJBX7WW5.js"), "score"),
  radar: /* @__PURE__ */ __name(() => import("./chunk-VQ34NN5Z.js"), "radar"),
  panel: /* @__PURE__ */ __name(() => import("./chunk-OOSAWLW5.js"), "panel"),
  report: /* @__PURE__ */ __name(() => import("./chunk-E3IBRDWS.js"), "report"),
  demo: /* @__PURE__ */ __name(() => import("./chunk-3F7ZDJ66.js"), "demo"),
  history: /* @__PURE__ */ __name(() => import("./chunk-LTXJVK3X.js"), "history"),
  compare: /* @__PURE__ */ __name(() => import("./chunk-WJMMSLVC.js"), "compare"),
  merge: /* @__PURE__ */ __name(() => import("./chunk-HVKWE2JC.js"), "merge"),
  practice: /* @__PURE__ */ __name(() => import("./chunk-IC65JOWA.js"), "practice"),
  review: /* @__PURE__ */ __name(() => import("./chunk-HIS5HMZK.js"), "review"),
  schemas: /* @__PURE__ */ __name(() => import("./chunk-WVRIIX6K.js"), "schemas"),
  completion: /* @__PURE__ */ __name(() => import("./chunk-VTYNH5BK.js"), "completion"),
  man: /* @__PURE__ */ __name(() => import("./chunk-TT5GTFQC.js"), "man")
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
