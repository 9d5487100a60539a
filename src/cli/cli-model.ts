// The command line as data, read from the same declarations that commander
// parses (src/cli/commands/* through the registry, and the global options), so
// the shell completion scripts and the man page can never drift from them.
import { Command, type Argument, type Option } from 'commander';
import type { Lang } from '../core/types.js';
import { cliMessages } from '../i18n/cli.js';
import { translator } from '../i18n/define.js';
import { declareGlobalOptions } from './globals.js';
import { loadSpecs } from './registry.js';

export interface OptionModel {
  short?: string;
  long?: string;
  /** The value placeholder without brackets ("file"), when the option takes a value. */
  value?: string;
  choices?: string[];
  description: string;
}

export interface ArgumentModel {
  name: string;
  required: boolean;
  variadic: boolean;
  choices?: string[];
  description: string;
}

export interface CommandModel {
  name: string;
  summary: string;
  description: string;
  options: OptionModel[];
  args: ArgumentModel[];
  commands: CommandModel[];
}

function optionModel(o: Option): OptionModel {
  const value = /[<[]([^>\]]+)[>\]]/.exec(o.flags)?.[1];
  return {
    ...(o.short ? { short: o.short } : {}),
    ...(o.long ? { long: o.long } : {}),
    ...(value ? { value } : {}),
    ...(o.argChoices ? { choices: [...o.argChoices] } : {}),
    description: o.description,
  };
}

function argumentModel(a: Argument): ArgumentModel {
  return {
    name: a.name(),
    required: a.required,
    variadic: a.variadic,
    ...(a.argChoices ? { choices: [...a.argChoices] } : {}),
    description: a.description,
  };
}

function commandModel(cmd: Command): CommandModel {
  return {
    name: cmd.name(),
    summary: cmd.summary() || cmd.description(),
    description: cmd.description(),
    options: cmd.options.filter((o) => !o.hidden).map(optionModel),
    args: cmd.registeredArguments.map(argumentModel),
    commands: cmd.commands.map(commandModel),
  };
}

/** The whole command line in `lang`: the program (its options are the global ones) and every command in the registry. */
export async function cliModel(lang: Lang): Promise<CommandModel> {
  const t = translator(cliMessages, lang);
  const program = declareGlobalOptions(new Command('c21lab').description(t('description')), t);
  for (const spec of await loadSpecs()) spec.configure(program.command(spec.name), lang);
  const model = commandModel(program);
  // commander adds these two itself, at parse time.
  model.options.push({ short: '-h', long: '--help', description: t('optHelp') }, { short: '-V', long: '--version', description: t('optVersion') });
  return model;
}
