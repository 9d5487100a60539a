import { defineCommand } from '../command.js';
import type { OptionsOf } from '../options.js';
import { walkthroughMessages } from '../../i18n/walkthrough.js';

const options = [
  { flags: '--votes', help: 'optVotes' },
  { flags: '--commitment <id>', help: 'optCommitment' },
] as const;
export type Options = OptionsOf<typeof options>;

export const spec = defineCommand({
  name: 'assess',
  messages: walkthroughMessages,
  describe: (cmd, t) => cmd.summary(t('assessSummary')).description(t('assessSummary')).argument('<file>', t('argFile')),
  options,
  load: () => import('../commands/assess.js'),
});
