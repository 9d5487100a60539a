// `c21lab init [FILE]`: writes a new, valid assessment. Asks for what is
// missing when there is a terminal; with --yes or without one, a missing
// value that has no default is a usage error naming its flag.
import { defineCommand } from '../command.js';
import { initMessages } from '../../i18n/init.js';
import { stat } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { InterruptedError, UsageError, EXIT_OK, FindingsError } from '../../core/errors.js';
import { isLang } from '../../core/lang.js';
import { LANGS } from '../../core/types.js';
import { translator } from '../../i18n/define.js';
import { isStdout } from '../stdout.js';
import { writeLine } from '../io.js';
const options = [
    { flags: '--city <name>', help: 'optCity' },
    { flags: '--country <code>', help: 'optCountry' },
    { flags: '--date <yyyy-mm-dd>', help: 'optDate' },
    { flags: '--framework <id|path>', help: 'optFramework' },
    { flags: '--facilitator <name>', help: 'optFacilitator', repeat: true },
    { flags: '--votes', help: 'optVotes' },
    { flags: '-y, --yes', help: 'optYes' },
    { flags: '--force', help: 'optForce' },
];
export const spec = defineCommand({
    name: 'init',
    messages: initMessages,
    describe: (cmd, t) => cmd.summary(t('summary')).description(t('summary')).argument('[file]', t('argFile')),
    options,
    run,
});
export async function run(ctx, args, options) {
    const { PromptExit } = await import('../../walkthrough/prompter.js');
    const lang = ctx.lang;
    const t = translator(initMessages, lang);
    const ask = !options.yes && Boolean(ctx.io.stdin.isTTY);
    let prompter;
    if (ask) {
        const { inquirerPrompter } = await import('../../walkthrough/inquirer-prompter.js');
        // With `-` the new file is the only thing on stdout: the questions go to stderr.
        prompter = inquirerPrompter(lang, { input: ctx.io.stdin, output: isStdout(args[0]) ? ctx.io.stderr : ctx.io.stdout });
    }
    try {
        return await create(ctx, args, options, lang, t, prompter);
    }
    catch (error) {
        if (error instanceof PromptExit)
            throw new InterruptedError(); // nothing was written yet: a real interruption
        throw error;
    }
}
async function create(ctx, args, options, lang, t, prompter) {
    const [{ stringify }, { schemaModeline }, { slugify }, { assessmentText, isCountry, today }, { freeName }, { prepareSchemaFolder }] = await Promise.all([
        import('yaml'),
        import('../../core/yaml/modeline.js'),
        import('../../core/slug.js'),
        import('../../walkthrough/init-values.js'),
        import('../free-name.js'),
        import('../schema-folder.js'),
    ]);
    const inline = (value) => stringify(value, { lineWidth: 0 }).trimEnd();
    const opt = (name) => options[name]?.trim();
    const need = async (flag, value, question) => {
        if (value)
            return value;
        if (!prompter)
            throw new UsageError(t('missing', { flag }), t('missingHint'));
        return question();
    };
    // A date is refused in the one wording validate gives the file's `date:` (2026-02-30: "February 2026 has 28 days").
    const [{ datePhrase }, { phraseWords }] = await Promise.all([import('../../core/validate/rules/date.js'), import('../../i18n/validate-words.js')]);
    const badDate = (value) => {
        const p = datePhrase(value);
        return p && phraseWords(lang)(p);
    };
    const typedCountry = opt('country');
    if (typedCountry && !isCountry(typedCountry))
        throw new UsageError(t('flagProblem', { flag: '--country', problem: t('badCountry', { value: typedCountry }) }));
    const typedDate = opt('date');
    const dateWrong = typedDate ? badDate(typedDate) : undefined;
    if (dateWrong)
        throw new UsageError(t('flagProblem', { flag: '--date', problem: dateWrong }));
    const required = (v) => (v.trim() ? undefined : t('required'));
    const city = await need('--city', opt('city'), async () => (await prompter.input(t('askCity'), { validate: required })).trim());
    let country = opt('country');
    if (country === undefined && prompter) {
        country = (await prompter.input(t('askCountry'), { validate: (v) => (v.trim() === '' || isCountry(v.trim().toUpperCase()) ? undefined : t('badCountry', { value: v })) })).trim().toUpperCase();
    }
    const date = opt('date') ?? (prompter
        ? (await prompter.input(t('askDate'), { default: today(new Date()), validate: (v) => badDate(v.trim()) })).trim()
        : today(new Date()));
    let language = ctx.lang; // the run's one language rule, before any file is read
    if (!ctx.global.lang && prompter) {
        const names = { en: t('langEn'), fr: t('langFr'), es: t('langEs') };
        language = await prompter.select(t('askLanguage'), LANGS.map((l) => ({ value: l, name: `${l} · ${names[l]}` })), language);
    }
    let frameworkArg = opt('framework');
    if (frameworkArg === undefined && prompter)
        frameworkArg = (await prompter.input(t('askFramework'), { default: 'culture21-actions' })).trim();
    frameworkArg ||= 'culture21-actions';
    let facilitators = (options.facilitator ?? []).map((f) => f.trim()).filter(Boolean);
    if (!facilitators.length && prompter) {
        facilitators = (await prompter.input(t('askFacilitators'))).split(',').map((f) => f.trim()).filter(Boolean);
    }
    let votes = Boolean(options.votes);
    if (!options.votes && prompter)
        votes = await prompter.confirm(t('askVotes'), false);
    const chosen = join('assessments', `${slugify(city, 'city')}-${date}.yaml`);
    // `-`: stdout, the file's relative paths read as from the working directory (as review new does).
    const dash = isStdout(args[0]);
    let fileArg = dash ? 'assessment.yaml' : (args[0] ?? chosen);
    let taken;
    if (args[0] === undefined && !options.force) {
        // A name c21lab chose: the same LAB is a mistake, another city on the same slug gets a numbered name.
        const free = await freeName(ctx.io.cwd, chosen, (e) => String(e.city ?? '').trim() === city && String(e.date ?? '') === date);
        if (free.kind === 'same')
            throw new UsageError(t('exists', { file: free.name }), t('existsHint'));
        ({ name: fileArg, taken } = free);
    }
    const file = resolve(ctx.io.cwd, fileArg);
    if (!dash && !options.force && (await stat(file).catch(() => undefined))) {
        throw new UsageError(t('exists', { file: fileArg }), t('existsHint'));
    }
    // A bundled id stays an id; a path is written relative to the new file, as the format wants.
    const [vctx, { loadFrameworkRef, validateText }, { isBundledRef }] = await Promise.all([
        ctx.validation(),
        import('../../core/validate/index.js'),
        import('../../core/validate/framework-ref.js'),
    ]);
    const fromCwd = join(ctx.io.cwd, 'c21lab-init');
    const framework = isBundledRef(frameworkArg)
        ? frameworkArg
        : relative(dirname(file), resolve(ctx.io.cwd, frameworkArg)).split('\\').join('/');
    const fw = loadFrameworkRef(frameworkArg, fromCwd, vctx);
    if (!fw.framework)
        throw new UsageError(t('badFramework', { ref: frameworkArg, message: fw.findings[0]?.message ?? '' }));
    if (!dash)
        await prepareSchemaFolder(ctx, file);
    const values = { city, country: country || undefined, date, language: isLang(language) ? language : 'en', framework, facilitators, votes };
    const header = dash ? t('headerCommentDash') : t('headerComment', { file: fileArg });
    const text = assessmentText(schemaModeline('assessment', file), header, values, inline);
    const report = validateText(file, text, vctx);
    const errors = report.findings.filter((f) => f.severity === 'error');
    if (errors.length)
        throw new FindingsError(`internal error: the new file would not be valid`, errors);
    await ctx.writeOutput(dash ? '-' : fileArg, text, { locked: true, dash: true });
    if (dash)
        return EXIT_OK;
    if (taken)
        writeLine(ctx.io.stderr, t('slugTaken', { taken, file: fileArg }));
    writeLine(ctx.io.stdout, t('written', { file: fileArg }));
    writeLine(ctx.io.stdout, t('next', { file: fileArg }));
    return EXIT_OK;
}
