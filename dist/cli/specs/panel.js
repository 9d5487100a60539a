import { Option } from 'commander';
import { translator } from '../../i18n/define.js';
import { panelMessages } from '../../i18n/panel.js';
export const spec = {
    name: 'panel',
    configure(cmd, lang) {
        const t = translator(panelMessages, lang);
        cmd
            .summary(t('summary'))
            .description(t('summary'))
            .argument('<files...>', t('argFiles'))
            .option('-o, --output <file>', t('optOut'))
            // The old spelling, kept working but no longer shown: every command says --output.
            .addOption(new Option('--out <file>').hideHelp())
            .option('--name <text>', t('optName'))
            .option('--source <text>', t('optSource'))
            .option('--id <id>', t('optId'))
            .option('--year <year>', t('optYear'))
            .option('--force', t('optForce'));
    },
    load: () => import('../commands/panel.js'),
};
