import { defineCommand } from '../command.js';
import { validateMessages } from '../../i18n/validate.js';
// --format is checked in the command (not with commander's choices), so the message is in the user's language.
const options = [
    { flags: '-f, --format <format>', help: 'optFormat' },
    { flags: '-q, --quiet', help: 'optQuiet' },
    { flags: '--strict', help: 'optStrict' },
    { flags: '--changed-since <ref>', help: 'optChangedSince' },
];
export const spec = defineCommand({
    name: 'validate',
    messages: validateMessages,
    describe: (cmd, t) => cmd.summary(t('summary')).description(t('summary')).argument('[paths...]', t('argPaths')),
    options,
    load: () => import('../commands/validate.js'),
});
