// One item (a commitment, or an action): the votes when they are collected,
// then the agreed score, then notes and evidence. Each answer is written as
// soon as it is given.
import { addEvidence, clearScore, setNotes, setScore, setVote } from '../../core/edit/assessment.js';
import { pick } from '../../core/lang.js';
import { bandOf, round, stats } from '../../core/score.js';
import { resultOf } from '../items.js';
import { participantLabel, parseScore } from './labels.js';
async function askVotes(s, item) {
    const participants = s.assessment.participants ?? [];
    if (participants.length === 0) {
        s.print(s.style.dim(s.t('noParticipantsForVotes')));
        return undefined;
    }
    s.print(s.style.dim(s.t('votesIntro', { min: s.fw.scale.min, max: s.fw.scale.max })));
    for (const p of participants) {
        const current = resultOf(s.assessment, item).votes?.[p.id];
        const raw = await s.prompter.input(s.t('voteOf', { who: participantLabel(p) }), {
            default: current === undefined ? undefined : String(current),
            validate: (v) => {
                const parsed = parseScore(s, v);
                return parsed instanceof Error ? parsed.message : undefined;
            },
        });
        const vote = parseScore(s, raw);
        if (vote === undefined || vote instanceof Error)
            continue;
        await s.commit((text) => setVote(text, item.commitment.id, item.action?.id, p.id, vote));
    }
    const votes = Object.values(resultOf(s.assessment, item).votes ?? {}).filter((v) => typeof v === 'number');
    const spread = stats(votes);
    if (!spread)
        return undefined;
    const proposed = Math.round(spread.median);
    s.print(s.t('voteStats', {
        n: spread.n,
        mean: round(spread.mean, 1),
        median: round(spread.median, 1),
        min: spread.min,
        max: spread.max,
        sd: round(spread.sd, 1),
    }));
    s.print(s.style.cyan(s.t('proposal', { score: proposed })));
    return proposed;
}
function scoreChoices(s, index, scored) {
    const { min, max } = s.fw.scale;
    const choices = [];
    for (let v = min; v <= max; v++) {
        const band = bandOf(v, s.fw);
        choices.push({ value: v, name: band ? `${v} — ${pick(band.label, s.lang)}` : String(v) });
    }
    choices.push({ value: 'n/a', name: s.t('choiceNa') });
    choices.push({ value: 'skip', name: s.t('choiceSkip') });
    if (scored)
        choices.push({ value: 'clear', name: s.t('choiceClear') });
    if (index > 0)
        choices.push({ value: 'back', name: s.t('choiceBack') });
    choices.push({ value: 'menu', name: s.t('choiceMenu') });
    return choices;
}
async function askNotesAndEvidence(s, item) {
    const current = resultOf(s.assessment, item).notes;
    const notes = (await s.prompter.input(s.t(current ? 'notesKeep' : 'notesAsk'), { default: current })).trim();
    if (notes && notes !== current)
        await s.commit((text) => setNotes(text, item.commitment.id, item.action?.id, notes));
    for (;;) {
        const evidence = (await s.prompter.input(s.t('evidenceAsk'))).trim();
        if (!evidence)
            break;
        await s.commit((text) => addEvidence(text, item.commitment.id, item.action?.id, evidence));
    }
}
export async function scoreItem(s, item) {
    const proposed = s.votes ? await askVotes(s, item) : undefined;
    const current = resultOf(s.assessment, item).score;
    const message = proposed !== undefined ? s.t('scoreAskProposed') : s.t('scoreAsk');
    const answer = await s.prompter.select(message, scoreChoices(s, item.index, current !== undefined), current ?? proposed);
    if (answer === 'back' || answer === 'menu')
        return answer;
    if (answer === 'skip')
        return 'next';
    if (answer === 'clear') {
        await s.commit((text) => clearScore(text, item.commitment.id, item.action?.id));
        return 'next';
    }
    if (answer !== current)
        await s.commit((text) => setScore(text, item.commitment.id, item.action?.id, answer));
    await askNotesAndEvidence(s, item);
    return 'next';
}
