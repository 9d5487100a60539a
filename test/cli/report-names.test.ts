import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { EXAMPLES, runCli, tempDir } from '../helpers/cli.js';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await tempDir()));
afterEach(() => cleanup());

it('refuses two inputs that would write the same report, naming both, before writing anything', async () => {
  await mkdir(join(dir, 'x'));
  await copyFile(join(EXAMPLES, 'exampleville-2024.yaml'), join(dir, 'a.yaml'));
  await copyFile(join(EXAMPLES, 'exampleville-2026.yaml'), join(dir, 'x', 'a.yaml'));
  const r = await runCli(['report', 'a.yaml', 'x/a.yaml', '--out-dir', 'out'], { cwd: dir });
  expect(r.code).toBe(2);
  expect(r.stderr).toContain('two inputs would write the same report a.html: a.yaml and x/a.yaml');
  expect(existsSync(join(dir, 'out'))).toBe(false);
});

it('counts a single vote in the singular', async () => {
  const r = await runCli(['report', join(EXAMPLES, 'demo-actions-2025.yaml'), '-o', join(dir, 'a.md')]);
  expect(r.code).toBe(0);
  const md = await readFile(join(dir, 'a.md'), 'utf8');
  // the one numeric vote on the n/a action 2.10 is not counted, and the report says so, in the singular
  expect(md).toContain('3 votos n/a contados aparte; 1 voto no contado (elemento n/a)');
  expect(md).not.toMatch(/\b1 votos\b/);
});
