// The fast pass places the findings of ordinary files itself (fast-locate.ts),
// exactly where the exact pass does: a file with one finding, as in a
// repository mid-season, is not read again by `yaml` (issue 11).
import { describe, expect, it } from 'vitest';
import { createContext, validateText } from '../../../src/core/validate/index.js';
import { fastRead } from '../../../src/core/validate/fast.js';
import { Events, FastLocator } from '../../../src/core/validate/fast-locate.js';
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

  it('places a finding of one file again after another file has taken the shared index arrays', () => {
    const locator = (text: string) => {
      const events = new Events();
      const data = fastRead(text, events);
      expect(data).toBeDefined();
      return new FastLocator(text, data!, events);
    };
    const a = locator(generated(1, 'clean'));
    const b = locator(`x: 1\n${generated(2, 'clean')}`);
    const first = a.locate(['city']);
    expect(first).toEqual({ line: 5, column: 7, endLine: 5, endColumn: 18 });
    expect(b.locate(['city'])).toEqual({ line: 6, column: 7, endLine: 6, endColumn: 18 });
    expect(a.locate(['city'])).toEqual(first);
    const score = a.locate(['commitments', '1', 'score']);
    expect(score?.line).toBeGreaterThan(5);
    expect(b.locate(['commitments', '1', 'score'])?.line).toBe(score!.line + 1);
    expect(a.locate(['commitments', '1', 'score'])).toEqual(score);
  });

  it('trusts no place whose mapping does not match the data read', () => {
    const text = 'a: 1\nb: 2\n';
    const events = new Events();
    const data = fastRead(text, events)!;
    expect(new FastLocator(text, data, events).locate(['b'])).toEqual({ line: 2, column: 4, endLine: 2, endColumn: 5 });
    expect(new FastLocator(text, { b: 2, a: 1 }, events).locate(['b'])).toBeUndefined();
    expect(new FastLocator(text, { a: 1, b: 3 }, events).locate(['b'])).toBeUndefined();
    expect(new FastLocator(text, { a: 1 }, events).locate(['a'])).toBeUndefined();
  });

  it('builds the index of a file too large for the shared arrays once, however many findings it places', () => {
    const keys = Array.from({ length: 40_000 }, (_, i) => `k${i}: ${i}`).join('\n');
    const text = `a: 1\n${keys}\n`;
    const events = new Events();
    const data = fastRead(text, events)!;
    const locator = new FastLocator(text, data, events);
    const first = locator.locate(['k39999']);
    expect(first).toEqual({ line: 40_001, column: 9, endLine: 40_001, endColumn: 14 });
    const index = (locator as unknown as { nodes: unknown }).nodes;
    expect(locator.locate(['a'])).toEqual({ line: 1, column: 4, endLine: 1, endColumn: 5 });
    expect((locator as unknown as { nodes: unknown }).nodes).toBe(index);
  });
});
