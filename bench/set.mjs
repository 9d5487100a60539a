// `c21lab set` saves under the file's lock, re-reads the file, applies the
// edit and writes atomically (temp file, fsync, rename, directory fsync, a
// look for stale temp files). What writing costs: a `set` that changes the
// file against a `set` that finds the value already there (same start,
// checks, lock and re-read, no write), median of alternating runs.
// Target: at most 25 ms more.
import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { BIN, OUT, ROOT, fmt, sideBySide, verdict } from './lib.mjs';

export async function benchSet({ runs = 15 } = {}) {
  await mkdir(OUT, { recursive: true });
  const dir = await mkdtemp(join(OUT, 'set-'));
  try {
    await copyFile(join(ROOT, 'data', 'examples', 'exampleville-2026.yaml'), join(dir, 'lab.yaml'));
    // Commitment 1 alternates between 3 and 4, so every subject run writes; commitment 2 stays 7.
    let n = 0;
    const writes = { script: BIN, cwd: dir, get args() { return ['set', 'lab.yaml', `1=${3 + (n++ % 2)}`, '2=7']; } };
    const noWrite = { script: BIN, cwd: dir, get args() { return ['set', 'lab.yaml', `1=${3 + ((n + 1) % 2)}`, '2=7']; } };
    const r = await sideBySide(writes, noWrite, runs);
    const extra = r.subject.ms - r.baseline.ms;
    console.log(`c21lab set that writes: ${fmt(r.subject.ms)} · set with nothing to write ${fmt(r.baseline.ms)} · +${extra.toFixed(0)} ms`);
    return verdict('set write', `+${extra.toFixed(0)} ms for the locked, atomic, faithful write (target ≤ 25 ms)`, extra <= 25 && [...r.subject.codes, ...r.baseline.codes].every((c) => c === 0));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchSet({ runs: process.argv.includes('--quick') ? 5 : 15 });
