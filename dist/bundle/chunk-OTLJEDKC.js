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
  validate: /* @__PURE__ */ __name(() => import("./chunk-VWKCIZJE.js"), "validate"),
  init: /* @__PURE__ */ __name(() => import("./chunk-KU3WYOMC.js"), "init"),
  assess: /* @__PURE__ */ __name(() => import("./chunk-UBG4YBCO.js"), "assess"),
  room: /* @__PURE__ */ __name(() => import("./chunk-QBS3SMG7.js"), "room"),
  set: /* @__PURE__ */ __name(() => import("./chunk-KSMTP66Q.js"), "set"),
  framework: /* @__PURE__ */ __name(() => import("./chunk-4KIXQ36T.js"), "framework"),
  score: /* @__PURE__ */ __name(() => import("./chunk-LNFM2RYC.js"), "score"),
  radar: /* @__PURE__ */ __name(() => import("./chunk-ENGFXPMD.js"), "radar"),
  panel: /* @__PURE__ */ __name(() => import("./chunk-AF7NC6VS.js"), "panel"),
  report: /* @__PURE__ */ __name(() => import("./chunk-R3EWYLWK.js"), "report"),
  demo: /* @__PURE__ */ __name(() => import("./chunk-SZPCRAMJ.js"), "demo"),
  history: /* @__PURE__ */ __name(() => import("./chunk-YL2RA7IW.js"), "history"),
  compare: /* @__PURE__ */ __name(() => import("./chunk-5GH26TK6.js"), "compare"),
  merge: /* @__PURE__ */ __name(() => import("./chunk-VYTQEFL3.js"), "merge"),
  practice: /* @__PURE__ */ __name(() => import("./chunk-XANMTW32.js"), "practice"),
  review: /* @__PURE__ */ __name(() => import("./chunk-XGVKBEWK.js"), "review"),
  schemas: /* @__PURE__ */ __name(() => import("./chunk-DAY2KCNR.js"), "schemas"),
  completion: /* @__PURE__ */ __name(() => import("./chunk-37HTB53Q.js"), "completion"),
  man: /* @__PURE__ */ __name(() => import("./chunk-K44TBQVB.js"), "man")
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
