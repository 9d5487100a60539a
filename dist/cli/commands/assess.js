// `c21lab assess FILE`: the guided walkthrough. Refuses an invalid file before
// any question, needs a terminal, saves every answer at once, and treats
// Ctrl+C as "pause": everything is already on disk, so it exits 0.
import { defineCommand } from '../command.js';
import { walkthroughMessages } from '../../i18n/walkthrough.js';
import { EXIT_OK, UsageError } from '../../core/errors.js';
import { itemIdMessage } from '../../i18n/values.js';
import { translator } from '../../i18n/define.js';
import { scoreMessages } from '../../i18n/score.js';
import { writeLine } from '../io.js';
const options = [
    { flags: '--votes', help: 'optVotes' },
    { flags: '--commitment <id>', help: 'optCommitment' },
];
export const spec = defineCommand({
    name: 'assess',
    messages: walkthroughMessages,
    describe: (cmd, t) => cmd.summary(t('assessSummary')).description(t('assessSummary')).argument('<file>', t('argFile')),
    options,
    run,
});
export async function run(ctx, args, options) {
    const [{ scoreFile }, { seriesLabels }, { scoreTable }, { inquirerPrompter }, { openAssessment }, { runWalkthrough }, { createSession }, { parseItemId }] = await Promise.all([
        import('../../core/score-result.js'),
        import('../../core/series.js'),
        import('../../render/score/table.js'),
        import('../../walkthrough/inquirer-prompter.js'),
        import('../../walkthrough/open.js'),
        import('../../walkthrough/run.js'),
        import('../../walkthrough/session.js'),
        import('../../core/values.js'),
    ]);
    const opened = await openAssessment(args[0], ctx.io.cwd, { validation: await ctx.validation() });
    const lang = ctx.langFor(opened.assessment.language);
    const t = translator(walkthroughMessages, lang);
    const commitment = options.commitment;
    // A bad --commitment is a usage error whether or not there is a terminal, read and worded as `set` and validate do.
    const start = commitment === undefined ? undefined : parseItemId(commitment, opened.framework, 'commitment');
    if (start && !start.ok)
        throw new UsageError(itemIdMessage(start, lang));
    if (!ctx.io.stdin.isTTY)
        throw new UsageError(t('noTty'), t('noTtyHint', { file: opened.shown }));
    const session = createSession({
        file: opened.path,
        shown: opened.shown,
        text: opened.text,
        assessment: opened.assessment,
        fw: opened.framework,
        lang,
        prompter: inquirerPrompter(lang, { input: ctx.io.stdin, output: ctx.io.stdout }),
        style: ctx.style,
        votes: Boolean(options.votes) || opened.assessment.settings?.votes === true,
        width: ctx.io.stdout.columns,
        print: (line) => writeLine(ctx.io.stdout, line),
        validation: await ctx.validation(),
    });
    const end = await runWalkthrough(session, { commitment: start?.ok ? start.id : undefined });
    writeLine(ctx.io.stdout);
    if (end === 'finished') {
        writeLine(ctx.io.stdout, ctx.style.bold(t('finalHeader')));
        const [label] = seriesLabels([{ file: opened.shown, assessment: session.assessment }]);
        const result = scoreFile(opened.shown, label ?? opened.shown, session.assessment, session.fw, lang);
        ctx.io.stdout.write(scoreTable([result], translator(scoreMessages, lang), ctx.style, lang));
        writeLine(ctx.io.stdout);
        writeLine(ctx.io.stdout, t('finished', { file: opened.shown }));
    }
    else {
        writeLine(ctx.io.stdout, ctx.style.green(t('savedResume', { file: opened.shown })));
    }
    return EXIT_OK;
}
