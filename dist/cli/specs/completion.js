import { Argument } from 'commander';
import { defineCommand } from '../command.js';
import { shellMessages } from '../../i18n/shell.js';
const options = [];
export const spec = defineCommand({
    name: 'completion',
    messages: shellMessages,
    describe: (cmd, t) => cmd
        .summary(t('completionSummary'))
        .description(t('completionSummary'))
        .addArgument(new Argument('<shell>', t('argShell')).choices(['bash', 'zsh', 'fish'])),
    options,
    load: () => import('../commands/completion.js'),
});
