import { defineCommand } from '../command.js';
import { initMessages } from '../../i18n/init.js';
const options = [
    { flags: '--city <name>', help: 'optCity' },
    { flags: '--country <code>', help: 'optCountry' },
    { flags: '--date <yyyy-mm-dd>', help: 'optDate' },
    { flags: '--framework <id|path>', help: 'optFramework' },
    { flags: '--facilitator <name>', help: 'optFacilitator', repeat: true },
    { flags: '--votes', help: 'optVotes' },
    { flags: '-y, --yes', help: 'optYes' },
    { flags: '--force', help: 'optForce' },
];
export const spec = defineCommand({
    name: 'init',
    messages: initMessages,
    describe: (cmd, t) => cmd.summary(t('summary')).description(t('summary')).argument('[file]', t('argFile')),
    options,
    load: () => import('../commands/init.js'),
});
