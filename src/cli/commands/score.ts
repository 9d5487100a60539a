// `c21lab score`: the numbers behind the radar, as a table, JSON or CSV.
import { defineCommand } from '../command.js';
import { SCORE_FORMATS } from '../../render/formats/names.js';
import type { OptionsOf } from '../options.js';
import { scoreMessages } from '../../i18n/score.js';
import { EXIT_OK } from '../../core/errors.js';
import { translator } from '../../i18n/define.js';
import type { CommandContext } from '../io.js';

const options = [
  { flags: '-f, --format <format>', help: 'optFormat', default: 'table', choices: SCORE_FORMATS },
  { flags: '-b, --benchmark <id-or-file>', help: 'optBenchmark' },
] as const;
export type Options = OptionsOf<typeof options>;

export const spec = defineCommand({
  name: 'score',
  messages: scoreMessages,
  describe: (cmd, t) => cmd.summary(t('summary')).description(t('summary')).argument('<files...>', t('argFiles')),
  options,
  run,
});

export async function run(ctx: CommandContext, files: string[], options: Options): Promise<number> {
  const [{ scoreFile }, { seriesLabels }, { loadInputs }] = await Promise.all([
    import('../../core/score-result.js'),
    import('../../core/series.js'),
    import('../inputs.js'),
  ]);
  const format = options.format; // one of SCORE_FORMATS: the parser refuses any other
  const { lang, loaded, benchmark } = await loadInputs(ctx, files, {
    ...(options.benchmark !== undefined ? { benchmark: options.benchmark } : {}),
  });
  const t = translator(scoreMessages, lang);
  const labels = seriesLabels(loaded);
  const results = loaded.map((l, i) => scoreFile(l.file, labels[i] as string, l.assessment, l.framework, lang, benchmark));
  const { scoreFormatters } = await import('../../render/formats/score.js');
  ctx.io.stdout.write(scoreFormatters[format].format(results, { lang, t, style: ctx.style }));
  return EXIT_OK;
}
