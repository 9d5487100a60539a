// `c21lab assess FILE`: the guided walkthrough. Refuses an invalid file before
// any question, needs a terminal, saves every answer at once, and treats
// Ctrl+C as "pause": everything is already on disk, so it exits 0.
import { EXIT_OK, UsageError } from '../../core/errors.js';
import { scoreFile } from '../../core/score-result.js';
import { seriesLabels } from '../../core/series.js';
import { parseItemId } from '../../core/values.js';
import { itemIdMessage } from '../../i18n/values.js';
import { translator } from '../../i18n/define.js';
import { walkthroughMessages } from '../../i18n/walkthrough.js';
import { scoreMessages } from '../../i18n/score.js';
import { scoreTable } from '../../render/score/table.js';
import { inquirerPrompter } from '../../walkthrough/inquirer-prompter.js';
import { openAssessment } from '../../walkthrough/open.js';
import { runWalkthrough } from '../../walkthrough/run.js';
import { createSession } from '../../walkthrough/session.js';
import { writeLine } from '../io.js';
export async function run(ctx, args, options) {
    const opened = await openAssessment(args[0], ctx.io.cwd, { lang: ctx.global.lang, env: ctx.io.env });
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
