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
  init: /* @__PURE__ */ __name(() => import("./chunk-VUI4YMJ6.js"), "init"),
  assess: /* @__PURE__ */ __name(() => import("./chunk-63EZ6CV6.js"), "assess"),
  room: /* @__PURE__ */ __name(() => import("./chunk-6DPWG2BR.js"), "room"),
  set: /* @__PURE__ */ __name(() => import("./chunk-SB65Y4GI.js"), "set"),
  framework: /* @__PURE__ */ __name(() => import("./chunk-SXCVKSGR.js"), "framework"),
  score: /* @__PURE__ */ __name(() => import("./chunk-U4CF75JI.js"), "score"),
  radar: /* @__PURE__ */ __name(() => import("./chunk-6LPJCKG5.js"), "radar"),
  panel: /* @__PURE__ */ __name(() => import("./chunk-GHVHCD3Y.js"), "panel"),
  report: /* @__PURE__ */ __name(() => import("./chunk-QM7XLBIL.js"), "report"),
  demo: /* @__PURE__ */ __name(() => import("./chunk-T7XPO4Q7.js"), "demo"),
  history: /* @__PURE__ */ __name(() => import("./chunk-Z5KFQEYD.js"), "history"),
  compare: /* @__PURE__ */ __name(() => import("./chunk-72TJUILT.js"), "compare"),
  merge: /* @__PURE__ */ __name(() => import("./chunk-S27UJNSJ.js"), "merge"),
  practice: /* @__PURE__ */ __name(() => import("./chunk-KER3D22T.js"), "practice"),
  review: /* @__PURE__ */ __name(() => import("./chunk-Z2AW65HG.js"), "review"),
  schemas: /* @__PURE__ */ __name(() => import("./chunk-25MBGNJC.js"), "schemas"),
  completion: /* @__PURE__ */ __name(() => import("./chunk-XW4WUMHK.js"), "completion"),
  man: /* @__PURE__ */ __name(() => import("./chunk-UIVJHBFT.js"), "man")
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
