// `c21lab set FILE 3=7 3.2=n/a --note 3=… --vote 3:p1=6 --evidence 3=…`:
// the non-interactive path. Checks everything first (exit 1, nothing
// written), then applies all edits and writes once, atomically, under the
// file's lock and on its latest text (so two `set` at once both land).
import { defineCommand } from '../command.js';
import { walkthroughMessages } from '../../i18n/walkthrough.js';
import { resolve } from 'node:path';
import { EXIT_OK, FindingsError, InvalidEditError, ProblemsError, UsageError } from '../../core/errors.js';
import { translator } from '../../i18n/define.js';
import { writeMessages } from '../../i18n/write.js';
import { writeLine } from '../io.js';
const options = [
    { flags: '--note <item=text>', help: 'optNote', repeat: true },
    { flags: '--vote <item:participant=score>', help: 'optVote', repeat: true },
    { flags: '--evidence <item=text>', help: 'optEvidence', repeat: true },
    { flags: '--answers <file.csv>', help: 'optAnswers' },
];
export const spec = defineCommand({
    name: 'set',
    messages: walkthroughMessages,
    describe: (cmd, t) => cmd.summary(t('setSummary')).description(t('setSummary')).argument('<file>', t('argFile')).argument('[assignments...]', t('argAssignments')),
    options,
    run,
});
export async function run(ctx, args, options) {
    const [{ updateDocument }, { assertStillValid, guardedEdit }, { validatedEdit }, { csvAssignments }, { duplicateProblems, parseAssignments, planEdits }, { openAssessment }] = await Promise.all([
        import('../../core/edit/save.js'),
        import('../../core/edit/recheck.js'),
        import('../../core/edit/validated.js'),
        import('../../walkthrough/answers-csv.js'),
        import('../../walkthrough/assignments.js'),
        import('../../walkthrough/open.js'),
    ]);
    const [fileArg, ...scores] = args;
    const opened = await openAssessment(fileArg, ctx.io.cwd, { validation: await ctx.validation() });
    const lang = ctx.langFor(opened.assessment.language);
    const t = translator(walkthroughMessages, lang);
    const tw = translator(writeMessages, lang);
    const list = (name) => options[name] ?? [];
    // Each problem is shown with its place: the CSV's file:line:col, or the assessment.
    const problems = [];
    const lineProblems = [];
    const assignments = parseAssignments({ scores, notes: list('note'), votes: list('vote'), evidence: list('evidence') }, t, lineProblems);
    const answers = options.answers;
    if (answers) {
        const path = resolve(ctx.io.cwd, answers);
        // Read as safely as any input (no FIFO, no link out of its repository, bounded size).
        const [{ readBytes }, { decodeText }] = await Promise.all([import('../../core/load.js'), import('../../core/yaml/source.js')]);
        const bytes = await readBytes(path, { lang: ctx.global.lang, env: ctx.io.env, cwd: ctx.io.cwd }).catch((error) => {
            if (error instanceof FindingsError)
                throw error;
            throw new UsageError(t('noSuchFile', { file: answers }));
        });
        // Decoded as validate decodes a file: a CSV saved in Latin-1 or UTF-16 (Excel's other choices) is refused at
        // its first bad byte, where a lenient decoder would have written U+FFFD into the notes.
        const decoded = decodeText(bytes);
        if ('problem' in decoded) {
            const p = decoded.problem;
            const message = p.kind === 'nul' ? t('csvNulByte') : t('csvNotUtf8', { byte: p.byte });
            throw new ProblemsError(t('setRefused', { count: 1 }), [{ where: `${answers}:${p.line}:${p.column}`, message }]);
        }
        const text = decoded.text;
        const csvProblems = [];
        assignments.push(...csvAssignments(text, csvProblems, answers));
        for (const p of csvProblems) {
            const message = p.message === 'csvColumnTwice' ? t(p.message, { name: p.name ?? '', first: p.first ?? 0 }) : t(p.message, { expected: p.expected ?? 0, found: p.found ?? 0 });
            problems.push({ where: p.column ? `${answers}:${p.line}:${p.column}` : `${answers}:${p.line}`, message });
        }
    }
    problems.push(...lineProblems.map((message) => ({ where: opened.shown, message })));
    if (assignments.length === 0 && problems.length === 0)
        throw new UsageError(t('setNothing'));
    problems.push(...duplicateProblems(assignments, tw).map((message) => ({ where: opened.shown, message })));
    const edits = [];
    for (const a of assignments) {
        const found = [];
        const places = [];
        edits.push(...planEdits([a], opened.assessment, opened.framework, t, found, tw, lang, places));
        problems.push(...found.map((message, i) => ({ where: places[i] ?? opened.shown, message })));
    }
    if (problems.length) {
        // One line per problem: an unknown item id is said once at its cell, not once per answer in its row.
        const unique = [...new Map(problems.map((p) => [`${p.where}\0${p.message}`, p])).values()];
        throw new ProblemsError(t('setRefused', { count: unique.length }), unique);
    }
    // Under the lock, on the latest text: if someone changed the file since it
    // was checked above, that version is checked again before anything is applied.
    const vctx = await ctx.validation();
    // The edited text is checked as `validate` will read it from disk (its bytes: a file over the size limit
    // is refused too), as the walkthrough and the room check theirs (core/edit/validated.ts): a change that
    // would leave errors is refused with them, and nothing is written.
    const edited = validatedEdit((text) => edits.reduce((acc, edit) => edit(acc), text), opened.path, opened.shown, vctx);
    const apply = guardedEdit(edited, () => opened.text, (text) => assertStillValid(opened.path, opened.shown, text, vctx));
    try {
        await updateDocument(opened.path, apply, { shown: opened.shown });
    }
    catch (error) {
        if (!(error instanceof InvalidEditError))
            throw error;
        const { wordInvalidFile } = await import('../refusal-words.js');
        throw new FindingsError(t('setInvalid', { file: opened.shown }), wordInvalidFile(error, (fileLang) => ctx.langFor(fileLang)).findings);
    }
    writeLine(ctx.io.stderr, t('setDone', { file: opened.shown, count: edits.length }));
    return EXIT_OK;
}
