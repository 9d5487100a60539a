// `c21lab history FILE`: the committed versions of an assessment, scored, with
// the change since the first one; `--radar` overlays them.
import { defineCommand } from '../command.js';
import { HISTORY_FORMATS } from '../../render/formats/names.js';
import { historyMessages } from '../../i18n/history.js';
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { EXIT_FINDINGS, EXIT_OK, UsageError } from '../../core/errors.js';
import { translator } from '../../i18n/define.js';
import { writeLine } from '../io.js';
import { isStdout } from '../stdout.js';
const options = [
    { flags: '--format <format>', help: 'optFormat', default: 'table', choices: HISTORY_FORMATS },
    { flags: '--radar <out.svg>', help: 'optRadar' },
    { flags: '--per-lab', help: 'optPerLab' },
];
export const spec = defineCommand({
    name: 'history',
    messages: historyMessages,
    describe: (cmd, t) => cmd.summary(t('summary')).description(t('summary')).argument('<file>', t('argFile')),
    options,
    run,
});
export async function run(ctx, args, options) {
    const [{ GitError }, { readHistory }, { historyFormatters }] = await Promise.all([
        import('../../core/git.js'),
        import('../../core/history.js'),
        import('../../render/formats/history.js'),
    ]);
    const file = args[0] ?? '';
    const format = options.format; // one of HISTORY_FORMATS: the parser refuses any other
    const radar = typeof options.radar === 'string' ? options.radar : undefined;
    let t = translator(historyMessages, ctx.lang);
    if (radar !== undefined && !isStdout(radar) && !radar.toLowerCase().endsWith('.svg'))
        throw new UsageError(t('badRadar', { file: radar }));
    const info = await stat(resolve(ctx.io.cwd, file)).catch(() => undefined);
    if (!info)
        throw new UsageError(t('noFile', { file }));
    // A FIFO, device or folder exists: the safe reader refuses it with its own located finding, as every command does.
    if (!info.isFile())
        await ctx.loadAssessment(file);
    let history;
    try {
        history = await readHistory(file, { cwd: ctx.io.cwd, env: ctx.io.env, perLab: Boolean(options.perLab), word: (await ctx.validation()).word });
    }
    catch (error) {
        throw error instanceof GitError ? localized(error, file, t) : error;
    }
    const latest = history.latest === undefined ? undefined : history.versions[history.latest];
    const lang = ctx.langFor(latest?.language);
    t = translator(historyMessages, lang);
    // `--radar -`: stdout carries the SVG alone.
    if (!isStdout(radar))
        ctx.io.stdout.write(historyFormatters[format].format(history, { lang, t }));
    if (!history.framework) {
        if (format === 'json' || isStdout(radar))
            writeLine(ctx.io.stderr, t('noValid', { file: history.file }));
        return EXIT_FINDINGS;
    }
    if (radar) {
        const { renderRadarSvg, tooManySeries } = await import('../../render/radar/index.js');
        const ok = history.versions.filter((v) => v.status === 'ok');
        // Colours by role, as in the report and compare: the latest version (oldest first here) blue and on top, the one before vermillion.
        const series = ok.map((v, i) => ({
            label: t('seriesLabel', { date: v.date ?? '—', commit: v.short }), values: v.percents ?? [], na: v.na ?? [],
            ...(i === ok.length - 1 ? { role: 'current' } : i === ok.length - 2 ? { role: 'earlier' } : {}),
        }));
        if (tooManySeries(series.length))
            writeLine(ctx.io.stderr, t('tooMany', { count: series.length }));
        const svg = await renderRadarSvg({
            framework: history.framework,
            lang,
            series,
            title: t('radarTitle', { city: latest?.city ?? history.file }),
        });
        await ctx.writeOutput(radar, svg, { said: () => t('radarWritten', { file: radar }), dash: true });
    }
    return EXIT_OK;
}
/** The git problem in the user's language, with what to do about it. */
function localized(error, file, t) {
    switch (error.problem) {
        case 'git-missing':
            return new UsageError(t('gitMissing'), t('gitMissingHint'));
        case 'not-a-repository':
            return new UsageError(t('notRepo', { file }), t('notRepoHint'));
        case 'not-tracked':
            return new UsageError(t('notTracked', { file }), t('notTrackedHint', { file }));
        case 'no-commits':
            return new UsageError(t('noCommits', { file }), t('noCommitsHint'));
        case 'git-timeout':
            return new UsageError(t('gitTimeout', { file, seconds: error.seconds }), t('gitTimeoutHint', { file }));
        default:
            return new UsageError(t('gitFailed', { file, detail: error.detail.split('\n')[0] || error.message }));
    }
}
