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
  validate: /* @__PURE__ */ __name(() => import("./chunk-CL6BTAB5.js"), "validate"),
  init: /* @__PURE__ */ __name(() => import("./chunk-US47CTRP.js"), "init"),
  assess: /* @__PURE__ */ __name(() => import("./chunk-PPZQLRKX.js"), "assess"),
  room: /* @__PURE__ */ __name(() => import("./chunk-ZXGNQ3PP.js"), "room"),
  set: /* @__PURE__ */ __name(() => import("./chunk-DBIX44DB.js"), "set"),
  framework: /* @__PURE__ */ __name(() => import("./chunk-AM4KQ6XD.js"), "framework"),
  score: /* @__PURE__ */ __name(() => import("./chunk-5JB675G4.js"), "score"),
  radar: /* @__PURE__ */ __name(() => import("./chunk-YMNS3WTP.js"), "radar"),
  panel: /* @__PURE__ */ __name(() => import("./chunk-35QJBSU7.js"), "panel"),
  report: /* @__PURE__ */ __name(() => import("./chunk-PRF7JB7D.js"), "report"),
  demo: /* @__PURE__ */ __name(() => import("./chunk-3PAZRKXU.js"), "demo"),
  history: /* @__PURE__ */ __name(() => import("./chunk-IJ6BL4HE.js"), "history"),
  compare: /* @__PURE__ */ __name(() => import("./chunk-MDVX2EHV.js"), "compare"),
  merge: /* @__PURE__ */ __name(() => import("./chunk-XGRRRFNQ.js"), "merge"),
  practice: /* @__PURE__ */ __name(() => import("./chunk-CFQXE65Y.js"), "practice"),
  review: /* @__PURE__ */ __name(() => import("./chunk-M4P5OZV7.js"), "review"),
  schemas: /* @__PURE__ */ __name(() => import("./chunk-CMGYV2MG.js"), "schemas"),
  completion: /* @__PURE__ */ __name(() => import("./chunk-RIPNOVAG.js"), "completion"),
  man: /* @__PURE__ */ __name(() => import("./chunk-65BVVZCI.js"), "man")
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
