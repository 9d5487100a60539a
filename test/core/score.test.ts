import { describe, expect, it } from 'vitest';
import { bandOf, round, scoreAssessment, shownDifference, stats, toPercent } from '../../src/core/score.js';
import type { Assessment, Framework } from '../../src/core/types.js';

const fw: Framework = {
  c21lab: 'framework/1',
  id: 'test',
  title: { en: 'Test' },
  scale: {
    min: 1,
    max: 9,
    bands: [
      { id: 'emerging', min: 1, max: 3, label: { en: 'Emerging' } },
      { id: 'developing', min: 4, max: 6, label: { en: 'Developing' } },
      { id: 'advanced', min: 7, max: 9, label: { en: 'Advanced' } },
    ],
  },
  percent: { formula: 'linear', decimals: 1 },
  commitments: [
    { id: '1', title: { en: 'One' } },
    { id: '2', title: { en: 'Two' }, actions: [{ id: '2.1', title: { en: 'a' } }, { id: '2.2', title: { en: 'b' } }, { id: '2.10', title: { en: 'c' } }] },
    { id: '3', title: { en: 'Three' } },
  ],
};

const base: Assessment = { c21lab: 'assessment/1', framework: 'test', city: 'X', date: '2026-01-01', language: 'en' };

describe('percent and bands', () => {
  it('maps the scale ends and middle to 0, 50 and 100 %', () => {
    expect([toPercent(1, fw), toPercent(5, fw), toPercent(9, fw)]).toEqual([0, 50, 100]);
  });
  it('rounds to the framework decimals', () => {
    expect(toPercent(6, fw)).toBe(62.5);
    expect(toPercent(13 / 3, fw)).toBe(41.7);
  });
  it('puts a fractional mean in the highest band whose minimum it reaches', () => {
    expect(bandOf(3.5, fw)?.id).toBe('emerging');
    expect(bandOf(4, fw)?.id).toBe('developing');
    expect(bandOf(9, fw)?.id).toBe('advanced');
  });
  it('rounds halves up without float drift', () => {
    expect(round(1.005, 2)).toBe(1.01);
  });
});

describe('vote statistics', () => {
  it('gives mean, median and population standard deviation', () => {
    expect(stats([2, 4, 4, 4, 5, 5, 7, 9])).toEqual({ n: 8, min: 2, max: 9, mean: 5, median: 4.5, sd: 2 });
  });
  it('is null without votes', () => {
    expect(stats([])).toBeNull();
  });
});

describe('scoreAssessment', () => {
  it('scores commitments directly or through their actions, leaving out n/a and unscored items', () => {
    const result = scoreAssessment(
      {
        ...base,
        commitments: {
          '1': { score: 7, votes: { p1: 6, p2: 8, p3: 'n/a' } },
          '2': { actions: { '2.1': { score: 3 }, '2.2': { score: 'n/a' } } },
        },
      },
      fw,
    );
    const [c1, c2, c3] = result.commitments;
    expect(c1).toMatchObject({ mean: 7, percent: 75, scored: 1, na: 0, total: 1 });
    expect(c1?.band?.id).toBe('advanced');
    expect(c1?.spread).toMatchObject({ n: 2, min: 6, max: 8, sd: 1 });
    expect(c2).toMatchObject({ mean: 3, percent: 25, scored: 1, na: 1, total: 3 });
    expect(c2?.items.map((i) => i.score)).toEqual([3, 'n/a', null]);
    expect(c3).toMatchObject({ mean: null, percent: null, band: null, scored: 0, total: 1 });
    expect(result.overall).toBe(50);
  });
});

describe('truthful statements (issue 10)', () => {
  it('gives the spread per action, leaves out the votes on an n/a action and counts n/a votes apart', () => {
    const result = scoreAssessment({
      ...base,
      commitments: {
        '1': { score: 'n/a', votes: { p1: 'n/a', p2: 'n/a', p3: 2 } },
        '2': { actions: { '2.1': { score: 3, votes: { p1: 2, p2: 4, p3: 'n/a' } }, '2.2': { score: 'n/a', votes: { p1: 9, p2: 9 } }, '2.10': { score: 9, votes: { p1: 9, p2: 9 } } } },
      },
    }, fw);
    const [c1, c2, c3] = result.commitments;
    expect(c1).toMatchObject({ status: 'na', mean: null, na: 1, total: 1, spread: null });
    expect(c1?.items[0]).toMatchObject({ spread: null, naVotes: 2 }); // the one numeric vote on an n/a item says nothing
    expect(c2?.spread).toBeNull(); // never pooled over actions
    expect(c2?.items.map((i) => [i.spread?.n ?? null, i.naVotes])).toEqual([[2, 1], [null, 0], [2, 0]]);
    expect(c2?.items[0]?.spread).toMatchObject({ min: 2, max: 4, sd: 1 });
    expect(c2?.status).toBe('scored');
    expect(c3?.status).toBe('not-scored');
    expect(result.overallCoverage).toEqual({ scored: 1, total: 3 });
  });
});

describe('shownDifference', () => {
  it('is the difference of the figures as shown, whatever decimals a benchmark carries', () => {
    // 46.25 is shown 46.3 (one decimal): 62.5 − 46.3 = 16.2, where the unrounded difference would show 16.3.
    expect(shownDifference(62.5, 46.25, 1)).toBe(16.2);
    expect(shownDifference(37.5, 44.44, 1)).toBe(-6.9);
    expect(shownDifference(50, 50.04, 1)).toBe(0);
    expect(shownDifference(null, 40, 1)).toBeNull();
    expect(shownDifference(40, null, 1)).toBeNull();
    for (let i = 0; i < 2000; i++) {
      const [p, b] = [round(Math.random() * 100, 1), Math.random() * 100];
      expect(shownDifference(p, b, 1)).toBe(round(p - round(b, 1), 1));
    }
  });
});
