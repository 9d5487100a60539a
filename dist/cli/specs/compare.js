import { defineCommand } from '../command.js';
import { compareMessages } from '../../i18n/compare.js';
const options = [
    { flags: '--format <format>', help: 'optFormat', default: 'table' },
    { flags: '--radar <out.svg>', help: 'optRadar' },
];
export const spec = defineCommand({
    name: 'compare',
    messages: compareMessages,
    describe: (cmd, t) => cmd.summary(t('summary')).description(t('summary')).argument('<files...>', t('argFiles')),
    options,
    load: () => import('../commands/compare.js'),
});
