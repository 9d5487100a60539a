// Values a map gets through a YAML merge key (`<<: *base`, `<<: [*a, *b]`,
// under `%YAML 1.1`): an edit of one writes the merged entry out in the
// merging map first (a copy of its text when it can be copied), then edits
// it, so the file's data is the old data with that one change: the anchored
// base, and any other map that merges it, keep their values. A removal of a
// merged key writes the merge out in full (the merged key would otherwise
// show again). What cannot be written out is refused, located, never an
// internal error.
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  addEvidence,
  clearNotes,
  clearScore,
  removeVote,
  setNotes,
  setScore,
  setVote,
  setVotes,
} from '../../../src/core/edit/index.js';
import { EditRefusedError } from '../../../src/core/errors.js';
import { userMessage } from '../../../src/cli/error-words.js';
import { MAX_ALIAS_COUNT, YAML_OPTIONS } from '../../../src/core/yaml/source.js';

const HEAD = '%YAML 1.1\n---\nc21lab: assessment/1\nframework: culture21-actions\ncity: Testville\ndate: "2026-05-14"\nlanguage: en\n';
const data = (text: string) => parseDocument(text, YAML_OPTIONS).toJS({ maxAliasCount: MAX_ALIAS_COUNT }) as Record<string, unknown>;
/** The file after its head (which no edit here touches). */
const body = (text: string) => {
  expect(text.startsWith(HEAD)).toBe(true);
  return text.slice(HEAD.length);
};

describe('a commitment merged into commitments (`<<: *base`)', () => {
  const FILE = `${HEAD}x-base: &base\n  "1": { score: 5, notes: old }\ncommitments:\n  <<: *base\n  "2": { score: 5 }\n`;

  it('its notes: the entry written out after the last key, as the base wrote it, then edited; the base keeps its notes', () => {
    const out = setNotes(FILE, '1', undefined, 'bye');
    expect(body(out)).toBe('x-base: &base\n  "1": { score: 5, notes: old }\ncommitments:\n  <<: *base\n  "2": { score: 5 }\n  "1": { score: 5, notes: bye }\n');
    expect(data(out)).toMatchObject({ 'x-base': { '1': { score: 5, notes: 'old' } }, commitments: { '1': { score: 5, notes: 'bye' }, '2': { score: 5 } } });
  });

  it('its score: the notes it merged stay (an explicit "1" overrides the merged one as a whole)', () => {
    const out = setScore(FILE, '1', undefined, 6);
    expect(body(out)).toBe('x-base: &base\n  "1": { score: 5, notes: old }\ncommitments:\n  <<: *base\n  "2": { score: 5 }\n  "1": { score: 6, notes: old }\n');
  });

  it('a file without a final line break, and one whose base is a block map with a comment: its lines copied', () => {
    expect(body(setScore(FILE.replace(/\n$/, ''), '1', undefined, 6))).toBe(
      'x-base: &base\n  "1": { score: 5, notes: old }\ncommitments:\n  <<: *base\n  "2": { score: 5 }\n  "1": { score: 6, notes: old }\n',
    );
    const block = `${HEAD}x-base: &base\n  "1":\n    score: 5  # five\n    notes: old\ncommitments:\n  <<: *base\n  "2": { score: 5 }\n`;
    expect(body(setNotes(block, '1', undefined, 'bye'))).toBe(
      'x-base: &base\n  "1":\n    score: 5  # five\n    notes: old\ncommitments:\n  <<: *base\n  "2": { score: 5 }\n  "1":\n    score: 5  # five\n    notes: bye\n',
    );
  });

  it('a removal inside it, and an evidence appended to the list it merged', () => {
    expect(body(clearScore(FILE, '1', undefined))).toBe('x-base: &base\n  "1": { score: 5, notes: old }\ncommitments:\n  <<: *base\n  "2": { score: 5 }\n  "1": { notes: old }\n');
    const withList = `${HEAD}x-base: &base\n  "1":\n    score: 5\n    evidence:\n      - { title: A, url: "https://a.example" }\ncommitments:\n  <<: *base\n`;
    const out = addEvidence(withList, '1', undefined, { title: 'B', url: 'https://b.example' });
    expect(data(out)).toMatchObject({
      'x-base': { '1': { evidence: [{ title: 'A' }] } },
      commitments: { '1': { score: 5, evidence: [{ title: 'A' }, { title: 'B' }] } },
    });
    expect((data(out)['x-base'] as { '1': { evidence: unknown[] } })['1'].evidence).toHaveLength(1);
  });

  it('commitments as a flow map: the entry written out before its `}`', () => {
    const flow = `${HEAD}x-base: &base\n  "1": { score: 5, notes: old }\ncommitments: { <<: *base, "2": { score: 5 } }\n`;
    expect(body(setNotes(flow, '1', undefined, 'bye'))).toBe('x-base: &base\n  "1": { score: 5, notes: old }\ncommitments: { <<: *base, "2": { score: 5 }, "1": { score: 5, notes: bye } }\n');
  });

  it('a base that merges in turn: the copy keeps its own `<<`', () => {
    const nested = `${HEAD}x-c: &c { score: 5 }\nx-base: &base\n  "1": { <<: *c, notes: old }\ncommitments:\n  <<: *base\n`;
    expect(body(setNotes(nested, '1', undefined, 'bye'))).toBe('x-c: &c { score: 5 }\nx-base: &base\n  "1": { <<: *c, notes: old }\ncommitments:\n  <<: *base\n  "1": { <<: *c, notes: bye }\n');
    expect(body(clearScore(nested, '1', undefined))).toBe('x-c: &c { score: 5 }\nx-base: &base\n  "1": { <<: *c, notes: old }\ncommitments:\n  <<: *base\n  "1": { notes: old }\n');
  });
});

