// Merging the files that breakout groups or several laptops wrote for one LAB.
// Pure: text and parsed data in, merged text and the list of conflicts out.
// The result starts from the first file's text (its comments, order and
// formatting stay) and every change goes through the same checked edits as
// the walkthrough's (src/core/edit/assessment.ts), none through a raw splice.
// Precedence: --prefer's file first, then the order given.
import { addEvidence, addName, addParticipant, itemPath, setNotes, setParticipants, setScore, setVote, setVoteSetting } from './edit/index.js';
import { locate } from './yaml/source.js';
/** Files of another LAB (city, date) or another framework cannot be merged, whatever --prefer says. */
export function mergeMismatches(inputs) {
    const first = inputs[0];
    if (!first)
        return [];
    const out = [];
    inputs.forEach((input, index) => {
        if (index === 0)
            return;
        const check = (field, expected, found) => {
            if (expected !== found)
                out.push({ field, index, expected, found, ...locate(input.source, [field]) });
        };
        check('city', first.assessment.city, input.assessment.city);
        check('date', String(first.assessment.date), String(input.assessment.date));
        check('framework', first.framework.id, input.framework.id);
    });
    return out;
}
function itemsOf(fw) {
    return fw.commitments.flatMap((c) => c.actions && c.actions.length > 0 ? c.actions.map((a) => ({ id: a.id, commitment: c.id, action: a.id })) : [{ id: c.id, commitment: c.id }]);
}
function resultAt(a, item) {
    const c = a.commitments?.[item.commitment];
    return item.action ? c?.actions?.[item.action] : c;
}
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
/** Inputs in order of precedence. */
function precedence(count, prefer) {
    const order = Array.from({ length: count }, (_, i) => i);
    return prefer === undefined ? order : [prefer, ...order.filter((i) => i !== prefer)];
}
export function mergeAssessments(inputs, prefer) {
    const first = inputs[0];
    if (!first)
        throw new Error('merge needs at least one file');
    const order = precedence(inputs.length, prefer);
    const conflicts = [];
    let text = first.text;
    /** The value that wins among those given, and a conflict when they differ. */
    const decide = (found, conflict) => {
        if (found.length === 0)
            return undefined;
        const winner = order.map((i) => found.find((f) => f.index === i)).find((f) => f !== undefined);
        if (found.some((f) => !same(f.value, found[0]?.value)))
            conflicts.push({ ...conflict, values: found, winner: winner.index });
        return winner;
    };
    // People: united by id; the same id with other details is a conflict.
    const people = new Map();
    for (const p of first.assessment.participants ?? [])
        people.set(p.id, { p, index: 0 });
    let replaceList = false;
    const merged = [...(first.assessment.participants ?? [])];
    const seen = new Map();
    inputs.forEach((input, index) => (input.assessment.participants ?? []).forEach((p, at) => {
        const list = seen.get(p.id) ?? [];
        list.push({ index, value: p, ...locate(input.source, ['participants', at]) });
        seen.set(p.id, list);
    }));
    for (const [id, found] of seen) {
        const winner = decide(found, { kind: 'participant', participant: id });
        if (!winner)
            continue;
        const chosen = winner.value;
        const at = merged.findIndex((p) => p.id === id);
        if (at === -1) {
            merged.push(chosen);
            text = addParticipant(text, chosen);
        }
        else if (!same(merged[at], chosen)) {
            merged[at] = chosen;
            replaceList = true;
        }
    }
    // Rare (a preferred file renames someone): the list is written anew.
    if (replaceList)
        text = setParticipants(text, merged);
    for (const key of ['facilitators', 'experts']) {
        const have = new Set(first.assessment[key] ?? []);
        for (const input of inputs.slice(1)) {
            for (const name of input.assessment[key] ?? []) {
                if (have.has(name))
                    continue;
                have.add(name);
                text = addName(text, key, name);
            }
        }
    }
    if (first.assessment.settings?.votes !== true && inputs.some((i) => i.assessment.settings?.votes === true)) {
        text = setVoteSetting(text, true);
    }
    for (const item of itemsOf(first.framework)) {
        const path = itemPath(item.commitment, item.action);
        const results = inputs.map((input) => resultAt(input.assessment, item));
        const at = (index, tail) => locate(inputs[index].source, [...path, ...tail]);
        const mine = results[0];
        // Votes, person by person.
        const voters = new Set(results.flatMap((r) => Object.keys(r?.votes ?? {})));
        for (const id of voters) {
            const found = [];
            results.forEach((r, index) => {
                const v = r?.votes?.[id];
                if (v !== undefined)
                    found.push({ index, value: v, ...at(index, ['votes', id]) });
            });
            const winner = decide(found, { kind: 'vote', item: item.id, participant: id });
            if (winner && !same(mine?.votes?.[id], winner.value))
                text = setVote(text, item.commitment, item.action, id, winner.value);
        }
        // The agreed score.
        const scores = [];
        results.forEach((r, index) => {
            if (r?.score !== undefined)
                scores.push({ index, value: r.score, ...at(index, ['score']) });
        });
        const score = decide(scores, { kind: 'score', item: item.id });
        if (score && !same(mine?.score, score.value))
            text = setScore(text, item.commitment, item.action, score.value);
        // Notes are what each group said: all of them are kept, each once, in order.
        const notes = [...new Set(results.map((r) => r?.notes?.trim()).filter((n) => !!n))];
        const joined = notes.join('\n\n');
        if (joined && joined !== mine?.notes?.trim())
            text = setNotes(text, item.commitment, item.action, joined);
        // Evidence: every distinct entry.
        const have = [...(mine?.evidence ?? [])];
        for (const r of results.slice(1)) {
            for (const e of r?.evidence ?? []) {
                if (have.some((h) => same(h, e)))
                    continue;
                have.push(e);
                text = addEvidence(text, item.commitment, item.action, e);
            }
        }
    }
    return { text, conflicts };
}
