import { defineCommand } from '../command.js';
import type { OptionsOf } from '../options.js';
import { frameworkMessages } from '../../i18n/framework.js';

const options = [
  { flags: '--framework <id|path>', help: 'optFramework' },
  { flags: '--sheet <file>', help: 'optSheet' },
] as const;
export type Options = OptionsOf<typeof options>;

export const spec = defineCommand({
  name: 'framework',
  messages: frameworkMessages,
  describe: (cmd, t) => cmd.summary(t('summary')).description(t('summary')),
  options,
  load: () => import('../commands/framework.js'),
});
