// A file that declares both `P1` and `p1`: ids are unique whatever their case,
// so validate reports the second at its own place (file:line:col, exit 1) in
// the user's language, and set and the room refuse to open the file with the
// very same finding. In-process through main().
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli.js';

const LAB = `# Fictional LAB: Testville does not exist.
c21lab: assessment/1
framework: culture21-actions
city: Testville
date: 2026-03-14
language: en
participants:
  - id: P1
    name: Ana Example
  - id: p1
    name: Bo Example
commitments:
  "1":
    score: 5
`;

const WORDS = {
  en: 'participant id "p1" is already used, as "P1", at line 8: ids must be unique whatever their case',
  fr: 'l’identifiant de participant « p1 » est déjà utilisé, sous la forme « P1 », à la ligne 8 : les identifiants doivent être uniques, majuscules et minuscules confondues',
  es: 'el identificador de participante «p1» ya se usa, como «P1», en la línea 8: los identificadores deben ser únicos, sin distinguir mayúsculas y minúsculas',
};

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ dir, cleanup } = await tempDir('c21lab-ids-'));
  await writeFile(join(dir, 'lab.yaml'), LAB);
});
afterAll(() => cleanup());

describe('participant ids that differ only by case', () => {
  for (const lang of ['en', 'fr', 'es'] as const) {
    it(`validate, set and room give one located finding (${lang})`, async () => {
      const finding = `lab.yaml:10:9 error duplicate-participant ${WORDS[lang]}`;
      const validate = await runCli(['--lang', lang, 'validate', 'lab.yaml'], { cwd: dir });
      expect(validate.code).toBe(1);
      expect(validate.stdout).toContain(`${finding}\n`);
      const set = await runCli(['--lang', lang, 'set', 'lab.yaml', '1=6'], { cwd: dir });
      expect(set.code).toBe(1);
      expect(set.stderr).toContain(`${finding}\n`);
      const room = await runCli(['--lang', lang, 'room', 'lab.yaml', '--port', '0'], { cwd: dir });
      expect(room.code).toBe(1);
      expect(room.stderr).toContain(`${finding}\n`);
    });
  }

  it('merge refuses files whose ids differ only by case, each located, before merging anything', async () => {
    const one = LAB.replace('  - id: p1\n    name: Bo Example\n', '');
    await writeFile(join(dir, 'g1.yaml'), one);
    await writeFile(join(dir, 'g2.yaml'), one.replace('id: P1', 'id: p1'));
    for (const [lang, words] of [
      ['en', 'participant id "p1" differs only by case from "P1" in g1.yaml: ids are unique whatever their case, so write it the same way in every file'],
      ['es', 'el identificador de participante «p1» solo se distingue de «P1» en g1.yaml por mayúsculas y minúsculas'],
    ] as const) {
      const r = await runCli(['--lang', lang, 'merge', 'g1.yaml', 'g2.yaml', '-o', 'merged.yaml'], { cwd: dir });
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`g2.yaml:8:9 error merge-participant-case ${words}`);
      expect(r.stderr).not.toMatch(/bug in c21lab|fallo de c21lab/);
    }
  });

  it('the same id twice keeps its own wording', async () => {
    await writeFile(join(dir, 'twice.yaml'), LAB.replace('id: P1', 'id: p1'));
    const r = await runCli(['validate', 'twice.yaml'], { cwd: dir });
    expect(r.stdout).toContain('twice.yaml:10:9 error duplicate-participant participant id "p1" is already used at line 8: ids must be unique\n');
  });

  it('a declared id over 64 characters is refused where it is written', async () => {
    const long = 'x'.repeat(65);
    await writeFile(join(dir, 'long.yaml'), LAB.replace('id: p1', `id: ${long}`));
    const r = await runCli(['validate', 'long.yaml'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`long.yaml:10:9 error invalid-value participant id "${long}" is too long: at most 64 characters\n`);
  });
});
