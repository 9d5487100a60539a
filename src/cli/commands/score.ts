// `c21lab score`: the numbers behind the radar, as a table, JSON or CSV.
import { defineCommand } from '../command.js';
import type { OptionsOf } from '../options.js';
import { scoreMessages } from '../../i18n/score.js';
import { UsageError, EXIT_OK } from '../../core/errors.js';
import { translator } from '../../i18n/define.js';
import type { CommandContext } from '../io.js';

const options = [
  { flags: '-f, --format <format>', help: 'optFormat', default: 'table' },
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
  const [{ scoreFile }, { seriesLabels }, { loadInputs }, { SCORE_FORMATS }, { isFormatName }] = await Promise.all([
    import('../../core/score-result.js'),
    import('../../core/series.js'),
    import('../inputs.js'),
    import('../../render/formats/names.js'),
    import('../../render/formats/types.js'),
  ]);
  const format: string = options.format;
  if (!isFormatName(SCORE_FORMATS, format)) {
    const t0 = translator(scoreMessages, ctx.lang);
    throw new UsageError(t0('badFormat', { format }));
  }
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
