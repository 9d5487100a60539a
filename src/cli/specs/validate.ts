import type { CommandSpec } from '../command.js';
import { translator } from '../../i18n/define.js';
import { validateMessages } from '../../i18n/validate.js';

export const spec: CommandSpec = {
  name: 'validate',
  configure(cmd, lang) {
    const t = translator(validateMessages, lang);
    cmd.summary(t('summary')).description(t('summary')).argument('[paths...]', t('argPaths'));
  },
  load: () => import('../commands/validate.js'),
};
