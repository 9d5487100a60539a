import { translator } from '../../i18n/define.js';
import { roomMessages } from '../../i18n/room.js';
export const spec = {
    name: 'room',
    configure(cmd, lang) {
        const t = translator(roomMessages, lang);
        cmd
            .summary(t('roomSummary'))
            .description(t('roomSummary'))
            .argument('<file>', t('argFile'))
            .option('--host <address>', t('optHost'))
            .option('--port <n>', t('optPort'), '8021')
            .option('--anonymous', t('optAnonymous'))
            .option('--commitment <id>', t('optCommitment'));
    },
    load: () => import('../commands/room.js'),
};
