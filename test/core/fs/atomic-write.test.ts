import { mkdir, readdir, readFile, realpath, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { atomicWrite, syncDir, syncFolders, type FolderOpener } from '../../../src/core/fs/atomic-write.js';
import { tempDir } from '../../helpers/cli.js';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await tempDir()));
afterEach(() => cleanup());

describe('atomicWrite', () => {
  it('replaces the file and leaves no temporary file behind', async () => {
    const file = join(dir, 'a.yaml');
    await writeFile(file, 'old\n');
    await atomicWrite(file, 'new\n');
    expect(await readFile(file, 'utf8')).toBe('new\n');
    expect(await readdir(dir)).toEqual(['a.yaml']);
  });
  it('surfaces a failed rename and cleans up its temporary file', async () => {
    // A directory in the target's place makes rename fail even for root.
    const target = join(dir, 'taken');
    await mkdir(target);
    await writeFile(join(target, 'keep'), 'x');
    await expect(atomicWrite(target, 'new\n')).rejects.toThrow();
    expect((await readdir(dir)).sort()).toEqual(['taken']);
    expect(await readFile(join(target, 'keep'), 'utf8')).toBe('x');
  });
  it('leaves a batch\'s folder fsync to syncFolders, naming the folder the rename happened in (through a link)', async () => {
    const real = join(dir, 'out');
    await mkdir(real);
    await symlink(real, join(dir, 'link'));
    const folders = new Set<string>();
    for (const name of ['a.html', 'b.html']) await atomicWrite(join(dir, 'link', name), `${name}\n`, { deferFolderSync: folders });
    expect([...folders]).toEqual([await realpath(real)]);
    expect(await readFile(join(real, 'b.html'), 'utf8')).toBe('b.html\n');
    expect((await readdir(real)).sort()).toEqual(['a.html', 'b.html']);
    await expect(syncFolders([...folders, join(dir, 'missing')])).resolves.toBeUndefined();
  });
});

describe('syncDir', () => {
  const failing = (code: string, at: 'open' | 'sync'): FolderOpener => async () => {
    const error = Object.assign(new Error(code), { code });
    if (at === 'open') throw error;
    return { sync: () => Promise.reject(error), close: () => Promise.resolve() };
  };
  it('fsyncs a real folder', async () => {
    await expect(syncDir(dir)).resolves.toBeUndefined();
  });
  it.for(['EISDIR', 'EINVAL', 'ENOTSUP', 'EPERM'])('passes over a platform that cannot fsync a folder (%s)', async (code) => {
    await expect(syncDir(dir, failing(code, 'open'))).resolves.toBeUndefined();
    await expect(syncDir(dir, failing(code, 'sync'))).resolves.toBeUndefined();
  });
  it.for(['EIO', 'ENOSPC', 'EDQUOT'])('reports a folder fsync that failed (%s): the rename may not survive a power cut', async (code) => {
    await expect(syncDir(dir, failing(code, 'sync'))).rejects.toMatchObject({ code });
    await expect(syncDir(dir, failing(code, 'open'))).rejects.toMatchObject({ code });
  });
  it('closes the folder after a failed fsync', async () => {
    let closed = 0;
    const opener: FolderOpener = async () => ({
      sync: () => Promise.reject(Object.assign(new Error('EIO'), { code: 'EIO' })),
      close: async () => void closed++,
    });
    await expect(syncDir(dir, opener)).rejects.toMatchObject({ code: 'EIO' });
    expect(closed).toBe(1);
  });
});
