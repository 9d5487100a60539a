// The walkthrough that forgives mistakes, step by step with a scripted
// prompter on real files: a whole round on one line, going back inside a
// round, undo, a confirmation before clear, resuming where anything is
// missing with a "still to do" list, renaming, removing (with votes) and
// marking participants absent, a half-typed note kept on Ctrl+C, and the
// score question naming its commitment.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Assessment } from '../../src/core/types.js';
import { newAssessment, scoreOnly, walk, writeAssessment } from './helpers.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'c21lab-forgiving-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const data = (text: string) => parse(text) as Assessment;
const THREE = [
  'participants:',
  '  - id: p1',
  '    name: Ana Example   # keeps its comment',
  '    sector: academia',
  '  - id: p2',
  '    name: Bo Example',
  '  - id: p3',
  '    name: Cy Example',
].join('\n');
const noNotes = [{ expect: 'Notes', answer: '' }, { expect: 'Evidence', answer: '' }];

describe('vote rounds', () => {
  it('takes a whole round on one line, "-" abstaining, and proposes the median', async () => {
    await writeAssessment(dir, newAssessment({ votes: true, participants: THREE }));
    const run = await walk(dir, [
      { expect: 'Vote of Ana Example', answer: '6 n/a -' },
      { expect: 'Agreed score · 1/9 · Cultural rights (proposal selected)', answer: '<default>' },
      ...noNotes,
      { expect: 'Vote of Ana Example', exit: true },
    ]);
    expect(data(run.text).commitments?.['1']).toEqual({ votes: { p1: 6, p2: 'n/a' }, score: 6 });
    expect(run.printed.join('\n')).toContain('3 votes in this order, p1 p2 p3 (e.g. 6 7 5 - 8)');
  });

  it('refuses a line with the wrong number of votes, with a clear message', async () => {
    await writeAssessment(dir, newAssessment({ votes: true, participants: THREE }));
    await expect(walk(dir, [{ expect: 'Vote of Ana Example', answer: '6 7' }])).rejects.toThrow(
      /Type 3 votes separated by spaces, one per person present \(found 2\)/,
    );
    await expect(walk(dir, [{ expect: 'Vote of Ana Example', answer: '6 12 4' }])).rejects.toThrow(/"12" is not a score: expected a whole number from 1 to 9, or n\/a; - abstains\./);
    // The one wording of a typed score, as set gives it: a full-width digit gets its "did you mean".
    await expect(walk(dir, [{ expect: 'Vote of Ana Example', answer: '6 ７ 4' }])).rejects.toThrow(/did you mean "7"\?/);
  });

  it('goes back inside a round with "<" to correct the previous person', async () => {
    await writeAssessment(dir, newAssessment({ votes: true, participants: THREE }));
    const run = await walk(dir, [
      { expect: 'Vote of Ana Example', answer: '5' },
      { expect: 'Vote of Bo Example', answer: '<' },
      { expect: 'Vote of Ana Example', answer: '7' },
      { expect: 'Vote of Bo Example', answer: '8' },
      { expect: 'Vote of Cy Example', answer: '-' },
      { expect: 'Agreed score', exit: true },
    ]);
    expect(data(run.text).commitments?.['1']?.votes).toEqual({ p1: 7, p2: 8 });
    const ana = run.prompter.asked.filter((q) => q.message.includes('Ana Example'));
    expect(ana[1]?.default).toBe('5'); // back: the earlier answer is shown
  });

  it('skips participants marked absent, and removes a participant with all their votes after confirmation', async () => {
    await writeAssessment(dir, newAssessment({ votes: true, participants: THREE }));
    const run = await walk(dir, [
      { expect: 'Vote of Ana Example', answer: '4 5 6' },
      { expect: 'Agreed score', answer: 'menu' },
      { expect: 'Menu', answer: 'participants' },
      { expect: 'Participants:', answer: 'absent' },
      { expect: 'Which participant', answer: 1 },
      { expect: 'Participants:', answer: 'rename' },
      { expect: 'Which participant', answer: 0 },
      { expect: 'New name for Ana Example', answer: 'Ana María Example' },
      { expect: 'Participants:', answer: 'remove' },
      { expect: 'Which participant', answer: 2 },
      { expect: 'Remove Cy Example (p3) and their 1 vote from', answer: true },
      { expect: 'Participants:', answer: 'back' },
      { expect: 'Menu', answer: 'continue' },
      { expect: 'Vote of Ana María Example', answer: '<default>' }, // Bo is absent now: not asked
      { expect: 'Agreed score', answer: 5 },
      ...noNotes,
      // item 2: Bo is absent, Cy is gone: only Ana is asked
      { expect: 'Vote of Ana María Example', answer: '3' },
      { expect: 'Agreed score', exit: true },
    ]);
    const a = data(run.text);
    expect(a.participants?.map((p) => p.id)).toEqual(['p1', 'p2']);
    expect(a.commitments?.['1']?.votes).toEqual({ p1: 4, p2: 5 });
    expect(a.commitments?.['2']?.votes).toEqual({ p1: 3 });
    expect(run.text).toContain('name: Ana María Example   # keeps its comment');
    expect(run.printed.join('\n')).toContain('Bo Example (p2) is absent');
    expect(run.prompter.asked.some((q) => q.message.includes('Vote of Bo Example'))).toBe(false);
  });
});

