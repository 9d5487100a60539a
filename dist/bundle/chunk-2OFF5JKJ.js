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
  validate: /* @__PURE__ */ __name(() => import("./chunk-W4JRTS6M.js"), "validate"),
  init: /* @__PURE__ */ __name(() => import("./chunk-SRTVT2DK.js"), "init"),
  assess: /* @__PURE__ */ __name(() => import("./chunk-2DDESDAU.js"), "assess"),
  room: /* @__PURE__ */ __name(() => import("./chunk-W4KKEYOJ.js"), "room"),
  set: /* @__PURE__ */ __name(() => import("./chunk-7JSKYSNR.js"), "set"),
  framework: /* @__PURE__ */ __name(() => import("./chunk-EVKIYB46.js"), "framework"),
  score: /* @__PURE__ */ __name(() => import("./chunk-VEJLZ2SB.js"), "score"),
  radar: /* @__PURE__ */ __name(() => import("./chunk-EGFEXILD.js"), "radar"),
  panel: /* @__PURE__ */ __name(() => import("./chunk-BAIV7RTV.js"), "panel"),
  report: /* @__PURE__ */ __name(() => import("./chunk-JBR4QFLS.js"), "report"),
  demo: /* @__PURE__ */ __name(() => import("./chunk-AK75Z3TZ.js"), "demo"),
  history: /* @__PURE__ */ __name(() => import("./chunk-MUVNO5Y5.js"), "history"),
  compare: /* @__PURE__ */ __name(() => import("./chunk-CXYBM37F.js"), "compare"),
  merge: /* @__PURE__ */ __name(() => import("./chunk-RPX22QG2.js"), "merge"),
  practice: /* @__PURE__ */ __name(() => import("./chunk-OQF4HDMT.js"), "practice"),
  review: /* @__PURE__ */ __name(() => import("./chunk-GLMEIJYW.js"), "review"),
  schemas: /* @__PURE__ */ __name(() => import("./chunk-BXGUNLI5.js"), "schemas"),
  completion: /* @__PURE__ */ __name(() => import("./chunk-GO77UMG6.js"), "completion"),
  man: /* @__PURE__ */ __name(() => import("./chunk-NGIVNE56.js"), "man")
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
