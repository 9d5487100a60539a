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
  validate: /* @__PURE__ */ __name(() => import("./chunk-YTBAGV7F.js"), "validate"),
  init: /* @__PURE__ */ __name(() => import("./chunk-63LIVRJE.js"), "init"),
  assess: /* @__PURE__ */ __name(() => import("./chunk-63EZ6CV6.js"), "assess"),
  room: /* @__PURE__ */ __name(() => import("./chunk-6DPWG2BR.js"), "room"),
  set: /* @__PURE__ */ __name(() => import("./chunk-SB65Y4GI.js"), "set"),
  framework: /* @__PURE__ */ __name(() => import("./chunk-TRCXR2IZ.js"), "framework"),
  score: /* @__PURE__ */ __name(() => import("./chunk-U4CF75JI.js"), "score"),
  radar: /* @__PURE__ */ __name(() => import("./chunk-7FT7H7VI.js"), "radar"),
  panel: /* @__PURE__ */ __name(() => import("./chunk-2DZVRT26.js"), "panel"),
  report: /* @__PURE__ */ __name(() => import("./chunk-6MMFACRO.js"), "report"),
  demo: /* @__PURE__ */ __name(() => import("./chunk-KJORF2CU.js"), "demo"),
  history: /* @__PURE__ */ __name(() => import("./chunk-JVE4BEZC.js"), "history"),
  compare: /* @__PURE__ */ __name(() => import("./chunk-AORR42QJ.js"), "compare"),
  merge: /* @__PURE__ */ __name(() => import("./chunk-GMCMJJMA.js"), "merge"),
  practice: /* @__PURE__ */ __name(() => import("./chunk-JWPMNFW2.js"), "practice"),
  review: /* @__PURE__ */ __name(() => import("./chunk-VZYJLXUU.js"), "review"),
  schemas: /* @__PURE__ */ __name(() => import("./chunk-XVM4RPEG.js"), "schemas"),
  completion: /* @__PURE__ */ __name(() => import("./chunk-PG4D7TR4.js"), "completion"),
  man: /* @__PURE__ */ __name(() => import("./chunk-HXW55CE2.js"), "man")
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
