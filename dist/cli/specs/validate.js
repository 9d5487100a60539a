import { translator } from '../../i18n/define.js';
import { validateMessages } from '../../i18n/validate.js';
export const spec = {
    name: 'validate',
    configure(cmd, lang) {
        const t = translator(validateMessages, lang);
        cmd
            .summary(t('summary'))
            .description(t('summary'))
            .argument('[paths...]', t('argPaths'))
            // Checked in the command (not with commander's .choices), so the message is in the user's language.
            .option('-f, --format <format>', t('optFormat'))
            .option('-q, --quiet', t('optQuiet'))
            .option('--strict', t('optStrict'))
            .option('--changed-since <ref>', t('optChangedSince'));
    },
    load: () => import('../commands/validate.js'),
};
