// Small wordings the three languages must get right: a count's plural, a
// negation Spanish needs, and the separators between translated parts
// (French writes ` :` and ` ;`), which belong in the catalogs, not the code.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roomPageMessages } from '../../src/i18n/room.js';
import { EXAMPLES, ROOT, runCli, tempDir } from '../helpers/cli.js';

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => ({ dir, cleanup } = await tempDir('c21lab-wording-')));
afterAll(() => cleanup());

const E2024 = join(EXAMPLES, 'exampleville-2024.yaml');

describe('counts and negations', () => {
  it('merge with one file: a singular in Spanish', async () => {
    const es = await runCli(['merge', E2024, '-o', join(dir, 'x.yaml'), '--lang', 'es']);
    expect(es.code).toBe(2);
    expect(es.stderr).toContain('se recibió 1.');
    expect(es.stderr).not.toContain('se recibieron 1');
  });

  it('validate in Spanish: no "se encontró nada"', async () => {
    await writeFile(join(dir, 'nokey.yaml'), 'city: X\n');
    await writeFile(join(dir, 'nullcity.yaml'), 'c21lab: assessment/1\nframework: culture21-actions\ncity:\ncountry: ZZ\ndate: 2026-01-01\nlanguage: es\ncommitments: {}\n');
    const r = await runCli(['validate', '--lang', 'es', 'nokey.yaml', 'nullcity.yaml'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/nokey\.yaml:1:1 error unknown-kind se espera una clave de nivel superior «c21lab» con uno de .*; no se encontró ninguna$/m);
    expect(r.stdout).toMatch(/nullcity\.yaml:3:6 error wrong-type se espera un texto, se encontró un valor vacío$/m);
    expect(r.stdout).not.toMatch(/se encontró nada/);
    // English and French keep their words.
    const en = await runCli(['validate', '--lang', 'en', 'nokey.yaml'], { cwd: dir });
    expect(en.stdout).toMatch(/with one of .*, found nothing$/m);
    const fr = await runCli(['validate', '--lang', 'fr', 'nokey.yaml'], { cwd: dir });
    expect(fr.stdout).toMatch(/valant .* est attendue, trouvé : rien$/m);
  });
});

describe('separators between translated parts come from the catalogs', () => {
  it('init: a bad --country', async () => {
    const fr = await runCli(['init', '--city', 'X', '--country', 'zz', '--yes', '--lang', 'fr'], { cwd: dir });
    expect(fr.code).toBe(2);
    expect(fr.stderr).toContain('--country : deux lettres majuscules attendues');
    const es = await runCli(['init', '--city', 'X', '--date', '2026-02-30', '--yes', '--lang', 'es'], { cwd: dir });
    expect(es.stderr).toContain('--date: se espera una fecha real');
  });

  it('framework: a framework that cannot be loaded', async () => {
    const fr = await runCli(['framework', '--framework', 'nope', '--lang', 'fr'], { cwd: dir });
    expect(fr.code).toBe(2);
    expect(fr.stderr).toMatch(/^c21lab: le référentiel « nope » n’a pas pu être chargé : référentiel « nope » introuvable/);
    const en = await runCli(['framework', '--framework', 'nope', '--lang', 'en'], { cwd: dir });
    expect(en.stderr).toMatch(/^c21lab: framework "nope" could not be loaded: /);
  });

  it('the schema folder note', async () => {
    const repo = join(dir, 'repo');
    await mkdir(join(repo, '.git'), { recursive: true });
    const fr = await runCli(['review', 'new', E2024, '-o', 'r.yaml', '--lang', 'fr'], { cwd: repo });
    expect(fr.code, fr.stderr).toBe(0);
    expect(fr.stderr).toMatch(/^6 fichiers de schéma écrits dans \.c21lab\/schemas\/v1 ; versionnez /);
  });

  it('the room pages: an action’s title after its number', async () => {
    expect(roomPageMessages.fr.actionOf).toBe('Action {id} ({no} sur {of}) : {title}');
    expect(roomPageMessages.es.actionOf).toBe('Acción {id} ({no} de {of}): {title}');
    for (const page of ['participant.js', 'projector.js']) {
      const script = await readFile(join(ROOT, 'templates', 'room', page), 'utf8');
      // A translated part followed by a hard-coded ": " or "; " and another part.
      expect(script, page).not.toMatch(/\)\}[:;] \$\{/);
    }
  });
});
