// The pool counts the cores node says this process may use
// (os.availableParallelism()), not the host's (os.cpus()): a container or
// `taskset` pinned to 2 of a host's 8 CPUs gets at most one worker, however
// idle the other six are (issue 11).
// No vi.mock of node:os: with isolate: false a mocked module would reach the
// other test files of the same worker. The cores are passed in instead.
import { cpus } from 'node:os';
import { describe, expect, it } from 'vitest';
import { coreTimes, idleWorkers, loadFree } from '../../../src/cli/validate/pool.js';

describe('the validate worker pool on a pinned process', () => {
  it('sums the host cores and says how many', () => {
    expect(coreTimes().cpus).toBe(cpus().length);
  });

  it('starts at most one worker on 2 usable cores of an idle 8-core host', () => {
    const since = { idle: 5_000, total: 20_000, own: 50, cpus: 8 };
    const now = { idle: 5_000 + 800 - 100, total: 20_000 + 800, own: 150, cpus: 8 }; // 100 ms of wall: only this process ran
    expect(idleWorkers(since, now, 2)).toBe(1);
  });

  it('counts other processes host-wide, pro rata on its own cores', () => {
    const since = { idle: 5_000, total: 20_000, own: 50, cpus: 8 };
    // Others kept 6 of the 8 host cores busy: three quarters of this process's 2 cores, so none is free.
    expect(idleWorkers(since, { idle: 5_000 + 800 - 100 - 600, total: 20_800, own: 150, cpus: 8 }, 2)).toBe(0);
    // Others kept 1 of 8 busy: an eighth of each core, a quarter of one of its own, the second core three quarters free.
    expect(idleWorkers(since, { idle: 5_000 + 800 - 100 - 100, total: 20_800, own: 150, cpus: 8 }, 2)).toBe(1);
    // 2 of 8: half of one of its cores, which does not count as free.
    expect(idleWorkers(since, { idle: 5_000 + 800 - 100 - 200, total: 20_800, own: 150, cpus: 8 }, 2)).toBe(0);
  });

  it('reads a host-wide load average pro rata too', () => {
    expect(loadFree(1, 2, 8)).toBe(1);
    expect(loadFree(5, 2, 8)).toBe(0); // 4 busy host cores of 8: half of each usable core
    expect(loadFree(3, 2, 8)).toBe(1);
    expect(loadFree(3, 2)).toBe(-1); // an unpinned 2-core machine with two other busy processes
  });
});
