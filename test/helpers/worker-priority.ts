// Vitest setup file: the suite's longest chain, pre-commit installing and
// running its hook (test/packaging/pre-commit.test.ts, about 30 s of CPU in
// one line of processes), runs at normal priority; every other test file
// lowers its worker's priority (niceness 10) before it starts, and with it
// everything that worker spawns from then on (browsers, terminals, npm). The
// chain then gets a core whenever it can use one, and the other tests use the
// rest: with all at one priority the chain got a third of a core and alone
// made the run's wall time. The chain's worker is the first one handed a file
// (waits-first-sequencer.ts), so it starts it at normal priority, and lowers
// itself too when it moves on to another file. Only priority changes: the
// same processes do the same work. Raising niceness needs no privilege;
// C21LAB_TEST_NICE=0 turns this off.
import { getPriority, setPriority } from 'node:os';
import { expect } from 'vitest';
import { CRITICAL_CHAIN, isSuiteFile } from './suite-files.js';

const NICE = Number(process.env.C21LAB_TEST_NICE ?? 10);
// A setup file runs before each test file, in its worker, with the file's path known.
const file = expect.getState().testPath ?? '';

if (NICE > 0 && file !== '' && !isSuiteFile(CRITICAL_CHAIN, file) && getPriority() < NICE) {
  try {
    setPriority(NICE);
  } catch {
    // A system that refuses: the same run, at one priority.
  }
}
