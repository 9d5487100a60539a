import { defineCommand } from '../command.js';
import { radarMessages } from '../../i18n/radar.js';
// --out is the old spelling of --output, kept working but no longer shown.
const options = [
    { flags: '-o, --output <file>', help: 'optOut' },
    { flags: '--out <file>' },
    { flags: '-b, --benchmark <id-or-file>', help: 'optBenchmark' },
    { flags: '-t, --title <text>', help: 'optTitle' },
    { flags: '-w, --width <pixels>', help: 'optWidth' },
];
export const spec = defineCommand({
    name: 'radar',
    messages: radarMessages,
    describe: (cmd, t) => cmd.summary(t('summary')).description(t('summary')).argument('<files...>', t('argFiles')),
    options,
    load: () => import('../commands/radar.js'),
});
