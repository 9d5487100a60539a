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
  validate: /* @__PURE__ */ __name(() => import("./chunk-4XXD2CEN.js"), "validate"),
  init: /* @__PURE__ */ __name(() => import("./chunk-2GMZI2BI.js"), "init"),
  assess: /* @__PURE__ */ __name(() => import("./chunk-AXSYS33G.js"), "assess"),
  room: /* @__PURE__ */ __name(() => import("./chunk-WXRNJKEZ.js"), "room"),
  set: /* @__PURE__ */ __name(() => import("./chunk-FHWE4EEN.js"), "set"),
  framework: /* @__PURE__ */ __name(() => import("./chunk-TLA6FNYW.js"), "framework"),
  score: /* @__PURE__ */ __name(() => import("./chunk-FHMYK2S6.js"), "score"),
  radar: /* @__PURE__ */ __name(() => import("./chunk-SCRHUT75.js"), "radar"),
  panel: /* @__PURE__ */ __name(() => import("./chunk-4FMOQ52E.js"), "panel"),
  report: /* @__PURE__ */ __name(() => import("./chunk-XZMXON3K.js"), "report"),
  demo: /* @__PURE__ */ __name(() => import("./chunk-B5S36H5V.js"), "demo"),
  history: /* @__PURE__ */ __name(() => import("./chunk-SPK5CTTR.js"), "history"),
  compare: /* @__PURE__ */ __name(() => import("./chunk-ENQRGEWZ.js"), "compare"),
  merge: /* @__PURE__ */ __name(() => import("./chunk-HQ55HZKV.js"), "merge"),
  practice: /* @__PURE__ */ __name(() => import("./chunk-SVL2JT5Z.js"), "practice"),
  review: /* @__PURE__ */ __name(() => import("./chunk-IQRFQHKP.js"), "review"),
  schemas: /* @__PURE__ */ __name(() => import("./chunk-NPPBGUHH.js"), "schemas"),
  completion: /* @__PURE__ */ __name(() => import("./chunk-YLSKXAAO.js"), "completion"),
  man: /* @__PURE__ */ __name(() => import("./chunk-NRGGUNZM.js"), "man")
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