describe('a merge inside a commitment (`"1": { <<: *b, notes: hi }`)', () => {
  const FILE = `${HEAD}x-b: &b { score: 5 }\ncommitments:\n  "1": { <<: *b, notes: hi }\n  "2": { <<: *b }\n`;

  it('its score set: a key of its own that overrides the merged one; the base and the other merger keep 5', () => {
    const out = setScore(FILE, '1', undefined, 6);
    expect(body(out)).toBe('x-b: &b { score: 5 }\ncommitments:\n  "1": { <<: *b, notes: hi, score: 6 }\n  "2": { <<: *b }\n');
    expect(data(out)).toMatchObject({ 'x-b': { score: 5 }, commitments: { '1': { score: 6, notes: 'hi' }, '2': { score: 5 } } });
  });

  it('its score cleared: the merge written out without it (the merged score would show again)', () => {
    expect(body(clearScore(FILE, '1', undefined))).toBe('x-b: &b { score: 5 }\ncommitments:\n  "1": { notes: hi }\n  "2": { <<: *b }\n');
    expect(body(clearScore(FILE, '2', undefined))).toBe('x-b: &b { score: 5 }\ncommitments:\n  "1": { <<: *b, notes: hi }\n  "2": {}\n');
    // Overridden (`score: 2` after the merge): removing it must not bring back the merged 5.
    const over = `${HEAD}x-b: &b { score: 5, notes: b }\ncommitments:\n  "1": { <<: *b, score: 2 }\n`;
    expect(body(clearScore(over, '1', undefined))).toBe('x-b: &b { score: 5, notes: b }\ncommitments:\n  "1": { notes: b }\n');
  });

  it('a key neither the map nor its merge has: removing it is no change, nothing written out', () => {
    expect(clearNotes(FILE, '2', undefined)).toBe(FILE);
    expect(removeVote(FILE, '1', undefined, 'p1')).toBe(FILE);
  });

  it('a block map, and `<<: [*a, *b]` (the first one given wins)', () => {
    const block = `${HEAD}x-b: &b\n  score: 5\n  votes: { p1: 3 }\ncommitments:\n  "1":\n    <<: *b\n    notes: hi\n`;
    expect(body(clearScore(block, '1', undefined))).toBe('x-b: &b\n  score: 5\n  votes: { p1: 3 }\ncommitments:\n  "1":\n    votes: { p1: 3 }\n    notes: hi\n');
    expect(body(setVote(block, '1', undefined, 'p2', 4))).toBe(
      'x-b: &b\n  score: 5\n  votes: { p1: 3 }\ncommitments:\n  "1":\n    <<: *b\n    notes: hi\n    votes: { p1: 3, p2: 4 }\n',
    );
    const seq = `${HEAD}x-a: &a { score: 4 }\nx-b: &b { score: 5, notes: b }\ncommitments:\n  "1": { <<: [*a, *b] }\n`;
    expect(body(clearScore(seq, '1', undefined))).toBe('x-a: &a { score: 4 }\nx-b: &b { score: 5, notes: b }\ncommitments:\n  "1": { notes: b }\n');
    expect(body(clearNotes(seq, '1', undefined))).toBe('x-a: &a { score: 4 }\nx-b: &b { score: 5, notes: b }\ncommitments:\n  "1": { score: 4 }\n');
    expect(data(setNotes(seq, '1', undefined, 'n')).commitments).toEqual({ '1': { score: 4, notes: 'n' } });
  });

  it('the anchored commitment itself edited: the map merging it keeps the old values', () => {
    const base = `${HEAD}commitments:\n  "1": &b { score: 5, notes: b }\n  "2": { <<: *b, notes: two }\n`;
    const out = setScore(base, '1', undefined, 3);
    expect(data(out).commitments).toEqual({ '1': { score: 3, notes: 'b' }, '2': { score: 5, notes: 'two' } });
  });
});

