// The edits the walkthrough, `c21lab set`, the room and `c21lab merge` make on
// an assessment file, as pure functions from text to text (see splice.ts for
// why text). Each result is parsed again and checked, so a bug here can never
// reach the disk.
import { parseDocument } from 'yaml';
import { MAX_ALIAS_COUNT, YAML_OPTIONS, stripBom } from '../yaml/source.js';
import { appendIn, deleteIn, setIn } from './splice.js';
import { participantKey } from '../values.js';
/** Where an item's results live: a commitment, or one of its actions. */
export function itemPath(commitment, action) {
    return action ? ['commitments', commitment, 'actions', action] : ['commitments', commitment];
}
/** The data of a text, undefined when it does not parse (sequence.ts reads its before-data with it too). */
export const valuesOf = (text) => {
    const doc = parseDocument(stripBom(text), YAML_OPTIONS);
    return doc.errors.length ? undefined : doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
};
/** The data of `before` with the one change made at `path` (sequence.ts checks its list edits with it too). */
export function expectedData(before, path, value, change) {
    // Through JSON: a value shared through an alias is one object in `before`, two copies here.
    const root = JSON.parse(JSON.stringify(before ?? {}));
    let at = root;
    for (const key of path.slice(0, -1)) {
        if (!at[key] || typeof at[key] !== 'object') {
            if (change === 'delete')
                return root; // nothing to remove
            at[key] = {};
        }
        at = at[key];
    }
    const last = path[path.length - 1];
    if (change === 'delete')
        delete at[last];
    else if (change === 'append')
        at[last] = [...(Array.isArray(at[last]) ? at[last] : []), value];
    else
        at[last] = value;
    return root;
}
/**
 * The edited text when its data is the old data with that one change and
 * nothing else: every other entry (one shared through an alias included) as it was.
 */
function checked(before, text, path, expected, change = 'set') {
    const after = valuesOf(text);
    if (after === undefined || JSON.stringify(after) !== JSON.stringify(expectedData(valuesOf(before), path, expected, change))) {
        throw new Error(`editing ${path.join('.')} did not give the expected YAML; the file was not written`);
    }
    return text;
}
function set(text, path, value) {
    return checked(text, setIn(text, path, value), path, value);
}
/**
 * The key at `path` removed, checked like a set: the data is the old data
 * without that key and nothing else changed (an entry sharing it through an
 * alias keeps it). Every removal the walkthrough, the room and `set` make goes through here.
 */
export function removeKey(text, path) {
    return checked(text, deleteIn(text, path), path, undefined, 'delete');
}
export function setScore(text, commitment, action, score) {
    return set(text, [...itemPath(commitment, action), 'score'], score);
}
/** Back to "not yet scored": the score key is removed (votes, notes and evidence stay). */
export function clearScore(text, commitment, action) {
    return removeKey(text, [...itemPath(commitment, action), 'score']);
}
/** An item's notes removed (what an emptied note in the room writes). */
export function clearNotes(text, commitment, action) {
    return removeKey(text, [...itemPath(commitment, action), 'notes']);
}
/** One participant's vote removed (an abstention); the item's other votes stay. */
export function removeVote(text, commitment, action, participant) {
    return removeKey(text, [...itemPath(commitment, action), 'votes', participant]);
}
export function setVote(text, commitment, action, participant, vote) {
    return set(text, [...itemPath(commitment, action), 'votes', participant], vote);
}
/**
 * An item's whole votes map in one edit: what the room writes when a burst of
 * votes arrives together, so forty phones cost one parse and one write, not forty.
 */
export function setVotes(text, commitment, action, votes) {
    return set(text, [...itemPath(commitment, action), 'votes'], votes);
}
export function setNotes(text, commitment, action, notes) {
    return set(text, [...itemPath(commitment, action), 'notes'], notes);
}
export function addEvidence(text, commitment, action, evidence) {
    const path = [...itemPath(commitment, action), 'evidence'];
    return checked(text, appendIn(text, path, evidence), path, evidence, 'append');
}
export function addParticipant(text, participant) {
    const clean = Object.fromEntries(Object.entries(participant).filter(([, v]) => v !== undefined && v !== ''));
    return checked(text, appendIn(text, ['participants'], clean), ['participants'], clean, 'append');
}
/**
 * The whole participants list written anew: what `merge` writes when a
 * preferred file changed someone's details. Checked like every edit, so an
 * entry that the old list shared through an alias keeps its value.
 */
export function setParticipants(text, participants) {
    return set(text, ['participants'], participants);
}
/** A name added at the end of the facilitators or the experts. */
export function addName(text, list, name) {
    return checked(text, appendIn(text, [list], name), [list], name, 'append');
}
/** `settings.votes`: whether `assess` asks every participant's vote before the agreed score. */
export function setVoteSetting(text, votes) {
    return set(text, ['settings', 'votes'], votes);
}
/** The framework: a bundled id, or a path relative to the file (`merge` rewrites it for the output's folder). */
export function setFramework(text, framework) {
    return set(text, ['framework'], framework);
}
/** Participant ids: p1, p2 … the first free one. */
export function nextParticipantId(existing) {
    // Unique whatever the case (core/values.ts participantKey): `P3` in the file takes p3.
    const taken = new Set(existing.map((p) => participantKey(p.id)));
    let n = existing.length + 1;
    while (taken.has(`p${n}`))
        n++;
    return `p${n}`;
}
