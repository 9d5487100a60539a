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
  validate: /* @__PURE__ */ __name(() => import("./chunk-URHNUIEN.js"), "validate"),
  init: /* @__PURE__ */ __name(() => import("./chunk-CJIGLHXA.js"), "init"),
  assess: /* @__PURE__ */ __name(() => import("./chunk-ESPMGWBN.js"), "assess"),
  room: /* @__PURE__ */ __name(() => import("./chunk-FMYYJL37.js"), "room"),
  set: /* @__PURE__ */ __name(() => import("./chunk-GOVGTW4M.js"), "set"),
  framework: /* @__PURE__ */ __name(() => import("./chunk-YDNJWQRI.js"), "framework"),
  score: /* @__PURE__ */ __name(() => import("./chunk-KR4XAQLI.js"), "score"),
  radar: /* @__PURE__ */ __name(() => import("./chunk-WXUQVX74.js"), "radar"),
  panel: /* @__PURE__ */ __name(() => import("./chunk-LY3SB5ZW.js"), "panel"),
  report: /* @__PURE__ */ __name(() => import("./chunk-XHKNHFPL.js"), "report"),
  demo: /* @__PURE__ */ __name(() => import("./chunk-KH6MDZFO.js"), "demo"),
  history: /* @__PURE__ */ __name(() => import("./chunk-OUFUYFNH.js"), "history"),
  compare: /* @__PURE__ */ __name(() => import("./chunk-EV7SRN7O.js"), "compare"),
  merge: /* @__PURE__ */ __name(() => import("./chunk-2BNIJ6WG.js"), "merge"),
  practice: /* @__PURE__ */ __name(() => import("./chunk-2QUDIAUL.js"), "practice"),
  review: /* @__PURE__ */ __name(() => import("./chunk-WXMNST2V.js"), "review"),
  schemas: /* @__PURE__ */ __name(() => import("./chunk-KG7IAZWM.js"), "schemas"),
  completion: /* @__PURE__ */ __name(() => import("./chunk-YYUXXDB5.js"), "completion"),
  man: /* @__PURE__ */ __name(() => import("./chunk-6Y2TE7YR.js"), "man")
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
