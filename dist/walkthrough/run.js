// The walkthrough as a loop over items, moved by the steps' outcomes. It
// returns how the session ended; the command prints the final table.
import { InvalidFileError } from '../core/errors.js';
import { translator } from '../i18n/define.js';
import { writeMessages } from '../i18n/write.js';
import { visible } from '../render/escape/terminal.js';
import { firstItemOf, stillToDo } from './items.js';
import { PromptExit } from './prompter.js';
import { scoreItem } from './steps/item.js';
import { review, sessionMenu } from './steps/menu.js';
import { startParticipants } from './steps/participants.js';
import { showCommitment, showItem, showProgress, showToDo } from './steps/show.js';
export async function runWalkthrough(s, options = {}) {
    try {
        return await walk(s, options);
    }
    catch (error) {
        if (error instanceof PromptExit)
            return 'interrupted';
        if (error instanceof InvalidFileError) {
            // Only a save finds the file invalid now (it was checked before the first question): a hand edit broke it.
            const hint = translator(writeMessages, s.lang)('handEditStopped', { file: s.shown });
            throw new InvalidFileError(error.file, error.kind, error.given, hint);
        }
        throw error;
    }
}
async function walk(s, options) {
    s.print(s.style.bold(s.t('sessionHeader', { city: visible(s.assessment.city), date: visible(s.assessment.date), file: visible(s.shown) })));
    let index;
    if (options.commitment !== undefined) {
        index = firstItemOf(s.items, options.commitment) ?? 0;
    }
    else {
        // Resume at the first item with anything missing: no agreed score, or a vote not yet given.
        const voters = s.votes ? (s.assessment.participants ?? []).map((p) => p.id) : undefined;
        const todo = stillToDo(s.assessment, s.items, voters);
        const resume = todo[0]?.item.index;
        index = resume ?? 'review';
        const started = s.items.some((i) => !todo.some((t) => t.item === i)) || todo.some((t) => t.scored || t.missingVotes.length < (voters?.length ?? 0));
        if (resume !== undefined && started) {
            s.print(s.t('resuming', { item: s.items[resume]?.id ?? '' }));
            showProgress(s);
            showToDo(s, todo);
        }
    }
    await startParticipants(s);
    let shownCommitment;
    for (;;) {
        let next;
        if (index === 'review') {
            next = await review(s);
            shownCommitment = undefined;
        }
        else {
            const item = s.items[index];
            if (!item) {
                index = 'review';
                continue;
            }
            if (shownCommitment !== item.commitment.id)
                showCommitment(s, item);
            shownCommitment = item.commitment.id;
            showItem(s, item);
            const outcome = await scoreItem(s, item);
            if (outcome === 'next')
                next = { goto: index + 1 };
            else if (outcome === 'again')
                next = { goto: index };
            else if (outcome === 'back')
                next = { goto: Math.max(0, index - 1) };
            else
                next = await sessionMenu(s, index);
            if (typeof next === 'object' && next.goto >= s.items.length)
                next = 'review';
            if (typeof next === 'object' && next.goto !== index && outcome !== 'next')
                shownCommitment = undefined;
        }
        if (next === 'finish')
            return 'finished';
        if (next === 'quit')
            return 'quit';
        index = next === 'review' ? 'review' : next.goto;
    }
}
