import {
  cliMessages,
  declareGlobalOptions,
  loadSpecs
} from "./chunk-CCBDGZNA.js";
import {
  translator
} from "./chunk-HIJOWT7U.js";
import {
  __name
} from "./chunk-JKJYCBCI.js";

// dist/cli/cli-model.js
import { Command } from "commander";
function optionModel(o) {
  const value = /[<[]([^>\]]+)[>\]]/.exec(o.flags)?.[1];
  return {
    ...o.short ? { short: o.short } : {},
    ...o.long ? { long: o.long } : {},
    ...value ? { value } : {},
    ...o.argChoices ? { choices: [...o.argChoices] } : {},
    description: o.description
  };
}
__name(optionModel, "optionModel");
function argumentModel(a) {
  return {
    name: a.name(),
    required: a.required,
    variadic: a.variadic,
    ...a.argChoices ? { choices: [...a.argChoices] } : {},
    description: a.description
  };
}
__name(argumentModel, "argumentModel");
function commandModel(cmd) {
  return {
    name: cmd.name(),
    summary: cmd.summary() || cmd.description(),
    description: cmd.description(),
    options: cmd.options.filter((o) => !o.hidden).map(optionModel),
    args: cmd.registeredArguments.map(argumentModel),
    commands: cmd.commands.map(commandModel)
  };
}
__name(commandModel, "commandModel");
async function cliModel(lang) {
  const t = translator(cliMessages, lang);
  const program = declareGlobalOptions(new Command("c21lab").description(t("description")), t);
  for (const spec of await loadSpecs())
    spec.configure(program.command(spec.name), lang);
  const model = commandModel(program);
  model.options.push({ short: "-h", long: "--help", description: t("optHelp") }, { short: "-V", long: "--version", description: t("optVersion") });
  return model;
}
__name(cliModel, "cliModel");

// dist/cli/completion/words.js
function isPathLike(name) {
  return name !== void 0 && /file|dir|path|folder|\.(csv|svg|png|ya?ml|html|md)/i.test(name);
}
__name(isPathLike, "isPathLike");
function flags(o) {
  return [o.short, o.long].filter((f) => f !== void 0);
}
__name(flags, "flags");
function commandPaths(root) {
  const out = [];
  const walk = /* @__PURE__ */ __name((cmd, prefix) => {
    for (const sub of cmd.commands) {
      out.push([[...prefix, sub.name], sub]);
      walk(sub, [...prefix, sub.name]);
    }
  }, "walk");
  walk(root, []);
  return out;
}
__name(commandPaths, "commandPaths");
function oneLine(text) {
  return text.replace(/\s+/g, " ").trim();
}
__name(oneLine, "oneLine");

export {
  cliModel,
  isPathLike,
  flags,
  commandPaths,
  oneLine
};