describe('undo, clear, notes', () => {
  it('undoes the last answer', async () => {
    await writeAssessment(dir, newAssessment());
    const run = await walk(dir, [
      { expect: 'Register', answer: false },
      ...scoreOnly(5),
      { expect: 'Agreed score · 2/9', answer: 'back' },
      { expect: 'Agreed score · 1/9', answer: 'undo' },
      { expect: 'Agreed score · 1/9', exit: true },
    ]);
    expect(data(run.text).commitments).toEqual({});
    expect(run.printed.join('\n')).toContain('The last answer was undone.');
  });

  it('asks before clearing a score, and keeps it when told no', async () => {
    await writeAssessment(dir, newAssessment());
    const run = await walk(dir, [
      { expect: 'Register', answer: false },
      ...scoreOnly(5),
      { expect: 'Agreed score', answer: 'back' },
      { expect: 'Agreed score', answer: 'clear' },
      { expect: 'Clear the agreed score', answer: false },
      { expect: 'Agreed score · 1/9', exit: true },
    ]);
    expect(data(run.text).commitments?.['1']?.score).toBe(5);
  });

  it('keeps a half-typed note when the facilitator presses Ctrl+C', async () => {
    await writeAssessment(dir, newAssessment());
    const run = await walk(dir, [
      { expect: 'Register', answer: false },
      { expect: 'Agreed score', answer: 6 },
      { expect: 'Notes', exit: true, typed: 'Libraries open late only downt' },
    ]);
    expect(run.end).toBe('interrupted');
    expect(data(run.text).commitments?.['1']).toEqual({ score: 6, notes: 'Libraries open late only downt' });
    expect(run.printed.join('\n')).toContain('The note you were typing is kept in the file.');
  });
});

describe('resuming', () => {
  it('resumes at the first item with anything missing (a vote) and lists what is still to do', async () => {
    await writeAssessment(dir, newAssessment({ votes: true, participants: THREE }));
    await walk(dir, [
      { expect: 'Vote of Ana Example', answer: '4 5 -' },
      { expect: 'Agreed score', answer: 5 },
      ...noNotes,
      { expect: 'Vote of Ana Example', answer: '7 7 7' },
      { expect: 'Agreed score', answer: 7 },
      ...noNotes,
      { expect: 'Vote of', exit: true },
    ]);
    const run = await walk(dir, [{ expect: 'Vote of Ana Example', exit: true }]);
    const out = run.printed.join('\n');
    expect(out).toContain('Resuming at 1, the first item with something missing.');
    expect(out).toMatch(/Still to do:\n {2}1 · Cultural rights: no vote yet from p3\n {2}3 · Culture and education: not scored/);
    expect(out).toContain('  9 · Governance of culture: not scored');
  });
});
