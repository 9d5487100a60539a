// `c21lab compare`: files side by side, differences to the first file and to
// the previous one, three output formats, and files of different frameworks refused.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLES, runCli, tempDir } from '../../helpers/cli.js';
import { assessment, pct, write } from '../../helpers/git-repo.js';

let dir: string;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir('c21lab-compare-'));
  write(dir, 'a-2021.yaml', assessment('2021-04-10', { 1: 3, 2: 5, 3: 'n/a', 4: 2 }));
  write(dir, 'a-2023.yaml', assessment('2023-05-02', { 1: 5, 2: 5, 3: 4, 4: 3 }));
  write(dir, 'a-2026.yaml', assessment('2026-06-20', { 1: 9, 2: 4, 3: 6, 4: 3 }));
  // Another framework: the fictional one bundled with the examples, copied beside the file.
  write(dir, 'frameworks/fictional-actions.yaml', readFileSync(join(EXAMPLES, 'frameworks', 'fictional-actions.yaml'), 'utf8'));
  write(dir, 'demo.yaml', readFileSync(join(EXAMPLES, 'demo-actions-2025.yaml'), 'utf8'));
});

afterAll(() => cleanup());

interface Json {
  c21lab: string;
  framework: { id: string };
  files: { key: string; file: string; city: string; date: string; overall: number | null }[];
  commitments: { id: string; title: string; percents: (number | null)[]; diffFirst: (number | null)[]; diffPrevious: (number | null)[] }[];
  overall: { percents: (number | null)[] };
}

