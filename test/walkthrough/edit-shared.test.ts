// Edits in flow maps and on values shared through aliases: only the edited
// value's text changes (comments, line layout, anchors and tags stay), and an
// entry shared through an alias is written out in full before it is edited,
// so an edit of one entry never changes another.
import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { addEvidence, clearNotes, clearScore, removeVote, setNotes, setScore, setVote } from '../../src/core/edit/index.js';

const HEAD = 'c21lab: assessment/1\nframework: culture21-actions\ncity: Testville\ncountry: ZZ\ndate: 2026-05-14\nlanguage: en\n';
const FA = `${HEAD}commitments: { "1": &x {score: 5}, "2": *x, "3": {score: 5}, "4": {score: 5}, "5": {score: 5}, "6": {score: 5}, "7": {score: 5}, "8": {score: 5}, "9": {score: 5, notes: !!str 12} }\n`;
const FL = `${HEAD}commitments: {
  "1": {score: 5},   # the group hesitated
  "2": {score: 5},
  "3": {score: 5}, "4": {score: 5}, "5": {score: 5}, "6": {score: 5}, "7": {score: 5}, "8": {score: 5},
  "9": {score: 5}
}
`;
const AL = `${HEAD}commitments:
  "1": { score: 5 }
  "2": { score: 5 }
  "3": &same { score: 5 }
  "4": *same
  "5": { score: 5 }
  "6": { score: 5 }
  "7": { score: 5 }
  "8": { score: 5 }
  "9": { score: 5 }
`;
const AA = readFileSync(new URL('../fixtures/valid/anchors-and-aliases.yaml', import.meta.url), 'utf8');

type Item = { score?: unknown; notes?: unknown; votes?: unknown; evidence?: unknown };
const items = (text: string) => (parseDocument(text).toJS() as { commitments: Record<string, Item> }).commitments;

/** The lines that differ, in order (same line count expected). */
function changedLines(a: string, b: string): [string, string][] {
  const x = a.split('\n');
  const y = b.split('\n');
  expect(y).toHaveLength(x.length);
  return x.flatMap((line, i) => (line === y[i] ? [] : [[line, y[i] as string] as [string, string]]));
}

describe('a flow map of commitments', () => {
  it('changes only the edited score, keeping the anchor, the alias and the !!str tag', () => {
    const out = setScore(FA, '3', undefined, 7);
    expect(out).toBe(FA.replace('"3": {score: 5}', '"3": {score: 7}'));
    expect(items(out)['2']).toEqual({ score: 5 });
    expect(items(out)['9']).toEqual({ score: 5, notes: '12' });
  });

  it('keeps a string tag that still fits a new note', () => {
    expect(setNotes(FA, '9', undefined, 'plain')).toBe(FA.replace('notes: !!str 12', 'notes: !!str plain'));
  });

  it('keeps the comments and the lines of a flow map written over several lines', () => {
    expect(changedLines(FL, setScore(FL, '2', undefined, 7))).toEqual([['  "2": {score: 5},', '  "2": {score: 7},']]);
    expect(changedLines(FL, setScore(FL, '1', undefined, 7))).toEqual([
      ['  "1": {score: 5},   # the group hesitated', '  "1": {score: 7},   # the group hesitated'],
    ]);
  });

  it('adds a new key in flow style, quoted where flow style needs it', () => {
    expect(changedLines(FL, setNotes(FL, '1', undefined, 'a, b: c'))).toEqual([
      ['  "1": {score: 5},   # the group hesitated', '  "1": {score: 5, notes: "a, b: c"},   # the group hesitated'],
    ]);
    expect(changedLines(FL, setVote(FL, '2', undefined, 'p1', 4))).toEqual([['  "2": {score: 5},', '  "2": {score: 5, votes: { p1: 4 }},']]);
    const ev = addEvidence(addEvidence(FL, '9', undefined, 'one'), '9', undefined, 'two, three');
    expect(changedLines(FL, ev)).toEqual([['  "9": {score: 5}', '  "9": {score: 5, evidence: [ one, "two, three" ]}']]);
  });

  it('clears a score in a flow map, keeping the comment', () => {
    const noted = setNotes(FL, '1', undefined, 'x');
    expect(changedLines(FL, clearScore(noted, '1', undefined))).toEqual([
      ['  "1": {score: 5},   # the group hesitated', '  "1": {notes: x},   # the group hesitated'],
    ]);
  });

  it('writes out an alias in a flow map before editing it, in flow style', () => {
    const out = setScore(FA, '2', undefined, 7);
    expect(out).toBe(FA.replace('"2": *x', '"2": {score: 7}'));
    expect(items(out)['1']).toEqual({ score: 5 });
  });
});

