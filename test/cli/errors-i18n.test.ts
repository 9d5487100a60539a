import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

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
