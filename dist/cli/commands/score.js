// `c21lab score`: the numbers behind the radar, as a table, JSON or CSV.
import { UsageError, EXIT_OK } from '../../core/errors.js';
import { scoreFile } from '../../core/score-result.js';
import { seriesLabels } from '../../core/series.js';
import { translator } from '../../i18n/define.js';
import { scoreMessages } from '../../i18n/score.js';
import { scoreCsv } from '../../render/score/csv.js';
import { scoreTable } from '../../render/score/table.js';
import { loadInputs } from '../inputs.js';
const FORMATS = ['table', 'json', 'csv'];
export const run = async (ctx, files, options) => {
    const format = options.format;
    if (!FORMATS.includes(format)) {
        const t0 = translator(scoreMessages, ctx.lang);
        throw new UsageError(t0('badFormat', { format }));
    }
    const { lang, loaded, benchmark } = await loadInputs(ctx, files, {
        ...(options.benchmark !== undefined ? { benchmark: options.benchmark } : {}),
    });
    const t = translator(scoreMessages, lang);
    const labels = seriesLabels(loaded);
    const results = loaded.map((l, i) => scoreFile(l.file, labels[i], l.assessment, l.framework, lang, benchmark));
    const out = format === 'json' ? JSON.stringify(results, null, 2) + '\n'
        : format === 'csv' ? scoreCsv(results)
            : scoreTable(results, t, ctx.style, lang);
    ctx.io.stdout.write(out);
    return EXIT_OK;
};
