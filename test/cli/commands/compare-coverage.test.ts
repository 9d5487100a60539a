// `compare --format csv`: the overall rows say what they are the mean of, as
// the table's "Overall (8 of 9)" row does (commitment 8 is not scored in the
// 2024 example, so the overall of both files is over the other eight).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLES, runCli } from '../../helpers/cli.js';

const FILES = [join(EXAMPLES, 'exampleville-2024.yaml'), join(EXAMPLES, 'exampleville-2026.yaml')];

describe('compare CSV: overall rows state their coverage', () => {
  it.each([['en', 'Overall (8 of 9)'], ['fr', 'Ensemble (8 sur 9)'], ['es', 'Conjunto (8 de 9)']])('in %s', async (lang, label) => {
    const r = await runCli(['--lang', lang, 'compare', ...FILES, '--format', 'csv']);
    expect(r.code).toBe(0);
    const overall = r.stdout.trim().split(/\r?\n/).filter((l) => l.startsWith('overall,'));
    expect(overall).toHaveLength(2);
    for (const line of overall) expect(line.split(',')[1]).toBe(label);
    expect(overall[1]?.split(',').slice(-4)).toEqual(['56.3', '12.5', '12.5', 'scored']);
  });
});
