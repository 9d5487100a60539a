// suggest and editDistance against the plain definitions they were first
// written as (a whole distance matrix, every candidate measured): the rolling
// rows and the length bound (issue 11) must give the same answers.
import { describe, expect, it } from 'vitest';
import { editDistance, suggest } from '../../src/core/suggest.js';

function matrixDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

function plainSuggest(input: string, candidates: string[]): string | undefined {
  const folded = input.normalize('NFKC').trim();
  if (folded !== input) {
    const same = candidates.find((c) => c === folded) ?? candidates.find((c) => c.toLowerCase() === folded.toLowerCase());
    if (same !== undefined) return same;
  }
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    if (c === input) continue;
    const distance = c.toLowerCase() === input.toLowerCase() ? 0.5 : matrixDistance(input.toLowerCase(), c.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [c, distance];
  }
  return bestDistance <= Math.max(1, Math.floor(input.length / 3)) ? best : undefined;
}

describe('suggest', () => {
  it('gives the answers of the plain definitions on 3,000 random words (fixed seed)', () => {
    let x = 7;
    const next = (n: number) => ((x = (x * 1103515245 + 12345) & 0x7fffffff), x % n);
    const letters = 'abcdeİK ';
    const word = () => Array.from({ length: next(9) }, () => letters[next(letters.length)]).join('');
    let suggested = 0;
    for (let k = 0; k < 3000; k++) {
      const [a, b] = [word(), word()];
      expect(editDistance(a, b), `${a}|${b}`).toBe(matrixDistance(a, b));
      const candidates = Array.from({ length: next(12) }, word);
      const got = suggest(a, candidates);
      expect(got, `${a} in ${candidates.join(',')}`).toBe(plainSuggest(a, candidates));
      if (got !== undefined) suggested++;
    }
    expect(suggested).toBeGreaterThan(300);
  });
});
