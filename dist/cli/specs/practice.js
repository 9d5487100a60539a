import { Argument } from 'commander';
import { translator } from '../../i18n/define.js';
import { practiceMessages } from '../../i18n/practice.js';
export const spec = {
    name: 'practice',
    configure(cmd, lang) {
        const t = translator(practiceMessages, lang);
        cmd
            .summary(t('summary'))
            .description(t('summary'))
            .addArgument(new Argument('<action>', t('argAction')).choices(['new', 'render']))
            .argument('[file]', t('argFile'))
            .option('--title <title>', t('optTitle'))
            .option('--city <city>', t('optCity'))
            .option('--country <code>', t('optCountry'))
            .option('--year <year>', t('optYear'))
            .option('--framework <id-or-path>', t('optFramework'))
            .option('--force', t('optForce'))
            .option('-o, --output <file>', t('optOutput'));
    },
    load: () => import('../commands/practice.js'),
};
