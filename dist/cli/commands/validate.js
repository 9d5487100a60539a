// `c21lab validate`: find the files, check each (on every core for large
// runs, see ../validate/pool.ts), word the findings shown (../validate/words.ts),
// print them, exit 0/1/2.
import { defineCommand } from '../command.js';
import { VALIDATE_FORMATS } from '../../render/formats/names.js';
import { validateMessages } from '../../i18n/validate.js';
import { EXIT_FINDINGS, EXIT_OK, UsageError } from '../../core/errors.js';
import { translator } from '../../i18n/define.js';
import { writeLine } from '../io.js';
// --format is checked in the command (not with commander's choices), so the message is in the user's language.
const options = [
    { flags: '-f, --format <format>', help: 'optFormat', choices: VALIDATE_FORMATS },
    { flags: '-q, --quiet', help: 'optQuiet' },
    { flags: '--strict', help: 'optStrict' },
    { flags: '--changed-since <ref>', help: 'optChangedSince' },
];
export const spec = defineCommand({
    name: 'validate',
    messages: validateMessages,
    describe: (cmd, t) => cmd.summary(t('summary')).description(t('summary')).argument('[paths...]', t('argPaths')),
    options,
    run,
});
export async function run(ctx, args, options) {
    const t = translator(validateMessages, ctx.lang);
    const [{ formatterFor }, { changedSince }, { realPath }, { discover }, { checkAll }, { summaryLine, wordFile }, { wordUnreadable }] = await Promise.all([
        import('../../render/formatters/index.js'),
        import('../validate/changed.js'),
        import('../../core/fs/real-path.js'),
        import('../validate/discover.js'),
        import('../validate/pool.js'),
        import('../validate/words.js'),
        import('../validate/unreadable.js'),
    ]);
    const format = options.format ?? 'text'; // one of VALIDATE_FORMATS: the parser refuses any other
    const cwd = ctx.io.cwd;
    const paths = args.length ? args : ['.'];
    let targets = await discover(paths, cwd, t);
    if (options.changedSince !== undefined) {
        const changed = await changedSince(options.changedSince, cwd, ctx.io.env, t);
        // git names the files from its top folder, a real path: a target named through a link is matched by its real path too.
        targets = targets.filter((tg) => changed.has(tg.path) || changed.has(realPath(tg.path) ?? tg.path));
    }
    else if (targets.length === 0) {
        throw new UsageError(t('noFiles', { paths: paths.join(', ') }));
    }
    const results = await checkAll(targets, { cwd, lang: ctx.global.lang, env: ctx.io.env }).catch((error) => {
        throw wordUnreadable(error, t);
    });
    const found = results.filter((r) => r !== 'skipped');
    const strict = Boolean(options.strict);
    for (const file of found) {
        // Under --strict a warning fails the run, so it is reported as an error; --quiet drops warnings before they are worded.
        if (strict)
            file.findings = file.findings.map((f) => (f.severity === 'warning' ? { ...f, severity: 'error' } : f));
        if (options.quiet)
            file.findings = file.findings.filter((f) => f.severity === 'error');
    }
    // The file's language stays here (the wording, the summary's too); the formats show files and findings only.
    const checked = found.map((f) => ({ file: f.file, ...(f.kind ? { kind: f.kind } : {}), findings: wordFile(f, ctx.langFor) }));
    if (ctx.global.verbose) {
        targets.forEach((tg, i) => results[i] === 'skipped' && writeLine(ctx.io.stderr, ctx.style.dim(t('skipped', { file: ctx.shown(tg.path) }))));
    }
    if (checked.length === 0 && options.changedSince === undefined)
        throw new UsageError(t('noFiles', { paths: paths.join(', ') }));
    const errors = count(checked, 'error');
    const warnings = count(checked, 'warning');
    const runResult = {
        files: checked,
        summary: { files: checked.length, errors, warnings, skipped: results.length - checked.length },
        strict,
        ok: errors === 0,
    };
    ctx.io.stdout.write(formatterFor(format).format(runResult, ctx.style));
    if (format === 'text') {
        // The summary follows the rule its findings follow: --lang, else the files' language (when they share one), else the system's.
        const line = summaryLine(found, { files: checked.length, errors, warnings }, ctx.langFor);
        writeLine(ctx.io.stderr, errors ? ctx.style.red(line) : warnings ? ctx.style.yellow(line) : ctx.style.green(line));
    }
    return errors ? EXIT_FINDINGS : EXIT_OK;
}
function count(files, severity) {
    // An "and N more" line stands for the N findings it does not show.
    return files.reduce((n, f) => n + f.findings.reduce((k, x) => k + (x.severity === severity ? x.omitted ?? 1 : 0), 0), 0);
}
