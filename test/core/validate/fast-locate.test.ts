// The fast pass places the findings of ordinary files itself (fast-locate.ts),
// exactly where the exact pass does: a file with one finding, as in a
// repository mid-season, is not read again by `yaml` (issue 11).
import { describe, expect, it } from 'vitest';
import { createContext, validateText } from '../../../src/core/validate/index.js';
// @ts-expect-error: the benches' generator is plain JavaScript
import { assessmentYaml, VARIANTS } from '../../../bench/generate.mjs';

const generated = assessmentYaml as (i: number, variant: string) => string;

describe('fast-pass locator', () => {
  for (const variant of VARIANTS as string[]) {
    it(`places every finding of the ${variant} corpus without the exact pass, as the exact pass does`, () => {
      for (let i = 0; i < 5; i++) {
        const text = generated(i, variant);
        const exact = validateText('a.yaml', text, createContext(process.cwd()));
        const fast = validateText('a.yaml', text, createContext(process.cwd()), { fast: true });
        expect(fast.findings).toEqual(exact.findings);
        expect(fast.source, 'read again by the exact pass').toBeUndefined();
        if (variant !== 'clean') expect(fast.findings.length).toBeGreaterThan(0);
      }
    });
  }

  it('places findings inside flow mappings, sequences and quoted keys', () => {
    const text = generated(1, 'clean')
      .replace(/p3: \d+/, 'p3: 12')
      .replace('evidence:\n', 'evidence:\n      - 7\n');
    const exact = validateText('a.yaml', text, createContext(process.cwd()));
    const fast = validateText('a.yaml', text, createContext(process.cwd()), { fast: true });
    expect(exact.findings.map((f) => f.rule)).toEqual(expect.arrayContaining(['score-out-of-scale', 'wrong-type']));
    expect(exact.findings.length).toBeGreaterThan(1);
    expect(fast.findings).toEqual(exact.findings);
    expect(fast.source, 'read again by the exact pass').toBeUndefined();
  });
});
