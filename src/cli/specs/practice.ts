import { Argument } from 'commander';
import { defineCommand } from '../command.js';
import type { OptionsOf } from '../options.js';
import { practiceMessages } from '../../i18n/practice.js';

const options = [
  { flags: '--title <title>', help: 'optTitle' },
  { flags: '--city <city>', help: 'optCity' },
  { flags: '--country <code>', help: 'optCountry' },
  { flags: '--year <year>', help: 'optYear' },
  { flags: '--framework <id-or-path>', help: 'optFramework' },
  { flags: '--force', help: 'optForce' },
  { flags: '-o, --output <file>', help: 'optOutput' },
] as const;
export type Options = OptionsOf<typeof options>;

export const spec = defineCommand({
  name: 'practice',
  messages: practiceMessages,
  describe: (cmd, t) =>
    cmd
      .summary(t('summary'))
      .description(t('summary'))
      .addArgument(new Argument('<action>', t('argAction')).choices(['new', 'render']))
      .argument('[file]', t('argFile')),
  options,
  load: () => import('../commands/practice.js'),
});
