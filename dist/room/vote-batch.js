// Votes that arrive together are written together. Each vote joins the
// pending batch of its item; the batch becomes one edit of the item's votes
// map (setVotes) in the next write, through the same checked splice as every
// other edit. A single vote stays a single-key edit (setVote / removeVote), so
// a hand-written votes map is only rewritten as a whole during a burst.
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
    set(item, participant, value) {
        const pending = this.open.get(item.index);
        if (pending) {
            pending.changes.set(participant, value);
            return pending.done;
        }
        const batch = { item, changes: new Map([[participant, value]]), done: Promise.resolve() };
        this.open.set(item.index, batch);
        let result;
        const edit = Object.assign((text) => {
            // From here on, new votes start a new batch (for the next write).
            this.open.delete(item.index);
            const applied = this.apply(text, batch);
            result = applied.votes;
            return applied.text;
        }, { mirror: (a) => result && setModelVotes(a, item, result) });
        batch.done = this.queue.edit(edit);
        return batch.done;
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
}
/** The same change on the parsed model: the item's votes map, created on the way when absent. */
function setModelVotes(a, item, votes) {
    const commitments = (a.commitments ??= {});
    const c = (commitments[item.commitment.id] ??= {});
    const target = item.action ? ((c.actions ??= {})[item.action.id] ??= {}) : c;
    target.votes = { ...votes };
}
