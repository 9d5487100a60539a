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
  validate: /* @__PURE__ */ __name(() => import("./chunk-2YZ7L22Q.js"), "validate"),
  init: /* @__PURE__ */ __name(() => import("./chunk-CYPU44DQ.js"), "init"),
  assess: /* @__PURE__ */ __name(() => import("./chunk-YIRXVJPL.js"), "assess"),
  room: /* @__PURE__ */ __name(() => import("./chunk-5LXPWG36.js"), "room"),
  set: /* @__PURE__ */ __name(() => import("./chunk-3GQ5QJTT.js"), "set"),
  framework: /* @__PURE__ */ __name(() => import("./chunk-6J7HBJPD.js"), "framework"),
  score: /* @__PURE__ */ __name(() => import("./chunk-BIMIR5M2.js"), "score"),
  radar: /* @__PURE__ */ __name(() => import("./chunk-LV75LWEV.js"), "radar"),
  panel: /* @__PURE__ */ __name(() => import("./chunk-LLTKPJBX.js"), "panel"),
  report: /* @__PURE__ */ __name(() => import("./chunk-AL22HUAI.js"), "report"),
  demo: /* @__PURE__ */ __name(() => import("./chunk-KVWNBS2H.js"), "demo"),
  history: /* @__PURE__ */ __name(() => import("./chunk-KD7VYPC3.js"), "history"),
  compare: /* @__PURE__ */ __name(() => import("./chunk-OBQV2PWR.js"), "compare"),
  merge: /* @__PURE__ */ __name(() => import("./chunk-P4JHBQZA.js"), "merge"),
  practice: /* @__PURE__ */ __name(() => import("./chunk-MRV3A5CI.js"), "practice"),
  review: /* @__PURE__ */ __name(() => import("./chunk-LHDITANZ.js"), "review"),
  schemas: /* @__PURE__ */ __name(() => import("./chunk-XZANMRUS.js"), "schemas"),
  completion: /* @__PURE__ */ __name(() => import("./chunk-X3MIMGQE.js"), "completion"),
  man: /* @__PURE__ */ __name(() => import("./chunk-P7Q2NIH6.js"), "man")
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
