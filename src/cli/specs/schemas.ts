import { defineCommand } from '../command.js';
import type { OptionsOf } from '../options.js';
import { schemasMessages } from '../../i18n/schemas.js';

const options = [
  { flags: '--no-relink', help: 'optNoRelink' },
] as const;
export type Options = OptionsOf<typeof options>;

export const spec = defineCommand({
  name: 'schemas',
  messages: schemasMessages,
  describe: (cmd, t) => cmd.summary(t('summary')).description(t('summary')).argument('[dir]', t('argDir')),
  options,
  load: () => import('../commands/schemas.js'),
});
