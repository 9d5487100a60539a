import { Option } from 'commander';
import { translator } from '../../i18n/define.js';
import { reportMessages } from '../../i18n/report.js';
export const spec = {
    name: 'demo',
    configure(cmd, lang) {
        const t = translator(reportMessages, lang);
        cmd
            .summary(t('demoSummary'))
            .description(t('demoSummary'))
            .argument('[dir]', t('argDir'))
            .addOption(new Option('--lang <lang>').choices(['en', 'fr', 'es']).hideHelp());
    },
    load: () => import('../commands/demo.js'),
};
