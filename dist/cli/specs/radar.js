import { translator } from '../../i18n/define.js';
import { radarMessages } from '../../i18n/radar.js';
export const spec = {
    name: 'radar',
    configure(cmd, lang) {
        const t = translator(radarMessages, lang);
        cmd
            .summary(t('summary'))
            .description(t('summary'))
            .argument('<files...>', t('argFiles'))
            .option('-o, --out <file>', t('optOut'))
            .option('-b, --benchmark <id-or-file>', t('optBenchmark'))
            .option('-t, --title <text>', t('optTitle'))
            .option('-w, --width <pixels>', t('optWidth'));
    },
    load: () => import('../commands/radar.js'),
};
