import { translator } from '../../i18n/define.js';
import { scoreMessages } from '../../i18n/score.js';
export const spec = {
    name: 'score',
    configure(cmd, lang) {
        const t = translator(scoreMessages, lang);
        cmd
            .summary(t('summary'))
            .description(t('summary'))
            .argument('<files...>', t('argFiles'))
            .option('-f, --format <format>', t('optFormat'), 'table')
            .option('-b, --benchmark <id-or-file>', t('optBenchmark'));
    },
    load: () => import('../commands/score.js'),
};
