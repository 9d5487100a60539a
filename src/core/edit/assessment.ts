// The edits the walkthrough and `c21lab set` make on an assessment file, as
// pure functions from text to text (see splice.ts for why text). Each result
// is parsed again and checked, so a bug here can never reach the disk.
import { parseDocument } from 'yaml';
import { YAML_OPTIONS, stripBom } from '../yaml/source.js';
import type { Evidence, Participant, ScoreValue } from '../types.js';
import { appendIn, deleteIn, setIn, type EditPath } from './splice.js';
import { participantKey } from '../values.js';

/** Where an item's results live: a commitment, or one of its actions. */
export function itemPath(commitment: string, action?: string): string[] {
  return action ? ['commitments', commitment, 'actions', action] : ['commitments', commitment];
}

function checked(text: string, path: EditPath, expected: unknown, append = false): string {
  const doc = parseDocument(stripBom(text), YAML_OPTIONS);
  let value: unknown = doc.errors.length ? undefined : doc.toJS();
  for (const key of path) value = value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  if (append && Array.isArray(value)) value = value[value.length - 1];
  if (doc.errors.length || JSON.stringify(value) !== JSON.stringify(expected)) {
    throw new Error(`internal error: editing ${path.join('.')} did not give the expected YAML; the file was not written`);
  }
  return text;
}

function set(text: string, path: EditPath, value: unknown): string {
  return checked(setIn(text, path, value), path, value);
}

export function setScore(text: string, commitment: string, action: string | undefined, score: ScoreValue): string {
  return set(text, [...itemPath(commitment, action), 'score'], score);
}

/** Back to "not yet scored": the score key is removed (votes, notes and evidence stay). */
export function clearScore(text: string, commitment: string, action: string | undefined): string {
  const path = [...itemPath(commitment, action), 'score'];
  return checked(deleteIn(text, path), path, undefined);
}

export function setVote(text: string, commitment: string, action: string | undefined, participant: string, vote: ScoreValue): string {
  return set(text, [...itemPath(commitment, action), 'votes', participant], vote);
}

/**
 * An item's whole votes map in one edit: what the room writes when a burst of
 * votes arrives together, so forty phones cost one parse and one write, not forty.
 */
export function setVotes(text: string, commitment: string, action: string | undefined, votes: Record<string, ScoreValue>): string {
  return set(text, [...itemPath(commitment, action), 'votes'], votes);
}

export function setNotes(text: string, commitment: string, action: string | undefined, notes: string): string {
  return set(text, [...itemPath(commitment, action), 'notes'], notes);
}

export function addEvidence(text: string, commitment: string, action: string | undefined, evidence: Evidence): string {
  const path = [...itemPath(commitment, action), 'evidence'];
  return checked(appendIn(text, path, evidence), path, evidence, true);
}

export function addParticipant(text: string, participant: Participant): string {
  const clean = Object.fromEntries(Object.entries(participant).filter(([, v]) => v !== undefined && v !== ''));
  return checked(appendIn(text, ['participants'], clean), ['participants'], clean, true);
}

/** Participant ids: p1, p2 … the first free one. */
export function nextParticipantId(existing: readonly { id: string }[]): string {
  // Unique whatever the case (core/values.ts participantKey): `P3` in the file takes p3.
  const taken = new Set(existing.map((p) => participantKey(p.id)));
  let n = existing.length + 1;
  while (taken.has(`p${n}`)) n++;
  return `p${n}`;
}
