// Votes that arrive together are written together. Each vote joins the
// pending batch of its item; the batch becomes one edit of the item's votes
// map (setVotes) in the next write, through the same checked splice as every
// other edit. A single vote stays a single-key edit (setVote / removeVote), so
// a hand-written votes map is only rewritten as a whole during a burst. When
// the write would not validate (the file at its size limit), the batch's votes
// are applied one at a time, each result checked: only the votes the file
// cannot take are refused, each to its own voter.
import { removeVote, setVote, setVotes } from '../core/edit/index.js';
import { resultOf } from '../walkthrough/items.js';
/** Integer-like keys would be reordered by a JS object: those maps are edited key by key. */
const INTEGER_KEY = /^(0|[1-9]\d*)$/;
export class VoteBatch {
    queue;
    assessment;
    open = new Map();
    constructor(queue, assessment) {
        this.queue = queue;
        this.assessment = assessment;
    }
    /** Resolves once the vote is on disk; rejects with why when the file could not take it (the others of its batch still land). */
    set(item, participant, value) {
        const pending = this.open.get(item.index);
        if (pending)
            pending.changes.set(participant, value);
        const batch = pending ?? this.start(item, participant, value);
        return batch.done.then(() => {
            if (batch.refused.has(participant))
                throw batch.refused.get(participant);
        });
    }
    start(item, participant, value) {
        const batch = { item, changes: new Map([[participant, value]]), done: Promise.resolve(), refused: new Map() };
        this.open.set(item.index, batch);
        let result;
        const run = (applied) => {
            result = applied.votes;
            return applied.text;
        };
        const edit = Object.assign((text) => {
            // From here on, new votes start a new batch (for the next write).
            this.open.delete(item.index);
            return run(this.apply(text, batch));
        }, {
            mirror: (a) => result && setModelVotes(a, item, result),
            oneByOne: (text, check) => {
                this.open.delete(item.index);
                return run(this.applyEach(text, batch, check));
            },
        });
        batch.done = this.queue.edit(edit);
        return batch;
    }
    /** The edited text, and the item's votes as they now are (undefined when nothing changed). */
    apply(text, batch) {
        const { item, changes } = batch;
        const c = item.commitment.id;
        const a = item.action?.id;
        const current = resultOf(this.assessment(), item).votes ?? {};
        const merged = { ...current };
        for (const [id, value] of changes) {
            if (value === null)
                delete merged[id];
            else
                merged[id] = value;
        }
        if (JSON.stringify(merged) === JSON.stringify(current))
            return { text };
        if (changes.size === 1 || [...changes.keys(), ...Object.keys(current)].some((k) => INTEGER_KEY.test(k))) {
            let next = text;
            for (const [id, value] of changes) {
                if (value === null)
                    next = removeVote(next, c, a, id);
                else if (current[id] !== value)
                    next = setVote(next, c, a, id, value);
            }
            return { text: next, votes: merged };
        }
        return { text: setVotes(text, c, a, merged), votes: merged };
    }
    /** The votes one at a time, each result given to `check`: a vote it refuses is left out, and its voter told why. */
    applyEach(text, batch, check) {
        const { item, changes } = batch;
        const c = item.commitment.id;
        const a = item.action?.id;
        batch.refused.clear();
        const merged = { ...(resultOf(this.assessment(), item).votes ?? {}) };
        let next = text;
        for (const [id, value] of changes) {
            if (value === null ? !Object.hasOwn(merged, id) : merged[id] === value)
                continue;
            const after = value === null ? removeVote(next, c, a, id) : setVote(next, c, a, id, value);
            try {
                if (after !== next)
                    check(after);
            }
            catch (error) {
                batch.refused.set(id, error);
                continue;
            }
            next = after;
            if (value === null)
                delete merged[id];
            else
                merged[id] = value;
        }
        return next === text ? { text } : { text: next, votes: merged };
    }
}
/** The same change on the parsed model: the item's votes map, created on the way when absent. */
function setModelVotes(a, item, votes) {
    const commitments = (a.commitments ??= {});
    const c = (commitments[item.commitment.id] ??= {});
    const target = item.action ? ((c.actions ??= {})[item.action.id] ??= {}) : c;
    target.votes = { ...votes };
}
