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
  validate: /* @__PURE__ */ __name(() => import("./chunk-BICV4I7E.js"), "validate"),
  init: /* @__PURE__ */ __name(() => import("./chunk-MM22PWEA.js"), "init"),
  assess: /* @__PURE__ */ __name(() => import("./chunk-EJ3W66ST.js"), "assess"),
  room: /* @__PURE__ */ __name(() => import("./chunk-J5SDIG22.js"), "room"),
  set: /* @__PURE__ */ __name(() => import("./chunk-73RBJLW7.js"), "set"),
  framework: /* @__PURE__ */ __name(() => import("./chunk-V52G44VR.js"), "framework"),
  score: /* @__PURE__ */ __name(() => import("./chunk-6WGJ55PL.js"), "score"),
  radar: /* @__PURE__ */ __name(() => import("./chunk-XOF4KB2T.js"), "radar"),
  panel: /* @__PURE__ */ __name(() => import("./chunk-KHM4EKTN.js"), "panel"),
  report: /* @__PURE__ */ __name(() => import("./chunk-WS6CX7PC.js"), "report"),
  demo: /* @__PURE__ */ __name(() => import("./chunk-TLF4RCS5.js"), "demo"),
  history: /* @__PURE__ */ __name(() => import("./chunk-BT5QBMZB.js"), "history"),
  compare: /* @__PURE__ */ __name(() => import("./chunk-6CCSWUIT.js"), "compare"),
  merge: /* @__PURE__ */ __name(() => import("./chunk-7NNNPRER.js"), "merge"),
  practice: /* @__PURE__ */ __name(() => import("./chunk-F5TWPBLX.js"), "practice"),
  review: /* @__PURE__ */ __name(() => import("./chunk-JMOSDQX3.js"), "review"),
  schemas: /* @__PURE__ */ __name(() => import("./chunk-KG7IAZWM.js"), "schemas"),
  completion: /* @__PURE__ */ __name(() => import("./chunk-AFRBH5PG.js"), "completion"),
  man: /* @__PURE__ */ __name(() => import("./chunk-2CZ3VOX7.js"), "man")
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
