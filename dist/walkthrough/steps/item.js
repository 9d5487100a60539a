// One item (a commitment, or an action): the votes when they are collected,
// then the agreed score, then notes and evidence. Each answer is written as
// soon as it is given; one the file would not validate with is asked again
// (Session.commit says why).
import { addEvidence, clearScore, removeVote, setNotes, setScore, setVote } from '../../core/edit/assessment.js';
import { pick } from '../../core/lang.js';
import { visible } from '../../render/escape/terminal.js';
import { bandOf, roundSpread, stats } from '../../core/score.js';
import { isNaWord } from '../../core/values.js';
import { resultOf } from '../items.js';
import { PromptExit } from '../prompter.js';
import { commitmentTitle, itemName, participantLabel, parseScore, scoreLabel } from './labels.js';
/** "3/9 · Culture and education", or "1.2 · Title — 1/9 · Cultural rights". */
function scoreWhere(s, item) {
    const commitment = `${item.commitmentNo}/${s.fw.commitments.length} · ${commitmentTitle(s, item)}`;
    return item.action ? `${item.action.id} · ${pick(item.action.title, s.lang)} — ${commitment}` : commitment;
}
/** A whole round typed on one line: "6 7 5 - 8", one entry per present participant, "-" abstains. */
export function parseVoteLine(s, line, count) {
    const tokens = line.trim().split(/\s+/).filter(Boolean);
    if (tokens.length !== count)
        return new Error(s.t('voteLineCount', { count, found: tokens.length }));
    const votes = [];
    for (const token of tokens) {
        if (token === '-') {
            votes.push(null);
            continue;
        }
        // The one wording of a score (set, the CSV, the room), "did you mean" included; then how to abstain.
        const vote = parseScore(s, token, 'voteLineAbstain');
        if (vote instanceof Error)
            return vote;
        votes.push(vote); // a token is never empty, so never undefined
    }
    return votes;
}
function isLine(text) {
    // "no aplica", "sans objet": one "not applicable" in words, not a round of two votes.
    return text.trim().split(/\s+/).length > 1 && !isNaWord(text);
}
/** The edit for one participant's vote: set it, or (null, an abstention) remove it. */
function voteEdit(item, id, vote) {
    return (text) => vote === null ? removeVote(text, item.commitment.id, item.action?.id, id) : setVote(text, item.commitment.id, item.action?.id, id, vote);
}
async function askVotes(s, item) {
    const participants = (s.assessment.participants ?? []).filter((p) => !s.absent.has(p.id));
    if (participants.length === 0) {
        s.print(s.style.dim(s.t((s.assessment.participants ?? []).length ? 'allAbsent' : 'noParticipantsForVotes')));
        return undefined;
    }
    s.print(s.style.dim(s.t('votesIntro', { min: s.fw.scale.min, max: s.fw.scale.max })));
    if (participants.length > 1)
        s.print(s.style.dim(s.t('votesLineHint', { count: participants.length, ids: participants.map((p) => p.id).join(' ') })));
    let i = 0;
    while (i < participants.length) {
        const p = participants[i];
        const current = resultOf(s.assessment, item).votes?.[p.id];
        const first = i === 0 && participants.length > 1;
        const raw = await s.prompter.input(s.t('voteOf', { who: participantLabel(p) }), {
            default: current === undefined ? undefined : String(current),
            validate: (v) => {
                const text = v.trim();
                if (text === '<' || text === '-')
                    return undefined;
                const parsed = first && isLine(text) ? parseVoteLine(s, text, participants.length) : parseScore(s, v);
                return parsed instanceof Error ? parsed.message : undefined;
            },
        });
        const text = raw.trim();
        if (text === '<') {
            i = Math.max(0, i - 1); // back to the previous person in this round
            continue;
        }
        if (first && isLine(text)) {
            const votes = parseVoteLine(s, text, participants.length);
            // One commit for the whole line: one answer, undone at once (or, refused, asked again).
            if (await s.commit((t) => participants.reduce((acc, person, j) => voteEdit(item, person.id, votes[j] ?? null)(acc), t)))
                break;
            continue;
        }
        const vote = text === '-' ? null : parseScore(s, raw);
        if (vote instanceof Error)
            continue;
        const changed = vote === null ? current !== undefined : vote !== undefined && vote !== current;
        if (changed && !(await s.commit(voteEdit(item, p.id, vote ?? null))))
            continue;
        i++;
    }
    const votes = Object.values(resultOf(s.assessment, item).votes ?? {}).filter((v) => typeof v === 'number');
    const spread = stats(votes);
    if (!spread)
        return undefined;
    const proposed = Math.round(spread.median);
    s.print(s.t('voteStats', { ...roundSpread(spread, 1) }));
    s.print(s.style.cyan(s.t('proposal', { score: proposed })));
    return proposed;
}
function scoreChoices(s, index, scored) {
    const { min, max } = s.fw.scale;
    const choices = [];
    for (let v = min; v <= max; v++) {
        const band = bandOf(v, s.fw);
        choices.push({ value: v, name: band ? `${v} — ${visible(pick(band.label, s.lang))}` : String(v) });
    }
    choices.push({ value: 'n/a', name: s.t('choiceNa') });
    choices.push({ value: 'skip', name: s.t('choiceSkip') });
    if (scored)
        choices.push({ value: 'clear', name: s.t('choiceClear') });
    if (s.history.length > 0)
        choices.push({ value: 'undo', name: s.t('choiceUndo') });
    if (index > 0)
        choices.push({ value: 'back', name: s.t('choiceBack') });
    choices.push({ value: 'menu', name: s.t('choiceMenu') });
    return choices;
}
/** Asks the notes until they are written or kept as they are: notes the file would not validate with are asked again. */
async function askNotes(s, item) {
    const current = resultOf(s.assessment, item).notes;
    // The prompt shows the current notes visibly (no terminal control from the file); Enter keeps them as they are.
    const shown = current === undefined ? undefined : visible(current);
    for (;;) {
        let notes;
        try {
            const typed = (await s.prompter.input(s.t(current ? 'notesKeep' : 'notesAsk'), { default: shown })).trim();
            notes = typed === shown?.trim() ? current?.trim() ?? '' : typed;
        }
        catch (error) {
            // Ctrl+C in the middle of a note: what was typed is kept (as the item's notes), then the session ends.
            const typed = error instanceof PromptExit ? error.typed.trim() : '';
            if (typed && typed !== shown?.trim() && typed !== current) {
                if (await s.commit((text) => setNotes(text, item.commitment.id, item.action?.id, typed), { last: true }))
                    s.print(s.style.green(s.t('draftKept')));
            }
            throw error;
        }
        if (!notes || notes === current)
            return;
        if (await s.commit((text) => setNotes(text, item.commitment.id, item.action?.id, notes)))
            return;
    }
}
async function askNotesAndEvidence(s, item) {
    await askNotes(s, item);
    // Evidence the file would not validate with is not written, and the question comes again (Enter ends it).
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
    // The question names the item and its commitment: on an 80×24 screen the introduction has scrolled away.
    const where = scoreWhere(s, item);
    const message = proposed !== undefined ? s.t('scoreAskProposed', { where }) : s.t('scoreAsk', { where });
    const answer = await s.prompter.select(message, scoreChoices(s, item.index, current !== undefined), current ?? proposed);
    if (answer === 'back' || answer === 'menu')
        return answer;
    if (answer === 'skip')
        return 'next';
    if (answer === 'undo') {
        if (await s.undo())
            s.print(s.style.yellow(s.t('undone')));
        return 'again';
    }
    if (answer === 'clear') {
        if (!(await s.prompter.confirm(s.t('clearConfirm', { item: itemName(s, item), score: scoreLabel(s, current) }), false)))
            return 'again';
        return (await s.commit((text) => clearScore(text, item.commitment.id, item.action?.id))) ? 'next' : 'again';
    }
    if (answer !== current && !(await s.commit((text) => setScore(text, item.commitment.id, item.action?.id, answer))))
        return 'again';
    await askNotesAndEvidence(s, item);
    return 'next';
}
