import { defineCommand } from '../command.js';
import type { OptionsOf } from '../options.js';
import { reportMessages } from '../../i18n/report.js';

const options = [
  { flags: '-o, --output <file>', help: 'optOutput' },
  { flags: '--out-dir <dir>', help: 'optOutDir' },
  { flags: '--format <format>', help: 'optFormat', choices: ['html', 'md', 'pdf', 'docx'] },
  { flags: '--template <dir>', help: 'optTemplate' },
  { flags: '--benchmark <id|file>', help: 'optBenchmark' },
  { flags: '--compare <file>', help: 'optCompare' },
  { flags: '--review <file>', help: 'optReview' },
  { flags: '--browser <path>', help: 'optBrowser' },
  { flags: '--lang <lang>', choices: ['en', 'fr', 'es'] },
] as const;
export type Options = OptionsOf<typeof options>;

export const spec = defineCommand({
  name: 'report',
  messages: reportMessages,
  describe: (cmd, t) => cmd.summary(t('summary')).description(`${t('summary')}\n\n${t('templateIsCode')}`).argument('<files...>', t('argFiles')),
  options,
  load: () => import('../commands/report.js'),
});