describe('a merge inside a votes map', () => {
  const FILE = `${HEAD}x-v: &v { p1: 3, p2: 4 }\ncommitments:\n  "1":\n    score: 3\n    votes: { <<: *v, p3: 2 }\n`;
  it('a vote set, removed, or the whole map set; x-v keeps its votes', () => {
    expect(body(setVote(FILE, '1', undefined, 'p1', 5))).toBe('x-v: &v { p1: 3, p2: 4 }\ncommitments:\n  "1":\n    score: 3\n    votes: { <<: *v, p3: 2, p1: 5 }\n');
    expect(body(removeVote(FILE, '1', undefined, 'p2'))).toBe('x-v: &v { p1: 3, p2: 4 }\ncommitments:\n  "1":\n    score: 3\n    votes: { p1: 3, p3: 2 }\n');
    expect(data(setVotes(FILE, '1', undefined, { p1: 1 })).commitments).toEqual({ '1': { score: 3, votes: { p1: 1 } } });
  });
});

describe('what cannot be written out is refused, located', () => {
  // A `<<` given as an explicit key (`? <<`): its merge is not replaced by the keys it gives.
  const FILE = `${HEAD}x-b: &b { score: 5, notes: b }\ncommitments:\n  "1":\n    ? <<\n    : *b\n    notes: hi\n`;
  it('with a worded EditRefusedError (exit 2), never an internal error', () => {
    let error: unknown;
    try {
      clearScore(FILE, '1', undefined);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(EditRefusedError);
    const refused = (error as EditRefusedError).in('lab.yaml');
    expect(refused).toMatchObject({ exitCode: 2, line: 11, column: 7, path: 'commitments.1.score' });
    expect(userMessage(refused, 'en')).toBe(
      'lab.yaml:11:7: commitments.1.score comes through this YAML merge key (<<), which c21lab could not write out without changing another value; nothing was written. Write the merged entries out by hand in that map (replace the << line with the keys it brings) and run again.',
    );
    expect(userMessage(refused, 'fr')).toMatch(/^lab\.yaml:11:7 : commitments\.1\.score vient de cette clé de fusion YAML/);
    expect(userMessage(refused, 'es')).toMatch(/^lab\.yaml:11:7: commitments\.1\.score viene de esta clave de fusión YAML/);
    // Setting it still works: a key of its own after the merge.
    expect(data(setScore(FILE, '1', undefined, 3)).commitments).toEqual({ '1': { score: 3, notes: 'hi' } });
  });
});
