// `c21lab practice new [FILE]` writes a good-practice file that validates as
// written; `c21lab practice render FILE -o OUT.html|OUT.md` renders one.
import { Argument } from 'commander';
import { defineCommand } from '../command.js';
import { PAGE_FORMATS } from '../../render/formats/names.js';
import { stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { EXIT_OK, FindingsError, UsageError } from '../../core/errors.js';
import { isLang } from '../../core/lang.js';
import { translator } from '../../i18n/define.js';
import { practiceMessages, SECTION_HEADINGS } from '../../i18n/practice.js';
import { writeLine } from '../io.js';
import { isStdout, refuseFormatMismatch } from '../stdout.js';
const options = [
    { flags: '--title <title>', help: 'optTitle' },
    { flags: '--city <city>', help: 'optCity' },
    { flags: '--country <code>', help: 'optCountry' },
    { flags: '--year <year>', help: 'optYear', integer: { min: 1900, max: 2199 } },
    { flags: '--framework <id-or-path>', help: 'optFramework' },
    { flags: '--force', help: 'optForce' },
    { flags: '-o, --output <file>', help: 'optOutput' },
    { flags: '--format <format>', help: 'optFormat', choices: PAGE_FORMATS },
];
export const spec = defineCommand({
    name: 'practice',
    messages: practiceMessages,
    describe: (cmd, t) => cmd
        .summary(t('summary'))
        .description(t('summary'))
        .addArgument(new Argument('<action>', t('argAction')).choices(['new', 'render']))
        .argument('[file]', t('argFile')),
    options,
    run,
});
export async function run(ctx, args, options) {
    const [action, file] = args;
    return action === 'new' ? practiceNew(ctx, file, options) : practiceRender(ctx, file, options);
}
function shown(ctx, abs) {
    return ctx.shown(abs);
}
async function practiceNew(ctx, file, options) {
    refuseFormatMismatch(ctx, options.format, undefined, undefined, 'practice render FILE -o'); // new writes YAML only
    const [{ defaultPracticePath, newPracticeText }, { freeName }, { prepareSchemaFolder }] = await Promise.all([
        import('../../core/practice.js'),
        import('../free-name.js'),
        import('../schema-folder.js'),
    ]);
    const lang = ctx.lang;
    const t = translator(practiceMessages, lang);
    const str = (v) => (v !== undefined && v.trim() !== '' ? v.trim() : undefined);
    let title = str(options.title);
    let city = str(options.city);
    const country = str(options.country);
    if (country !== undefined && !/^[A-Z]{2}$/.test(country))
        throw new UsageError(t('badCountry', { country }));
    // A whole number from 1900 to 2199, read by the option's parser (core/values.ts), as every number typed.
    const year = options.year ?? new Date().getFullYear();
    if (!title || !city) {
        const missing = [!title && '--title', !city && '--city'].filter(Boolean).join(', ');
        if (!ctx.io.stdin.isTTY)
            throw new UsageError(t('missing', { options: missing }), t('missingHint'));
        // Only in a terminal, and only then is the prompt library loaded.
        const { input } = await import('@inquirer/prompts');
        const context = { input: ctx.io.stdin, output: ctx.io.stdout };
        title ??= (await input({ message: t('askTitle'), required: true }, context)).trim();
        city ??= (await input({ message: t('askCity'), required: true }, context)).trim();
    }
    let chosen = defaultPracticePath(title, city, year);
    let taken;
    if (file === undefined && !options.force) {
        // A name c21lab chose: the same practice is a mistake, another one on the same slug gets a numbered name.
        const same = (e) => String(e.title ?? '').trim() === title && String(e.city ?? '').trim() === city && Number(e.year) === year;
        const free = await freeName(ctx.io.cwd, chosen, same);
        if (free.kind === 'same')
            throw new UsageError(t('exists', { file: shown(ctx, resolve(ctx.io.cwd, free.name)) }), t('existsHint'));
        ({ name: chosen, taken } = free);
    }
    const abs = resolve(ctx.io.cwd, file ?? chosen);
    const name = shown(ctx, abs);
    if (!options.force && (await stat(abs).catch(() => undefined)))
        throw new UsageError(t('exists', { file: name }), t('existsHint'));
    if (taken)
        writeLine(ctx.io.stderr, t('slugTaken', { taken: shown(ctx, resolve(ctx.io.cwd, taken)), file: name }));
    await prepareSchemaFolder(ctx, abs);
    const framework = str(options.framework);
    const comments = (key, params) => t(key, params);
    const text = newPracticeText({ title, city, year, language: lang, ...(country ? { country } : {}), ...(framework ? { framework } : {}) }, abs, name, comments);
    await ctx.writeOutput(abs, text, { said: () => t('written', { file: name }), to: 'stdout', locked: true });
    writeLine(ctx.io.stderr, t('nextSteps', { file: name, html: name.replace(/\.ya?ml$/i, '') + '.html' }));
    return EXIT_OK;
}
async function practiceRender(ctx, file, options) {
    let t = translator(practiceMessages, ctx.lang);
    const { emptySections, practiceFindings } = await import('../../core/practice.js');
    if (!file)
        throw new UsageError(t('needFile'));
    const output = options.output;
    if (!output)
        throw new UsageError(t('needOutput'));
    // `-`: the page on stdout, in --format (HTML by default); a file's extension chooses, as in report.
    const format = isStdout(output) ? (options.format ?? 'html') : /\.html?$/i.test(output) ? 'html' : /\.md$/i.test(output) ? 'md' : undefined;
    if (!format)
        throw new UsageError(t('badOutput', { file: output }));
    refuseFormatMismatch(ctx, options.format, output, format, '-o');
    const abs = resolve(ctx.io.cwd, file);
    const name = shown(ctx, abs);
    const [vctx, { readBytes }, { validateBytes }] = await Promise.all([ctx.validation(), import('../../core/load.js'), import('../../core/validate/index.js')]);
    // Its bytes, checked as `validate` checks them: one that is not UTF-8 is a located finding, not a U+FFFD on the page.
    let bytes;
    try {
        bytes = await readBytes(abs, { within: [vctx.roots.boundOf(abs)], lang: ctx.global.lang, env: ctx.io.env, cwd: ctx.io.cwd });
    }
    catch (error) {
        if (error instanceof FindingsError)
            throw error; // refused unread: a FIFO, a link out of the repository, too large
        throw new UsageError(t('noFile', { file: name }));
    }
    const report = validateBytes(name, bytes, vctx);
    const data = report.data;
    t = translator(practiceMessages, ctx.langFor(isLang(data?.language) ? data?.language : undefined));
    const errors = report.findings.filter((f) => f.severity === 'error');
    if (errors.length)
        throw new FindingsError(t('invalid', { file: name }), errors);
    if (report.kind !== 'practice' || !report.source)
        throw new UsageError(t('notPractice', { file: name }));
    const practice = data;
    const lang = ctx.langFor(practice.language);
    t = translator(practiceMessages, lang);
    // Framework paths resolve from where the file is, as for assessments.
    const checked = practiceFindings({ ...report.source, file: name }, practice, abs, vctx, (id, framework, expected) => t('unknownCommitment', { id, framework, expected }));
    if (checked.findings.length || !checked.framework)
        throw new FindingsError(t('invalid', { file: name }), checked.findings);
    const empty = emptySections(practice);
    if (empty.length)
        writeLine(ctx.io.stderr, t('emptySections', { sections: empty.map((s) => t(SECTION_HEADINGS[s])).join(', ') }));
    const { renderPractice } = await import('../../render/practice.js');
    await ctx.writeOutput(output, renderPractice(practice, checked.framework, lang, format, basename(abs)), { said: () => t('rendered', { file: output }), dash: true });
    return EXIT_OK;
}
