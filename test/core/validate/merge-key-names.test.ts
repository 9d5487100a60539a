// A merge key (`<<` under %YAML 1.1) is read by yaml as a symbol: a finding
// about it names it as the file writes it, not as `Symbol(<<)`.
import { describe, expect, it } from 'vitest';
import { createContext, validateText } from '../../../src/core/validate/index.js';
import { findingWords } from '../../../src/i18n/validate-words.js';

const FILE = [
  '%YAML 1.1',
  '---',
  'c21lab: assessment/1',
  'framework: culture21-actions',
  'city: T',
  'date: "2026-05-14"',
  'language: en',
  'x-a: &a { score: 5 }',
  'x-b: &b { notes: n }',
  'commitments:',
  '  "1": { <<: *a, <<: *b }',
  '',
].join('\n');

describe('a merge key given twice in one mapping', () => {
  it('is a duplicate-key finding that names the key as written, at its place', () => {
    const report = validateText('dup.yaml', FILE, createContext(process.cwd(), { word: findingWords(() => 'en') }));
    const dup = report.findings.find((f) => f.rule === 'duplicate-key');
    expect(dup).toMatchObject({ line: 11, column: 18, message: 'key "<<" appears twice in this mapping (first at line 11); keep only one' });
    expect(report.findings.map((f) => f.message).join('\n')).not.toContain('Symbol(');
  });

  it('is not the key "<<" written in quotes, which is another key beside a merge', () => {
    const text = FILE.replace('  "1": { <<: *a, <<: *b }', '  "1": { score: 5 }\nx-other: { <<: *a, "<<": x }');
    const report = validateText('q.yaml', text, createContext(process.cwd(), { word: findingWords(() => 'en') }));
    expect(report.findings.filter((f) => f.rule === 'duplicate-key')).toEqual([]);
  });
});
