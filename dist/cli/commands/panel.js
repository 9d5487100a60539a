// `c21lab panel`: average a set of assessments into a benchmark file.
import { defineCommand } from '../command.js';
import { panelMessages } from '../../i18n/panel.js';
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { EXIT_OK, FindingsError, UsageError } from '../../core/errors.js';
import { translator } from '../../i18n/define.js';
// --out is the old spelling of --output, kept working but no longer shown.
import { isStdout } from '../stdout.js';
const options = [
    { flags: '-o, --output <file>', help: 'optOut' },
    { flags: '--out <file>' },
    { flags: '--name <text>', help: 'optName' },
    { flags: '--source <text>', help: 'optSource' },
    { flags: '--id <id>', help: 'optId' },
    { flags: '--year <year>', help: 'optYear', integer: { min: 1000, max: 9999 } },
    { flags: '--force', help: 'optForce' },
];
export const spec = defineCommand({
    name: 'panel',
    messages: panelMessages,
    describe: (cmd, t) => cmd.summary(t('summary')).description(t('summary')).argument('<files...>', t('argFiles')),
    options,
    run,
});
export async function run(ctx, files, options) {
    const [{ buildPanel, panelYaml }, { loadInputs }] = await Promise.all([
        import('../../core/panel.js'),
        import('../inputs.js'),
    ]);
    const t0 = translator(panelMessages, ctx.lang);
    const out = options.output ?? options.out; // --out: the old spelling
    const name = options.name?.trim();
    const source = options.source?.trim();
    const id = options.id;
    if (!out)
        throw new UsageError(t0('outRequired'));
    if (!isStdout(out) && !/\.ya?ml$/i.test(out))
        throw new UsageError(t0('badExt', { file: out }));
    if (!name)
        throw new UsageError(t0('nameRequired'));
    if (!source)
        throw new UsageError(t0('sourceRequired'));
    const { ID } = await import('../../core/validate/framework-ref.js');
    if (id !== undefined && !ID.test(id))
        throw new UsageError(t0('badId', { id }));
    // 1000–9999, read as every typed whole number is (core/values.ts), before the command runs.
    const year = options.year;
    // `-`: stdout, the file's relative paths read as from the working directory.
    const target = resolve(ctx.io.cwd, out);
    if (!isStdout(out) && !options.force && (await stat(target).catch(() => undefined)))
        throw new UsageError(t0('exists', { file: out }));
    const { lang, loaded } = await loadInputs(ctx, files, {
        sameFramework: (lang, file, found, first, expected) => translator(panelMessages, lang)('mixedFrameworks', { file, found, first, expected }),
    });
    const t = translator(panelMessages, lang);
    const fw = loaded[0].framework;
    const benchmark = buildPanel(loaded.map((l) => l.assessment), fw, {
        name,
        source,
        ...(id ? { id } : {}),
        ...(year !== undefined ? { year } : {}),
        method: (counts) => t('method', {
            count: loaded.length,
            decimals: fw.percent.decimals ?? 1,
            counts: Object.entries(counts).map(([k, v]) => `${k}: ${v}`).join(', '),
        }),
    });
    if (Object.values(benchmark.values).every((v) => v === null)) {
        throw new FindingsError(t('nothingScored', { count: loaded.length }), []);
    }
    // The text is built once the schema folder is written, so its $schema line points there on the first run too.
    const text = () => panelYaml(benchmark, target, { heading: t('builtFrom'), files: loaded.map((l) => l.file) });
    await ctx.writeOutput(isStdout(out) ? out : target, text, { said: () => t('written', { file: out, count: loaded.length }), to: 'stdout', locked: true, schemas: true, lang, dash: true });
    return EXIT_OK;
}
