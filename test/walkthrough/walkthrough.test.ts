// The walkthrough's steps, driven in-process by scripted answers over real files.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createContext, validateText } from '../../src/core/validate/index.js';
import type { Assessment } from '../../src/core/types.js';
import { tempDir } from '../helpers/cli.js';
import { newAssessment, scoreOnly, walk, writeAssessment } from './helpers.js';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await tempDir('c21lab-walk-')));
afterEach(() => cleanup());

const data = (text: string) => parseDocument(text).toJS() as Assessment;

function errorsOf(file: string, text: string) {
  return validateText(file, text, createContext(dir)).findings.filter((f) => f.severity === 'error');
}

describe('a complete session', () => {
  it('scores the nine commitments in order, saves after each answer and finishes', async () => {
    const file = await writeAssessment(dir, newAssessment());
    const script = [
      { expect: 'Register them now', answer: false },
      { expect: 'Agreed score', answer: 6 },
      { expect: 'Notes', answer: 'Good debate' },
      { expect: 'Evidence', answer: 'Minutes of day one' },
      { expect: 'Evidence', answer: '' },
      ...[2, 3, 4, 5, 6, 7, 8].flatMap((n) => scoreOnly(n === 4 ? 'n/a' : n)),
      { expect: 'Agreed score', answer: 'skip' },
      { expect: 'What now', answer: 'finish' },
    ];
    const run = await walk(dir, script);
    expect(run.end).toBe('finished');
    expect(run.prompter.remaining()).toBe(0);
    const a = data(run.text);
    expect(a.commitments?.['1']).toEqual({ score: 6, notes: 'Good debate', evidence: ['Minutes of day one'] });
    expect(a.commitments?.['4']?.score).toBe('n/a');
    expect(a.commitments?.['9']).toBeUndefined();
    expect(run.saves).toBe(10); // 8 scores, 1 note, 1 evidence
    expect(errorsOf(file, run.text)).toEqual([]);
    expect(run.text).toContain('city: Testville   # fictional');
    // The commitment's title, description and prompts came first.
    expect(run.printed.join('\n')).toMatch(/Commitment 1 of 9 · Cultural rights[\s\S]*To discuss:\n {2}• /);
  });

  it('shows the scale with its band labels, n/a, skip and the menu', async () => {
    await writeAssessment(dir, newAssessment());
    const run = await walk(dir, [{ expect: 'Register', answer: false }, { expect: 'Agreed score', exit: true }]);
    const choices = run.prompter.asked[1]?.choices ?? [];
    expect(choices.slice(0, 9)).toEqual([
      '1 — Emerging', '2 — Emerging', '3 — Emerging', '4 — Developing', '5 — Developing', '6 — Developing',
      '7 — Advanced', '8 — Advanced', '9 — Advanced',
    ]);
    expect(choices.slice(9).join('|')).toMatch(/^n\/a.*\|skip.*\|☰ menu/); // no "back" on the first item
    expect(run.end).toBe('interrupted');
  });
});

