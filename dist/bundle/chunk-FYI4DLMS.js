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
  validate: /* @__PURE__ */ __name(() => import("./chunk-OLFYVU53.js"), "validate"),
  init: /* @__PURE__ */ __name(() => import("./chunk-XCTG7OI7.js"), "init"),
  assess: /* @__PURE__ */ __name(() => import("./chunk-QJHCN2FY.js"), "assess"),
  room: /* @__PURE__ */ __name(() => import("./chunk-PP25O6F7.js"), "room"),
  set: /* @__PURE__ */ __name(() => import("./chunk-E7FDRITZ.js"), "set"),
  framework: /* @__PURE__ */ __name(() => import("./chunk-6EXR5DKG.js"), "framework"),
  score: /* @__PURE__ */ __name(() => import("./chunk-2ZYLAA35.js"), "score"),
  radar: /* @__PURE__ */ __name(() => import("./chunk-K5WYBC3M.js"), "radar"),
  panel: /* @__PURE__ */ __name(() => import("./chunk-L6P3N7YY.js"), "panel"),
  report: /* @__PURE__ */ __name(() => import("./chunk-4SGCD2GU.js"), "report"),
  demo: /* @__PURE__ */ __name(() => import("./chunk-WYNC3N2B.js"), "demo"),
  history: /* @__PURE__ */ __name(() => import("./chunk-CA5ATMYA.js"), "history"),
  compare: /* @__PURE__ */ __name(() => import("./chunk-WSQA6ITN.js"), "compare"),
  merge: /* @__PURE__ */ __name(() => import("./chunk-Z35IZ5CH.js"), "merge"),
  practice: /* @__PURE__ */ __name(() => import("./chunk-V2NVOZAL.js"), "practice"),
  review: /* @__PURE__ */ __name(() => import("./chunk-YQYPL7XO.js"), "review"),
  schemas: /* @__PURE__ */ __name(() => import("./chunk-UZNADX72.js"), "schemas"),
  completion: /* @__PURE__ */ __name(() => import("./chunk-PZBTUVPD.js"), "completion"),
  man: /* @__PURE__ */ __name(() => import("./chunk-A6Q4APDC.js"), "man")
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
