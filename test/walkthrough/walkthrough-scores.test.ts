// The walkthrough reads a typed vote with the same parser as `set`
// (core/values.ts): odd numerals are refused by the prompt, n/a is accepted
// in any of the interface's languages.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { tempDir } from '../helpers/cli.js';
import { newAssessment, walk, writeAssessment } from './helpers.js';
import { readLab } from '../helpers/lab-file.js';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await tempDir('c21lab-wscores-')));
afterEach(async () => cleanup());

const participants = 'participants:\n  - id: p1\n    name: Ana Example';

it.each(['0x7', '+5', '5.', '1e0', '0o7'])('refuses the vote %s at the prompt, as set does', async (odd) => {
  await writeAssessment(dir, newAssessment({ votes: true, participants }));
  await expect(walk(dir, [{ expect: 'Vote of Ana', answer: odd }])).rejects.toThrow(new RegExp(`refused by "Vote of Ana.*: "${odd.replace(/[.+]/g, (c) => `\\${c}`)}" is not a score: write a whole number from 1 to 9 in plain digits`));
});

it('accepts n/a as the French sheet prints it (s.o.) in an English session', async () => {
  const file = await writeAssessment(dir, newAssessment({ votes: true, participants }));
  const run = await walk(dir, [{ expect: 'Vote of Ana', answer: 's.o.' }, { expect: 'Agreed score', exit: true }]);
  expect(run.end).toBe('interrupted');
  expect((await readLab(file)).commitments).toEqual({ '1': { votes: { p1: 'n/a' } } });
});
