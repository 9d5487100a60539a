import { Option } from 'commander';
import { translator } from '../../i18n/define.js';
import { historyMessages } from '../../i18n/history.js';
export const spec = {
    name: 'history',
    configure(cmd, lang) {
        const t = translator(historyMessages, lang);
        cmd
            .summary(t('summary'))
            .description(t('summary'))
            .argument('<file>', t('argFile'))
            .addOption(new Option('--format <format>', t('optFormat')).default('table'))
            .option('--radar <out.svg>', t('optRadar'))
            .option('--per-lab', t('optPerLab'));
    },
    load: () => import('../commands/history.js'),
};
