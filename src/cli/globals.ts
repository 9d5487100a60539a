// The options every command takes, declared once: main.ts puts them on the
// program, and the help, completion scripts and man page read them from there.
import { Option, type Command } from 'commander';
import type { Translate } from '../i18n/define.js';
import type { cliMessages } from '../i18n/cli.js';

export function declareGlobalOptions(program: Command, t: Translate<keyof typeof cliMessages.en>): Command {
  return program
    .addOption(new Option('--lang <lang>', t('optLang')).choices(['en', 'fr', 'es']))
    .option('--verbose', t('optVerbose'))
    .option('--no-color', t('optNoColor'));
}
