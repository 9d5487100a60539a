// The test files that the run's order and priorities single out, by name
// (imported by the sequencer in vitest's process and by worker-priority.ts in
// the workers, so it imports nothing itself).

/** The longest line of processes in the suite: pre-commit installing its hook and running it. */
export const CRITICAL_CHAIN = 'test/packaging/pre-commit.test.ts';

/** Whether a test file's path is the named file of the suite (`test/…`). */
export const isSuiteFile = (name: string, path: string) => path.replaceAll('\\', '/').endsWith(`/${name}`);
