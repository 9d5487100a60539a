import { Option } from 'commander';
import type { CommandSpec } from '../command.js';
import { translator } from '../../i18n/define.js';
import { radarMessages } from '../../i18n/radar.js';

export const spec: CommandSpec = {
  name: 'radar',
  configure(cmd, lang) {
    const t = translator(radarMessages, lang);
    cmd
      .summary(t('summary'))
      .description(t('summary'))
      .argument('<files...>', t('argFiles'))
      .option('-o, --output <file>', t('optOut'))
      // The old spelling, kept working but no longer shown: every command says --output.
      .addOption(new Option('--out <file>').hideHelp())
      .option('-b, --benchmark <id-or-file>', t('optBenchmark'))
      .option('-t, --title <text>', t('optTitle'))
      .option('-w, --width <pixels>', t('optWidth'));
  },
  load: () => import('../commands/radar.js'),
};
