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
  validate: /* @__PURE__ */ __name(() => import("./chunk-LROMOQ6D.js"), "validate"),
  init: /* @__PURE__ */ __name(() => import("./chunk-MXYTQY7F.js"), "init"),
  assess: /* @__PURE__ */ __name(() => import("./chunk-CTKBL5SW.js"), "assess"),
  room: /* @__PURE__ */ __name(() => import("./chunk-I2SZGMDO.js"), "room"),
  set: /* @__PURE__ */ __name(() => import("./chunk-T2SLC65B.js"), "set"),
  framework: /* @__PURE__ */ __name(() => import("./chunk-77RNWCMJ.js"), "framework"),
  score: /* @__PURE__ */ __name(() => import("./chunk-ZW4UOYGX.js"), "score"),
  radar: /* @__PURE__ */ __name(() => import("./chunk-X53XAUUB.js"), "radar"),
  panel: /* @__PURE__ */ __name(() => import("./chunk-NZ4K76I6.js"), "panel"),
  report: /* @__PURE__ */ __name(() => import("./chunk-5W5TJSDL.js"), "report"),
  demo: /* @__PURE__ */ __name(() => import("./chunk-H2O4EAP3.js"), "demo"),
  history: /* @__PURE__ */ __name(() => import("./chunk-RSEKOVMC.js"), "history"),
  compare: /* @__PURE__ */ __name(() => import("./chunk-E33OLCQA.js"), "compare"),
  merge: /* @__PURE__ */ __name(() => import("./chunk-WBR73QT4.js"), "merge"),
  practice: /* @__PURE__ */ __name(() => import("./chunk-V5KAMVUP.js"), "practice"),
  review: /* @__PURE__ */ __name(() => import("./chunk-CXEFDW7C.js"), "review"),
  schemas: /* @__PURE__ */ __name(() => import("./chunk-UZNADX72.js"), "schemas"),
  completion: /* @__PURE__ */ __name(() => import("./chunk-3RFHDXI7.js"), "completion"),
  man: /* @__PURE__ */ __name(() => import("./chunk-XV45KB7P.js"), "man")
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
