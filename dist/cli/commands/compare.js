// `c21lab compare A.yaml B.yaml …`: one table, one radar, for files of one framework.
import { defineCommand } from '../command.js';
import { COMPARE_FORMATS } from '../../render/formats/names.js';
import { compareMessages } from '../../i18n/compare.js';
import { EXIT_OK, FindingsError, UsageError } from '../../core/errors.js';
import { translator } from '../../i18n/define.js';
import { writeLine } from '../io.js';
import { isStdout } from '../stdout.js';
const options = [
    { flags: '--format <format>', help: 'optFormat', default: 'table', choices: COMPARE_FORMATS },
    { flags: '--radar <out.svg>', help: 'optRadar' },
];
export const spec = defineCommand({
    name: 'compare',
    messages: compareMessages,
    describe: (cmd, t) => cmd.summary(t('summary')).description(t('summary')).argument('<files...>', t('argFiles')),
    options,
    run,
});
export async function run(ctx, args, options) {
    const [{ compareAssessments, frameworkMismatches }, { compareFormatters }] = await Promise.all([
        import('../../core/compare.js'),
        import('../../render/formats/compare.js'),
    ]);
    const format = options.format; // one of COMPARE_FORMATS: the parser refuses any other
    const radar = typeof options.radar === 'string' ? options.radar : undefined;
    let t = translator(compareMessages, ctx.lang);
    if (radar !== undefined && !isStdout(radar) && !radar.toLowerCase().endsWith('.svg'))
        throw new UsageError(t('badRadar', { file: radar }));
    if (args.length < 2)
        throw new UsageError(t('needTwo', { count: args.length }), t('needTwoHint'));
    // The context's loader: each file shown as typed, in findings and in the output alike.
    const inputs = [];
    for (const arg of args)
        inputs.push(await ctx.loadAssessment(arg));
    const lang = ctx.langFor(inputs[0]?.assessment.language);
    t = translator(compareMessages, lang);
    const mismatches = frameworkMismatches(inputs);
    if (mismatches.length) {
        const { locate } = await import('../../core/yaml/source.js');
        const first = inputs[0]?.file ?? '';
        const findings = mismatches.map((m) => {
            const input = inputs[m.index];
            const at = locate(input.source, ['framework']);
            const params = { found: m.found, expected: m.expected, first };
            return { file: input.file, ...at, severity: 'error', rule: 'framework-mismatch',
                message: t(m.sameIdDifferentContent ? 'mismatchContent' : 'mismatch', params), path: '/framework' };
        });
        throw new FindingsError(t('mismatchSummary'), findings);
    }
    const cmp = compareAssessments(inputs);
    // `--radar -`: stdout carries the SVG alone.
    if (!isStdout(radar))
        ctx.io.stdout.write(compareFormatters[format].format(cmp, { lang, t }));
    if (radar) {
        const { renderRadarSvg, tooManySeries } = await import('../../render/radar/index.js');
        const { roleByDate } = await import('../../core/series.js');
        const roles = roleByDate(cmp.files.map((f) => f.date));
        if (tooManySeries(cmp.files.length))
            writeLine(ctx.io.stderr, t('tooMany', { count: cmp.files.length }));
        const svg = await renderRadarSvg({
            framework: cmp.framework,
            lang,
            // Colours by role, as in the report: the latest LAB blue (on top), the one before it vermillion.
            series: cmp.files.map((f, i) => ({ label: f.label, values: cmp.commitments.map((r) => r.percents[i] ?? null),
                na: cmp.commitments.map((r) => r.na?.[i] ?? false), ...(roles[i] ? { role: roles[i] } : {}) })),
            title: t('radarTitle'),
        });
        await ctx.writeOutput(radar, svg, { said: () => t('radarWritten', { file: radar }), dash: true });
    }
    return EXIT_OK;
}
