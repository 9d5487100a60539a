// The command line as data, read from the same declarations that commander
// parses (src/cli/commands/* through the registry, and the global options), so
// the shell completion scripts and the man page can never drift from them.
import { Command } from 'commander';
import { cliMessages } from '../i18n/cli.js';
import { translator } from '../i18n/define.js';
import { declareGlobalOptions } from './globals.js';
import { loadSpecs } from './registry.js';
function optionModel(o) {
    const value = /[<[]([^>\]]+)[>\]]/.exec(o.flags)?.[1];
    return {
        ...(o.short ? { short: o.short } : {}),
        ...(o.long ? { long: o.long } : {}),
        ...(value ? { value } : {}),
        ...(o.argChoices ? { choices: [...o.argChoices] } : {}),
        description: o.description,
    };
}
function argumentModel(a) {
    return {
        name: a.name(),
        required: a.required,
        variadic: a.variadic,
        ...(a.argChoices ? { choices: [...a.argChoices] } : {}),
        description: a.description,
    };
}
function commandModel(cmd) {
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
export async function cliModel(lang) {
    const t = translator(cliMessages, lang);
    const program = declareGlobalOptions(new Command('c21lab').description(t('description')), t);
    for (const spec of await loadSpecs())
        spec.configure(program.command(spec.name), lang);
    const model = commandModel(program);
    // commander adds these two itself, at parse time.
    model.options.push({ short: '-h', long: '--help', description: t('optHelp') }, { short: '-V', long: '--version', description: t('optVersion') });
    return model;
}
