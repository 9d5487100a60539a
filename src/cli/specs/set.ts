import { defineCommand } from '../command.js';
import type { OptionsOf } from '../options.js';
import { walkthroughMessages } from '../../i18n/walkthrough.js';

const options = [
  { flags: '--note <item=text>', help: 'optNote', repeat: true },
  { flags: '--vote <item:participant=score>', help: 'optVote', repeat: true },
  { flags: '--evidence <item=text>', help: 'optEvidence', repeat: true },
  { flags: '--answers <file.csv>', help: 'optAnswers' },
] as const;
export type Options = OptionsOf<typeof options>;

export const spec = defineCommand({
  name: 'set',
  messages: walkthroughMessages,
  describe: (cmd, t) => cmd.summary(t('setSummary')).description(t('setSummary')).argument('<file>', t('argFile')).argument('[assignments...]', t('argAssignments')),
  options,
  load: () => import('../commands/set.js'),
});
