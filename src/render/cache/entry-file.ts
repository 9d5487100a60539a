// How both disk caches (./v8-code.ts, ./vega-parse.ts) put an entry in place
// and know their own leftovers: an entry is written whole to FILE.PID.tmp and
// renamed over FILE, so a reader sees the old entry or the new one; a process
// killed between the two leaves its temp file, which a later write in the
// same folder removes once its writer is surely gone. No fsync: a cache entry
// lost to a power cut is only a slower next run (the checksum refuses a torn one).
import { createHash } from 'node:crypto';
import { renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { processAlive } from '../../core/fs/process-alive.js';

/** A temp file of a writer that is not alive on this machine, or one this old (a cache folder shared over the network). */
const STALE_MS = 60 * 60 * 1000;
const TEMP = /\.(\d+)\.tmp$/;

export const sha256 = (data: string | Uint8Array): Buffer => createHash('sha256').update(data).digest();

/** Writes `bytes` to `file` through its temp file; throws as the file system does, leaving no temp file behind. */
export function replaceEntry(file: string, bytes: string | Uint8Array): void {
  const temp = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, bytes);
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/** Removes, among `names` (a listing of `dir`), the temp files of entries starting with `prefix` whose writers are gone. */
export function removeLeftoverTemps(dir: string, names: readonly string[], prefix: string, now = Date.now()): void {
  for (const name of names) {
    const pid = name.startsWith(prefix) ? TEMP.exec(name)?.[1] : undefined;
    if (pid === undefined || Number(pid) === process.pid) continue;
    try {
      if (!processAlive(Number(pid)) || now - statSync(join(dir, name)).mtimeMs > STALE_MS) rmSync(join(dir, name), { force: true });
    } catch {
      // Gone meanwhile, or not ours to remove: a cache is never worth an error.
    }
  }
}
