// What a value given on the command line may be, read once for every command
// (src/cli/options.ts) before any command runs: an empty path or id is a
// usage error, never "not given" (`--benchmark "$BENCH"` with BENCH unset in
// CI compared nothing and passed); a positional `""` is not `.`; a number
// option goes through the one parser of typed whole numbers (core/values.ts,
// README "Typed values"). Also: the file name a directory error shows, and a
// review link beside the assessment that leads nowhere.
import { copyFile, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSpecs } from '../../src/cli/registry.js';
import { PLACEHOLDER_KINDS, valueKind } from '../../src/cli/options.js';
import { parseTypedInteger } from '../../src/core/values.js';
import { EXAMPLES, runCli, tempDir } from '../helpers/cli.js';

const EX = join(EXAMPLES, 'exampleville-2026.yaml');
let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ dir, cleanup } = await tempDir('c21lab-optvalues-'));
  await copyFile(EX, join(dir, 'lab.yaml'));
});
afterAll(async () => cleanup());

describe('an empty path or id is a usage error, in every command', () => {
  const A = 'lab.yaml';
  const cases: [string[], string][] = [
    [['score', A, '--benchmark', ''], '--benchmark needs a value: an id or a file'],
    [['score', A, '-b', ''], '--benchmark needs a value: an id or a file'],
    [['radar', A, '-o', 'r.svg', '--benchmark', ''], '--benchmark needs a value: an id or a file'],
    [['radar', A, '-o', ''], '--output needs a value: a file'],
    [['report', A, '--benchmark', ''], '--benchmark needs a value: an id or a file'],
    [['report', A, '--benchmark='], '--benchmark needs a value: an id or a file'],
    [['report', A, '--compare', ''], '--compare needs a value: a file'],
    [['report', A, '--template', ''], '--template needs a value: a folder'],
    [['report', A, '--review', ''], '--review needs a value: a file'],
    [['report', A, '-o', ''], '--output needs a value: a file'],
    [['report', A, '--out-dir', ''], '--out-dir needs a value: a folder'],
    [['report', A, '-o', 'r.pdf', '--browser', ''], '--browser needs a value: a path'],
    [['compare', A, A, '--radar', ''], '--radar needs a value: a file'],
    [['history', A, '--radar', ''], '--radar needs a value: a file'],
    [['framework', '--framework', ''], '--framework needs a value: an id or a file'],
    [['framework', '--sheet', ''], '--sheet needs a value: a file'],
    [['init', 'x.yaml', '--framework', ''], '--framework needs a value: an id or a file'],
    [['merge', A, A, '-o', 'm.yaml', '--prefer', ''], '--prefer needs a value: a file'],
    [['panel', A, '-o', 'p.yaml', '--name', 'N', '--source', 'S', '--id', ''], '--id needs a value: an id'],
    [['set', A, '--answers', ''], '--answers needs a value: a file'],
    [['assess', A, '--commitment', ''], '--commitment needs a value: an id'],
    [['validate', '--changed-since', ''], '--changed-since needs a value: a Git revision (a commit, branch or tag)'],
    [['review', 'new', A, '-o', ''], '--output needs a value: a file'],
    [['practice', 'render', 'p.yaml', '-o', ''], '--output needs a value: a file'],
    // A positional path: `""` is not the current folder.
    [['validate', '', A], 'an empty argument was given where a file or folder is expected'],
    [['score', A, ''], 'an empty argument was given where a file is expected'],
    [['report', ''], 'an empty argument was given where a file is expected'],
    [['schemas', ''], 'an empty argument was given where a folder is expected'],
    [['demo', ''], 'an empty argument was given where a folder is expected'],
  ];
  it.each(cases.map((c) => [c[0].map((a) => (a === '' ? '""' : a)).join(' '), c] as const))('%s', async (_, [argv, said]) => {
    const r = await runCli(argv, { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')[0]).toBe(`c21lab: ${said}`);
  });

  it('says how to name the current folder where a folder is meant', async () => {
    const r = await runCli(['validate', ''], { cwd: dir });
    expect(r.stderr).toBe('c21lab: an empty argument was given where a file or folder is expected\nWrite . for the current folder.\n');
  });

  it('in French and Spanish', async () => {
    const fr = await runCli(['score', 'lab.yaml', '--benchmark', ''], { cwd: dir, env: { LANG: 'fr_FR.UTF-8' } });
    expect(fr.stderr).toBe('c21lab: l’option --benchmark attend une valeur : un identifiant ou un fichier\n');
    const es = await runCli(['validate', ''], { cwd: dir, env: { LANG: 'es_ES.UTF-8' } });
    expect(es.stderr).toBe('c21lab: se dio un argumento vacío donde se espera un archivo o una carpeta\nEscriba . para la carpeta actual.\n');
    const frTemplate = await runCli(['report', 'lab.yaml', '--template', '', '--lang', 'fr'], { cwd: dir });
    expect(frTemplate.stderr.split('\n')[0]).toBe('c21lab: l’option --template attend une valeur : un dossier');
  });

  it('classifies every declared option: a path or id refuses an empty value, a free text is the command’s to judge', async () => {
    const kinds: Record<string, string> = {};
    for (const spec of await loadSpecs()) {
      for (const o of spec.options ?? []) {
        const ph = /<([^>]+)>/.exec(o.flags)?.[1];
        if (ph === undefined || o.choices || o.integer) continue;
        kinds[`${spec.name} ${o.flags}`] = valueKind(o) ?? 'text';
      }
    }
    // A new placeholder must be placed: in PLACEHOLDER_KINDS, or as free text here, deliberately.
    const text = new Set(['text', 'name', 'title', 'city', 'code', 'yyyy-mm-dd', 'address', 'item=text', 'item:participant=score', 'n', 'year']);
    for (const [option, kind] of Object.entries(kinds)) {
      const ph = /<([^>]+)>/.exec(option)?.[1] as string;
      expect(kind === 'text' ? text.has(ph) : PLACEHOLDER_KINDS[ph] === kind, option).toBe(true);
    }
    expect(kinds['report --benchmark <id|file>']).toBe('idOrFile');
    expect(kinds['score -b, --benchmark <id-or-file>']).toBe('idOrFile');
    expect(kinds['radar -t, --title <text>']).toBe('text');
  });

  it('keeps a free text that may be empty as given', async () => {
    const r = await runCli(['radar', 'lab.yaml', '-o', '-', '--title', ''], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('<svg');
  });
});

describe('a number option is read by the one parser of typed whole numbers', () => {
  it.each([
    ['0x300', ': write it in plain digits (no sign, point, exponent or 0x)'],
    ['1e3', ': write it in plain digits (no sign, point, exponent or 0x)'],
    ['0b1111101000', ': write it in plain digits (no sign, point, exponent or 0x)'],
    ['720.5', ': write it in plain digits (no sign, point, exponent or 0x)'],
    ['+800', ': write it in plain digits (no sign, point, exponent or 0x)'],
    ['300', ''],
    ['4001', ''],
    ['７２０', ': write it in plain digits (no sign, point, exponent or 0x); did you mean "720"?'],
  ])('radar --width %s', async (value, rest) => {
    const r = await runCli(['radar', 'lab.yaml', '-o', 'r.svg', '--width', value], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`c21lab: --width: "${value}" is not a whole number from 480 to 4000${rest}\n`);
  });

  it('radar --width "" and panel --year, in French', async () => {
    expect((await runCli(['radar', 'lab.yaml', '-o', 'r.svg', '--width', ''], { cwd: dir })).stderr).toBe('c21lab: --width needs a value: a whole number from 480 to 4000\n');
    const fr = await runCli(['panel', 'lab.yaml', '-o', 'p.yaml', '--name', 'N', '--source', 'S', '--year', '0x7E6', '--lang', 'fr'], { cwd: dir });
    expect(fr.code).toBe(2);
    expect(fr.stderr).toBe('c21lab: --year : « 0x7E6 » n’est pas un nombre entier de 1000 à 9999 : écrivez-le en chiffres simples (sans signe, virgule, exposant ni 0x)\n');
  });

  it('room --port and practice --year go through the same parser, in Spanish too', async () => {
    const port = await runCli(['room', 'lab.yaml', '--port', '0x1F90'], { cwd: dir });
    expect(port.code).toBe(2);
    expect(port.stderr).toBe('c21lab: --port: "0x1F90" is not a whole number from 0 to 65535: write it in plain digits (no sign, point, exponent or 0x)\n');
    const year = await runCli(['practice', 'new', 'p.yaml', '--title', 'T', '--city', 'C', '--year', '2026.0', '--lang', 'es'], { cwd: dir });
    expect(year.code).toBe(2);
    expect(year.stderr).toMatch(/^c21lab: --year: «2026\.0» no es un número entero de 1900 a 2199/);
    expect((await runCli(['practice', 'new', 'p.yaml', '--title', 'T', '--city', 'C', '--year', ''], { cwd: dir })).code).toBe(2);
  });

  it('draws at the width typed in plain digits', async () => {
    const r = await runCli(['radar', 'lab.yaml', '-o', '-', '--width', '800'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/<svg[^>]* width="800"/);
  });

  it('the parser: the digits rule of a score, on any range', () => {
    expect(parseTypedInteger(' 0720 ', { min: 480, max: 4000 })).toEqual({ ok: true, value: 720 });
    expect(parseTypedInteger('-1', { min: 0, max: 65535 })).toEqual({ ok: false, reason: 'notNumeral' });
    expect(parseTypedInteger('-1', { min: -5, max: 5 })).toEqual({ ok: true, value: -1 });
    expect(parseTypedInteger('99999999999999999999', { min: 0, max: 9 })).toEqual({ ok: false, reason: 'outOfRange' });
    expect(parseTypedInteger('', { min: 0, max: 9 })).toEqual({ ok: false, reason: 'empty' });
  });
});

describe('the name a directory error shows is the path as typed', () => {
  it.each([
    [['score', 'lab.yaml', '--benchmark', '.'], 'c21lab: .: is a directory, expected a YAML file\n'],
    [['report', 'lab.yaml', '--review', '.', '-o', 'x.html'], 'c21lab: .: is a directory, expected a YAML file\n'],
    [['report', 'lab.yaml', '--compare', '.', '-o', 'x.html'], 'c21lab: .: is a directory, expected a YAML file\n'],
    [['report', 'lab.yaml', '--review', './', '-o', 'x.html'], 'c21lab: .: is a directory, expected a YAML file\n'],
  ])('%j', async (argv, said) => {
    const r = await runCli(argv, { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(said);
  });

  it('in French and Spanish too', async () => {
    expect((await runCli(['score', 'lab.yaml', '--benchmark', '.', '--lang', 'fr'], { cwd: dir })).stderr).toBe('c21lab: . : est un dossier ; un fichier YAML est attendu\n');
    expect((await runCli(['score', 'lab.yaml', '--benchmark', '.', '--lang', 'es'], { cwd: dir })).stderr).toBe('c21lab: .: es una carpeta; se espera un archivo YAML\n');
  });
});

describe('a review link that leads nowhere', () => {
  let sub: string;
  let done: () => Promise<void>;
  afterAll(async () => done());
  beforeAll(async () => {
    ({ dir: sub, cleanup: done } = await tempDir('c21lab-optvalues-links-'));
    await copyFile(EX, join(sub, 'dangling.yaml'));
    await copyFile(EX, join(sub, 'loop.yaml'));
    await symlink('nonexist.yaml', join(sub, 'dangling.review.yaml'));
    await symlink('loop.review.yaml', join(sub, 'loop.review.yaml'));
    await symlink('b-link', join(sub, 'a-link'));
    await symlink('a-link', join(sub, 'b-link'));
  });

  it('beside the assessment: refused, naming the link and what to do, and nothing is written', async () => {
    const r = await runCli(['report', 'dangling.yaml', '-o', 'd.html', '--lang', 'en'], { cwd: sub });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('c21lab: dangling.review.yaml is a symbolic link to nonexist.yaml, which does not exist: remove the link, or point it at the review file\n');
    const loop = await runCli(['report', 'loop.yaml', '-o', 'l.html', '--lang', 'en'], { cwd: sub });
    expect(loop.code).toBe(2);
    expect(loop.stderr).toBe('c21lab: loop.review.yaml is a symbolic link that goes round in a loop, never to a file: remove the link, or point it at the review file\n');
    const { existsSync } = await import('node:fs');
    expect(existsSync(join(sub, 'd.html')) || existsSync(join(sub, 'l.html'))).toBe(false);
  });

  it('named with --review: the same words, in the interface language', async () => {
    const r = await runCli(['report', 'dangling.yaml', '--review', 'a-link', '-o', 'd.html', '--lang', 'es'], { cwd: sub });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('c21lab: a-link es un enlace simbólico que da vueltas en un bucle sin llevar a ningún archivo: elimine el enlace o hágalo apuntar al archivo de revisión\n');
  });

  it('any other file behind a loop: its read error in words, not a bare code', async () => {
    const r = await runCli(['score', 'a-link'], { cwd: sub });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('c21lab: a-link: cannot be read (too many levels of symbolic links)\n');
  });

  it('a review file that is a link to a review is read as before', async () => {
    await copyFile(EX, join(sub, 'linked.yaml'));
    await copyFile(join(EXAMPLES, 'exampleville-2026.review.yaml'), join(sub, 'real.review.yaml'));
    await symlink('real.review.yaml', join(sub, 'linked.review.yaml'));
    const r = await runCli(['report', 'linked.yaml', '-o', 'linked.html', '--lang', 'en'], { cwd: sub });
    expect(r.code, r.stderr).toBe(0);
  });
});
