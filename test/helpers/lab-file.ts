// Shared by the write-safety tests: a small assessment on the bundled
// framework, and reading it back.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import type { Assessment } from '../../src/core/types.js';

export function labText(extra = ''): string {
  return [
    '# Fictional: Testville does not exist.',
    'c21lab: assessment/1',
    'framework: culture21-actions',
    'city: Testville   # fictional',
    'date: 2026-05-14',
    'language: en',
    'participants: []',
    'commitments:',
    '  1:',
    '    score: 1',
    extra,
  ].join('\n');
}

export async function writeLab(dir: string, name = 'lab.yaml', text = labText()): Promise<string> {
  const file = join(dir, name);
  await writeFile(file, text);
  return file;
}

export async function readLab(file: string): Promise<Assessment> {
  const doc = parseDocument(await readFile(file, 'utf8'));
  if (doc.errors.length) throw new Error(`${file} does not parse: ${doc.errors[0]?.message}`);
  return doc.toJS() as Assessment;
}

/** The files c21lab leaves beside another while writing it (temp files, locks). */
export async function leftovers(dir: string): Promise<string[]> {
  return (await readdir(dir)).filter((n) => n.endsWith('.c21lab.tmp'));
}
