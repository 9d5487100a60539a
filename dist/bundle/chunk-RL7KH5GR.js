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
  validate: /* @__PURE__ */ __name(() => import("./chunk-I7IA7SK6.js"), "validate"),
  init: /* @__PURE__ */ __name(() => import("./chunk-YN7DK5HD.js"), "init"),
  assess: /* @__PURE__ */ __name(() => import("./chunk-JTHDZXBI.js"), "assess"),
  room: /* @__PURE__ */ __name(() => import("./chunk-YPMVVO7U.js"), "room"),
  set: /* @__PURE__ */ __name(() => import("./chunk-2ACBNNKP.js"), "set"),
  framework: /* @__PURE__ */ __name(() => import("./chunk-NH73UR7Q.js"), "framework"),
  score: /* @__PURE__ */ __name(() => import("./chunk-6ASVR642.js"), "score"),
  radar: /* @__PURE__ */ __name(() => import("./chunk-MMEAM5KN.js"), "radar"),
  panel: /* @__PURE__ */ __name(() => import("./chunk-H64J7GBU.js"), "panel"),
  report: /* @__PURE__ */ __name(() => import("./chunk-PWFQR2NL.js"), "report"),
  demo: /* @__PURE__ */ __name(() => import("./chunk-A25RMBCT.js"), "demo"),
  history: /* @__PURE__ */ __name(() => import("./chunk-2MJJWNNN.js"), "history"),
  compare: /* @__PURE__ */ __name(() => import("./chunk-MDVX2EHV.js"), "compare"),
  merge: /* @__PURE__ */ __name(() => import("./chunk-36BYFUKT.js"), "merge"),
  practice: /* @__PURE__ */ __name(() => import("./chunk-NVI2OYEK.js"), "practice"),
  review: /* @__PURE__ */ __name(() => import("./chunk-Q4LGBKSI.js"), "review"),
  schemas: /* @__PURE__ */ __name(() => import("./chunk-CMGYV2MG.js"), "schemas"),
  completion: /* @__PURE__ */ __name(() => import("./chunk-63CYJTOR.js"), "completion"),
  man: /* @__PURE__ */ __name(() => import("./chunk-GKNDOWCI.js"), "man")
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
