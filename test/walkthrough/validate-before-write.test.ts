// The walkthrough validates each edited file before it writes it, as `set`
// does (issue 9: one rule for every writer): an answer that would take the
// file over the size limit is not written, the person is told why in their
// language and asked again, and every earlier answer stays on disk.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkBytes, createContext, MAX_FILE_BYTES } from '../../src/core/validate/index.js';
import type { Assessment } from '../../src/core/types.js';
import { tempDir } from '../helpers/cli.js';
import { newAssessment, walk, writeAssessment } from './helpers.js';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await tempDir('c21lab-walk-valid-')));
afterEach(() => cleanup());

const data = (text: string) => parseDocument(text).toJS() as Assessment;

/** A valid assessment 4,000 bytes under the limit: a score fits, a 10 kB note does not. */
async function nearlyFull(language: 'en' | 'fr' = 'en'): Promise<string> {
  const base = newAssessment({ language });
  const text = `${base}${'#'.repeat(MAX_FILE_BYTES - 4_000 - Buffer.byteLength(base) - 1)}\n`;
  const file = await writeAssessment(dir, text);
  expect(errors(await readFile(file))).toEqual([]);
  return file;
}

function errors(bytes: Buffer) {
  return checkBytes(join(dir, 'lab.yaml'), bytes, createContext(dir)).findings.filter((f) => f.severity === 'error');
}

describe('an answer the file would not validate with', () => {
  it('is refused with the finding and asked again; the answers before and after it are written', async () => {
    const file = await nearlyFull();
    const run = await walk(dir, [
      { expect: 'Register them now', answer: false },
      { expect: 'Agreed score', answer: 6 },
      { expect: 'Notes', answer: 'y'.repeat(10_000) },
      { expect: 'Notes', answer: 'The short version' },
      { expect: 'Evidence', answer: 'z'.repeat(10_000) },
      { expect: 'Evidence', answer: 'Minutes of day one' },
      { expect: 'Evidence', answer: '' },
      { expect: 'Agreed score', exit: true },
    ]);
    expect(run.end).toBe('interrupted');
    expect(run.prompter.remaining()).toBe(0);
    const printed = run.printed.join('\n');
    expect(printed).toMatch(/lab\.yaml:1:1 error file-too-large the file is 10\d{5} bytes, more than the limit of 1048576 bytes/);
    expect(printed).toContain('This answer was not written: lab.yaml would not validate with it');
    expect(printed.match(/This answer was not written/g)).toHaveLength(2); // the note, then the evidence
    const text = await readFile(file, 'utf8');
    expect(data(text).commitments?.['1']).toEqual({ score: 6, notes: 'The short version', evidence: ['Minutes of day one'] });
    expect(run.saves).toBe(3); // the score, the short note, the short evidence: nothing of the refused ones
    expect(errors(await readFile(file))).toEqual([]);
    // The session's answers are all still undoable, the refused ones never were answers.
    expect(run.session.history).toHaveLength(3);
  });

  it('a note typed when Ctrl+C is pressed is not kept when the file cannot take it', async () => {
    const file = await nearlyFull();
    const before = await readFile(file, 'utf8');
    const run = await walk(dir, [
      { expect: 'Register them now', answer: false },
      { expect: 'Agreed score', answer: 'skip' },
      { expect: 'Agreed score', answer: 5 },
      { expect: 'Notes', exit: true, typed: 'w'.repeat(10_000) },
    ]);
    expect(run.end).toBe('interrupted');
    const printed = run.printed.join('\n');
    // The session ends: no "type another answer", only that the note was not kept.
    expect(printed).toContain('The note you were typing was not kept: lab.yaml would not validate with it');
    expect(printed).not.toContain('Type another answer');
    expect(printed).not.toContain('is kept in the file');
    const text = await readFile(file, 'utf8');
    expect(text).not.toBe(before);
    expect(data(text).commitments?.['2']).toEqual({ score: 5 });
    expect(text).not.toContain('www');
  });

  it('says it in French, the finding too', async () => {
    const file = await nearlyFull('fr');
    const run = await walk(
      dir,
      [
        { expect: 'Les inscrire maintenant', answer: false },
        { expect: 'Note commune', answer: 4 },
        { expect: 'Notes', answer: 'é'.repeat(5_000) }, // 10,000 bytes: counted as validate counts them
        { expect: 'Notes', answer: '' },
        { expect: 'Source', answer: '' },
        { expect: 'Note commune', exit: true },
      ],
      { lang: 'fr' },
    );
    expect(run.end).toBe('interrupted');
    const printed = run.printed.join('\n');
    expect(printed).toMatch(/lab\.yaml:1:1 error file-too-large le fichier fait 10\d{5} octets, plus que la limite de 1048576 octets/);
    expect(printed).toContain('Cette réponse n’a pas été écrite : lab.yaml ne serait plus valide avec elle');
    expect(data(await readFile(file, 'utf8')).commitments?.['1']).toEqual({ score: 4 });
  });

  it('a clear through a `? <<` merge the edit path will not make is said where it is, and asked again', async () => {
    const text = newAssessment()
      .replace('date: 2026-05-14', 'date: "2026-05-14"')
      .replace('commitments: {}', 'x-b: &b { score: 5, notes: b }\ncommitments:\n  "1":\n    ? <<\n    : *b\n    notes: hi');
    const file = await writeAssessment(dir, `%YAML 1.1\n---\n${text}`);
    const before = await readFile(file, 'utf8');
    const run = await walk(dir, [
      { expect: 'Register', answer: false },
      { expect: 'Agreed score', answer: 'back' },
      { expect: 'Agreed score', answer: 'clear' },
      { expect: 'Clear the agreed score of 1', answer: true },
      { expect: 'Agreed score', exit: true },
    ]);
    expect(run.end).toBe('interrupted');
    expect(run.prompter.remaining()).toBe(0);
    expect(run.printed.join('\n')).toMatch(/lab\.yaml:\d+:\d+: commitments\.1\.score comes through this YAML merge key \(<<\), which c21lab could not write out/);
    expect(await readFile(file, 'utf8')).toBe(before);
  });
});
