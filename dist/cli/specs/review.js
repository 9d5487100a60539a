import { Argument } from 'commander';
import { defineCommand } from '../command.js';
import { reviewMessages } from '../../i18n/review.js';
const options = [
    { flags: '-o, --output <file>', help: 'optOutput' },
    { flags: '--force', help: 'optForce' },
];
export const spec = defineCommand({
    name: 'review',
    messages: reviewMessages,
    describe: (cmd, t) => cmd
        .summary(t('summary'))
        .description(t('summary'))
        .addArgument(new Argument('<action>', t('argAction')).choices(['new']))
        .argument('<assessment>', t('argAssessment')),
    options,
    load: () => import('../commands/review.js'),
});
