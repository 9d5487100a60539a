// The advisory lock and the re-read-and-re-apply save, in process (the CLI
// tests cover them as real processes): a live lock is waited for and then
// refused with the holder named; a file changed between read and write is
// read again, never overwritten.
import { writeFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { WriteRefusedError } from '../../../src/core/errors.js';
import { saveDocument, updateDocument } from '../../../src/core/edit/save.js';
import { withFileLock } from '../../../src/core/fs/lock.js';
import { tempDir } from '../../helpers/cli.js';
import { leftovers } from '../../helpers/lab-file.js';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await tempDir('c21lab-lock-')));
afterEach(async () => cleanup());

it('refuses after waiting when a live writer holds the lock, and names it', async () => {
  const file = join(dir, 'lab.yaml');
  await writeFile(file, 'a: 1\n');
  // This very process holds the lock: it is alive, so the lock is not stale.
  await writeFile(join(dir, '.lab.yaml.lock.c21lab.tmp'), JSON.stringify({ pid: process.pid, host: hostname(), time: '2026-05-14T10:00:00Z' }));
  const error = await updateDocument(file, (t) => t + 'b: 2\n', { shown: 'lab.yaml', lockTimeoutMs: 150 }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(WriteRefusedError);
  expect((error as WriteRefusedError).reason).toBe('locked');
  expect((error as WriteRefusedError).detail).toMatchObject({ pid: process.pid, since: '2026-05-14T10:00:00Z' });
  expect(await readFile(file, 'utf8')).toBe('a: 1\n');
});

it('runs writers one at a time and each edit applies to the text the previous one wrote', async () => {
  const file = join(dir, 'lab.yaml');
  await writeFile(file, '');
  await Promise.all(Array.from({ length: 20 }, (_, i) => updateDocument(file, (t) => `${t}k${i}: ${i}\n`)));
  const lines = (await readFile(file, 'utf8')).trim().split('\n');
  expect(lines).toHaveLength(20);
  expect(await leftovers(dir)).toEqual([]);
});

it('a file changed between read and write is read again and the edit re-applied', async () => {
  const file = join(dir, 'lab.yaml');
  await writeFile(file, 'a: 1\n');
  let calls = 0;
  const result = await updateDocument(file, (t) => {
    calls++;
    // The first time, someone saves while we edit: our text must not win.
    if (calls === 1) return withFileLockFree(file, t);
    return t + 'mine: 1\n';
  });
  expect(calls).toBe(2);
  expect(result).toBe('a: 1\nhand: 1\nmine: 1\n');
  expect(await readFile(file, 'utf8')).toBe(result);
});

/** Simulates an editor saving (it takes no lock) during the edit; returns our edit of the old text. */
function withFileLockFree(file: string, text: string): string {
  // Synchronous write from inside the edit: the stamp changes before our rename.
  writeFileSync(file, 'a: 1\nhand: 1\n');
  return text + 'mine: 1\n';
}

it('saveDocument with basedOn refuses a file that changed since', async () => {
  const file = join(dir, 'lab.yaml');
  await writeFile(file, 'a: 2\n');
  const error = await saveDocument(file, 'a: 3\n', { basedOn: 'a: 1\n' }).catch((e: unknown) => e);
  expect((error as WriteRefusedError).reason).toBe('changed');
  expect(await readFile(file, 'utf8')).toBe('a: 2\n');
  await withFileLock(file, async () => undefined); // the lock was released
  expect(await leftovers(dir)).toEqual([]);
});

it("removes the guard a breaker killed mid-break left behind, and keeps a live breaker's", async () => {
  const file = join(dir, 'lab.yaml');
  await writeFile(file, 'a: 1\n');
  const guard = join(dir, '.lab.yaml.lock-break.c21lab.tmp');
  // A pid no process has: the breaker was killed between making its guard and removing it.
  await writeFile(guard, '4194304');
  await withFileLock(file, async () => undefined);
  expect(await leftovers(dir)).toEqual([]);
  // This very process as the breaker: alive and recent, so its guard stays.
  await writeFile(guard, String(process.pid));
  await withFileLock(file, async () => undefined);
  expect(await leftovers(dir)).toEqual(['.lab.yaml.lock-break.c21lab.tmp']);
});
