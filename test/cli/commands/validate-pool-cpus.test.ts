// The pool counts the cores node says this process may use
// (os.availableParallelism()), not the host's (os.cpus()): a container or
// `taskset` pinned to 2 of a host's 8 CPUs gets at most one worker, however
// idle the other six are (issue 11).
import { describe, expect, it, vi } from 'vitest';

vi.mock('node:os', async (original) => {
  const os = await original<typeof import('node:os')>();
  const times = { user: 0, nice: 0, sys: 0, idle: 0, irq: 0 };
  const host = Array.from({ length: 8 }, () => ({ model: 'test', speed: 1, times }));
  return { ...os, default: { ...os, availableParallelism: () => 2, cpus: () => host }, availableParallelism: () => 2, cpus: () => host };
});

const { coreTimes, idleWorkers, loadFree } = await import('../../../src/cli/validate/pool.js');

describe('the validate worker pool on a pinned process', () => {
  it('sums the host cores and says how many', () => {
    expect(coreTimes().cpus).toBe(8);
  });

  it('starts at most one worker on 2 usable cores of an idle 8-core host', () => {
    const since = { idle: 5_000, total: 20_000, own: 50, cpus: 8 };
    const now = { idle: 5_000 + 800 - 100, total: 20_000 + 800, own: 150, cpus: 8 }; // 100 ms of wall: only this process ran
    expect(idleWorkers(since, now)).toBe(1);
  });

  it('counts other processes host-wide, pro rata on its own cores', () => {
    const since = { idle: 5_000, total: 20_000, own: 50, cpus: 8 };
    // Others kept 6 of the 8 host cores busy: three quarters of this process's 2 cores, so none is free.
    expect(idleWorkers(since, { idle: 5_000 + 800 - 100 - 600, total: 20_800, own: 150, cpus: 8 })).toBe(0);
    // Others kept 1 of 8 busy: an eighth of each core, a quarter of one of its own, the second core three quarters free.
    expect(idleWorkers(since, { idle: 5_000 + 800 - 100 - 100, total: 20_800, own: 150, cpus: 8 })).toBe(1);
    // 2 of 8: half of one of its cores, which does not count as free.
    expect(idleWorkers(since, { idle: 5_000 + 800 - 100 - 200, total: 20_800, own: 150, cpus: 8 })).toBe(0);
  });

  it('reads a host-wide load average pro rata too', () => {
    expect(loadFree(1, 2, 8)).toBe(1);
    expect(loadFree(5, 2, 8)).toBe(0); // 4 busy host cores of 8: half of each usable core
    expect(loadFree(3, 2, 8)).toBe(1);
    expect(loadFree(3, 2)).toBe(-1); // an unpinned 2-core machine with two other busy processes
  });
});
