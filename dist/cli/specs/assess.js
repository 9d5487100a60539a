import { translator } from '../../i18n/define.js';
import { walkthroughMessages } from '../../i18n/walkthrough.js';
export const spec = {
    name: 'assess',
    configure(cmd, lang) {
        const t = translator(walkthroughMessages, lang);
        cmd
            .summary(t('assessSummary'))
            .description(t('assessSummary'))
            .argument('<file>', t('argFile'))
            .option('--votes', t('optVotes'))
            .option('--commitment <id>', t('optCommitment'));
    },
    load: () => import('../commands/assess.js'),
};
