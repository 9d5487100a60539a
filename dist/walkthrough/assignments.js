// `c21lab set`: turning `3=7`, `--vote 3:p1=6`, `--note 3=…` into checked
// edits. Everything is checked against the framework and the participants
// before anything is written; the caller applies all edits in one write.
import { addEvidence, setNotes, setScore, setVote } from '../core/edit/assessment.js';
import { suggest } from '../core/suggest.js';
function split(arg, t, form) {
    const at = arg.indexOf('=');
    if (at <= 0)
        throw new SyntaxError(t('setBadSyntax', { arg, form }));
    return [arg.slice(0, at).trim(), arg.slice(at + 1)];
}
/** Parses the command line's forms; syntax errors are collected, not thrown. */
export function parseAssignments(input, t, problems) {
    const out = [];
    const each = (list, form, make) => {
        for (const arg of list) {
            try {
                const [key, value] = split(arg, t, form);
                out.push(make(key, value));
            }
            catch (error) {
                problems.push(error.message);
            }
        }
    };
    each(input.scores, 'ITEM=SCORE', (item, value) => ({ kind: 'score', item, value }));
    each(input.notes, 'ITEM=TEXT', (item, value) => ({ kind: 'note', item, value }));
    each(input.evidence, 'ITEM=TEXT', (item, value) => ({ kind: 'evidence', item, value }));
    each(input.votes, 'ITEM:PARTICIPANT=SCORE', (key, value) => {
        const colon = key.lastIndexOf(':');
        if (colon <= 0 || colon === key.length - 1)
            throw new SyntaxError(t('setBadSyntax', { arg: `${key}=${value}`, form: 'ITEM:PARTICIPANT=SCORE' }));
        return { kind: 'vote', item: key.slice(0, colon), participant: key.slice(colon + 1), value };
    });
    return out;
}
export function targets(fw) {
    const map = new Map();
    for (const c of fw.commitments) {
        const hasActions = (c.actions ?? []).length > 0;
        map.set(c.id, { commitment: c.id, hasActions });
        for (const a of c.actions ?? [])
            map.set(a.id, { commitment: c.id, action: a.id, hasActions: false });
    }
    return map;
}
export function parseScoreValue(raw, fw) {
    const text = raw.trim().toLowerCase();
    if (text === 'n/a' || text === 'na')
        return 'n/a';
    if (!/^-?\d+$/.test(text))
        return undefined;
    const n = Number(text);
    return n >= fw.scale.min && n <= fw.scale.max ? n : undefined;
}
/** Checks every assignment; returns the edits when there is no problem. */
export function planEdits(assignments, assessment, fw, t, problems) {
    const known = targets(fw);
    const people = (assessment.participants ?? []).map((p) => p.id);
    const edits = [];
    for (const a of assignments) {
        const target = known.get(a.item);
        if (!target) {
            const near = suggest(a.item, known.keys());
            problems.push(t('setUnknownItem', { id: a.item, fw: fw.id, suggest: near ? t('didYouMean', { id: near }) : '' }));
            continue;
        }
        const { commitment, action } = target;
        if ((a.kind === 'score' || a.kind === 'vote') && target.hasActions) {
            const actions = fw.commitments.find((c) => c.id === commitment)?.actions?.map((x) => x.id) ?? [];
            problems.push(t('setScoredByActions', { id: a.item, actions: actions.join(', ') }));
            continue;
        }
        if (a.kind === 'score' || a.kind === 'vote') {
            const value = parseScoreValue(a.value, fw);
            if (value === undefined) {
                problems.push(t('setBadScore', { id: a.item, value: a.value, min: fw.scale.min, max: fw.scale.max }));
                continue;
            }
            if (a.kind === 'score') {
                edits.push((text) => setScore(text, commitment, action, value));
            }
            else if (!people.includes(a.participant)) {
                const near = suggest(a.participant, people);
                problems.push(t('setUnknownParticipant', { id: a.item, participant: a.participant, list: people.join(', ') || '–' }) +
                    (near ? t('didYouMean', { id: near }) : ''));
            }
            else {
                const who = a.participant;
                edits.push((text) => setVote(text, commitment, action, who, value));
            }
        }
        else if (a.kind === 'note') {
            edits.push((text) => setNotes(text, commitment, action, a.value));
        }
        else {
            edits.push((text) => addEvidence(text, commitment, action, a.value.trim()));
        }
    }
    return edits;
}
