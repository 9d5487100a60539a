// The walkthrough as a loop over items, moved by the steps' outcomes. It
// returns how the session ended; the command prints the final table.
import { firstItemOf, firstUnscored } from './items.js';
import { PromptExit } from './prompter.js';
import { scoreItem } from './steps/item.js';
import { review, sessionMenu } from './steps/menu.js';
import { startParticipants } from './steps/participants.js';
import { showCommitment, showItem, showProgress } from './steps/show.js';
export async function runWalkthrough(s, options = {}) {
    try {
        return await walk(s, options);
    }
    catch (error) {
        if (error instanceof PromptExit)
            return 'interrupted';
        throw error;
    }
}
async function walk(s, options) {
    s.print(s.style.bold(s.t('sessionHeader', { city: s.assessment.city, date: s.assessment.date, file: s.shown })));
    let index;
    if (options.commitment !== undefined) {
        index = firstItemOf(s.items, options.commitment) ?? 0;
    }
    else {
        const resume = firstUnscored(s.assessment, s.items);
        index = resume ?? 'review';
        if (resume !== undefined && resume > 0) {
            s.print(s.t('resuming', { item: s.items[resume]?.id ?? '' }));
            showProgress(s);
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
