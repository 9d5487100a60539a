// The room's single writer: edits that arrive during a write go together in
// the next one, in order; one edit that throws fails alone; a failed save
// fails its whole group and the next group still runs; an edit asked for just
// as the queue finishes its last write is written too.
import { describe, expect, it } from 'vitest';
import { WriteQueue } from '../../src/room/write-queue.js';

function fakeFile(failSaves = 0) {
  let text = '';
  const saves: string[] = [];
  const queue = new WriteQueue(async (edits) => {
    let next = text;
    const errors = edits.map((edit) => {
      try {
        next = edit(next);
        return undefined;
      } catch (error) {
        return error;
      }
    });
    await new Promise((r) => setTimeout(r, 5)); // an fsync takes a while
    if (failSaves > 0) {
      failSaves--;
      throw new Error('disk full');
    }
    saves.push(next);
    text = next;
    return errors;
  });
  return { queue, saves, text: () => text };
}

describe('WriteQueue', () => {
  it('groups the edits that arrive during a write, in order', async () => {
    const f = fakeFile();
    const first = f.queue.edit((t) => t + 'a');
    const rest = ['b', 'c', 'd'].map((c) => f.queue.edit((t) => t + c));
    await Promise.all([first, ...rest]);
    expect(f.text()).toBe('abcd');
    expect(f.saves.length).toBeLessThanOrEqual(2);
  });

  it('fails only the edit that throws', async () => {
    const f = fakeFile();
    const results = await Promise.allSettled([
      f.queue.edit((t) => t + 'a'),
      f.queue.edit(() => {
        throw new Error('bad edit');
      }),
      f.queue.edit((t) => t + 'c'),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(f.text()).toBe('ac');
  });

  it('a failed save rejects its group; the next group is written', async () => {
    const f = fakeFile(1);
    await expect(f.queue.edit((t) => t + 'lost')).rejects.toThrow('disk full');
    await f.queue.edit((t) => t + 'kept');
    expect(f.text()).toBe('kept');
  });

  it('writes an edit asked for by a caller resuming from its own write, however late in that turn', async () => {
    // The caller of the last write goes on a few microtasks later (an awaited .catch, a then): whichever
    // tick that is, the queue is either still looping or done, never "running" with nobody to run it.
    const never = new Promise<string>((r) => setTimeout(() => r('stuck'), 1_000));
    for (let ticks = 0; ticks < 12; ticks++) {
      const f = fakeFile();
      let later = f.queue.edit((t) => t + 'a').then(() => undefined);
      for (let k = 0; k < ticks; k++) later = later.then(() => undefined);
      const next = later.then(() => f.queue.edit((t) => t + 'b')).then(() => 'written');
      expect(await Promise.race([next, never]), `${ticks} ticks after the write`).toBe('written');
      expect(f.text()).toBe('ab');
    }
  });

  it('runs tasks in turn with the edits, and drain waits for all of them', async () => {
    const f = fakeFile();
    const order: string[] = [];
    void f.queue.edit((t) => (order.push('edit 1'), t + '1'));
    void f.queue.run(async () => void order.push('task'));
    void f.queue.edit((t) => (order.push('edit 2'), t + '2'));
    await f.queue.drain();
    expect(order).toEqual(['edit 1', 'task', 'edit 2']);
    expect(f.text()).toBe('12');
  });
});
