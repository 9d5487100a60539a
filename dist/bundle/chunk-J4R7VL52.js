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
  validate: /* @__PURE__ */ __name(() => import("./chunk-VXMFI3VB.js"), "validate"),
  init: /* @__PURE__ */ __name(() => import("./chunk-46OKWFMV.js"), "init"),
  assess: /* @__PURE__ */ __name(() => import("./chunk-WGEZ2DA4.js"), "assess"),
  room: /* @__PURE__ */ __name(() => import("./chunk-JEHT3EKN.js"), "room"),
  set: /* @__PURE__ */ __name(() => import("./chunk-KEWHCDCS.js"), "set"),
  framework: /* @__PURE__ */ __name(() => import("./chunk-324CXP3H.js"), "framework"),
  score: /* @__PURE__ */ __name(() => import("./chunk-APRBGSNJ.js"), "score"),
  radar: /* @__PURE__ */ __name(() => import("./chunk-WK3ZVXEP.js"), "radar"),
  panel: /* @__PURE__ */ __name(() => import("./chunk-OA3FJ4XT.js"), "panel"),
  report: /* @__PURE__ */ __name(() => import("./chunk-3QDGPFOG.js"), "report"),
  demo: /* @__PURE__ */ __name(() => import("./chunk-HOYZDBQ2.js"), "demo"),
  history: /* @__PURE__ */ __name(() => import("./chunk-625HZQQM.js"), "history"),
  compare: /* @__PURE__ */ __name(() => import("./chunk-5GH26TK6.js"), "compare"),
  merge: /* @__PURE__ */ __name(() => import("./chunk-2RWEFFWX.js"), "merge"),
  practice: /* @__PURE__ */ __name(() => import("./chunk-BSHTNJTT.js"), "practice"),
  review: /* @__PURE__ */ __name(() => import("./chunk-THJEQOS4.js"), "review"),
  schemas: /* @__PURE__ */ __name(() => import("./chunk-DAY2KCNR.js"), "schemas"),
  completion: /* @__PURE__ */ __name(() => import("./chunk-4ENKCYIO.js"), "completion"),
  man: /* @__PURE__ */ __name(() => import("./chunk-ISHSWIRB.js"), "man")
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
