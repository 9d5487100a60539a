import { translator } from '../../i18n/define.js';
import { initMessages } from '../../i18n/init.js';
const collect = (value, previous = []) => [...previous, value];
export const spec = {
    name: 'init',
    configure(cmd, lang) {
        const t = translator(initMessages, lang);
        cmd
            .summary(t('summary'))
            .description(t('summary'))
            .argument('[file]', t('argFile'))
            .option('--city <name>', t('optCity'))
            .option('--country <code>', t('optCountry'))
            .option('--date <yyyy-mm-dd>', t('optDate'))
            .option('--framework <id|path>', t('optFramework'))
            .option('--facilitator <name>', t('optFacilitator'), collect)
            .option('--votes', t('optVotes'))
            .option('-y, --yes', t('optYes'))
            .option('--force', t('optForce'));
    },
    load: () => import('../commands/init.js'),
};
