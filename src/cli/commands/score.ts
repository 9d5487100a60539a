// `c21lab score`: the numbers behind the radar, as a table, JSON or CSV.
import { UsageError, EXIT_OK } from '../../core/errors.js';
import { scoreFile } from '../../core/score-result.js';
import { seriesLabels } from '../../core/series.js';
import { translator } from '../../i18n/define.js';
import { scoreMessages } from '../../i18n/score.js';
import { SCORE_FORMATS } from '../../render/formats/names.js';
import { isFormatName } from '../../render/formats/types.js';
import { loadInputs } from '../inputs.js';
import type { Run } from '../command.js';
import type { Options } from '../specs/score.js';

export const run: Run<Options> = async (ctx, files, options) => {
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
};
