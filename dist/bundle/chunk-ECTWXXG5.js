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
  validate: /* @__PURE__ */ __name(() => import("./chunk-QIBN37CM.js"), "validate"),
  init: /* @__PURE__ */ __name(() => import("./chunk-5MKT5EU5.js"), "init"),
  assess: /* @__PURE__ */ __name(() => import("./chunk-PXOHKJFL.js"), "assess"),
  room: /* @__PURE__ */ __name(() => import("./chunk-5MTW2KPF.js"), "room"),
  set: /* @__PURE__ */ __name(() => import("./chunk-QQRP4LM3.js"), "set"),
  framework: /* @__PURE__ */ __name(() => import("./chunk-LYXFF3QF.js"), "framework"),
  score: /* @__PURE__ */ __name(() => import("./chunk-OOYTAIJK.js"), "score"),
  radar: /* @__PURE__ */ __name(() => import("./chunk-2ONPBU6T.js"), "radar"),
  panel: /* @__PURE__ */ __name(() => import("./chunk-BCF2OXAM.js"), "panel"),
  report: /* @__PURE__ */ __name(() => import("./chunk-2OWPGOWH.js"), "report"),
  demo: /* @__PURE__ */ __name(() => import("./chunk-XFOAA343.js"), "demo"),
  history: /* @__PURE__ */ __name(() => import("./chunk-T7J7NPWA.js"), "history"),
  compare: /* @__PURE__ */ __name(() => import("./chunk-3SH3Z4IP.js"), "compare"),
  merge: /* @__PURE__ */ __name(() => import("./chunk-FMVGPOKN.js"), "merge"),
  practice: /* @__PURE__ */ __name(() => import("./chunk-22BX26IH.js"), "practice"),
  review: /* @__PURE__ */ __name(() => import("./chunk-PWLPCMUF.js"), "review"),
  schemas: /* @__PURE__ */ __name(() => import("./chunk-UZNADX72.js"), "schemas"),
  completion: /* @__PURE__ */ __name(() => import("./chunk-PPC3EFGE.js"), "completion"),
  man: /* @__PURE__ */ __name(() => import("./chunk-TEBCRCJV.js"), "man")
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
