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
  validate: /* @__PURE__ */ __name(() => import("./chunk-VL257LSH.js"), "validate"),
  init: /* @__PURE__ */ __name(() => import("./chunk-KPEWUKAY.js"), "init"),
  assess: /* @__PURE__ */ __name(() => import("./chunk-XLVEFEKZ.js"), "assess"),
  room: /* @__PURE__ */ __name(() => import("./chunk-5ZTNG377.js"), "room"),
  set: /* @__PURE__ */ __name(() => import("./chunk-G3537F6O.js"), "set"),
  framework: /* @__PURE__ */ __name(() => import("./chunk-MR5FD6A3.js"), "framework"),
  score: /* @__PURE__ */ __name(() => import("./chunk-6SYHCKYQ.js"), "score"),
  radar: /* @__PURE__ */ __name(() => import("./chunk-YV5C6IU5.js"), "radar"),
  panel: /* @__PURE__ */ __name(() => import("./chunk-BZ5ZVZAF.js"), "panel"),
  report: /* @__PURE__ */ __name(() => import("./chunk-4TDTKL6W.js"), "report"),
  demo: /* @__PURE__ */ __name(() => import("./chunk-OYMACTER.js"), "demo"),
  history: /* @__PURE__ */ __name(() => import("./chunk-NG6NBM4S.js"), "history"),
  compare: /* @__PURE__ */ __name(() => import("./chunk-E33OLCQA.js"), "compare"),
  merge: /* @__PURE__ */ __name(() => import("./chunk-ZY3HY5OV.js"), "merge"),
  practice: /* @__PURE__ */ __name(() => import("./chunk-VKEAK22A.js"), "practice"),
  review: /* @__PURE__ */ __name(() => import("./chunk-Y2WDHBSN.js"), "review"),
  schemas: /* @__PURE__ */ __name(() => import("./chunk-UZNADX72.js"), "schemas"),
  completion: /* @__PURE__ */ __name(() => import("./chunk-VN6RNW27.js"), "completion"),
  man: /* @__PURE__ */ __name(() => import("./chunk-GWX67VJH.js"), "man")
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
