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
  validate: /* @__PURE__ */ __name(() => import("./chunk-SSIP5IS2.js"), "validate"),
  init: /* @__PURE__ */ __name(() => import("./chunk-QJGE5WIL.js"), "init"),
  assess: /* @__PURE__ */ __name(() => import("./chunk-Q36X5JRD.js"), "assess"),
  room: /* @__PURE__ */ __name(() => import("./chunk-NQ4UBZK5.js"), "room"),
  set: /* @__PURE__ */ __name(() => import("./chunk-MVHRX4DQ.js"), "set"),
  framework: /* @__PURE__ */ __name(() => import("./chunk-SPGIVUSG.js"), "framework"),
  score: /* @__PURE__ */ __name(() => import("./chunk-2X6W4KTF.js"), "score"),
  radar: /* @__PURE__ */ __name(() => import("./chunk-BBPS6OG4.js"), "radar"),
  panel: /* @__PURE__ */ __name(() => import("./chunk-SA2APE5W.js"), "panel"),
  report: /* @__PURE__ */ __name(() => import("./chunk-SXG5HRVY.js"), "report"),
  demo: /* @__PURE__ */ __name(() => import("./chunk-CYQZMJVX.js"), "demo"),
  history: /* @__PURE__ */ __name(() => import("./chunk-AV7WOAIM.js"), "history"),
  compare: /* @__PURE__ */ __name(() => import("./chunk-JMV4GV4Y.js"), "compare"),
  merge: /* @__PURE__ */ __name(() => import("./chunk-HSAKEO4I.js"), "merge"),
  practice: /* @__PURE__ */ __name(() => import("./chunk-PAMZTWCT.js"), "practice"),
  review: /* @__PURE__ */ __name(() => import("./chunk-4ACXHMUD.js"), "review"),
  schemas: /* @__PURE__ */ __name(() => import("./chunk-WVRIIX6K.js"), "schemas"),
  completion: /* @__PURE__ */ __name(() => import("./chunk-4CGJXN26.js"), "completion"),
  man: /* @__PURE__ */ __name(() => import("./chunk-YH7JWEEY.js"), "man")
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
