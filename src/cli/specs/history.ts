import { defineCommand } from '../command.js';
import type { OptionsOf } from '../options.js';
import { historyMessages } from '../../i18n/history.js';

const options = [
  { flags: '--format <format>', help: 'optFormat', default: 'table' },
  { flags: '--radar <out.svg>', help: 'optRadar' },
  { flags: '--per-lab', help: 'optPerLab' },
] as const;
export type Options = OptionsOf<typeof options>;

export const spec = defineCommand({
  name: 'history',
  messages: historyMessages,
  describe: (cmd, t) => cmd.summary(t('summary')).description(t('summary')).argument('<file>', t('argFile')),
  options,
  load: () => import('../commands/history.js'),
});
