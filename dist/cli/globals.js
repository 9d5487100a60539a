// The options every command takes, declared once: main.ts puts them on the
// program, and the help, completion scripts and man page read them from there.
import { Option } from 'commander';
export function declareGlobalOptions(program, t) {
    return program
        .addOption(new Option('--lang <lang>', t('optLang')).choices(['en', 'fr', 'es']))
        .option('--verbose', t('optVerbose'))
        .option('--no-color', t('optNoColor'));
}
