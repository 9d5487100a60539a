import { defineCommand } from '../command.js';
import { scoreMessages } from '../../i18n/score.js';
const options = [
    { flags: '-f, --format <format>', help: 'optFormat', default: 'table' },
    { flags: '-b, --benchmark <id-or-file>', help: 'optBenchmark' },
];
export const spec = defineCommand({
    name: 'score',
    messages: scoreMessages,
    describe: (cmd, t) => cmd.summary(t('summary')).description(t('summary')).argument('<files...>', t('argFiles')),
    options,
    load: () => import('../commands/score.js'),
});
