import { defineCommand } from '../command.js';
import type { OptionsOf } from '../options.js';
import { compareMessages } from '../../i18n/compare.js';

const options = [
  { flags: '--format <format>', help: 'optFormat', default: 'table' },
  { flags: '--radar <out.svg>', help: 'optRadar' },
] as const;
export type Options = OptionsOf<typeof options>;

export const spec = defineCommand({
  name: 'compare',
  messages: compareMessages,
  describe: (cmd, t) => cmd.summary(t('summary')).description(t('summary')).argument('<files...>', t('argFiles')),
  options,
  load: () => import('../commands/compare.js'),
});
