import { defineCommand } from '../command.js';
import { roomMessages } from '../../i18n/room.js';
const options = [
    { flags: '--host <address>', help: 'optHost' },
    { flags: '--port <n>', help: 'optPort', default: '8021' },
    { flags: '--anonymous', help: 'optAnonymous' },
    { flags: '--commitment <id>', help: 'optCommitment' },
];
export const spec = defineCommand({
    name: 'room',
    messages: roomMessages,
    describe: (cmd, t) => cmd.summary(t('roomSummary')).description(t('roomSummary')).argument('<file>', t('argFile')),
    options,
    load: () => import('../commands/room.js'),
});
