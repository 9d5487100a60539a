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
  validate: /* @__PURE__ */ __name(() => import("./chunk-IQ7SAMS6.js"), "validate"),
  init: /* @__PURE__ */ __name(() => import("./chunk-DZVHMFB2.js"), "init"),
  assess: /* @__PURE__ */ __name(() => import("./chunk-IS27KBNE.js"), "assess"),
  room: /* @__PURE__ */ __name(() => import("./chunk-RC453V5K.js"), "room"),
  set: /* @__PURE__ */ __name(() => import("./chunk-RNIIJG4B.js"), "set"),
  framework: /* @__PURE__ */ __name(() => import("./chunk-57CCAD7A.js"), "framework"),
  score: /* @__PURE__ */ __name(() => import("./chunk-ZCZUBRVU.js"), "score"),
  radar: /* @__PURE__ */ __name(() => import("./chunk-O4IUZLN7.js"), "radar"),
  panel: /* @__PURE__ */ __name(() => import("./chunk-A672DEJW.js"), "panel"),
  report: /* @__PURE__ */ __name(() => import("./chunk-AKYAVAW6.js"), "report"),
  demo: /* @__PURE__ */ __name(() => import("./chunk-IQPIUPZT.js"), "demo"),
  history: /* @__PURE__ */ __name(() => import("./chunk-EM2BCSD2.js"), "history"),
  compare: /* @__PURE__ */ __name(() => import("./chunk-FKZQIWXK.js"), "compare"),
  merge: /* @__PURE__ */ __name(() => import("./chunk-J5QCLRWE.js"), "merge"),
  practice: /* @__PURE__ */ __name(() => import("./chunk-UT4ZST2C.js"), "practice"),
  review: /* @__PURE__ */ __name(() => import("./chunk-6WS463QZ.js"), "review"),
  schemas: /* @__PURE__ */ __name(() => import("./chunk-UZNADX72.js"), "schemas"),
  completion: /* @__PURE__ */ __name(() => import("./chunk-3P7MQYSF.js"), "completion"),
  man: /* @__PURE__ */ __name(() => import("./chunk-G7C22GZZ.js"), "man")
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
