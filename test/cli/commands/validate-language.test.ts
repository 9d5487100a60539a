// `validate` words findings in the CLI, one language per file from the
// command context (--lang, else the file's `language:`, else the system's),
// and its summary in the language the findings above it share (issue 9).
import { readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLES, runCli, tempDir } from '../../helpers/cli.js';

const file = (language: string, extra: string[] = []) =>
  [
    'c21lab: assessment/1',
    'framework: culture21-actions',
    'city: Testville',
    'date: 2026-05-14',
    `language: ${language}`,
    ...extra,
    'commitments:',
    ...Array.from({ length: 8 }, (_, i) => `  "${i + 1}": { score: 5 }`),
    '',
  ].join('\n');

describe('validate: findings and summary in one language', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    ({ dir, cleanup } = await tempDir());
    writeFileSync(join(dir, 'fr.yaml'), file('fr'));
    writeFileSync(join(dir, 'es.yaml'), file('es'));
    // A repeated key is found while parsing, before the file's language is read: worded in French all the same.
    writeFileSync(join(dir, 'fr-dup.yaml'), file('fr', ['city: Testville']));
  });
  afterAll(() => cleanup());

  it("a French file: findings and summary in French, whatever the system's language", async () => {
    const r = await runCli(['validate', 'fr.yaml'], { cwd: dir, env: { LANG: 'es_ES.UTF-8' } });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('fr.yaml:6:1 warning not-scored l’engagement 9 n’est pas encore noté');
    expect(r.stderr).toContain('1 fichier vérifié : 0 erreur, 1 avertissement');
  });

  it('--lang wins over the file, for the findings and the summary alike', async () => {
    const r = await runCli(['--lang', 'es', 'validate', 'fr.yaml', '--format', 'text'], { cwd: dir });
    expect(r.stdout).toContain('el compromiso 9 aún no está puntuado');
    expect(r.stderr).toContain('1 archivo comprobado: 0 errores, 1 aviso');
  });

  it('files in two languages: each worded in its own, the summary in the system language', async () => {
    const r = await runCli(['validate', 'fr.yaml', 'es.yaml'], { cwd: dir, env: { LANG: 'en_US.UTF-8' } });
    expect(r.stdout).toContain('l’engagement 9 n’est pas encore noté');
    expect(r.stdout).toContain('el compromiso 9 aún no está puntuado');
    expect(r.stderr).toContain('2 files checked: 0 errors, 2 warnings');
  });

  it('a finding made before the language is known is worded in the file language too', async () => {
    const r = await runCli(['validate', 'fr-dup.yaml', '--quiet'], { cwd: dir, env: { LANG: 'en_US.UTF-8' } });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('fr-dup.yaml:6:1 error duplicate-key la clé « city » apparaît deux fois');
    expect(r.stdout).not.toContain('not-scored'); // --quiet: warnings are dropped (before they are worded)
    expect(r.stderr).toContain('1 fichier vérifié : 1 erreur, 0 avertissement');
  });

  it("a framework's own finding, quoted in the file's, is worded in the file's language, not the system's", async () => {
    const r = await runCli(['validate', 'test/fixtures/invalid/framework-invalid.yaml'], { env: { LANG: 'fr_FR.UTF-8' } });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('band-gap no band covers 4: bands must cover the scale without gaps)');
    expect(r.stdout).not.toContain('aucun niveau');
  });
});

describe('an unreadable file named to validate', () => {
  // A symbolic link to itself cannot be read even as root (ELOOP): the check's code, worded by the command.
  it('is a usage error worded in the user language, alone, and among many files checked with a worker thread (whichever thread reads it)', async () => {
    const { dir: loopDir, cleanup: done } = await tempDir('c21lab-unreadable-');
    try {
      symlinkSync('loop.yaml', join(loopDir, 'loop.yaml'));
      const fr = await runCli(['--lang', 'fr', 'validate', 'loop.yaml'], { cwd: loopDir });
      expect(fr).toMatchObject({ code: 2, stderr: 'c21lab: loop.yaml : lecture impossible (ELOOP)\n' });
      const good = readFileSync(join(EXAMPLES, 'exampleville-2026.yaml'));
      const names = Array.from({ length: 120 }, (_, i) => `f${i}.yaml`);
      for (const name of names) writeFileSync(join(loopDir, name), good);
      const es = await runCli(['--lang', 'es', 'validate', ...names, 'loop.yaml'], { cwd: loopDir, env: { C21LAB_WORKERS: '1' } });
      expect(es).toMatchObject({ code: 2, stderr: 'c21lab: loop.yaml: no se puede leer (ELOOP)\n' });
    } finally {
      await done();
    }
  });
});
