import { Option } from 'commander';
import { translator } from '../../i18n/define.js';
import { reportMessages } from '../../i18n/report.js';
export const spec = {
    name: 'report',
    configure(cmd, lang) {
        const t = translator(reportMessages, lang);
        cmd
            .summary(t('summary'))
            .description(`${t('summary')}\n\n${t('templateIsCode')}`)
            .argument('<files...>', t('argFiles'))
            .option('-o, --output <file>', t('optOutput'))
            .option('--out-dir <dir>', t('optOutDir'))
            .addOption(new Option('--format <format>', t('optFormat')).choices(['html', 'md', 'pdf', 'docx']))
            .option('--template <dir>', t('optTemplate'))
            .option('--benchmark <id|file>', t('optBenchmark'))
            .option('--compare <file>', t('optCompare'))
            .option('--review <file>', t('optReview'))
            .option('--browser <path>', t('optBrowser'))
            .addOption(new Option('--lang <lang>').choices(['en', 'fr', 'es']).hideHelp());
    },
    load: () => import('../commands/report.js'),
};
