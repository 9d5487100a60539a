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
  validate: /* @__PURE__ */ __name(() => import("./chunk-WYINXQV3.js"), "validate"),
  init: /* @__PURE__ */ __name(() => import("./chunk-HSOKJZER.js"), "init"),
  assess: /* @__PURE__ */ __name(() => import("./chunk-QHTCOA2W.js"), "assess"),
  room: /* @__PURE__ */ __name(() => import("./chunk-I3KIY7JP.js"), "room"),
  set: /* @__PURE__ */ __name(() => import("./chunk-WW2327GJ.js"), "set"),
  framework: /* @__PURE__ */ __name(() => import("./chunk-HE72QO4Z.js"), "framework"),
  score: /* @__PURE__ */ __name(() => import("./chunk-XD45K5SY.js"), "score"),
  radar: /* @__PURE__ */ __name(() => import("./chunk-CEAE7LTP.js"), "radar"),
  panel: /* @__PURE__ */ __name(() => import("./chunk-IXRFRXEJ.js"), "panel"),
  report: /* @__PURE__ */ __name(() => import("./chunk-B3DYII4K.js"), "report"),
  demo: /* @__PURE__ */ __name(() => import("./chunk-FZJZA6MF.js"), "demo"),
  history: /* @__PURE__ */ __name(() => import("./chunk-YLMQYVWF.js"), "history"),
  compare: /* @__PURE__ */ __name(() => import("./chunk-4GRMLM2L.js"), "compare"),
  merge: /* @__PURE__ */ __name(() => import("./chunk-6Y2PPWLK.js"), "merge"),
  practice: /* @__PURE__ */ __name(() => import("./chunk-2R3X27NO.js"), "practice"),
  review: /* @__PURE__ */ __name(() => import("./chunk-4E2C7A45.js"), "review"),
  schemas: /* @__PURE__ */ __name(() => import("./chunk-BAW7K6CW.js"), "schemas"),
  completion: /* @__PURE__ */ __name(() => import("./chunk-UYXTGI5T.js"), "completion"),
  man: /* @__PURE__ */ __name(() => import("./chunk-7FAYFVSJ.js"), "man")
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
