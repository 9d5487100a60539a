import { translator } from '../../i18n/define.js';
import { walkthroughMessages } from '../../i18n/walkthrough.js';
const collect = (value, previous = []) => [...previous, value];
export const spec = {
    name: 'set',
    configure(cmd, lang) {
        const t = translator(walkthroughMessages, lang);
        cmd
            .summary(t('setSummary'))
            .description(t('setSummary'))
            .argument('<file>', t('argFile'))
            .argument('[assignments...]', t('argAssignments'))
            .option('--note <item=text>', t('optNote'), collect)
            .option('--vote <item:participant=score>', t('optVote'), collect)
            .option('--evidence <item=text>', t('optEvidence'), collect)
            .option('--answers <file.csv>', t('optAnswers'));
    },
    load: () => import('../commands/set.js'),
};