describe('actions, participants and votes', () => {
  it('scores each action, registers participants, asks votes and proposes the median', async () => {
    const file = await writeAssessment(dir, newAssessment({ framework: 'frameworks/fictional-actions.yaml', votes: true }), true);
    const vote = (who: string, v: string) => ({ expect: `Vote of ${who}`, answer: v });
    const run = await walk(dir, [
      { expect: 'Register them now', answer: true },
      { expect: 'name', answer: 'Ana Example' },
      { expect: 'Organisation', answer: 'City of Testville' },
      { expect: 'Sector', answer: 'local-government' },
      { expect: 'Add another', answer: true },
      { expect: 'name', answer: 'Bo Example' },
      { expect: 'Organisation', answer: '' },
      { expect: 'Sector', answer: 'none' },
      { expect: 'Add another', answer: false },
      // 1.1: votes 5 and 8 → median 6.5 → proposal 7 (rounded), accepted
      vote('Ana Example', '5'), vote('Bo Example', '8'),
      { expect: 'proposal selected', answer: '<default>' },
      { expect: 'Notes', answer: '' }, { expect: 'Evidence', answer: '' },
      // 1.2: one vote n/a, one skipped; the facilitator overrides the proposal
      vote('Ana Example', 'n/a'), vote('Bo Example', ''),
      { expect: 'Agreed score', answer: 'n/a' },
      { expect: 'Notes', answer: '' }, { expect: 'Evidence', answer: '' },
      { expect: 'Vote of', exit: true },
    ]);
    expect(run.end).toBe('interrupted');
    const a = data(run.text);
    expect(a.participants).toEqual([
      { id: 'p1', name: 'Ana Example', organisation: 'City of Testville', sector: 'local-government' },
      { id: 'p2', name: 'Bo Example' },
    ]);
    expect(a.commitments?.['1']?.actions).toEqual({
      '1.1': { votes: { p1: 5, p2: 8 }, score: 7 },
      '1.2': { votes: { p1: 'n/a' }, score: 'n/a' },
    });
    expect(run.prompter.asked.find((q) => q.message.includes('proposal selected'))?.default).toBe(7);
    expect(run.printed.join('\n')).toContain('Votes: 2 · mean 6.5 · median 6.5 · range 5–8 · standard deviation 1.5');
    expect(run.printed.join('\n')).toMatch(/Action 1 of 3: 1\.1 · Libraries open in the evening/);
    expect(errorsOf(file, run.text)).toEqual([]);
    expect(run.text).toContain('votes: { p1: 5, p2: 8 }');
  });
});

describe('navigation', () => {
  it('goes back to the previous item to change its answer', async () => {
    await writeAssessment(dir, newAssessment());
    const run = await walk(dir, [
      { expect: 'Register', answer: false },
      ...scoreOnly(3),
      { expect: 'Agreed score', answer: 'back' },
      { expect: 'Agreed score', answer: 8 },
      { expect: 'Notes', answer: 'changed after the break' },
      { expect: 'Evidence', answer: '' },
      { expect: 'Agreed score', exit: true },
    ]);
    const second = run.prompter.asked.filter((q) => q.message.includes('Agreed score'))[2];
    expect(second?.default).toBe(3); // the current answer is preselected
    expect(data(run.text).commitments?.['1']).toEqual({ score: 8, notes: 'changed after the break' });
  });

  it('clears a score given by mistake, back to not yet scored', async () => {
    await writeAssessment(dir, newAssessment());
    const run = await walk(dir, [
      { expect: 'Register', answer: false },
      ...scoreOnly(3),
      { expect: 'Agreed score', answer: 'back' },
      { expect: 'Agreed score', answer: 'clear' },
      { expect: 'Clear the agreed score of 1 · Cultural rights (3', answer: true },
      { expect: 'Agreed score', exit: true },
    ]);
    expect(run.prompter.asked[1]?.choices).not.toContain('clear — back to not yet scored');
    expect(run.prompter.asked[5]?.choices).toContain('clear — back to not yet scored');
    expect(data(run.text).commitments).toEqual({ '1': {} });
    expect(errorsOf(join(dir, 'lab.yaml'), run.text)).toEqual([]);
  });

  it('resumes at the first item not yet scored, and --commitment starts elsewhere', async () => {
    await writeAssessment(dir, newAssessment());
    await walk(dir, [{ expect: 'Register', answer: false }, ...scoreOnly(5), ...scoreOnly(6), { expect: 'Agreed score', exit: true }]);
    const resumed = await walk(dir, [{ expect: 'Register', answer: false }, { expect: 'Agreed score', exit: true }]);
    expect(resumed.printed.join('\n')).toContain('Resuming at 3');
    expect(resumed.printed.join('\n')).toContain('Commitment 3 of 9');
    const jumped = await walk(dir, [{ expect: 'Register', answer: false }, { expect: 'Agreed score', exit: true }], { commitment: '7' });
    expect(jumped.printed.join('\n')).toContain('Commitment 7 of 9');
  });

  it('offers a menu: progress, jump to a commitment, participants, review, quit', async () => {
    await writeAssessment(dir, newAssessment());
    const run = await walk(dir, [
      { expect: 'Register', answer: false },
      ...scoreOnly(4),
      { expect: 'Agreed score', answer: 'menu' },
      { expect: 'Menu', answer: 'progress' },
      { expect: 'Menu', answer: 'participants' },
      { expect: 'Participants:', answer: 'add' },
      { expect: 'name', answer: 'Late Comer' },
      { expect: 'Organisation', answer: '' },
      { expect: 'Sector', answer: 'other' },
      { expect: 'Participants:', answer: 'back' },
      { expect: 'Menu', answer: 'jump' },
      { expect: 'Jump to which', answer: '9' },
      ...scoreOnly(9),
      { expect: 'What now', answer: 'unscored' },
      { expect: 'Agreed score', answer: 'menu' },
      { expect: 'Menu', answer: 'review' },
      { expect: 'What now', answer: 'quit' },
    ]);
    expect(run.end).toBe('quit');
    const out = run.printed.join('\n');
    expect(out).toMatch(/Progress[\s\S]*✔ {2}1 {2}Cultural rights\s+1\/1[\s\S]*In all: 1 of 9 items answered\./);
    expect(out).toContain('Added: Late Comer (p1)');
    expect(out).toMatch(/Review before finishing[\s\S]*9 {2}Governance of culture\n\s+9 — Advanced/);
    const a = data(run.text);
    expect(Object.keys(a.commitments ?? {})).toEqual(['1', '9']);
    expect(a.participants).toEqual([{ id: 'p1', name: 'Late Comer', sector: 'other' }]);
  });
});

