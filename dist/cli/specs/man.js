import { translator } from '../../i18n/define.js';
import { shellMessages } from '../../i18n/shell.js';
export const spec = {
    name: 'man',
    configure(cmd, lang) {
        const t = translator(shellMessages, lang);
        cmd.summary(t('manSummary')).description(t('manSummary'));
    },
    load: () => import('../commands/man.js'),
};
