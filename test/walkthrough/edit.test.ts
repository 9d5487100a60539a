// The edits keep a hand-written file byte for byte outside the changed lines.
import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { addEvidence, addParticipant, setIn, setNotes, setScore, setVote } from '../../src/core/edit/index.js';

const HAND = readFileSync(new URL('../fixtures/walkthrough/hand-commented.yaml', import.meta.url), 'utf8');

/** Lines removed and added between two texts (a plain LCS line diff). */
function lineDiff(a: string, b: string): { removed: string[]; added: string[] } {
  const x = a.split('\n');
  const y = b.split('\n');
  const dp: number[][] = Array.from({ length: x.length + 1 }, () => new Array<number>(y.length + 1).fill(0));
  for (let i = x.length - 1; i >= 0; i--) {
    for (let j = y.length - 1; j >= 0; j--) {
      dp[i]![j] = x[i] === y[j] ? dp[i + 1]![j + 1]! + 1 : Math.max(dp[i + 1]![j]!, dp[i]![j + 1]!);
    }
  }
  const removed: string[] = [];
  const added: string[] = [];
  let i = 0;
  let j = 0;
  while (i < x.length || j < y.length) {
    if (i < x.length && j < y.length && x[i] === y[j]) { i++; j++; }
    else if (j < y.length && (i === x.length || dp[i]![j + 1]! >= dp[i + 1]![j]!)) added.push(y[j++]!);
    else removed.push(x[i++]!);
  }
  return { removed, added };
}

type Item = { score?: unknown; notes?: string; actions?: unknown };
const data = (text: string) => parseDocument(text).toJS() as { commitments: Record<string, Item>; participants: { id: string }[] };

describe('edits on a hand-commented file', () => {
  it('changes one score on its own line only', () => {
    const out = setScore(HAND, '1', undefined, 7);
    expect(lineDiff(HAND, out)).toEqual({
      removed: ['    score: 5        # agreed after a long debate'],
      added: ['    score: 7        # agreed after a long debate'],
    });
  });

  it('adds a score to a commitment keyed by a bare number, keeping its comment', () => {
    const out = setScore(HAND, '3', undefined, 'n/a');
    expect(lineDiff(HAND, out)).toEqual({ removed: [], added: ['    score: n/a'] });
    expect(data(out).commitments['3']).toEqual({ notes: 'Not scored yet.', score: 'n/a' });
  });

  it('creates a new commitment at the end of the map, quoted like the others', () => {
    const out = setVote(HAND, '2', undefined, 'p1', 6);
    expect(lineDiff(HAND, out)).toEqual({ removed: [], added: ['  "2":', '    votes: { p1: 6 }'] });
  });

  it('adds a vote inside an inline map', () => {
    const out = setVote(HAND, '1', undefined, 'p3', 'n/a');
    expect(lineDiff(HAND, out)).toEqual({
      removed: ['    votes: { p1: 4, p2: 6 }'],
      added: ['    votes: { p1: 4, p2: 6, p3: n/a }'],
    });
  });

  it('replaces a folded note and keeps the next lines', () => {
    const out = setNotes(HAND, '1', undefined, 'Short now: "quoted" # not a comment');
    const diff = lineDiff(HAND, out);
    expect(diff.added).toEqual(['    notes: \'Short now: "quoted" # not a comment\'']);
    expect(diff.removed).toHaveLength(3);
    expect(data(out).commitments['1']?.notes).toBe('Short now: "quoted" # not a comment');
  });

  it('keeps a multi-line note intact as a double-quoted scalar', () => {
    const out = setNotes(HAND, '3', undefined, 'line one\nline two');
    expect(data(out).commitments['3']?.notes).toBe('line one\nline two');
    expect(lineDiff(HAND, out).removed).toEqual(['    notes: Not scored yet.   # comes back tomorrow']);
  });

  it('appends evidence and participants as new lines', () => {
    let out = addEvidence(HAND, '1', undefined, 'Minutes of the session');
    out = addEvidence(out, '1', undefined, { title: 'Survey', url: 'https://example.org/s' });
    out = addParticipant(out, { id: 'p3', name: 'Eve Example', organisation: '', sector: 'academia' });
    const diff = lineDiff(HAND, out);
    expect(diff.removed).toEqual([]);
    expect(diff.added).toEqual([
      '  - id: p3', '    name: Eve Example', '    sector: academia',
      '    evidence:', '      - Minutes of the session', '      - title: Survey', '        url: https://example.org/s',
    ]);
    expect(data(out).participants.map((p) => p.id)).toEqual(['p1', 'p2', 'p3']);
  });

  it('creates an action entry under a commitment', () => {
    const out = setScore(HAND, '2', '2.10', 4);
    expect(data(out).commitments['2']).toEqual({ actions: { '2.10': { score: 4 } } });
    expect(lineDiff(HAND, out).added).toEqual(['  "2":', '    actions:', '      "2.10":', '        score: 4']);
  });

  it('turns an empty inline map into a block, and keeps CRLF and BOM', () => {
    const crlf = '\ufeffc21lab: assessment/1\r\ncommitments: {}\r\nx-end: 1\r\n';
    const out = setScore(crlf, '1', undefined, 6);
    expect(out).toBe('\ufeffc21lab: assessment/1\r\ncommitments:\r\n  "1":\r\n    score: 6\r\nx-end: 1\r\n');
  });

  it('fills a key written without a value', () => {
    const out = setIn('a: 1\ncommitments:\nz: 2\n', ['commitments', '4', 'score'], 3);
    expect(out).toBe('a: 1\ncommitments:\n  "4":\n    score: 3\nz: 2\n');
  });
});

describe('clearing a score', () => {
  it('removes only the score line, keeping the comment lines around it', async () => {
    const { clearScore } = await import('../../src/core/edit/index.js');
    const out = clearScore(HAND, '1', undefined);
    expect(lineDiff(HAND, out)).toEqual({ removed: ['    score: 5        # agreed after a long debate'], added: [] });
    expect(data(out).commitments['1']?.score).toBeUndefined();
    expect(clearScore(HAND, '2', undefined)).toBe(HAND); // nothing to clear
  });

  it('leaves an empty map as {} so the file stays valid', async () => {
    const { clearScore } = await import('../../src/core/edit/index.js');
    const one = setScore(HAND, '2', undefined, 4);
    const out = clearScore(one, '2', undefined);
    expect(lineDiff(HAND, out)).toEqual({ removed: [], added: ['  "2": {}'] });
  });
});
