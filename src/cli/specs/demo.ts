import { defineCommand } from '../command.js';
import type { OptionsOf } from '../options.js';
import { reportMessages } from '../../i18n/report.js';

const options = [
  { flags: '--lang <lang>', choices: ['en', 'fr', 'es'] },
] as const;
export type Options = OptionsOf<typeof options>;

export const spec = defineCommand({
  name: 'demo',
  messages: reportMessages,
  describe: (cmd, t) => cmd.summary(t('demoSummary')).description(t('demoSummary')).argument('[dir]', t('argDir')),
  options,
  load: () => import('../commands/demo.js'),
});
