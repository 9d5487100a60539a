// The session menu (jump, progress, participants, review, quit) and the
// review that comes before the final table.
import { pick } from '../../core/lang.js';
import { firstItemOf, firstUnscored, progress } from '../items.js';
import { participantsMenu } from './participants.js';
import { showProgress, showReview } from './show.js';
export async function jumpMenu(s) {
    const rows = progress(s.assessment, s.fw, s.items);
    const choice = await s.prompter.select(s.t('jumpAsk'), [
        ...rows.map((r) => ({
            value: r.commitment.id,
            name: `${r.commitment.id.padStart(2)} · ${pick(r.commitment.title, s.lang)}  (${r.answered}/${r.total})`,
        })),
        { value: '', name: s.t('cancel') },
    ]);
    return choice ? firstItemOf(s.items, choice) : undefined;
}
export async function sessionMenu(s, current) {
    for (;;) {
        const choice = await s.prompter.select(s.t('menuAsk'), [
            { value: 'continue', name: s.t('menuContinue') },
            { value: 'jump', name: s.t('menuJump') },
            { value: 'progress', name: s.t('menuProgress') },
            { value: 'participants', name: s.t('menuParticipants') },
            ...(s.history.length ? [{ value: 'undo', name: s.t('menuUndo') }] : []),
            { value: 'review', name: s.t('menuReview') },
            { value: 'quit', name: s.t('menuQuit') },
        ]);
        if (choice === 'continue')
            return { goto: current };
        if (choice === 'review' || choice === 'quit')
            return choice;
        if (choice === 'progress')
            showProgress(s);
        if (choice === 'participants')
            await participantsMenu(s);
        if (choice === 'undo') {
            s.print(s.style.yellow(s.t((await s.undo()) ? 'undone' : 'nothingToUndo')));
            return { goto: current };
        }
        if (choice === 'jump') {
            const target = await jumpMenu(s);
            if (target !== undefined)
                return { goto: target };
        }
    }
}
export async function review(s) {
    for (;;) {
        showReview(s);
        const missing = firstUnscored(s.assessment, s.items);
        const choice = await s.prompter.select(s.t('reviewAsk'), [
            { value: 'finish', name: s.t('reviewFinish') },
            ...(missing !== undefined ? [{ value: 'unscored', name: s.t('reviewUnscored') }] : []),
            { value: 'jump', name: s.t('menuJump') },
            { value: 'quit', name: s.t('menuQuit') },
        ]);
        if (choice === 'finish' || choice === 'quit')
            return choice;
        if (choice === 'unscored' && missing !== undefined)
            return { goto: missing };
        if (choice === 'jump') {
            const target = await jumpMenu(s);
            if (target !== undefined)
                return { goto: target };
        }
    }
}
