import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { atomicWrite } from '../../../src/core/fs/atomic-write.js';
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
});