describe('c21lab compare', () => {
  it('gives each file\'s percent and the differences, as JSON', async () => {
    const r = await runCli(['compare', 'a-2021.yaml', 'a-2023.yaml', 'a-2026.yaml', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout) as Json;
    expect(j.c21lab).toBe('compare/1');
    expect(j.framework.id).toBe('culture21-actions');
    expect(j.files.map((f) => `${f.key} ${f.file} ${f.date}`)).toEqual(['A a-2021.yaml 2021-04-10', 'B a-2023.yaml 2023-05-02', 'C a-2026.yaml 2026-06-20']);
    const c1 = j.commitments[0];
    expect(c1?.percents).toEqual([pct(3), pct(5), pct(9)]);
    expect(c1?.diffFirst).toEqual([null, 25, 75]);
    expect(c1?.diffPrevious).toEqual([null, 25, 50]);
    const c3 = j.commitments[2] as Json['commitments'][number] & { na: boolean[] };
    expect(c3?.percents).toEqual([null, pct(4), pct(6)]); // n/a is not a score
    expect(c3?.na).toEqual([true, false, false]); // and is told apart from "not scored"
    expect(c3?.diffFirst).toEqual([null, null, null]);
    expect(c3?.diffPrevious).toEqual([null, null, 25]);
    expect(j.commitments[4]?.percents).toEqual([null, null, null]); // not scored anywhere
    expect(j.commitments).toHaveLength(9);
  });

  it('averages the overall only over commitments scored in every file, and says so', async () => {
    const r = await runCli(['compare', 'a-2021.yaml', 'a-2023.yaml', 'a-2026.yaml', '--format', 'json'], { cwd: dir });
    const j = JSON.parse(r.stdout) as Json & { overall: { percents: (number | null)[]; commitments: string[]; of: number } };
    // 3 is n/a in 2021, 5–9 are scored nowhere: only 1, 2 and 4 are in every file
    expect(j.overall.commitments).toEqual(['1', '2', '4']);
    expect(j.overall.of).toBe(9);
    const mean = (...v: number[]) => Math.round((v.reduce((a, b) => a + b, 0) / v.length) * 10) / 10;
    expect(j.overall.percents).toEqual([mean(pct(3), pct(5), pct(2)), mean(pct(5), pct(5), pct(3)), mean(pct(9), pct(4), pct(3))]);
    expect(j.files.map((f) => f.overall)).toEqual(j.overall.percents);
    const t = await runCli(['compare', 'a-2021.yaml', 'a-2023.yaml', 'a-2026.yaml'], { cwd: dir });
    expect(t.stdout).toMatch(/Overall \(3 of 9\)/);
    expect(t.stdout).toContain('Overall: mean over the 3 of 9 commitments scored in every file (1, 2, 4)');
  });

  it('prints a table with letters, differences to the first file and, from three files, to the previous one', async () => {
    const r = await runCli(['compare', 'a-2021.yaml', 'a-2023.yaml', 'a-2026.yaml'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('A  Testville 2021-04-10  (a-2021.yaml)');
    expect(r.stdout).toMatch(/Commitment\s+A\s+B\s+C\s+B−A\s+C−A\s+C−B/);
    expect(r.stdout).toMatch(/1 {2}Cultural rights\s+25\.0\s+50\.0\s+100\.0\s+\+25\.0\s+\+75\.0\s+\+50\.0/);
    expect(r.stdout).toMatch(/3 {2}Education\s+n\/a\s+37\.5\s+62\.5/);
    const two = await runCli(['compare', 'a-2021.yaml', 'a-2023.yaml'], { cwd: dir });
    expect(two.stdout).toMatch(/Commitment\s+A\s+B\s+B−A\n/);
  });

  it('writes CSV in long format, one line per commitment and file', async () => {
    const r = await runCli(['compare', 'a-2021.yaml', 'a-2026.yaml', '--format', 'csv'], { cwd: dir });
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\r\n');
    expect(lines[0]).toBe('commitment_id,commitment,file_key,file,city,date,percent,diff_first,diff_previous,status');
    expect(lines).toHaveLength(1 + 2 * 10);
    expect(lines).toContain('1,Cultural rights,B,a-2026.yaml,Testville,2026-06-20,100,75,75,scored');
    expect(lines).toContain('2,"Heritage, diversity and creativity",A,a-2021.yaml,Testville,2021-04-10,50,,,scored');
  });

  it('tells n/a from not scored in CSV, as score --format csv does: both have an empty percent', async () => {
    const r = await runCli(['compare', 'a-2021.yaml', 'a-2026.yaml', '--format', 'csv'], { cwd: dir });
    const lines = r.stdout.trimEnd().split('\r\n');
    expect(lines).toContain('3,Culture and education,A,a-2021.yaml,Testville,2021-04-10,,,,na');
    expect(lines).toContain('3,Culture and education,B,a-2026.yaml,Testville,2026-06-20,62.5,,,scored');
    expect(lines).toContain('5,Culture and economy,A,a-2021.yaml,Testville,2021-04-10,,,,not-scored');
  });

  it('speaks the first file\'s language, or --lang', async () => {
    const r = await runCli(['compare', 'a-2021.yaml', 'a-2026.yaml', '--lang', 'es'], { cwd: dir });
    expect(r.stdout).toContain('Comparación de 2 evaluaciones');
    expect(r.stdout).toContain('Derechos culturales');
    expect(r.stdout).not.toMatch(/Commitment|Overall/);
  });

  it('overlays the files on a radar', async () => {
    const r = await runCli(['compare', 'a-2021.yaml', 'a-2026.yaml', '--radar', 'radar/cmp.svg'], { cwd: dir });
    expect(r.code).toBe(0);
    const svg = readFileSync(join(dir, 'radar', 'cmp.svg'), 'utf8');
    expect(svg).toContain('<svg');
    expect(svg).toContain('Testville 2021-04-10');
    expect(svg).toContain('Testville 2026-06-20');
  });

  it.each([
    ['en', 'Education n/a', 'Economy not scored', '(n/a)'],
    ['fr', 'Éducation s.o.', 'Économie non noté', '(s.o.)'],
    ['es', 'Educación n/a', 'Economía sin puntuar', '(n/a)'],
  ])('the %s radar says n/a for an n/a commitment, not "not scored"', async (lang, na, notScored, axis) => {
    const r = await runCli(['compare', 'a-2021.yaml', 'a-2026.yaml', '--lang', lang, '--radar', '-'], { cwd: dir });
    expect(r.code).toBe(0);
    const desc = /<desc[^>]*>([^<]*)<\/desc>/.exec(r.stdout)?.[1] ?? '';
    const [first, second] = desc.split('Testville 2026-06-20');
    expect(first).toContain(`3. ${na}`); // 2021: n/a
    expect(second).not.toContain(`3. ${na}`); // 2026: scored
    expect(first).toContain(`5. ${notScored}`);
    expect(r.stdout).toContain(axis);
  });

  it('refuses files of different frameworks, exit 1, pointing at the framework line', async () => {
    const r = await runCli(['compare', 'a-2021.yaml', 'demo.yaml'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/demo\.yaml:\d+:\d+ error framework-mismatch framework "demo-actions" differs from "culture21-actions" used by a-2021\.yaml/);
    expect(r.stderr).toContain('these files use different frameworks');
  });

  it('needs two files, and refuses an invalid one with located errors', async () => {
    const one = await runCli(['compare', 'a-2021.yaml'], { cwd: dir });
    expect(one.code).toBe(2);
    expect(one.stderr).toContain('compare needs at least two files');
    write(dir, 'broken.yaml', assessment('2021-02-30', { 1: 3 }));
    const bad = await runCli(['compare', 'a-2021.yaml', 'broken.yaml'], { cwd: dir });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/broken\.yaml:4:\d+ error/);
  });
});

describe('compare names a broken file as it was typed', () => {
  it('a relative path in a subfolder, not the absolute path it was read at', async () => {
    const { dir, cleanup } = await tempDir();
    try {
      write(dir, 'a.yaml', assessment('2024-05-01', { 1: 3 }));
      write(dir, 'sub/bad.yaml', 'a: [\n');
      const r = await runCli(['compare', 'a.yaml', 'sub/bad.yaml'], { cwd: dir });
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('sub/bad.yaml:2:1 error yaml-syntax');
      expect(r.stderr).not.toContain(dir);
    } finally {
      await cleanup();
    }
  });
});
