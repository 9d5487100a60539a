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
  validate: /* @__PURE__ */ __name(() => import("./chunk-BXWKPB4W.js"), "validate"),
  init: /* @__PURE__ */ __name(() => import("./chunk-GIR2DB6B.js"), "init"),
  assess: /* @__PURE__ */ __name(() => import("./chunk-D7M7HHBF.js"), "assess"),
  room: /* @__PURE__ */ __name(() => import("./chunk-FI3SRFMN.js"), "room"),
  set: /* @__PURE__ */ __name(() => import("./chunk-RNELGMID.js"), "set"),
  framework: /* @__PURE__ */ __name(() => import("./chunk-2ZR77NVJ.js"), "framework"),
  score: /* @__PURE__ */ __name(() => import("./chunk-Y3ZBGVRK.js"), "score"),
  radar: /* @__PURE__ */ __name(() => import("./chunk-KTVGGF6H.js"), "radar"),
  panel: /* @__PURE__ */ __name(() => import("./chunk-MK7UZCPX.js"), "panel"),
  report: /* @__PURE__ */ __name(() => import("./chunk-3FIDA2HT.js"), "report"),
  demo: /* @__PURE__ */ __name(() => import("./chunk-Y5FUW4IY.js"), "demo"),
  history: /* @__PURE__ */ __name(() => import("./chunk-QY65DNHB.js"), "history"),
  compare: /* @__PURE__ */ __name(() => import("./chunk-N73FVCZ6.js"), "compare"),
  merge: /* @__PURE__ */ __name(() => import("./chunk-3JPKYCVP.js"), "merge"),
  practice: /* @__PURE__ */ __name(() => import("./chunk-ZT3RJWYA.js"), "practice"),
  review: /* @__PURE__ */ __name(() => import("./chunk-3RFJXCHO.js"), "review"),
  schemas: /* @__PURE__ */ __name(() => import("./chunk-FSSI6KPB.js"), "schemas"),
  completion: /* @__PURE__ */ __name(() => import("./chunk-QWDJLCWN.js"), "completion"),
  man: /* @__PURE__ */ __name(() => import("./chunk-Y3Q5IJZB.js"), "man")
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
