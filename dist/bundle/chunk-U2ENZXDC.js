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
  validate: /* @__PURE__ */ __name(() => import("./chunk-BLZWJ5QM.js"), "validate"),
  init: /* @__PURE__ */ __name(() => import("./chunk-KYX52CDZ.js"), "init"),
  assess: /* @__PURE__ */ __name(() => import("./chunk-2SFULUBI.js"), "assess"),
  room: /* @__PURE__ */ __name(() => import("./chunk-LHNEZ3BV.js"), "room"),
  set: /* @__PURE__ */ __name(() => import("./chunk-X235TO6Y.js"), "set"),
  framework: /* @__PURE__ */ __name(() => import("./chunk-ZRLNU6H6.js"), "framework"),
  score: /* @__PURE__ */ __name(() => import("./chunk-4QTRMGIQ.js"), "score"),
  radar: /* @__PURE__ */ __name(() => import("./chunk-KSID5DZF.js"), "radar"),
  panel: /* @__PURE__ */ __name(() => import("./chunk-HLXVFQU6.js"), "panel"),
  report: /* @__PURE__ */ __name(() => import("./chunk-RKRN4KXV.js"), "report"),
  demo: /* @__PURE__ */ __name(() => import("./chunk-CFK2MLLM.js"), "demo"),
  history: /* @__PURE__ */ __name(() => import("./chunk-ZIAVWVBV.js"), "history"),
  compare: /* @__PURE__ */ __name(() => import("./chunk-FVD4BSYR.js"), "compare"),
  merge: /* @__PURE__ */ __name(() => import("./chunk-T23ZPELD.js"), "merge"),
  practice: /* @__PURE__ */ __name(() => import("./chunk-7N6LO5PW.js"), "practice"),
  review: /* @__PURE__ */ __name(() => import("./chunk-D3LU7MQJ.js"), "review"),
  schemas: /* @__PURE__ */ __name(() => import("./chunk-UZNADX72.js"), "schemas"),
  completion: /* @__PURE__ */ __name(() => import("./chunk-IHMVPJMJ.js"), "completion"),
  man: /* @__PURE__ */ __name(() => import("./chunk-KN5DEAAS.js"), "man")
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
