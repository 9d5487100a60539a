// `c21lab merge A.yaml B.yaml … -o LAB.yaml`: one file from the files that
// breakout groups or several laptops wrote for one LAB. Refuses files of
// another LAB; lists every conflict with both values and where they are;
// writes nothing while conflicts remain unless --prefer says which file wins.
import { defineCommand } from '../command.js';
import { mergeMessages } from '../../i18n/merge.js';
import { stat } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { EXIT_OK, FindingsError, UsageError } from '../../core/errors.js';
import { translator } from '../../i18n/define.js';
import { writeLine } from '../io.js';
import { isStdout } from '../stdout.js';
import { formatFindings } from '../../render/formatters/text.js';
const options = [
    { flags: '-o, --output <file>', help: 'optOut' },
    { flags: '--prefer <file>', help: 'optPrefer' },
    { flags: '--force', help: 'optForce' },
];
export const spec = defineCommand({
    name: 'merge',
    messages: mergeMessages,
    describe: (cmd, t) => cmd.summary(t('summary')).description(t('summary')).argument('<files...>', t('argFiles')),
    options,
    run,
});
function show(value) {
    if (value !== null && typeof value === 'object') {
        const p = value;
        return `"${[p.name, p.organisation, p.sector].filter(Boolean).join(', ')}"`;
    }
    return String(value);
}
function conflictFinding(c, inputs, t, severity) {
    const [here, ...rest] = c.values;
    const others = rest.map((o) => t('elsewhere', { value: show(o.value), file: inputs[o.index]?.file ?? '', line: o.line, column: o.column })).join(', ');
    const params = { item: c.item ?? '', who: c.participant ?? '', value: show(here.value), others };
    return {
        file: inputs[here.index]?.file ?? '',
        line: here.line,
        column: here.column,
        severity,
        rule: `merge-conflict-${c.kind}`,
        message: t(`conflict_${c.kind}`, params),
    };
}
export async function run(ctx, args, options) {
    const [{ mergeAssessments, mergeMismatches }, { setFramework }, { openAssessment }] = await Promise.all([
        import('../../core/merge.js'),
        import('../../core/edit/index.js'),
        import('../../walkthrough/open.js'),
    ]);
    let t = translator(mergeMessages, ctx.lang);
    if (args.length < 2)
        throw new UsageError(t('needTwo', { count: args.length }));
    const output = options.output;
    if (!output)
        throw new UsageError(t('needOut'));
    // An existing file is replaced only when asked (as panel, init, review new and practice new): stdout is never "existing".
    if (!isStdout(output) && !options.force && (await stat(resolve(ctx.io.cwd, output)).catch(() => undefined))) {
        throw new UsageError(t('exists', { file: output }));
    }
    const abs = args.map((a) => resolve(ctx.io.cwd, a));
    const twice = abs.find((a, i) => abs.indexOf(a) !== i);
    if (twice)
        throw new UsageError(t('sameFile', { file: ctx.shown(twice) }));
    let prefer;
    if (options.prefer !== undefined) {
        prefer = abs.indexOf(resolve(ctx.io.cwd, options.prefer));
        if (prefer === -1)
            throw new UsageError(t('preferNotInput', { file: options.prefer }), t('preferHint', { files: args.join(', ') }));
    }
    const opened = [];
    for (const arg of args)
        opened.push(await openAssessment(arg, ctx.io.cwd, { validation: await ctx.validation() }));
    const inputs = opened.map((o) => ({ file: o.shown, text: o.text, assessment: o.assessment, framework: o.framework, source: o.source }));
    t = translator(mergeMessages, ctx.langFor(opened[0]?.assessment.language));
    const mismatches = mergeMismatches(inputs);
    if (mismatches.length) {
        const first = inputs[0]?.file ?? '';
        throw new FindingsError(t('mismatchSummary'), mismatches.map((m) => ({
            file: inputs[m.index]?.file ?? '',
            line: m.line,
            column: m.column,
            severity: 'error',
            rule: 'merge-other-lab',
            message: t(`mismatch_${m.field}`, { found: m.found, expected: m.expected, first }),
        })));
    }
    // Ids are unique whatever their case (core/values.ts participantKey): `P1` in one file and `p1` in another
    // could be neither united nor kept apart, so each is a located finding before anything is merged.
    const { participantKey } = await import('../../core/values.js');
    const { locate } = await import('../../core/yaml/source.js');
    const seen = new Map();
    const variants = [];
    inputs.forEach((input) => (input.assessment.participants ?? []).forEach((p, at) => {
        const before = seen.get(participantKey(p.id));
        if (!before)
            seen.set(participantKey(p.id), { id: p.id, file: input.file });
        else if (before.id !== p.id && before.file !== input.file) {
            variants.push({ file: input.file, ...locate(input.source, ['participants', at, 'id']), severity: 'error', rule: 'merge-participant-case',
                message: t('caseVariant', { id: p.id, other: before.id, first: before.file }) });
        }
    }));
    if (variants.length)
        throw new FindingsError(t('caseVariantSummary', { count: variants.length }), variants);
    const result = mergeAssessments(inputs, prefer);
    if (result.conflicts.length && prefer === undefined) {
        const findings = result.conflicts.map((c) => conflictFinding(c, inputs, t, 'error'));
        const error = new FindingsError(t('conflictsSummary', { count: result.conflicts.length }), findings);
        throw Object.assign(error, { hint: t('conflictsHint') });
    }
    // A framework given as a path is relative to the file: it must still lead there from the output's folder
    // (`-`, stdout: from the working directory).
    const dash = isStdout(output);
    const out = resolve(ctx.io.cwd, output);
    let text = result.text;
    const first = opened[0];
    const ref = first.assessment.framework;
    if (/[\\/]|\.ya?ml$/i.test(ref) && !isAbsolute(ref) && dirname(out) !== dirname(first.path)) {
        const target = resolve(dirname(first.path), ref);
        text = setFramework(text, relative(dirname(out), target).split('\\').join('/'));
    }
    const { validateText } = await import('../../core/validate/index.js');
    const check = validateText(out, text, await ctx.validation());
    // Named as given (`-` for stdout), not as the path the check resolved it to.
    const named = dash ? output : ctx.shown(out);
    const errors = check.findings.filter((f) => f.severity === 'error').map((f) => (f.file === out ? { ...f, file: named } : f));
    // Over the size limit is no bug: notes and evidence of many files, united, can outgrow one file.
    if (errors.length)
        throw new FindingsError(t(errors.every((f) => f.rule === 'file-too-large') ? 'tooLarge' : 'notValid'), errors);
    await ctx.writeOutput(dash ? output : out, text, { dash: true });
    // With `-` stdout carries the merged file alone: what was resolved goes to stderr, and no "wrote" line.
    const say = dash ? ctx.io.stderr : ctx.io.stdout;
    if (result.conflicts.length) {
        writeLine(say, t('resolved', { count: result.conflicts.length, file: inputs[prefer]?.file ?? '' }));
        writeLine(say, formatFindings(result.conflicts.map((c) => conflictFinding(c, inputs, t, 'warning')), ctx.style));
    }
    if (dash)
        return EXIT_OK;
    const data = (check.data ?? {});
    const fw = first.framework;
    const items = fw.commitments.flatMap((c) => c.actions?.length ? c.actions.map((a) => [c.id, a.id]) : [[c.id, undefined]]);
    const merged = data;
    const scored = items.filter(([c, a]) => (a ? merged.commitments?.[c]?.actions?.[a]?.score : merged.commitments?.[c]?.score) !== undefined).length;
    writeLine(ctx.io.stdout, ctx.style.green(t('wrote', { count: inputs.length, out: ctx.shown(out), participants: data.participants?.length ?? 0, scored, total: items.length })));
    return EXIT_OK;
}
