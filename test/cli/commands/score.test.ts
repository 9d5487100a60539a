// `c21lab score` through the real CLI: table, JSON (validated against the shipped schema), CSV, benchmarks.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { ROOT, runCli } from '../../helpers/cli.js';
import { DEMO_ACTIONS, EX2024, EX2026, FIXTURES, parseCsv } from '../../helpers/radar.js';

const schema = JSON.parse(readFileSync(join(ROOT, 'schemas', 'score-output.schema.json'), 'utf8')) as { $id: string };
const validateOutput = new Ajv2020({ strict: true, allowUnionTypes: true }).compile(schema);

interface Out {
  file: string;
  label: string;
  overall: number | null;
  benchmark: { name: string } | null;
  coverage: { scored: number; na: number; notScored: number; total: number };
  commitments: {
    id: string; title: string; mean: number | null; percent: number | null; band: { id: string; label: string } | null;
    coverage: { scored: number; na: number; notScored: number; total: number };
    spread: { n: number; min: number; max: number; sd: number } | null; benchmark: number | null; difference: number | null;
  }[];
}

describe('c21lab score', () => {
  it('prints an aligned English table with every commitment, the overall figure and coverage', async () => {
    const r = await runCli(['score', EX2024, '--lang', 'en']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Exampleville 2024 · /);
    expect(r.stdout).toMatch(/#\s+Commitment\s+Mean\s+%\s+Band\s+Scored\s+Votes\s+Min\s+Max\s+SD/);
    expect(r.stdout).toMatch(/2\s+Heritage, diversity and creativity\s+7\.00\s+75\.0\s+Advanced\s+1\/1\s+12\s+6\s+8\s+0\.71/);
    // Commitment 8 is not scored in 2024: dashes, and 0/1 coverage.
    expect(r.stdout).toMatch(/8\s+Culture, information and knowledge\s+—\s+—\s+—\s+0\/1/);
    expect(r.stdout).toMatch(/Overall \(8 of 9 commitments\)\s+43\.8\s+8\/9/);
    expect(r.stdout).not.toContain('\u001b['); // NO_COLOR
  });

  it('speaks French and Spanish, headers included', async () => {
    const fr = await runCli(['score', EX2026]); // the file's language is fr
    expect(fr.code).toBe(0);
    expect(fr.stdout).toMatch(/n°\s+Engagement\s+Moyenne\s+%\s+Niveau\s+Notés/);
    expect(fr.stdout).toContain('Droits culturels');
    expect(fr.stdout).toContain('En développement');
    expect(fr.stdout).toMatch(/1\s+Droits culturels\s+6,00\s+62,5\s/); // decimal comma
    const es = await runCli(['score', EX2026, '--lang', 'es']);
    expect(es.stdout).toMatch(/Compromiso\s+Media/);
    expect(es.stdout).toContain('Derechos culturales');
    expect(es.stdout).not.toMatch(/Commitment|Overall|Engagement/);
  });

  it('colours only when asked to (FORCE_COLOR), never with NO_COLOR', async () => {
    const coloured = await runCli(['score', EX2024, '-b', 'example-panel'], { env: { NO_COLOR: undefined, FORCE_COLOR: '1' } });
    expect(coloured.stdout).toContain('\u001b[');
  });

  it('adds the benchmark and the difference in percentage points', async () => {
    const r = await runCli(['score', EX2024, '--benchmark', 'example-panel', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('benchmark: Example panel (fictional)');
    expect(r.stdout).toMatch(/Benchmark\s+Diff\./);
    expect(r.stdout).toMatch(/4\s+Culture and environment\s+2\.00\s+12\.5\s+Emerging.*31\.3\s+−18\.8/);
    expect(r.stdout).toMatch(/1\s+Cultural rights\s+5\.00\s+50\.0.*46\.3\s+\+3\.7/);
  });

  it('names the benchmark in the output\'s language, from its translations, as the report does (table, JSON, demo)', async () => {
    const fr = await runCli(['score', EX2024, '--benchmark', 'example-panel', '--lang', 'fr']);
    expect(fr.code).toBe(0);
    expect(fr.stdout).toContain('référence : Panel d’exemple (fictif)');
    expect(fr.stdout).not.toContain('Example panel');
    const es = await runCli(['score', EX2024, '--benchmark', 'example-panel', '--lang', 'es', '--format', 'json']);
    const [out] = JSON.parse(es.stdout) as Array<{ benchmark: { name: string; source: string } }>;
    expect(out!.benchmark.name).toBe('Panel de ejemplo (ficticio)');
    expect(out!.benchmark.source).toMatch(/^Cifras ficticias/);
  });

  it('JSON: an array of per-file results that validates against schemas/score-output.schema.json', async () => {
    expect(schema.$id).toBe('urn:c21lab:schema:score-output:1');
    const r = await runCli(['score', '--format', 'json', '-b', 'example-panel', EX2024, EX2026]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as Out[];
    expect(validateOutput(out), JSON.stringify(validateOutput.errors)).toBe(true);
    expect(out.map((o) => o.label)).toEqual(['Exampleville 2024', 'Exampleville 2026']);
    const c4 = out[1]!.commitments[3]!;
    expect(c4).toMatchObject({ id: '4', mean: 4, percent: 37.5, band: { id: 'developing' }, benchmark: 31.3, difference: 6.2 });
    expect(c4.spread).toMatchObject({ n: 12, min: 2, max: 7, sd: 1.57 });
    expect(out[0]!.commitments[7]).toMatchObject({ percent: null, band: null, spread: null, difference: null,
      coverage: { scored: 0, na: 0, notScored: 1, total: 1 } });
    expect(out[0]!.coverage).toEqual({ scored: 8, na: 0, notScored: 1, total: 9 });
  });

  it('the output schema gives every property a title, for editors and readers', () => {
    const missing: string[] = [];
    const walk = (node: unknown, path: string) => {
      if (!node || typeof node !== 'object') return;
      const n = node as { properties?: Record<string, { title?: string; $ref?: string }> };
      for (const [key, prop] of Object.entries(n.properties ?? {})) {
        if (!prop.title) missing.push(`${path}/${key}`);
        walk(prop, `${path}/${key}`);
      }
      for (const [key, value] of Object.entries(node)) if (key !== 'properties') walk(value, `${path}/${key}`);
    };
    walk(schema, '');
    expect(missing).toEqual([]);
  });

  it('JSON of a framework with actions: n/a items are counted apart', async () => {
    const r = await runCli(['score', '--format', 'json', DEMO_ACTIONS]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as Out[];
    expect(validateOutput(out), JSON.stringify(validateOutput.errors)).toBe(true);
    expect(out[0]!.commitments[1]!.coverage).toEqual({ scored: 1, na: 1, notScored: 0, total: 2 });
    expect(out[0]!.benchmark).toBeNull();
  });

  it('CSV: RFC 4180, a header row, one row per file × commitment, fixed decimals', async () => {
    const r = await runCli(['score', '--format', 'csv', '-b', 'example-panel', EX2024, EX2026]);
    expect(r.code).toBe(0);
    expect(r.stdout.endsWith('\r\n')).toBe(true);
    expect(r.stdout.replace(/\r\n/g, '')).not.toContain('\n');
    const rows = parseCsv(r.stdout);
    expect(rows).toHaveLength(1 + 2 * 9);
    const header = rows[0]!;
    expect(header.slice(0, 7)).toEqual(['file', 'label', 'city', 'date', 'framework', 'commitment', 'title']);
    expect(rows.every((row) => row.length === header.length)).toBe(true);
    const col = (row: string[], name: string) => row[header.indexOf(name)];
    const heritage = rows[2]!;
    expect(col(heritage, 'title')).toBe('Heritage, diversity and creativity'); // comma → quoted, read back whole
    expect(r.stdout).toContain('"Heritage, diversity and creativity"');
    expect(col(heritage, 'mean')).toBe('7.00');
    expect(col(heritage, 'percent')).toBe('75.0');
    expect(col(rows[4]!, 'difference')).toBe('-18.8');
    expect(col(rows[8]!, 'percent')).toBe(''); // 2024, commitment 8: not scored
  });

  it('is deterministic: the same input gives the same bytes', async () => {
    const a = await runCli(['score', '--format', 'json', EX2024, EX2026]);
    const b = await runCli(['score', '--format', 'json', EX2024, EX2026]);
    expect(a.stdout).toBe(b.stdout);
  });

  it('refuses a benchmark of another framework, or in mean scores, with a located message (exit 1)', async () => {
    const other = await runCli(['score', EX2024, '-b', join(FIXTURES, 'bench-other-framework.yaml')]);
    expect(other.code).toBe(1);
    expect(other.stdout).toBe('');
    expect(other.stderr).toMatch(/bench-other-framework\.yaml:5:12 error benchmark-framework .*"demo-actions".*"culture21-actions"/);
    const unit = await runCli(['score', EX2024, '-b', join(FIXTURES, 'bench-mean-score.yaml')]);
    expect(unit.code).toBe(1);
    expect(unit.stderr).toMatch(/bench-mean-score\.yaml:6:7 error benchmark-unit .*"mean-score".*\(v - 1\) \/ \(9 - 1\) x 100/);
    const keys = await runCli(['score', EX2024, '-b', join(FIXTURES, 'bench-unknown-key.yaml')]);
    expect(keys.code).toBe(1);
    // validate itself may catch it first (rule unknown-commitment); either way it is located and refused.
    expect(keys.stderr).toMatch(/bench-unknown-key\.yaml:10:3 error [a-z-]*commitment .*"10"/);
    expect(keys.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('usage errors exit 2: unknown format, unknown benchmark, missing file', async () => {
    const fmt = await runCli(['score', EX2024, '--format', 'xml']);
    expect(fmt.code).toBe(2);
    expect(fmt.stderr).toContain("argument 'xml' is invalid. Allowed choices are table, json, csv.");
    const bench = await runCli(['score', EX2024, '-b', 'no-such-panel']);
    expect(bench.code).toBe(2);
    expect(bench.stderr).toMatch(/benchmark "no-such-panel" not found.*example-panel/);
    const missing = await runCli(['score', 'nowhere.yaml']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nowhere.yaml');
  });
});

describe('a benchmark with more decimals than the framework shows', () => {
  it('gives the difference of the shown figures, in score and in the report alike', async () => {
    const { mkdtemp, writeFile, readFile, rm } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const dir = await mkdtemp(join(tmpdir(), 'c21lab-bench-decimals-'));
    try {
      // Commitment 1 of the 2026 example is at 62.5 %; 46.25 is shown 46.3, so the difference shown is +16.2.
      const values = Array.from({ length: 9 }, (_, i) => `  "${i + 1}": ${i === 0 ? '46.25' : '50'}`).join('\n');
      await writeFile(join(dir, 'b.yaml'), `c21lab: benchmark/1\nname: Two decimals\nframework: culture21-actions\nsource: a test\nunit: percent\nvalues:\n${values}\n`);
      const r = await runCli(['score', EX2026, '--benchmark', 'b.yaml', '--format', 'json'], { cwd: dir });
      expect(r.code, r.stderr).toBe(0);
      const first = (JSON.parse(r.stdout) as { commitments: { percent: number; benchmark: number; difference: number }[] }[])[0]!.commitments[0]!;
      expect([first.percent, first.benchmark, first.difference]).toEqual([62.5, 46.25, 16.2]);
      const html = await runCli(['--lang', 'en', 'report', EX2026, '--benchmark', 'b.yaml', '-o', 'r.html'], { cwd: dir });
      expect(html.code, html.stderr).toBe(0);
      const page = await readFile(join(dir, 'r.html'), 'utf8');
      expect(page).toContain('+16.2');
      expect(page).not.toContain('+16.3');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
