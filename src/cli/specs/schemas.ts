import type { CommandSpec } from '../command.js';
import { translator } from '../../i18n/define.js';
import { schemasMessages } from '../../i18n/schemas.js';

export const spec: CommandSpec = {
  name: 'schemas',
  configure(cmd, lang) {
    const t = translator(schemasMessages, lang);
    cmd
      .summary(t('summary'))
      .description(t('summary'))
      .argument('[dir]', t('argDir'))
      .option('--no-relink', t('optNoRelink'));
  },
  load: () => import('../commands/schemas.js'),
};
