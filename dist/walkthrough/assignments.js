// `c21lab set`: turning `3=7`, `--vote 3:p1=6`, `--note 3=…` into checked
// edits. Everything is checked against the framework and the participants
// before anything is written; the caller applies all edits in one write.
import { addEvidence, setNotes, setScore, setVote } from '../core/edit/assessment.js';
import { isBlankText } from '../core/markdown.js';
import { parseItemId, parseParticipantId, parseTypedScore } from '../core/values.js';
import { itemIdMessage, participantIdMessage, scoreMessage } from '../i18n/values.js';
import { translator } from '../i18n/define.js';
import { writeMessages } from '../i18n/write.js';
function split(arg, t, form) {
    const at = arg.indexOf('=');
    if (at <= 0)
        throw new SyntaxError(t('setBadSyntax', { arg, form }));
    return [arg.slice(0, at).trim(), arg.slice(at + 1)];
}
/** Parses the command line's forms; syntax errors are collected, not thrown. */
export function parseAssignments(input, t, problems) {
    const out = [];
    const each = (list, form, make, option = '') => {
        for (const arg of list) {
            try {
                const [key, value] = split(arg, t, form);
                out.push({ ...make(key, value), origin: option ? `${option} ${arg}` : arg });
            }
            catch (error) {
                problems.push(error.message);
            }
        }
    };
    // The forms in the help's own words (ÉLÉMENT=NOTE in French).
    each(input.scores, t('setFormScore'), (item, value) => ({ kind: 'score', item, value }));
    each(input.notes, t('setFormText'), (item, value) => ({ kind: 'note', item, value }), '--note');
    each(input.evidence, t('setFormText'), (item, value) => ({ kind: 'evidence', item, value }), '--evidence');
    each(input.votes, t('setFormVote'), (key, value) => {
        const colon = key.lastIndexOf(':');
        if (colon <= 0 || colon === key.length - 1)
            throw new SyntaxError(t('setBadSyntax', { arg: `${key}=${value}`, form: t('setFormVote') }));
        return { kind: 'vote', item: key.slice(0, colon), participant: key.slice(colon + 1), value };
    }, '--vote');
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
/** A typed score on the framework's scale (see core/values.ts), or undefined. */
export function parseScoreValue(raw, fw) {
    const parsed = parseTypedScore(raw, fw.scale);
    return parsed.ok ? parsed.value : undefined;
}
/**
 * The same answer given twice (`set F 3=5 3=6`, two CSV rows for one item):
 * one problem naming both places. Evidence is a list, so it may repeat.
 */
export function duplicateProblems(assignments, tw) {
    const seen = new Map();
    const problems = [];
    for (const a of assignments) {
        if (a.kind === 'evidence')
            continue;
        const what = a.kind === 'vote' ? `${a.item}:${a.participant}` : a.kind === 'note' ? `--note ${a.item}` : a.item;
        const key = `${a.kind}\u0000${what}`;
        const first = seen.get(key);
        if (first)
            problems.push(tw('duplicateAssignment', { what, first: first.origin ?? '?', second: a.origin ?? '?' }));
        else
            seen.set(key, a);
    }
    return problems;
}
/** Checks every assignment; returns the edits when there is no problem. */
export function planEdits(assignments, assessment, fw, t, problems, 
// Kept for callers: the score and id wording is now i18n/values.ts's.
_tw = translator(writeMessages, 'en'), lang = 'en', 
/** When given, the place of each problem pushed: the id's own cell for a problem with an item or participant id. */
places) {
    const known = targets(fw);
    const people = (assessment.participants ?? []).map((p) => p.id);
    const edits = [];
    for (const a of assignments) {
        const problem = (message, where = a.where) => {
            problems.push(message);
            places?.push(where);
        };
        // The one reading of each typed value (core/values.ts), worded as validate and the room word it (i18n/values.ts).
        const item = parseItemId(a.item, fw, 'item');
        const target = item.ok ? known.get(item.id) : undefined;
        if (!item.ok || !target) {
            if (!item.ok)
                problem(itemIdMessage(item, lang), a.itemWhere ?? a.where);
            continue;
        }
        const { commitment, action } = target;
        if ((a.kind === 'score' || a.kind === 'vote') && target.hasActions) {
            const actions = fw.commitments.find((c) => c.id === commitment)?.actions?.map((x) => x.id) ?? [];
            problem(t('setScoredByActions', { id: a.item, actions: actions.join(', ') }), a.itemWhere ?? a.where);
            continue;
        }
        if (a.kind === 'score' || a.kind === 'vote') {
            const parsed = parseTypedScore(a.value, fw.scale);
            if (!parsed.ok) {
                problem(`${a.item}: ${scoreMessage(parsed, a.value, fw.scale, lang)}`);
                continue;
            }
            const value = parsed.value;
            const who = a.kind === 'vote' ? parseParticipantId(a.participant, people) : undefined;
            if (a.kind === 'score') {
                edits.push((text) => setScore(text, commitment, action, value));
            }
            else if (who && !who.ok) {
                problem(`${a.item}: ${participantIdMessage(who, lang)}`, a.participantWhere ?? a.where);
            }
            else if (who?.ok) {
                const id = who.id;
                edits.push((text) => setVote(text, commitment, action, id, value));
            }
        }
        else if (isBlankText(a.value)) {
            // Written, an empty text is refused by validate (`- ""`), and a blank one says nothing (markdown.ts): refused here, at its place.
            problem(t(a.kind === 'note' ? 'setEmptyNote' : 'setEmptyEvidence', { item: a.item }));
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
