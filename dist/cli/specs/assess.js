import { defineCommand } from '../command.js';
import { walkthroughMessages } from '../../i18n/walkthrough.js';
const options = [
    { flags: '--votes', help: 'optVotes' },
    { flags: '--commitment <id>', help: 'optCommitment' },
];
export const spec = defineCommand({
    name: 'assess',
    messages: walkthroughMessages,
    describe: (cmd, t) => cmd.summary(t('assessSummary')).description(t('assessSummary')).argument('<file>', t('argFile')),
    options,
    load: () => import('../commands/assess.js'),
});
