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
  validate: /* @__PURE__ */ __name(() => import("./chunk-XFALMWXK.js"), "validate"),
  init: /* @__PURE__ */ __name(() => import("./chunk-GL4LXJJ4.js"), "init"),
  assess: /* @__PURE__ */ __name(() => import("./chunk-4LMBGC6J.js"), "assess"),
  room: /* @__PURE__ */ __name(() => import("./chunk-PYFZQGK2.js"), "room"),
  set: /* @__PURE__ */ __name(() => import("./chunk-ZZ3UDPH6.js"), "set"),
  framework: /* @__PURE__ */ __name(() => import("./chunk-VY7JZDH7.js"), "framework"),
  score: /* @__PURE__ */ __name(() => import("./chunk-INQG7I4H.js"), "score"),
  radar: /* @__PURE__ */ __name(() => import("./chunk-KYZ3KDDU.js"), "radar"),
  panel: /* @__PURE__ */ __name(() => import("./chunk-HKDQHTO4.js"), "panel"),
  report: /* @__PURE__ */ __name(() => import("./chunk-6BQPLQ4Y.js"), "report"),
  demo: /* @__PURE__ */ __name(() => import("./chunk-CIJSECIU.js"), "demo"),
  history: /* @__PURE__ */ __name(() => import("./chunk-RCTSHJ6Q.js"), "history"),
  compare: /* @__PURE__ */ __name(() => import("./chunk-4GRMLM2L.js"), "compare"),
  merge: /* @__PURE__ */ __name(() => import("./chunk-CNMCKWFC.js"), "merge"),
  practice: /* @__PURE__ */ __name(() => import("./chunk-6UHX5IVH.js"), "practice"),
  review: /* @__PURE__ */ __name(() => import("./chunk-AOCN6FRM.js"), "review"),
  schemas: /* @__PURE__ */ __name(() => import("./chunk-BAW7K6CW.js"), "schemas"),
  completion: /* @__PURE__ */ __name(() => import("./chunk-3LHO3RIZ.js"), "completion"),
  man: /* @__PURE__ */ __name(() => import("./chunk-4N2NKPBV.js"), "man")
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
