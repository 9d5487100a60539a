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
  validate: /* @__PURE__ */ __name(() => import("./chunk-R6TGPMO3.js"), "validate"),
  init: /* @__PURE__ */ __name(() => import("./chunk-7AHUYJJR.js"), "init"),
  assess: /* @__PURE__ */ __name(() => import("./chunk-4UV6R5AV.js"), "assess"),
  room: /* @__PURE__ */ __name(() => import("./chunk-7HT3AQKM.js"), "room"),
  set: /* @__PURE__ */ __name(() => import("./chunk-JEQEFIZE.js"), "set"),
  framework: /* @__PURE__ */ __name(() => import("./chunk-3GMEM2AS.js"), "framework"),
  score: /* @__PURE__ */ __name(() => import("./chunk-4J4YIU5G.js"), "score"),
  radar: /* @__PURE__ */ __name(() => import("./chunk-FN2KTEG7.js"), "radar"),
  panel: /* @__PURE__ */ __name(() => import("./chunk-KLS2QLNK.js"), "panel"),
  report: /* @__PURE__ */ __name(() => import("./chunk-4YX6HNQ3.js"), "report"),
  demo: /* @__PURE__ */ __name(() => import("./chunk-AS6ANANY.js"), "demo"),
  history: /* @__PURE__ */ __name(() => import("./chunk-6UUUP3YX.js"), "history"),
  compare: /* @__PURE__ */ __name(() => import("./chunk-WFGPTYDC.js"), "compare"),
  merge: /* @__PURE__ */ __name(() => import("./chunk-GOIYIWRX.js"), "merge"),
  practice: /* @__PURE__ */ __name(() => import("./chunk-DCDDHL27.js"), "practice"),
  review: /* @__PURE__ */ __name(() => import("./chunk-HRMUFY5G.js"), "review"),
  schemas: /* @__PURE__ */ __name(() => import("./chunk-CMGYV2MG.js"), "schemas"),
  completion: /* @__PURE__ */ __name(() => import("./chunk-N4XGT4KN.js"), "completion"),
  man: /* @__PURE__ */ __name(() => import("./chunk-SXVDXWYM.js"), "man")
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
