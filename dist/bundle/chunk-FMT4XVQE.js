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
  validate: /* @__PURE__ */ __name(() => import("./chunk-WONUF5TA.js"), "validate"),
  init: /* @__PURE__ */ __name(() => import("./chunk-G563HAOM.js"), "init"),
  assess: /* @__PURE__ */ __name(() => import("./chunk-D3YDQMSK.js"), "assess"),
  room: /* @__PURE__ */ __name(() => import("./chunk-XJHUXUWO.js"), "room"),
  set: /* @__PURE__ */ __name(() => import("./chunk-SG27QJC6.js"), "set"),
  framework: /* @__PURE__ */ __name(() => import("./chunk-B4Y4WHT2.js"), "framework"),
  score: /* @__PURE__ */ __name(() => import("./chunk-WHMMT6D4.js"), "score"),
  radar: /* @__PURE__ */ __name(() => import("./chunk-6QT7XKJO.js"), "radar"),
  panel: /* @__PURE__ */ __name(() => import("./chunk-KWALIBRG.js"), "panel"),
  report: /* @__PURE__ */ __name(() => import("./chunk-BFNJXZKP.js"), "report"),
  demo: /* @__PURE__ */ __name(() => import("./chunk-IVNK6Z3C.js"), "demo"),
  history: /* @__PURE__ */ __name(() => import("./chunk-IUISN335.js"), "history"),
  compare: /* @__PURE__ */ __name(() => import("./chunk-WJMMSLVC.js"), "compare"),
  merge: /* @__PURE__ */ __name(() => import("./chunk-VFZSYUK6.js"), "merge"),
  practice: /* @__PURE__ */ __name(() => import("./chunk-BIZOCULI.js"), "practice"),
  review: /* @__PURE__ */ __name(() => import("./chunk-X25KTZXH.js"), "review"),
  schemas: /* @__PURE__ */ __name(() => import("./chunk-WVRIIX6K.js"), "schemas"),
  completion: /* @__PURE__ */ __name(() => import("./chunk-XOMKJC3T.js"), "completion"),
  man: /* @__PURE__ */ __name(() => import("./chunk-JXMFVXZE.js"), "man")
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
