// The paper route: `set` and its --answers CSV. Duplicates are refused naming
// both, a CSV's problems name the CSV's own file:line:col, and every door
// reads a typed score with the one parser of core/values.ts.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseTypedScore } from '../../../src/core/values.js';
import { frameworkMessages } from '../../../src/i18n/framework.js';
import { reportMessages } from '../../../src/i18n/report.js';
import { walkthroughMessages } from '../../../src/i18n/walkthrough.js';
import { runCli, tempDir } from '../../helpers/cli.js';
import { labText, readLab, writeLab } from '../../helpers/lab-file.js';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await tempDir('c21lab-paper-')));
afterEach(async () => cleanup());

const SCALE = { min: 1, max: 9 };
const scores = async (file: string) =>
  Object.fromEntries(Object.entries((await readLab(file)).commitments ?? {}).map(([k, v]) => [k, (v as { score?: unknown }).score]));

describe('one parser for typed scores', () => {
  it('accepts plain digits on the scale and n/a as every catalog prints it', () => {
    expect(parseTypedScore('7', SCALE)).toEqual({ ok: true, value: 7 });
    expect(parseTypedScore(' 07 ', SCALE)).toEqual({ ok: true, value: 7 });
    const printed = new Set<string>();
    for (const lang of ['en', 'fr', 'es'] as const) {
      printed.add(walkthroughMessages[lang].na);
      printed.add(frameworkMessages[lang].sheetNa);
      printed.add(reportMessages[lang].na);
    }
    for (const word of [...printed, 'N/A', 'S.O.', 'no aplica', 'sans objet']) {
      expect(parseTypedScore(word, SCALE), word).toEqual({ ok: true, value: 'n/a' });
    }
  });

  it('refuses what only a programming language reads as a number', () => {
    for (const odd of ['0x7', '0o10', '0b1', '+5', '5.', '5.0', '1e0', '٥', '５', '5 5', '-3', 'Infinity', 'NaN', '7a']) {
      // A full-width ５ is refused like the rest, with the plain digit as a suggestion (issue 9).
      expect(parseTypedScore(odd, SCALE), odd).toEqual({ ok: false, reason: 'notNumeral', ...(odd === '５' ? { suggestion: '5' } : {}) });
    }
    expect(parseTypedScore('10', SCALE)).toEqual({ ok: false, reason: 'outOfScale' });
    expect(parseTypedScore('0', SCALE)).toEqual({ ok: false, reason: 'outOfScale' });
    expect(parseTypedScore('99999999999999999999', SCALE)).toEqual({ ok: false, reason: 'outOfScale' });
    expect(parseTypedScore('-2', { min: -3, max: 3 })).toEqual({ ok: true, value: -2 });
  });
});

