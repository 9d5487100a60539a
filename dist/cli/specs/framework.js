import { translator } from '../../i18n/define.js';
import { frameworkMessages } from '../../i18n/framework.js';
export const spec = {
    name: 'framework',
    configure(cmd, lang) {
        const t = translator(frameworkMessages, lang);
        cmd
            .summary(t('summary'))
            .description(t('summary'))
            .option('--framework <id|path>', t('optFramework'))
            .option('--sheet <file>', t('optSheet'));
    },
    load: () => import('../commands/framework.js'),
};
