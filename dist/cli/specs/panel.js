import { defineCommand } from '../command.js';
import { panelMessages } from '../../i18n/panel.js';
// --out is the old spelling of --output, kept working but no longer shown.
const options = [
    { flags: '-o, --output <file>', help: 'optOut' },
    { flags: '--out <file>' },
    { flags: '--name <text>', help: 'optName' },
    { flags: '--source <text>', help: 'optSource' },
    { flags: '--id <id>', help: 'optId' },
    { flags: '--year <year>', help: 'optYear' },
    { flags: '--force', help: 'optForce' },
];
export const spec = defineCommand({
    name: 'panel',
    messages: panelMessages,
    describe: (cmd, t) => cmd.summary(t('summary')).description(t('summary')).argument('<files...>', t('argFiles')),
    options,
    load: () => import('../commands/panel.js'),
});
