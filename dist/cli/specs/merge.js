import { defineCommand } from '../command.js';
import { mergeMessages } from '../../i18n/merge.js';
const options = [
    { flags: '-o, --output <file>', help: 'optOut' },
    { flags: '--prefer <file>', help: 'optPrefer' },
];
export const spec = defineCommand({
    name: 'merge',
    messages: mergeMessages,
    describe: (cmd, t) => cmd.summary(t('summary')).description(t('summary')).argument('<files...>', t('argFiles')),
    options,
    load: () => import('../commands/merge.js'),
});
