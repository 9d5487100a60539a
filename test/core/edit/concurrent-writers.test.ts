// Two writers at once on one file, as real processes: both updates land,
// every round, and no lock or temp file is left behind.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { runCli, tempDir } from '../../helpers/cli.js';
import { leftovers, readLab, writeLab } from '../../helpers/lab-file.js';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await tempDir('c21lab-concurrent-')));
afterEach(async () => cleanup());

const ROUNDS = 50;

it(`two set processes at once on one file: ${ROUNDS} rounds, no update lost`, { timeout: 240_000 }, async () => {
  const file = await writeLab(dir);
  const lost: string[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    // Values change every round, so a lost update cannot hide behind an old one.
    const a = String((round % 9) + 1);
    const b = String(((round + 4) % 9) + 1);
    const [ra, rb] = await Promise.all([
      runCli(['set', 'lab.yaml', `2=${a}`], { cwd: dir }),
      runCli(['set', 'lab.yaml', `3=${b}`, '--note', `3=round ${round}`], { cwd: dir }),
    ]);
    expect(ra.code, ra.stderr).toBe(0);
    expect(rb.code, rb.stderr).toBe(0);
    const data = await readLab(file);
    const c = data.commitments as Record<string, { score?: unknown; notes?: string }>;
    if (c['2']?.score !== Number(a)) lost.push(`round ${round}: 2=${a} lost`);
    if (c['3']?.score !== Number(b) || c['3']?.notes !== `round ${round}`) lost.push(`round ${round}: 3=${b} lost`);
  }
  expect(lost).toEqual([]);
  expect(await leftovers(dir)).toEqual([]);
  // The hand-written comment survived every rewrite.
  expect((await readLab(file)).city).toBe('Testville');
});
