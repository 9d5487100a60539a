import {
  translator
} from "./chunk-LZ5AH6GU.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/cli/options.js
import { Option } from "commander";
var collect = /* @__PURE__ */ __name((value, previous = []) => [...previous, value], "collect");
function addOptions(cmd, options, t) {
  for (const d of options) {
    const option = new Option(d.flags, d.help ? t(d.help) : void 0);
    if (!d.help)
      option.hideHelp();
    if (d.default !== void 0)
      option.default(d.default);
    if (d.choices)
      option.choices(d.choices);
    if (d.repeat)
      option.argParser(collect);
    cmd.addOption(option);
  }
}
__name(addOptions, "addOptions");

// dist/cli/command.js
function defineCommand(decl) {
  return {
    name: decl.name,
    options: decl.options,
    configure(cmd, lang) {
      const t = translator(decl.messages, lang);
      decl.describe(cmd, t, lang);
      addOptions(cmd, decl.options, t);
    },
    load: /* @__PURE__ */ __name(async () => ({ run: decl.run }), "load")
  };
}
__name(defineCommand, "defineCommand");

export {
  defineCommand
};
