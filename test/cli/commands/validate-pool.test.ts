// When `validate` starts worker threads (src/cli/validate/pool.ts): only for
// more than POOL_THRESHOLD files, and one per core that other processes
// left free while the first files were checked (issue 11).
import { describe, expect, it } from 'vitest';
import { coreTimes, idleWorkers, POOL_THRESHOLD, workerCount } from '../../../src/cli/validate/pool.js';

/** Core times 100 ms of wall later, on `cores` cores: this process used `own` ms, other processes `others` ms. */
function later(since: { idle: number; total: number; own: number }, cores: number, own: number, others: number) {
  const total = since.total + 100 * cores;
  return { total, idle: since.idle + 100 * cores - own - others, own: since.own + own };
}

describe('the validate worker pool', () => {
  const since = { idle: 5_000, total: 20_000, own: 50 };

  it('gives an idle second core a worker, while this process warms up on more than one core', () => {
    expect(idleWorkers(since, later(since, 2, 100, 0), 2)).toBe(1);
    // The compiler and collector threads of this process are not other work.
    expect(idleWorkers(since, later(since, 2, 160, 0), 2)).toBe(1);
  });

  it('gives a core busy with other work none', () => {
    expect(idleWorkers(since, later(since, 2, 100, 90), 2)).toBe(0);
    expect(idleWorkers(since, later(since, 2, 100, 40), 2)).toBe(0);
    expect(idleWorkers(since, later(since, 2, 100, 20), 2)).toBe(1);
  });

  it('starts at most three workers, and one per free core', () => {
    expect(idleWorkers(since, later(since, 8, 100, 0), 8)).toBe(3);
    expect(idleWorkers(since, later(since, 4, 100, 200), 4)).toBe(1);
    expect(idleWorkers(since, later(since, 1, 100, 0), 1)).toBe(0);
  });

  it('reads real core times, and follows C21LAB_WORKERS or the file count when told nothing else', () => {
    const now = coreTimes();
    expect(now.total).toBeGreaterThan(now.idle);
    expect(now.own).toBeGreaterThan(0);
    expect(workerCount(10, { C21LAB_WORKERS: '2' })).toBe(2);
    expect(workerCount(POOL_THRESHOLD, {})).toBe(0);
  });
});