describe('an entry shared through an alias', () => {
  it('alias side: the alias is written out, then edited; the anchored entry keeps its value', () => {
    const out = setScore(AL, '4', undefined, 7);
    expect(changedLines(AL, out)).toEqual([['  "4": *same', '  "4": { score: 7 }']]);
    expect(items(out)['3']).toEqual({ score: 5 });
  });

  it('anchor side: the entries aliasing it are written out, so they keep their value', () => {
    const out = setScore(AL, '3', undefined, 7);
    expect(changedLines(AL, out)).toEqual([
      ['  "3": &same { score: 5 }', '  "3": &same { score: 7 }'],
      ['  "4": *same', '  "4": { score: 5 }'],
    ]);
    expect(items(out)['4']).toEqual({ score: 5 });
  });

  it('an alias of a value kept outside the commitments (the bundled fixture)', () => {
    const out = setScore(AA, '3', undefined, 7);
    expect(changedLines(AA, out)).toEqual([['  "3": *five', '  "3": { score: 7 }']]);
    expect(Object.values(items(out)).map((i) => i.score)).toEqual([5, 5, 7, 5, 5, 5, 5, 5, 5]);
  });

  it('copies a block entry with its comments and block scalars, at the alias’s indentation', () => {
    const text = `${HEAD}commitments:\n  "1": &b\n    score: 5      # kept\n    notes: |\n      para\n  "2": *b\n`;
    const out = setScore(text, '2', undefined, 7);
    expect(out).toBe(`${HEAD}commitments:\n  "1": &b\n    score: 5      # kept\n    notes: |\n      para\n  "2":\n    score: 7      # kept\n    notes: |\n      para\n`);
    const back = setScore(text, '1', undefined, 7);
    expect(items(back)['2']).toEqual({ score: 5, notes: 'para\n' });
    expect(items(back)['1']).toEqual({ score: 7, notes: 'para\n' });
  });

  it('a shared evidence list: adding to one leaves the other as it was', () => {
    const text = `${HEAD}commitments:\n  "5":\n    evidence: &ev [a, b]\n  "6":\n    evidence: *ev\n`;
    expect(items(addEvidence(text, '6', undefined, 'c'))).toEqual({ '5': { evidence: ['a', 'b'] }, '6': { evidence: ['a', 'b', 'c'] } });
    const out = addEvidence(text, '5', undefined, 'c');
    expect(changedLines(text, out)).toEqual([
      ['    evidence: &ev [a, b]', '    evidence: &ev [a, b, c]'],
      ['    evidence: *ev', '    evidence: [a, b]'],
    ]);
  });

  it('drops a tag that no longer fits the new value (!!int 5 set to n/a), and keeps one that does', () => {
    const text = `${HEAD}commitments:\n  "3":\n    score: !!int 5\n  "4": { score: !!int 5 }\n`;
    expect(changedLines(text, setScore(text, '3', undefined, 'n/a'))).toEqual([['    score: !!int 5', '    score: n/a']]);
    expect(changedLines(text, setScore(text, '4', undefined, 'n/a'))).toEqual([['  "4": { score: !!int 5 }', '  "4": { score: n/a }']]);
    expect(changedLines(text, setScore(text, '4', undefined, 6))).toEqual([['  "4": { score: !!int 5 }', '  "4": { score: !!int 6 }']]);
  });
});

describe('removing a value reached through an alias', () => {
  const P = `${HEAD}participants:\n  - id: p1\n`;
  const SH = `${P}commitments:\n  "3": &c {score: 5, notes: x, votes: &v {p1: 5}}\n  "4": *c\n  "5": {votes: *v}\n`;

  it('a note of the aliasing entry: the alias is written out, the note removed from the copy, the anchored entry keeps it', () => {
    expect(clearNotes(SH, '4', undefined)).toBe(
      `${P}commitments:\n  "3": &c {score: 5, notes: x, votes: &v {p1: 5}}\n  "4":\n    score: 5\n    votes: { p1: 5 }\n  "5": {votes: *v}\n`,
    );
  });

  it('clearing the score of the aliasing entry (it stopped with an internal error)', () => {
    expect(clearScore(SH, '4', undefined)).toBe(SH.replace('  "4": *c\n', '  "4":\n    notes: x\n    votes: { p1: 5 }\n'));
  });

  it('a vote in a shared votes map, on either side', () => {
    expect(removeVote(SH, '5', undefined, 'p1')).toBe(SH.replace('"5": {votes: *v}', '"5": {votes: {}}'));
    const out = removeVote(SH, '3', undefined, 'p1');
    expect(items(out)).toEqual({ '3': { score: 5, notes: 'x', votes: {} }, '4': { score: 5, notes: 'x', votes: { p1: 5 } }, '5': { votes: { p1: 5 } } });
  });

  it('nothing to remove, even through an alias: the text as it was, no alias written out', () => {
    expect(removeVote(SH, '4', undefined, 'p2')).toBe(SH);
    expect(clearNotes(SH, '5', undefined)).toBe(SH);
  });
});

describe('an empty {} or [] becoming a block keeps its comment on the key’s line', () => {
  const E = `${HEAD}commitments:\n  "5":   # todo\n    {}\n  "6": {}   # empty\n  "7":   # none yet\n  "8":\n    evidence: []  # none\n  "9": {score: 2}\n`;

  it('a comment after the colon, with the {} on the next line', () => {
    expect(changedLines(E, setScore(E, '5', undefined, 3))).toEqual([['    {}', '    score: 3']]);
  });

  it('a comment after the {}', () => {
    const out = setScore(E, '6', undefined, 3);
    expect(out).toBe(E.replace('  "6": {}   # empty\n', '  "6":   # empty\n    score: 3\n'));
  });

  it('a comment after a colon with no value', () => {
    expect(setScore(E, '7', undefined, 3)).toBe(E.replace('  "7":   # none yet\n', '  "7":   # none yet\n    score: 3\n'));
  });

  it('a comment after an empty evidence list', () => {
    expect(addEvidence(E, '8', undefined, 'E')).toBe(E.replace('    evidence: []  # none\n', '    evidence:  # none\n      - E\n'));
  });

  it('the same with Windows line ends, and an anchor on the {}', () => {
    const crlf = E.replace(/\n/g, '\r\n');
    expect(setScore(crlf, '6', undefined, 3)).toBe(crlf.replace('  "6": {}   # empty\r\n', '  "6":   # empty\r\n    score: 3\r\n'));
    const anchored = E.replace('"6": {}', '"6": &e {}');
    expect(setScore(anchored, '6', undefined, 3)).toBe(anchored.replace('  "6": &e {}   # empty\n', '  "6": &e   # empty\n    score: 3\n'));
  });
});
