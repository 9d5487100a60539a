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
  validate: /* @__PURE__ */ __name(() => import("./chunk-ZL4Q4OWM.js"), "validate"),
  init: /* @__PURE__ */ __name(() => import("./chunk-SN2CJXSE.js"), "init"),
  assess: /* @__PURE__ */ __name(() => import("./chunk-QYKUWDNY.js"), "assess"),
  room: /* @__PURE__ */ __name(() => import("./chunk-PBCSYXZ6.js"), "room"),
  set: /* @__PURE__ */ __name(() => import("./chunk-42GRE2QO.js"), "set"),
  framework: /* @__PURE__ */ __name(() => import("./chunk-YWIMEV4C.js"), "framework"),
  score: /* @__PURE__ */ __name(() => import("./chunk-LWPEUIBF.js"), "score"),
  radar: /* @__PURE__ */ __name(() => import("./chunk-2AU7NAVS.js"), "radar"),
  panel: /* @__PURE__ */ __name(() => import("./chunk-XADPGSUR.js"), "panel"),
  report: /* @__PURE__ */ __name(() => import("./chunk-OMTRITGL.js"), "report"),
  demo: /* @__PURE__ */ __name(() => import("./chunk-JB7JCHXE.js"), "demo"),
  history: /* @__PURE__ */ __name(() => import("./chunk-QFTM67MX.js"), "history"),
  compare: /* @__PURE__ */ __name(() => import("./chunk-4CT5C6LI.js"), "compare"),
  merge: /* @__PURE__ */ __name(() => import("./chunk-W6OL3F72.js"), "merge"),
  practice: /* @__PURE__ */ __name(() => import("./chunk-IJZUMT65.js"), "practice"),
  review: /* @__PURE__ */ __name(() => import("./chunk-2Q3XHS2Q.js"), "review"),
  schemas: /* @__PURE__ */ __name(() => import("./chunk-BAW7K6CW.js"), "schemas"),
  completion: /* @__PURE__ */ __name(() => import("./chunk-4XANW5Q3.js"), "completion"),
  man: /* @__PURE__ */ __name(() => import("./chunk-SMEI6SDQ.js"), "man")
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
