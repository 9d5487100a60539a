// A rewrite keeps what the file is: mode, owner and group, a symbolic link,
// hard links; it refuses a read-only file, cleans up after a crash and never
// leaves a file half-written (kill -9), even on a full disk.
import { spawn, spawnSync } from 'node:child_process';
import { chmod, chown, link, lstat, mkdir, readFile, readlink, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BIN, runCli, tempDir } from '../../helpers/cli.js';
import { HOST_TAG } from '../../../src/core/fs/temp-files.js';
import { leftovers, readLab, writeLab } from '../../helpers/lab-file.js';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await tempDir('c21lab-faithful-')));
afterEach(async () => cleanup());

const score = async (file: string, id: string) => ((await readLab(file)).commitments as Record<string, { score?: unknown }>)[id]?.score;
const isRoot = process.getuid?.() === 0;

/** A pid that surely belongs to no running process: a child that has exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

describe('faithful rewrites', { timeout: 60_000 }, () => {
  it('keeps the mode: a 600 file stays 600, a 640 file 640', async () => {
    for (const mode of [0o600, 0o640]) {
      const file = await writeLab(dir);
      await chmod(file, mode);
      const r = await runCli(['set', 'lab.yaml', '2=7'], { cwd: dir });
      expect(r.code, r.stderr).toBe(0);
      expect((await stat(file)).mode & 0o777).toBe(mode);
      expect(await score(file, '2')).toBe(7);
    }
  });

  it.skipIf(!isRoot)('keeps owner and group (as root)', async () => {
    const file = await writeLab(dir);
    await chown(file, 4321, 4322);
    const r = await runCli(['set', 'lab.yaml', '2=7'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const info = await stat(file);
    expect([info.uid, info.gid]).toEqual([4321, 4322]);
  });

  it('writes through a symbolic link to its real file; the link stays a link', async () => {
    await mkdir(join(dir, 'real'));
    const real = await writeLab(join(dir, 'real'));
    await symlink('real/lab.yaml', join(dir, 'link.yaml'));
    const r = await runCli(['set', 'link.yaml', '2=6'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect((await lstat(join(dir, 'link.yaml'))).isSymbolicLink()).toBe(true);
    expect(await readlink(join(dir, 'link.yaml'))).toBe('real/lab.yaml');
    expect(await score(real, '2')).toBe(6);
    expect(await leftovers(dir)).toEqual([]);
    expect(await leftovers(join(dir, 'real'))).toEqual([]);
  });

  it('keeps hard links: both names still show one file, with the new text', async () => {
    const file = await writeLab(dir);
    await link(file, join(dir, 'other-name.yaml'));
    const before = await stat(file);
    const r = await runCli(['set', 'lab.yaml', '2=5'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const after = await stat(file);
    expect(after.ino).toBe(before.ino);
    expect(after.nlink).toBe(2);
    expect(await score(join(dir, 'other-name.yaml'), '2')).toBe(5);
    expect(await leftovers(dir)).toEqual([]);
  });

  it('refuses a read-only file with a clear message and leaves it as it was', async () => {
    const file = await writeLab(dir);
    await chmod(file, 0o444);
    const before = await readFile(file, 'utf8');
    const r = await runCli(['set', 'lab.yaml', '2=7'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('lab.yaml: the file is read-only; nothing was written');
    expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
    expect(await readFile(file, 'utf8')).toBe(before);
    expect(await leftovers(dir)).toEqual([]);
    const fr = await runCli(['--lang', 'fr', 'set', 'lab.yaml', '2=7'], { cwd: dir });
    expect(fr.stderr).toContain('le fichier est en lecture seule');
  });

  it('recovers from a crash: a stale lock and temp files of a dead writer are removed by the next write', async () => {
    const file = await writeLab(dir);
    const pid = deadPid();
    await writeFile(join(dir, '.lab.yaml.lock.c21lab.tmp'), JSON.stringify({ pid, host: hostname(), time: '2026-01-01T00:00:00Z' }));
    const stale = `.lab.yaml.${HOST_TAG}-${pid}-0123456789ab.c21lab.tmp`;
    await writeFile(join(dir, stale), 'half a file');
    // The name earlier versions used (no host, no pid): also a leftover.
    await writeFile(join(dir, '.lab.yaml.0123456789ab.c21lab.tmp'), 'half a file');
    // Someone else's temp file of another file is none of our business.
    const other = `.notes.yaml.${HOST_TAG}-${pid}-0123456789ab.c21lab.tmp`;
    await writeFile(join(dir, other), 'x');
    const r = await runCli(['set', 'lab.yaml', '2=4'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(await score(file, '2')).toBe(4);
    expect(await leftovers(dir)).toEqual([other]);
  });
});

describe('kill -9 during writes', { timeout: 120_000 }, () => {
  it('never leaves a torn file: after every kill the file is the old text or the new one', async () => {
    const file = await writeLab(dir);
    let previous = await readFile(file, 'utf8');
    const seen = new Set<string>();
    for (let i = 0; i < 24; i++) {
      const value = (i % 9) + 1;
      const child = spawn(process.execPath, [BIN, 'set', 'lab.yaml', `2=${value}`, '--note', `2=${'long note '.repeat(400)}${i}`], {
        cwd: dir,
        stdio: 'ignore',
      });
      const closed = new Promise((done) => child.on('close', done));
      // Kill at a different moment each time: from before the read to after the rename.
      await new Promise((done) => setTimeout(done, 60 + ((i * 37) % 240)));
      child.kill('SIGKILL');
      await closed;
      const now = await readFile(file, 'utf8');
      const data = await readLab(file); // throws when torn
      const c = (data.commitments as Record<string, { score?: number; notes?: string }>)['2'];
      if (now !== previous) {
        expect(c?.score).toBe(value);
        expect(c?.notes?.endsWith(String(i))).toBe(true);
        seen.add('new');
      } else seen.add('old');
      previous = now;
    }
    // A later run cleans what the killed ones left (their temp files, a lock).
    const r = await runCli(['set', 'lab.yaml', '1=9'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(await leftovers(dir)).toEqual([]);
    expect(seen.size).toBeGreaterThan(0);
  });
});

const canMount = isRoot && spawnSync('mount', ['--version']).status === 0;

describe.skipIf(!canMount)('a full disk (a small tmpfs, as root)', { timeout: 60_000 }, () => {
  let mnt: string;
  let mounted = false;
  beforeEach(async () => {
    mnt = join(dir, 'disk');
    await mkdir(mnt);
    mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', mnt]).status === 0;
  });
  afterEach(() => {
    if (mounted) spawnSync('umount', [mnt]);
  });

  async function fill(): Promise<void> {
    // Fill the disk to the last block (ENOSPC ends the loop), then free one
    // block: room for the lock, none for the new text.
    for (let i = 0; ; i++) {
      try {
        await writeFile(join(mnt, `filler-${i}`), Buffer.alloc(4096, 1));
      } catch {
        await rm(join(mnt, `filler-${i}`), { force: true });
        if (i > 0) await rm(join(mnt, `filler-${i - 1}`));
        return;
      }
    }
  }

  it.skipIf(!canMount)('says the disk is full, naming the file, and leaves the original intact', async () => {
    if (!mounted) return expect.fail('tmpfs could not be mounted');
    const file = await writeLab(mnt);
    const before = await readFile(file, 'utf8');
    await fill();
    const long = 'x'.repeat(20_000); // needs more blocks than are free
    for (const args of [['set', 'lab.yaml', '2=7', '--note', `2=${long}`], ['--lang', 'fr', 'set', 'lab.yaml', '2=7', '--note', `2=${long}`]]) {
      const r = await runCli(args, { cwd: mnt });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/lab\.yaml: no space left on the device|lab\.yaml : plus de place sur le disque/);
      expect(r.stderr).not.toMatch(/internal error|erreur interne|\n\s+at /);
      expect(await readFile(file, 'utf8')).toBe(before);
    }
    expect(await leftovers(mnt)).toEqual([]);
  });

  it.skipIf(!canMount)('a hard-linked file on a full disk keeps its original text too', async () => {
    if (!mounted) return expect.fail('tmpfs could not be mounted');
    const file = await writeLab(mnt);
    await link(file, join(mnt, 'second.yaml'));
    const before = await readFile(file, 'utf8');
    await fill();
    const r = await runCli(['set', 'lab.yaml', '2=7', '--note', `2=${'y'.repeat(20_000)}`], { cwd: mnt });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no space left on the device');
    expect(await readFile(file, 'utf8')).toBe(before);
    expect(await readFile(join(mnt, 'second.yaml'), 'utf8')).toBe(before);
  });
});