describe('the French interface', () => {
  it('asks in French and writes the same data', async () => {
    await writeAssessment(dir, newAssessment({ language: 'fr' }));
    const run = await walk(dir, [
      { expect: 'Les inscrire maintenant', answer: false },
      { expect: 'Note commune', answer: 'n/a' },
      { expect: 'Notes (Entrée', answer: '' },
      { expect: 'Source', answer: '' },
      { expect: 'Note commune', exit: true },
    ]);
    const choices = run.prompter.asked[1]?.choices ?? [];
    expect(choices.slice(0, 9).join('|')).toBe('1 — Émergent|2 — Émergent|3 — Émergent|4 — En développement|5 — En développement|6 — En développement|7 — Avancé|8 — Avancé|9 — Avancé');
    expect(choices[9]).toBe('s.o. — sans objet');
    expect(run.printed.join('\n')).toContain('Engagement 1 sur 9 · Droits culturels');
    expect(data(run.text).commitments?.['1']?.score).toBe('n/a');
  });
});

it('writes nothing more after an interruption: every earlier answer is on disk', async () => {
  const file = await writeAssessment(dir, newAssessment());
  const run = await walk(dir, [{ expect: 'Register', answer: false }, ...scoreOnly(2), { expect: 'Agreed score', answer: 7 }, { expect: 'Notes', exit: true }]);
  expect(run.end).toBe('interrupted');
  const onDisk = data(await readFile(file, 'utf8'));
  expect(onDisk.commitments).toEqual({ '1': { score: 2 }, '2': { score: 7 } });
});

it('applies answers on top of a hand edit made on disk during the session', async () => {
  const file = await writeAssessment(dir, newAssessment());
  const { writeFile: write } = await import('node:fs/promises');
  const run = await walk(dir, [
    { expect: 'Register', answer: false },
    { expect: 'Agreed score', answer: 4 },
    { expect: 'Notes', answer: '' },
    { expect: 'Evidence', answer: '' },
    { expect: 'Agreed score', answer: 5 },
    { expect: 'Notes', exit: true },
  ], {
    onAsk: async (message: string, index: number) => {
      if (message.includes('Agreed score') && index === 5) {
        const text = await readFile(file, 'utf8');
        await write(file, text.replace('city: Testville   # fictional', 'city: Testville   # fictional, edited meanwhile'));
      }
    },
  });
  expect(run.end).toBe('interrupted');
  expect(run.text).toContain('# fictional, edited meanwhile');
  expect(data(run.text).commitments).toEqual({ '1': { score: 4 }, '2': { score: 5 } });
});
