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
  validate: /* @__PURE__ */ __name(() => import("./chunk-TJTZEEBF.js"), "validate"),
  init: /* @__PURE__ */ __name(() => import("./chunk-Z2I5UDPO.js"), "init"),
  assess: /* @__PURE__ */ __name(() => import("./chunk-PCNWWV6P.js"), "assess"),
  room: /* @__PURE__ */ __name(() => import("./chunk-N62KHSW6.js"), "room"),
  set: /* @__PURE__ */ __name(() => import("./chunk-X3ZUA5TJ.js"), "set"),
  framework: /* @__PURE__ */ __name(() => import("./chunk-5IH5MVHQ.js"), "framework"),
  score: /* @__PURE__ */ __name(() => import("./chunk-3GQW634U.js"), "score"),
  radar: /* @__PURE__ */ __name(() => import("./chunk-UK5MJXR2.js"), "radar"),
  panel: /* @__PURE__ */ __name(() => import("./chunk-2HXRPP7W.js"), "panel"),
  report: /* @__PURE__ */ __name(() => import("./chunk-7JY7EI4C.js"), "report"),
  demo: /* @__PURE__ */ __name(() => import("./chunk-MHMI5RVK.js"), "demo"),
  history: /* @__PURE__ */ __name(() => import("./chunk-E67S5PLV.js"), "history"),
  compare: /* @__PURE__ */ __name(() => import("./chunk-3SH3Z4IP.js"), "compare"),
  merge: /* @__PURE__ */ __name(() => import("./chunk-HVQQ4C2N.js"), "merge"),
  practice: /* @__PURE__ */ __name(() => import("./chunk-CNWU47IZ.js"), "practice"),
  review: /* @__PURE__ */ __name(() => import("./chunk-3UIYXLVI.js"), "review"),
  schemas: /* @__PURE__ */ __name(() => import("./chunk-UZNADX72.js"), "schemas"),
  completion: /* @__PURE__ */ __name(() => import("./chunk-IY5FY2SZ.js"), "completion"),
  man: /* @__PURE__ */ __name(() => import("./chunk-B2IALM56.js"), "man")
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
