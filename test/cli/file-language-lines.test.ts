// What a command says about a file it wrote follows the file's language, by
// the run's one rule (--lang, else the file's `language:`, else the system's),
// as its findings do: report's "written" lines, --out-dir's batch line (the
// reports' language when they share one, else the interface's), and the
// schema folder's note before review new and panel write a file. The system
// language here is English (LANG=C); the example of 2026 is in French.
import { cpSync, mkdirSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLES, runCli, tempDir } from '../helpers/cli.js';

let tmp: Awaited<ReturnType<typeof tempDir>>;
const env = { LANG: 'C', NO_COLOR: '1' };
beforeAll(async () => {
  tmp = await tempDir('c21lab-file-lang-');
  for (const f of ['exampleville-2026.yaml', 'exampleville-2024.yaml']) cpSync(join(EXAMPLES, f), join(tmp.dir, f));
});
afterAll(() => tmp.cleanup());

const run = (args: string[], cwd = tmp.dir) => runCli(args, { cwd, env });

describe('lines about a written file, in its language', () => {
  it('report -o: each file written said in the report\'s language, or --lang\'s', async () => {
    const fr = await run(['report', 'exampleville-2026.yaml', '-o', 'r.md']);
    expect(fr.code, fr.stderr).toBe(0);
    expect(fr.stderr.split('\n').filter(Boolean)).toEqual(['r.md écrit', 'r-radar.svg écrit', 'r-votes.svg écrit']);
    const en = await run(['--lang', 'en', 'report', 'exampleville-2026.yaml', '-o', 'r.html']);
    expect(en.stderr).toBe('wrote r.html\n');
  });

  it('report --out-dir: the batch line in the reports\' shared language, else the interface\'s', async () => {
    const fr = await run(['report', 'exampleville-2026.yaml', '--out-dir', 'one']);
    expect(fr.stderr).toBe('1 rapport écrit dans one\n');
    const mixed = await run(['report', 'exampleville-2026.yaml', 'exampleville-2024.yaml', '--out-dir', 'two']);
    expect(mixed.stderr).toBe('2 reports written to two\n');
    const es = await run(['--lang', 'es', 'report', 'exampleville-2026.yaml', 'exampleville-2024.yaml', '--out-dir', 'three']);
    expect(es.stderr).toBe('2 informes escritos en three\n');
  });

  it('report --out-dir: a file that fails counts with its language, and the count has its plural', async () => {
    await writeFile(join(tmp.dir, 'bad.yaml'), (await readFile(join(EXAMPLES, 'exampleville-2024.yaml'), 'utf8')).replace(/^(\s+score: )\d+$/m, '$199'));
    const fr = await run(['--lang', 'fr', 'report', 'exampleville-2026.yaml', 'bad.yaml', '--out-dir', 'four']);
    expect(fr.code).toBe(1);
    expect(fr.stderr).toContain('c21lab: 1 fichier sur 2 n’a pas pu donner de rapport');
    // Without --lang: a French report written and an English file refused; the batch line in the interface's.
    const mixed = await run(['report', 'exampleville-2026.yaml', 'bad.yaml', '--out-dir', 'five']);
    expect(mixed.stderr).toContain('c21lab: 1 of 2 files could not be reported');
  });

  it('report --out-dir: a file refused after it was read (its benchmark does not fit) counts with its language, once', async () => {
    const dir = join(tmp.dir, 'mixed-fit');
    mkdirSync(join(dir, 'frameworks'), { recursive: true });
    cpSync(join(EXAMPLES, 'frameworks'), join(dir, 'frameworks'), { recursive: true });
    await writeFile(join(dir, 'a.yaml'), (await readFile(join(EXAMPLES, 'exampleville-2024.yaml'), 'utf8')).replace(/^language: en$/m, 'language: fr'));
    await writeFile(join(dir, 'b.yaml'), (await readFile(join(EXAMPLES, 'demo-actions-2025.yaml'), 'utf8')).replace(/^language: es$/m, 'language: fr'));
    const r = await run(['report', 'a.yaml', 'b.yaml', '--out-dir', 'out', '--benchmark', 'example-panel'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('1 rapport écrit dans out');
    // The benchmark is named in the finding's language too, from its translations.
    expect(r.stderr).toMatch(/error benchmark-framework la référence « Panel d’exemple \(fictif\) » porte sur le référentiel/);
    expect(r.stderr).toContain('c21lab: 1 fichier sur 2 n’a pas pu donner de rapport');
  });

  it('the schema folder note before review new and panel, in the file\'s language', async () => {
    const repo = join(tmp.dir, 'repo');
    mkdirSync(join(repo, '.git'), { recursive: true });
    cpSync(join(EXAMPLES, 'exampleville-2026.yaml'), join(repo, 'lab.yaml'));
    const review = await run(['review', 'new', 'lab.yaml'], repo);
    expect(review.code, review.stderr).toBe(0);
    expect(review.stderr).toMatch(/^6 fichiers de schéma écrits dans \.c21lab\/schemas\/v1 ; versionnez /);
    const other = join(tmp.dir, 'repo2');
    mkdirSync(join(other, '.git'), { recursive: true });
    cpSync(join(EXAMPLES, 'exampleville-2026.yaml'), join(other, 'lab.yaml'));
    const panel = await run(['panel', 'lab.yaml', '--name', 'Panel', '--source', 'LABs', '-o', 'p.yaml'], other);
    expect(panel.code, panel.stderr).toBe(0);
    expect(panel.stderr).toMatch(/^6 fichiers de schéma écrits dans \.c21lab\/schemas\/v1 ; versionnez /);
  });
});
