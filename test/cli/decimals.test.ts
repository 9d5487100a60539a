import { expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

it('writes decimals as readers of the language do in every table (score, compare), and keeps the point in CSV', async () => {
  const files = ['data/examples/exampleville-2024.yaml', 'data/examples/exampleville-2026.yaml'];
  const compare = await runCli(['compare', ...files, '--lang', 'fr']);
  expect(compare.code).toBe(0);
  expect(compare.stdout).toMatch(/1\s+Droits culturels\s+50,0\s+62,5\s+\+12,5/);
  const score = await runCli(['score', files[1] as string, '--lang', 'es']);
  expect(score.stdout).toMatch(/1\s+Derechos culturales\s+6,00\s+62,5/);
  const csv = await runCli(['compare', ...files, '--lang', 'fr', '--format', 'csv']);
  expect(csv.stdout).toContain('62.5');
  expect(csv.stdout).not.toContain('62,5');
});
