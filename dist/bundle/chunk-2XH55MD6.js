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
  init: /* @__PURE__ */ __name(() => import("./chunk-7BCNYEKA.js"), "init"),
  assess: /* @__PURE__ */ __name(() => import("./chunk-63EZ6CV6.js"), "assess"),
  room: /* @__PURE__ */ __name(() => import("./chunk-6DPWG2BR.js"), "room"),
  set: /* @__PURE__ */ __name(() => import("./chunk-SB65Y4GI.js"), "set"),
  framework: /* @__PURE__ */ __name(() => import("./chunk-PDDQ2S4Q.js"), "framework"),
  score: /* @__PURE__ */ __name(() => import("./chunk-U4CF75JI.js"), "score"),
  radar: /* @__PURE__ */ __name(() => import("./chunk-SYV35U3P.js"), "radar"),
  panel: /* @__PURE__ */ __name(() => import("./chunk-RTY2ZU3L.js"), "panel"),
  report: /* @__PURE__ */ __name(() => import("./chunk-ABHNWOSC.js"), "report"),
  demo: /* @__PURE__ */ __name(() => import("./chunk-WWXACMRM.js"), "demo"),
  history: /* @__PURE__ */ __name(() => import("./chunk-KWIVSERF.js"), "history"),
  compare: /* @__PURE__ */ __name(() => import("./chunk-6CCSWUIT.js"), "compare"),
  merge: /* @__PURE__ */ __name(() => import("./chunk-U3AJLKT2.js"), "merge"),
  practice: /* @__PURE__ */ __name(() => import("./chunk-NBNQGN4Z.js"), "practice"),
  review: /* @__PURE__ */ __name(() => import("./chunk-JRYSD5PW.js"), "review"),
  schemas: /* @__PURE__ */ __name(() => import("./chunk-KG7IAZWM.js"), "schemas"),
  completion: /* @__PURE__ */ __name(() => import("./chunk-52SKXMRY.js"), "completion"),
  man: /* @__PURE__ */ __name(() => import("./chunk-CIXKMK6G.js"), "man")
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
