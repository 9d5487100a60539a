// The edits the walkthrough and `c21lab set` make on an assessment file, as
// pure functions from text to text (see splice.ts for why text). Each result
// is parsed again and checked, so a bug here can never reach the disk.
import { parseDocument } from 'yaml';
import { YAML_OPTIONS, stripBom } from '../yaml/source.js';
import { appendIn, deleteIn, setIn } from './splice.js';
import { participantKey } from '../values.js';
/** Where an item's results live: a commitment, or one of its actions. */
export function itemPath(commitment, action) {
    return action ? ['commitments', commitment, 'actions', action] : ['commitments', commitment];
}
function checked(text, path, expected, append = false) {
    const doc = parseDocument(stripBom(text), YAML_OPTIONS);
    let value = doc.errors.length ? undefined : doc.toJS();
    for (const key of path)
        value = value && typeof value === 'object' ? value[key] : undefined;
    if (append && Array.isArray(value))
        value = value[value.length - 1];
    if (doc.errors.length || JSON.stringify(value) !== JSON.stringify(expected)) {
        throw new Error(`internal error: editing ${path.join('.')} did not give the expected YAML; the file was not written`);
    }
    return text;
}
function set(text, path, value) {
    return checked(setIn(text, path, value), path, value);
}
export function setScore(text, commitment, action, score) {
    return set(text, [...itemPath(commitment, action), 'score'], score);
}
/** Back to "not yet scored": the score key is removed (votes, notes and evidence stay). */
export function clearScore(text, commitment, action) {
    const path = [...itemPath(commitment, action), 'score'];
    return checked(deleteIn(text, path), path, undefined);
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
    return checked(appendIn(text, path, evidence), path, evidence, true);
}
export function addParticipant(text, participant) {
    const clean = Object.fromEntries(Object.entries(participant).filter(([, v]) => v !== undefined && v !== ''));
    return checked(appendIn(text, ['participants'], clean), ['participants'], clean, true);
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
