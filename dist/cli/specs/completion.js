import { Argument } from 'commander';
import { translator } from '../../i18n/define.js';
import { shellMessages } from '../../i18n/shell.js';
export const spec = {
    name: 'completion',
    configure(cmd, lang) {
        const t = translator(shellMessages, lang);
        cmd
            .summary(t('completionSummary'))
            .description(t('completionSummary'))
            .addArgument(new Argument('<shell>', t('argShell')).choices(['bash', 'zsh', 'fish']));
    },
    load: () => import('../commands/completion.js'),
};
