// A file refused unread (here a FIFO) comes out of the core as a code
// (core/load.ts RefusedRead) and is worded by the CLI in the user's language,
// through every path a command reads by: the context's loader (score), an
// output batch (report --out-dir) and a plain read (set --answers).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLES, runCli } from '../helpers/cli.js';

describe('a refused read, worded by the CLI', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'c21lab-refusal-'));
    execFileSync('mkfifo', [join(dir, 'pipe.yaml')]);
    await cp(join(EXAMPLES, 'exampleville-2026.yaml'), join(dir, 'lab.yaml'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('score: a located finding in French, exit 1', async () => {
    const r = await runCli(['--lang', 'fr', 'score', 'pipe.yaml'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/pipe\.yaml:1:1 .*un tube nommé \(FIFO\)/);
    expect(r.stderr).not.toMatch(/not-regular|regular file/);
  });

  it('report --out-dir: the refused file is listed with its worded finding; the other report is written', async () => {
    const r = await runCli(['--lang', 'es', 'report', 'lab.yaml', 'pipe.yaml', '--out-dir', 'out'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/pipe\.yaml:1:1 .*una tubería con nombre \(FIFO\)/);
    expect(r.stderr).not.toContain('not-regular');
    expect(existsSync(join(dir, 'out', 'lab.html'))).toBe(true);
  });

  it('set --answers: the plain read is worded too', async () => {
    const r = await runCli(['set', 'lab.yaml', '--answers', 'pipe.yaml'], { cwd: dir, env: { LANG: 'en_GB.UTF-8' } });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('a FIFO (named pipe), not a regular file');
    expect(r.stderr).not.toMatch(/: not-regular$/m);
  });
});
