import { defineCommand } from '../command.js';
import type { OptionsOf } from '../options.js';
import { shellMessages } from '../../i18n/shell.js';

const options = [
] as const;
export type Options = OptionsOf<typeof options>;

export const spec = defineCommand({
  name: 'man',
  messages: shellMessages,
  describe: (cmd, t) => cmd.summary(t('manSummary')).description(t('manSummary')),
  options,
  load: () => import('../commands/man.js'),
});
