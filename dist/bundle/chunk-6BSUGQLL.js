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
  validate: /* @__PURE__ */ __name(() => import("./chunk-L64YAWME.js"), "validate"),
  init: /* @__PURE__ */ __name(() => import("./chunk-HYWRJHMF.js"), "init"),
  assess: /* @__PURE__ */ __name(() => import("./chunk-7SUOJFXX.js"), "assess"),
  room: /* @__PURE__ */ __name(() => import("./chunk-6QFMXG5Z.js"), "room"),
  set: /* @__PURE__ */ __name(() => import("./chunk-YWCGCED5.js"), "set"),
  framework: /* @__PURE__ */ __name(() => import("./chunk-3DNWD2B6.js"), "framework"),
  score: /* @__PURE__ */ __name(() => import("./chunk-KE5UYT32.js"), "score"),
  radar: /* @__PURE__ */ __name(() => import("./chunk-IKLTUMPP.js"), "radar"),
  panel: /* @__PURE__ */ __name(() => import("./chunk-BWL4CH4X.js"), "panel"),
  report: /* @__PURE__ */ __name(() => import("./chunk-Z4NN26JP.js"), "report"),
  demo: /* @__PURE__ */ __name(() => import("./chunk-32AR4KXB.js"), "demo"),
  history: /* @__PURE__ */ __name(() => import("./chunk-QAGVAHSH.js"), "history"),
  compare: /* @__PURE__ */ __name(() => import("./chunk-IJATXEZG.js"), "compare"),
  merge: /* @__PURE__ */ __name(() => import("./chunk-W5U3CSXR.js"), "merge"),
  practice: /* @__PURE__ */ __name(() => import("./chunk-SA4Y6KDG.js"), "practice"),
  review: /* @__PURE__ */ __name(() => import("./chunk-24DLT5ZR.js"), "review"),
  schemas: /* @__PURE__ */ __name(() => import("./chunk-XZANMRUS.js"), "schemas"),
  completion: /* @__PURE__ */ __name(() => import("./chunk-S5GS2GWI.js"), "completion"),
  man: /* @__PURE__ */ __name(() => import("./chunk-TQTWYJRA.js"), "man")
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
