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
  validate: /* @__PURE__ */ __name(() => import("./chunk-33MO6UQU.js"), "validate"),
  init: /* @__PURE__ */ __name(() => import("./chunk-2NSUWDPT.js"), "init"),
  assess: /* @__PURE__ */ __name(() => import("./chunk-BKFQXNFU.js"), "assess"),
  room: /* @__PURE__ */ __name(() => import("./chunk-LOXIGGXJ.js"), "room"),
  set: /* @__PURE__ */ __name(() => import("./chunk-LVBSAENR.js"), "set"),
  framework: /* @__PURE__ */ __name(() => import("./chunk-UPR3HCOX.js"), "framework"),
  score: /* @__PURE__ */ __name(() => import("./chunk-2MD3R3DJ.js"), "score"),
  radar: /* @__PURE__ */ __name(() => import("./chunk-IT4CX5WQ.js"), "radar"),
  panel: /* @__PURE__ */ __name(() => import("./chunk-FNYPF6Q6.js"), "panel"),
  report: /* @__PURE__ */ __name(() => import("./chunk-SAWVUN2I.js"), "report"),
  demo: /* @__PURE__ */ __name(() => import("./chunk-DJEPJ432.js"), "demo"),
  history: /* @__PURE__ */ __name(() => import("./chunk-2L6P232G.js"), "history"),
  compare: /* @__PURE__ */ __name(() => import("./chunk-6CCSWUIT.js"), "compare"),
  merge: /* @__PURE__ */ __name(() => import("./chunk-CTAQ6EZU.js"), "merge"),
  practice: /* @__PURE__ */ __name(() => import("./chunk-HFRKUNLZ.js"), "practice"),
  review: /* @__PURE__ */ __name(() => import("./chunk-2MMEGE7L.js"), "review"),
  schemas: /* @__PURE__ */ __name(() => import("./chunk-KG7IAZWM.js"), "schemas"),
  completion: /* @__PURE__ */ __name(() => import("./chunk-BTQUQ7FS.js"), "completion"),
  man: /* @__PURE__ */ __name(() => import("./chunk-P2PZNLRM.js"), "man")
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
