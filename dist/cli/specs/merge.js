import { translator } from '../../i18n/define.js';
import { mergeMessages } from '../../i18n/merge.js';
export const spec = {
    name: 'merge',
    configure(cmd, lang) {
        const t = translator(mergeMessages, lang);
        cmd
            .summary(t('summary'))
            .description(t('summary'))
            .argument('<files...>', t('argFiles'))
            .option('-o, --output <file>', t('optOut'))
            .option('--prefer <file>', t('optPrefer'));
    },
    load: () => import('../commands/merge.js'),
};
