import { Option } from 'commander';
import { translator } from '../../i18n/define.js';
import { compareMessages } from '../../i18n/compare.js';
export const spec = {
    name: 'compare',
    configure(cmd, lang) {
        const t = translator(compareMessages, lang);
        cmd
            .summary(t('summary'))
            .description(t('summary'))
            .argument('<files...>', t('argFiles'))
            .addOption(new Option('--format <format>', t('optFormat')).default('table'))
            .option('--radar <out.svg>', t('optRadar'));
    },
    load: () => import('../commands/compare.js'),
};
