import { Argument } from 'commander';
import { translator } from '../../i18n/define.js';
import { reviewMessages } from '../../i18n/review.js';
export const spec = {
    name: 'review',
    configure(cmd, lang) {
        const t = translator(reviewMessages, lang);
        cmd
            .summary(t('summary'))
            .description(t('summary'))
            .addArgument(new Argument('<action>', t('argAction')).choices(['new']))
            .argument('<assessment>', t('argAssessment'))
            .option('-o, --output <file>', t('optOutput'))
            .option('--force', t('optForce'));
    },
    load: () => import('../commands/review.js'),
};