describe('c21lab set on the paper route', { timeout: 60_000 }, () => {
  it('refuses the same item given twice, naming both, and writes nothing', async () => {
    const file = await writeLab(dir);
    const before = await readFile(file, 'utf8');
    const r = await runCli(['set', 'lab.yaml', '3=5', '3=6', '--vote', '2:p1=4', '--note', '4=a', '--note', '4=b'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('lab.yaml: 3 is given twice: 3=5 and 3=6; give it once');
    expect(r.stderr).toContain('--note 4 is given twice: --note 4=a and --note 4=b');
    expect(await readFile(file, 'utf8')).toBe(before);
  });

  it('accepts n/a as the French and Spanish sheets print it', async () => {
    const file = await writeLab(dir);
    const r = await runCli(['set', 'lab.yaml', '2=s.o.', '3=S.O.', '4=n.a.', '5=no aplica'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(await scores(file)).toEqual({ '1': 1, '2': 'n/a', '3': 'n/a', '4': 'n/a', '5': 'n/a' });
  });

  it('refuses odd numerals with a message that says what to type, in the file language', async () => {
    await writeLab(dir);
    const r = await runCli(['set', 'lab.yaml', '2=0x7', '3=+5', '4=5.', '5=1e0'], { cwd: dir });
    expect(r.code).toBe(1);
    for (const v of ['0x7', '+5', '5.', '1e0']) expect(r.stderr).toContain(`"${v}" is not a score: write a whole number from 1 to 9 in plain digits`);
    const fr = await runCli(['--lang', 'fr', 'set', 'lab.yaml', '2=0x7'], { cwd: dir });
    expect(fr.stderr).toContain('« 0x7 » n’est pas une note');
    expect(fr.stderr).toContain('ou s.o.');
  });

  it('names the CSV file, line and column of each problem, multi-line cells included', async () => {
    const file = await writeLab(dir);
    const before = await readFile(file, 'utf8');
    const csv = ['item,score,notes', '2,5,"a note', 'on two lines"', '3,0x7,', '4,6', '9,5,', '9,6,', ''].join('\n');
    await writeFile(join(dir, 'answers.csv'), csv);
    const r = await runCli(['set', 'lab.yaml', '--answers', 'answers.csv'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('answers.csv:4:3: 3: "0x7" is not a score');
    expect(r.stderr).toContain('answers.csv:5: expected 3 fields, found 2');
    expect(r.stderr).toContain('lab.yaml: 9 is given twice: answers.csv:6:3 and answers.csv:7:3; give it once');
    expect(r.stderr).toContain('3 problems: nothing was written');
    expect(await readFile(file, 'utf8')).toBe(before);
  });

  it('refuses a CSV whose quoted field is never closed, where it opens, and writes nothing', async () => {
    const file = await writeLab(dir);
    const before = await readFile(file, 'utf8');
    await writeFile(join(dir, 'answers.csv'), 'item,score,notes\n1,"7,\n2,5,fine\n');
    const r = await runCli(['set', 'lab.yaml', '--answers', 'answers.csv'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('answers.csv:2:3: a quoted field opens here and is never closed');
    expect(await readFile(file, 'utf8')).toBe(before);
    const fr = await runCli(['--lang', 'fr', 'set', 'lab.yaml', '--answers', 'answers.csv'], { cwd: dir });
    expect(fr.stderr).toContain('answers.csv:2:3: un champ entre guillemets s’ouvre ici et n’est jamais fermé');
  });

  it('names the cell of an unknown item id once per row, and the header of an undeclared participant', async () => {
    const file = await writeLab(dir);
    const before = await readFile(file, 'utf8');
    await writeFile(join(dir, 'answers.csv'), 'item,score,notes,px\nzz,5,a,3\n9,12,,4\n');
    const r = await runCli(['set', 'lab.yaml', '--answers', 'answers.csv'], { cwd: dir });
    expect(r.code).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines.filter((l) => l.includes('"zz"'))).toEqual([expect.stringMatching(/^answers\.csv:2:1: unknown commitment id "zz"/)]);
    expect(r.stderr).toContain('answers.csv:3:3: 9: "12" is not a score');
    expect(r.stderr).toMatch(/^answers\.csv:1:18: 9: vote by "px", but the file declares no participants/m);
    expect(r.stderr).toContain('3 problems: nothing was written');
    expect(await readFile(file, 'utf8')).toBe(before);
  });

  it('refuses a CSV that is not UTF-8 (Latin-1, UTF-16) at its first bad byte, in the run\'s language, and writes nothing', async () => {
    const file = await writeLab(dir);
    const before = await readFile(file, 'utf8');
    await writeFile(join(dir, 'latin1.csv'), Buffer.from('item,score,notes\n2,7,caf\xe9 cr\xe9atif\n', 'latin1'));
    const r = await runCli(['set', 'lab.yaml', '--answers', 'latin1.csv'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('latin1.csv:2:8: not valid UTF-8 (byte 0xE9 cannot be decoded): save the CSV as UTF-8');
    await writeFile(join(dir, 'utf16.csv'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('item,score\n2,7\n', 'utf16le')]));
    const fr = await runCli(['--lang', 'fr', 'set', 'lab.yaml', '--answers', 'utf16.csv'], { cwd: dir });
    expect(fr.code).toBe(1);
    expect(fr.stderr).toContain('utf16.csv:1:1: pas en UTF-8 valide (l’octet 0xFF ne peut pas être décodé)');
    await writeFile(join(dir, 'utf16-nobom.csv'), Buffer.from('item,score\n2,7\n', 'utf16le'));
    const es = await runCli(['--lang', 'es', 'set', 'lab.yaml', '--answers', 'utf16-nobom.csv'], { cwd: dir });
    expect(es.code).toBe(1);
    expect(es.stderr).toContain('utf16-nobom.csv:1:2: un byte NUL (0x00), como en un archivo UTF-16');
    expect(await readFile(file, 'utf8')).toBe(before);
  });

  it('refuses a header that names a column twice, at the second, naming the first', async () => {
    const file = await writeLab(dir);
    const before = await readFile(file, 'utf8');
    await writeFile(join(dir, 'answers.csv'), 'score,notes,item,Item\n5,a,2,3\n');
    const r = await runCli(['set', 'lab.yaml', '--answers', 'answers.csv'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('answers.csv:1:18: the column "Item" is in the header twice (also field 3): keep one');
    expect(r.stderr).not.toContain('participant');
    const fr = await runCli(['--lang', 'fr', 'set', 'lab.yaml', '--answers', 'answers.csv'], { cwd: dir });
    expect(fr.stderr).toContain('answers.csv:1:18: la colonne « Item » figure deux fois dans l’en-tête (aussi au champ 3)');
    expect(await readFile(file, 'utf8')).toBe(before);
  });

  it('refuses a CSV row that repeats a command-line assignment', async () => {
    await writeLab(dir);
    await writeFile(join(dir, 'answers.csv'), 'item;score\r\n2;5\r\n');
    const r = await runCli(['set', 'lab.yaml', '2=6', '--answers', 'answers.csv'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('2 is given twice: 2=6 and answers.csv:2:3');
  });
});

describe('c21lab set never writes what validate refuses', { timeout: 60_000 }, () => {
  it('refuses an empty or blank note or evidence where it is given, in every language, and writes nothing', async () => {
    const file = await writeLab(dir);
    const before = await readFile(file, 'utf8');
    const r = await runCli(['set', 'lab.yaml', '2=5', '--evidence', '5=', '--note', '3=  ', '--note', '4=\u200b'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('lab.yaml: 5: the evidence has no text (it is empty, or only spaces or invisible characters); write the reference or URL\n');
    expect(r.stderr).toContain('lab.yaml: 3: the note has no text (it is empty, or only spaces or invisible characters)');
    expect(r.stderr).toContain('lab.yaml: 4: the note has no text');
    expect(r.stderr).toContain('3 problems: nothing was written');
    expect(await readFile(file, 'utf8')).toBe(before);
    const fr = await runCli(['--lang', 'fr', 'set', 'lab.yaml', '--evidence', '5=', '--note', '3='], { cwd: dir });
    expect(fr.code).toBe(1);
    expect(fr.stderr).toContain('lab.yaml: 5 : la source n’a pas de texte');
    expect(fr.stderr).toContain('lab.yaml: 3 : le commentaire n’a pas de texte');
    const es = await runCli(['--lang', 'es', 'set', 'lab.yaml', '--evidence', '5='], { cwd: dir });
    expect(es.stderr).toContain('lab.yaml: 5: la fuente no tiene texto');
    expect(await readFile(file, 'utf8')).toBe(before);
  });

  it('leaves empty CSV cells alone and refuses one of invisible characters at its file:line:col', async () => {
    const file = await writeLab(dir);
    await writeFile(join(dir, 'answers.csv'), 'item,score,notes,evidence\n2,5,,\n3,6,  ,\n');
    const ok = await runCli(['set', 'lab.yaml', '--answers', 'answers.csv'], { cwd: dir });
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stderr).toContain('lab.yaml: 2 changes written');
    expect((await runCli(['validate', 'lab.yaml'], { cwd: dir })).code).toBe(0);
    const before = await readFile(file, 'utf8');
    await writeFile(join(dir, 'answers.csv'), 'item,score,notes,evidence\n4,6,\u200b,\n5,,,\u00a0\u2060\n');
    const r = await runCli(['set', 'lab.yaml', '--answers', 'answers.csv'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('answers.csv:2:5: 4: the note has no text');
    expect(r.stderr).toContain('answers.csv:3:5: 5: the evidence has no text');
    expect(await readFile(file, 'utf8')).toBe(before);
  });

  it('refuses a change that would take the file over the size limit, with the finding, and writes nothing', async () => {
    // Just under the 1,048,576-byte limit: a 100 kB note would take it over.
    const base = labText();
    const file = await writeLab(dir, 'big.yaml', `${base}${'#'.repeat(1_000_000 - Buffer.byteLength(base) - 1)}\n`);
    const before = await readFile(file, 'utf8');
    expect((await runCli(['validate', 'big.yaml'], { cwd: dir })).code).toBe(0);
    const r = await runCli(['set', 'big.yaml', '--note', `2=${'y'.repeat(100_000)}`], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/big\.yaml:1:1 error file-too-large the file is 1\d{6} bytes, more than the limit of 1048576 bytes/);
    expect(r.stderr).toContain('c21lab: big.yaml would not validate after these changes (the places are in the changed text): nothing was written');
    expect(await readFile(file, 'utf8')).toBe(before);
    // Counted in bytes, as validate reads the file: 60,000 two-byte letters are 120,000 bytes.
    const wide = await runCli(['--lang', 'es', 'set', 'big.yaml', '--note', `2=${'é'.repeat(60_000)}`], { cwd: dir });
    expect(wide.code).toBe(1);
    expect(wide.stderr).toContain('big.yaml dejaría de ser válido tras estos cambios');
    expect(await readFile(file, 'utf8')).toBe(before);
    const small = await runCli(['set', 'big.yaml', '--note', '2=short'], { cwd: dir });
    expect(small.code, small.stderr).toBe(0);
    expect((await runCli(['validate', 'big.yaml'], { cwd: dir })).code).toBe(0);
  });
});

describe('c21lab set on flow maps and aliases', { timeout: 60_000 }, () => {
  const HEAD = 'c21lab: assessment/1\nframework: culture21-actions\ncity: Testville\ncountry: ZZ\ndate: 2026-05-14\nlanguage: en\n';
  const rest = ['5', '6', '7', '8', '9'].map((k) => `  "${k}": { score: 5 }\n`).join('');
  const AL = `${HEAD}commitments:\n  "1": { score: 5 }\n  "2": { score: 5 }\n  "3": &same { score: 5 }\n  "4": *same\n${rest}`;
  const FL = `${HEAD}commitments: {\n  "1": {score: 5},   # the group hesitated\n  "2": {score: 5},\n  "3": {score: 5}, "4": {score: 5}, "5": {score: 5}, "6": {score: 5}, "7": {score: 5}, "8": {score: 5},\n  "9": {score: 5, notes: !!str 12}\n}\n`;

  it('writes out the aliased entry it edits, in Spanish too, and the file validates', async () => {
    const file = await writeLab(dir, 'al.yaml', AL);
    const r = await runCli(['--lang', 'es', 'set', 'al.yaml', '4=7'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('al.yaml: 1 cambio guardado');
    expect(await readFile(file, 'utf8')).toBe(AL.replace('"4": *same', '"4": { score: 7 }'));
    expect((await runCli(['validate', 'al.yaml'], { cwd: dir })).code).toBe(0);
  });

  it('editing the anchored entry leaves the one aliasing it at its value', async () => {
    const file = await writeLab(dir, 'al.yaml', AL);
    const r = await runCli(['set', 'al.yaml', '3=7'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(await scores(file)).toMatchObject({ '3': 7, '4': 5 });
    expect(await readFile(file, 'utf8')).toBe(AL.replace('&same { score: 5 }', '&same { score: 7 }').replace('"4": *same', '"4": { score: 5 }'));
  });

  it('under the file’s own %YAML 1.1, a note `yes` or `12:30` is written quoted, as that version reads text', async () => {
    // YAML 1.2 writes them plain, which 1.1 reads as a boolean and a number: the edit was refused as an internal error.
    const old = `%YAML 1.1\n---\n${HEAD.replace('date: 2026-05-14', 'date: "2026-05-14"')}commitments:\n  "1": { score: 5 }\n  "2": { score: 5 }\n  "3": { score: 5 }\n  "4": { score: 5 }\n${rest}`;
    const file = await writeLab(dir, 'y11.yaml', old);
    const r = await runCli(['set', 'y11.yaml', '--note', '3=yes', '--note', '4=12:30'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(await readFile(file, 'utf8')).toBe(old.replace('"3": { score: 5 }', '"3": { score: 5, notes: "yes" }').replace('"4": { score: 5 }', '"4": { score: 5, notes: "12:30" }'));
    expect((await runCli(['validate', 'y11.yaml'], { cwd: dir })).code).toBe(0);
  });

  it('the bundled anchors-and-aliases fixture', async () => {
    const fixture = await readFile(new URL('../../fixtures/valid/anchors-and-aliases.yaml', import.meta.url), 'utf8');
    const file = await writeLab(dir, 'aa.yaml', fixture);
    const r = await runCli(['set', 'aa.yaml', '3=7'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(await readFile(file, 'utf8')).toBe(fixture.replace('"3": *five', '"3": { score: 7 }'));
  });

  it('changes only the edited score in a multi-line flow map, comment and tag kept', async () => {
    const file = await writeLab(dir, 'fl.yaml', FL);
    const r = await runCli(['set', 'fl.yaml', '2=7', '1=6'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(await readFile(file, 'utf8')).toBe(FL.replace('"2": {score: 5}', '"2": {score: 7}').replace('"1": {score: 5}', '"1": {score: 6}'));
  });

  it('adds a note or evidence with a line break inside a flow map double-quoted, and a new entry with one', async () => {
    const file = await writeLab(dir, 'fl.yaml', FL);
    const r = await runCli(['set', 'fl.yaml', '--note', '1=two\nlines', '--evidence', '2=a\nb'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(await readFile(file, 'utf8')).toBe(FL.replace('"1": {score: 5}', '"1": {score: 5, notes: "two\\nlines"}').replace('"2": {score: 5}', '"2": {score: 5, evidence: [ "a\\nb" ]}'));
    const one = await writeLab(dir, 'one.yaml', `${HEAD}commitments: {"1": {score: 5}}\n`);
    const added = await runCli(['set', 'one.yaml', '--note', '2=x\ny'], { cwd: dir });
    expect(added.code, added.stderr).toBe(0);
    expect(await readFile(one, 'utf8')).toBe(`${HEAD}commitments: {"1": {score: 5}, "2": { notes: "x\\ny" }}\n`);
    for (const f of ['fl.yaml', 'one.yaml']) expect((await runCli(['validate', '--format', 'json', f], { cwd: dir })).stdout).not.toContain('"severity": "error"');
  });

  it('keeps the comment of an empty {} or [] on the key’s line when it becomes a block', async () => {
    const E = `${HEAD}commitments:\n  "5":   # todo\n    {}\n  "6": {}   # empty\n  "7":\n    evidence: []  # none\n  "8": { score: 5 }\n`;
    const file = await writeLab(dir, 'e.yaml', E);
    const r = await runCli(['set', 'e.yaml', '5=3', '6=3', '--evidence', '7=E'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(await readFile(file, 'utf8')).toBe(
      `${HEAD}commitments:\n  "5":   # todo\n    score: 3\n  "6":   # empty\n    score: 3\n  "7":\n    evidence:  # none\n      - E\n  "8": { score: 5 }\n`,
    );
  });
});

describe('c21lab set through a YAML merge key', { timeout: 60_000 }, () => {
  const FILE = '%YAML 1.1\n---\nc21lab: assessment/1\nframework: culture21-actions\ncity: Testville\ndate: "2026-05-14"\nlanguage: en\nx-base: &base\n  "1": { score: 5, notes: old }\ncommitments:\n  <<: *base\n  "2": { score: 5 }\n';

  it('writes the merged commitment out, then edits it; the base keeps its values', async () => {
    const file = join(dir, 'lab.yaml');
    await writeFile(file, FILE);
    const notes = await runCli(['set', 'lab.yaml', '--note', '1=bye'], { cwd: dir });
    expect(notes.stderr).toBe('lab.yaml: 1 change written\n');
    expect(notes.code).toBe(0);
    expect(await readFile(file, 'utf8')).toBe(`${FILE}  "1": { score: 5, notes: bye }\n`);
    await writeFile(file, FILE);
    const score = await runCli(['set', 'lab.yaml', '1=6'], { cwd: dir });
    expect(score.code).toBe(0);
    // An explicit "1" overrides the merged one as a whole: its notes are copied with it.
    expect(await readFile(file, 'utf8')).toBe(`${FILE}  "1": { score: 6, notes: old }\n`);
    const check = await runCli(['validate', 'lab.yaml'], { cwd: dir });
    expect(check.code).toBe(0);
  });
});
