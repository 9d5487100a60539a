import {
  declareGlobalOptions,
  loadSpecs
} from "./chunk-XSUB5YSY.js";
import {
  cliMessages
} from "./chunk-45ZBJLQG.js";
import {
  translator
} from "./chunk-LZ5AH6GU.js";
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
export {
  cliModel
};
