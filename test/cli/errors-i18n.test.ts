import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXAMPLES, runCli, tempDir } from '../helpers/cli.js';

describe('file errors in the user language', () => {
  it('says a file is missing in French, Spanish and English, with exit 2 and no stack', async () => {
    const fr = await runCli(['--lang', 'fr', 'score', 'nope.yaml']);
    expect(fr.code).toBe(2);
    expect(fr.stderr).toContain('nope.yaml : fichier introuvable');
    const es = await runCli(['assess', 'nope.yaml'], { env: { LANG: 'es_ES.UTF-8' } });
    expect(es.code).toBe(2);
    expect(es.stderr).toContain('nope.yaml: no existe el archivo');
    const en = await runCli(['report', 'data']);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain('data: is a directory, expected a YAML file');
    expect(en.stderr + fr.stderr + es.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('invalid files in the user language', () => {
  it('ends the located findings with a summary in French or Spanish, exit 1', async () => {
    const fr = await runCli(['--lang', 'fr', 'score', 'test/fixtures/invalid/score-fraction.yaml']);
    expect(fr.code).toBe(1);
    expect(fr.stderr).toMatch(/score-fraction\.yaml:18:12 error invalid-score « [0-9.]+ » n’est pas une note : écrivez un nombre entier de 1 à 9/);
    expect(fr.stderr).toContain('n’est pas un fichier d’évaluation valable');
    const es = await runCli(['--lang', 'es', 'assess', 'test/fixtures/valid/benchmark.yaml']);
    expect(es.code).toBe(1);
    expect(es.stderr).toContain('test/fixtures/valid/benchmark.yaml no es un archivo de evaluación válido');
  });
});

describe('one language per finding and its summary, the file\'s by the run\'s rule', () => {
  it('an English file\'s findings and summary in English under a French system language (score, report)', async () => {
    const { dir, cleanup } = await tempDir();
    try {
      const text = readFileSync(join(EXAMPLES, 'exampleville-2026.yaml'), 'utf8').replace(/^language: .*$/m, 'language: en').replace(/^(\s+score: )\d+$/m, '$199');
      writeFileSync(join(dir, 'bad.yaml'), text);
      for (const args of [['score', 'bad.yaml'], ['report', 'bad.yaml', '-o', 'x.html']]) {
        const r = await runCli(args, { cwd: dir, env: { LANG: 'fr_FR.UTF-8' } });
        expect(r.code).toBe(1);
        expect(r.stderr).toMatch(/error score-out-of-scale "99" is not a score/);
        expect(r.stderr).toContain('bad.yaml is not a valid assessment file');
      }
    } finally {
      await cleanup();
    }
  });

  it('a French file\'s benchmark and --compare mismatches in French in report, as in score and radar', async () => {
    const { dir, cleanup } = await tempDir();
    try {
      const text = readFileSync(join(EXAMPLES, 'exampleville-2026.yaml'), 'utf8').replace(/^language: .*$/m, 'language: fr');
      writeFileSync(join(dir, 'fr.yaml'), text.replace(/^framework: .*$/m, 'framework: culture21-actions-1-10'));
      writeFileSync(join(dir, 'other.yaml'), text);
      const bench = await runCli(['report', 'fr.yaml', '--benchmark', 'example-panel', '-o', 'x.html'], { cwd: dir, env: { LANG: 'C.UTF-8' } });
      const score = await runCli(['score', 'fr.yaml', '--benchmark', 'example-panel'], { cwd: dir, env: { LANG: 'C.UTF-8' } });
      expect(bench.code).toBe(1);
      expect(score.code).toBe(1);
      expect(bench.stderr.split('\n')[0]).toBe(score.stderr.split('\n')[0]);
      const compare = await runCli(['report', 'fr.yaml', '--compare', 'other.yaml', '-o', 'x.html'], { cwd: dir, env: { LANG: 'C.UTF-8' } });
      const radar = await runCli(['radar', 'fr.yaml', 'other.yaml', '-o', 'x.svg'], { cwd: dir, env: { LANG: 'C.UTF-8' } });
      for (const r of [compare, radar]) {
        expect(r.code).toBe(1);
        expect(r.stderr).toMatch(/framework-mismatch .*(cadre|référentiel)/);
      }
    } finally {
      await cleanup();
    }
  });
});

describe('outputs that cannot be written', () => {
  it('name the path and the reason, exit 2, never "internal error"', async () => {
    const r = await runCli(['radar', 'data/examples/exampleville-2026.yaml', '-o', '/etc/passwd/radar.svg']);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toContain('internal error');
    expect(r.stderr).toMatch(/c21lab: \/etc\/passwd(\/radar\.svg)?: (is a file, where a folder is needed|a part of the path is not a directory)/);
    const fr = await runCli(['--lang', 'fr', 'panel', 'data/examples/exampleville-2026.yaml', '-o', '/etc/passwd/b.yaml', '--name', 'x', '--source', 'y']);
    expect(fr.code).toBe(2);
    expect(fr.stderr).toContain('c21lab: /etc/passwd : est un fichier là où il faut un dossier');
  });
});
