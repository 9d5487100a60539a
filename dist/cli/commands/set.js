// `c21lab set FILE 3=7 3.2=n/a --note 3=… --vote 3:p1=6 --evidence 3=…`:
// the non-interactive path. Checks everything first (exit 1, nothing
// written), then applies all edits and writes once, atomically.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { C21Error, EXIT_FINDINGS, EXIT_OK, UsageError } from '../../core/errors.js';
import { saveDocument } from '../../core/edit/save.js';
import { resolveLang } from '../../core/lang.js';
import { translator } from '../../i18n/define.js';
import { walkthroughMessages } from '../../i18n/walkthrough.js';
import { csvAssignments } from '../../walkthrough/answers-csv.js';
import { parseAssignments, planEdits } from '../../walkthrough/assignments.js';
import { openAssessment } from '../../walkthrough/open.js';
import { writeLine } from '../io.js';
export async function run(ctx, args, options) {
    const [fileArg, ...scores] = args;
    const opened = await openAssessment(fileArg, ctx.io.cwd, { lang: ctx.global.lang, env: ctx.io.env });
    const t = translator(walkthroughMessages, resolveLang(ctx.global.lang, opened.assessment.language, ctx.io.env));
    const list = (name) => options[name] ?? [];
    const problems = [];
    const assignments = parseAssignments({ scores, notes: list('note'), votes: list('vote'), evidence: list('evidence') }, t, problems);
    const answers = options.answers;
    if (answers) {
        const path = resolve(ctx.io.cwd, answers);
        const text = await readFile(path, 'utf8').catch(() => {
            throw new UsageError(t('noSuchFile', { file: answers }));
        });
        const csvProblems = [];
        assignments.push(...csvAssignments(text, csvProblems));
        for (const p of csvProblems) {
            problems.push(t('csvBad', { file: answers, line: p.line, message: t(p.message, { expected: p.expected ?? 0, found: p.found ?? 0 }) }));
        }
    }
    if (assignments.length === 0 && problems.length === 0)
        throw new UsageError(t('setNothing'));
    const edits = planEdits(assignments, opened.assessment, opened.framework, t, problems);
    if (problems.length) {
        for (const p of problems)
            writeLine(ctx.io.stderr, `${opened.shown}: ${p}`);
        throw new C21Error(t('setRefused', { count: problems.length }), EXIT_FINDINGS);
    }
    const text = edits.reduce((acc, edit) => edit(acc), opened.text);
    if (text !== opened.text)
        await saveDocument(opened.path, text);
    writeLine(ctx.io.stderr, t('setDone', { file: opened.shown, count: edits.length }));
    return EXIT_OK;
}
