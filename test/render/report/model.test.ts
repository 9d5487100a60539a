// The report's pure parts: URL and Markdown escaping, number formatting, and
// the strengths / weaknesses ranking with its tie rule.
import { describe, expect, it } from 'vitest';
import { scoreAssessment } from '../../../src/core/score.js';
import type { Assessment, Benchmark, Framework } from '../../../src/core/types.js';
import { markdownCell as escapeMarkdown, markdownLinkTarget as escapeMarkdownUrl } from '../../../src/render/escape/markdown.js';
import { buildReportModel, formatNumber, safeUrl } from '../../../src/render/report/model.js';

describe('safeUrl', () => {
  it('keeps http(s) URLs, normalised so quotes and angle brackets are encoded', () => {
    expect(safeUrl('https://example.org/a b')).toBe('https://example.org/a%20b');
    expect(safeUrl('http://example.org/"><script>')).toBe('http://example.org/%22%3E%3Cscript%3E');
  });
  it('turns every other scheme and non-URL into null (shown as text)', () => {
    for (const bad of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,<b>', 'file:///etc/passwd', 'vbscript:x', '/relative', 'not a url', '', undefined]) {
      expect(safeUrl(bad), String(bad)).toBeNull();
    }
  });
  it('reads the scheme as the URL parser does: leading controls and spaces dropped, tabs and line breaks ignored, any case', () => {
    expect(safeUrl('\u0001 HTTPS://example.org/x')).toBe('https://example.org/x');
    expect(safeUrl('ht\ttp://example.org/')).toBe('http://example.org/');
    expect(safeUrl('h\nttps://exam\rple.org/')).toBe('https://example.org/');
    expect(safeUrl('\u00a0http://example.org/')).toBe('http://example.org/');
    expect(safeUrl('\u200bhttp://example.org/')).toBeNull();
  });
});

describe('Markdown escaping', () => {
  it('escapes HTML metacharacters and Markdown syntax, and joins lines', () => {
    expect(escapeMarkdown('<b>x</b> & [a](javascript:1) | *y* _z_ `c`')).toBe(
      '&lt;b&gt;x&lt;/b&gt; &amp; \\[a\\](javascript:1) \\| \\*y\\* \\_z\\_ \\`c\\`',
    );
    expect(escapeMarkdown('# title\n- item')).toBe('\\# title - item');
    expect(escapeMarkdown('1. first')).toBe('1\\. first');
  });
  it('keeps link targets inside their parentheses', () => {
    expect(escapeMarkdownUrl('https://example.org/a (b)')).toBe('https://example.org/a%20%28b%29');
  });
});

describe('formatNumber', () => {
  it('uses the language decimal mark', () => {
    expect(formatNumber(62.5, 1, 'en')).toBe('62.5');
    expect(formatNumber(62.5, 1, 'fr')).toBe('62,5');
    expect(formatNumber(62.5, 1, 'es')).toBe('62,5');
  });
});

const fw: Framework = {
  c21lab: 'framework/1',
  id: 'tiny',
  title: { en: 'Tiny' },
  scale: { min: 1, max: 9, bands: [{ id: 'low', min: 1, max: 4, label: { en: 'Low' } }, { id: 'high', min: 5, max: 9, label: { en: 'High' } }] },
  percent: { formula: 'linear', decimals: 1 },
  commitments: ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((id) => ({ id, title: { en: `Title ${id}` } })),
};
const assessment = (scores: Record<string, number | 'n/a'>): Assessment => ({
  c21lab: 'assessment/1', framework: 'tiny', city: 'X', date: '2026-01-01', language: 'en',
  commitments: Object.fromEntries(Object.entries(scores).map(([k, v]) => [k, { score: v }])),
});
const model = (a: Assessment, benchmark?: Benchmark) =>
  buildReportModel({
    assessment: a, framework: fw, score: scoreAssessment(a, fw), fileName: 'x.yaml', lang: 'en',
    radar: { svg: '<svg/>' }, votes: null,
    ...(benchmark ? { benchmark: { data: benchmark, values: fw.commitments.map((c) => benchmark.values[c.id] ?? null) } } : {}),
  });

describe('strengths and weaknesses', () => {
  it('without a benchmark: at most half the scored each side, never overlapping, ties at the boundary on neither side', () => {
    const m = model(assessment({ a: 5, b: 9, c: 5, d: 5, e: 1, f: 'n/a' }));
    // five scored: two each side at most; a, c, d tie at 50 %, so none of them is a strength or a weakness
    expect(m.ranking.strengths.map((r) => r.id)).toEqual(['b']);
    expect(m.ranking.weaknesses.map((r) => r.id)).toEqual(['e']);
    expect(m.ranking.strengths[0]?.diff).toBeNull();
    expect(m.ranking.reason).toBe('');
    const six = model(assessment({ a: 9, b: 8, c: 7, d: 3, e: 2, g: 1 }));
    expect(six.ranking.strengths.map((r) => r.id)).toEqual(['a', 'b', 'c']);
    expect(six.ranking.weaknesses.map((r) => r.id)).toEqual(['g', 'e', 'd']);
  });
  it('says why there is no ranking: nothing scored, one scored, or all within one step of the scale', () => {
    expect(model(assessment({})).ranking.reason).toBe('No commitment has been scored yet.');
    expect(model(assessment({ a: 5 })).ranking.reason).toBe('Only 1 commitment is scored: too few to tell strengths from weaknesses.');
    const close = model(assessment({ a: 5, b: 5, c: 5 })).ranking;
    expect(close.reason).toMatch(/^The scored commitments lie within 0\.0 points of each other, less than one step of the scale \(12\.5 points\)/);
    expect(close.strengths).toEqual([]);
    expect(close.weaknesses).toEqual([]);
    // the ranking never says nothing is scored when something is
    for (const m of [model(assessment({ a: 5 })), model(assessment({ a: 5, b: 6 }))]) expect(m.ranking.noneStrengths + m.ranking.noneWeaknesses).not.toContain('No commitment has been scored');
  });
  it('with a benchmark: only commitments above it are strengths and only those below are weaknesses', () => {
    const bench: Benchmark = {
      c21lab: 'benchmark/1', name: 'B', framework: 'tiny', unit: 'percent', source: 's',
      values: { a: 50, b: 50, c: 50, d: 50, e: 10, f: 50, g: 50 },
    };
    const m = model(assessment({ a: 5, b: 9, c: 6, d: 3, e: 3, g: 5 }), bench);
    expect(m.ranking.strengths.map((r) => r.id)).toEqual(['b', 'e', 'c']); // +50, +15, +12.5; a and g are level
    expect(m.ranking.strengths[0]?.diff).toBe('+50.0 points');
    expect(m.ranking.weaknesses.map((r) => r.id)).toEqual(['d']);
    expect(m.commitments[4]?.diff).toBe('+15.0');
    expect(m.commitments[0]?.diff).toBe('±0.0');
    expect(m.commitments[5]?.diff).toBe(''); // not scored: no difference
    expect(m.methodology.benchmark?.map((r) => r.label)).toEqual(['Name', 'Source']);
  });
  it('shows n/a as n/a, apart from "not yet scored", in the band and the score line', () => {
    const m = model(assessment({ a: 5, f: 'n/a' }));
    expect(m.commitments[5]?.coverage).toBe('0/1 (1 n/a)');
    expect(m.commitments[5]).toMatchObject({ status: 'na', bandText: 'not applicable', scoreLine: 'Not applicable: every item of this commitment was marked n/a.' });
    expect(m.commitments[6]).toMatchObject({ status: 'not-scored', bandText: 'not yet scored', scoreLine: 'Not yet scored: no item of this commitment has a score yet.' });
  });
  it('states the coverage of every overall figure', () => {
    const m = model(assessment({ a: 5, b: 9, f: 'n/a' }));
    expect(m.overallLabel).toBe('Mean of 2 of 7 commitments');
    expect(m.overallLine).toBe('Mean of the percentages of 2 of 7 commitments: 75.0\u00a0%');
  });
});

describe('plural forms (Intl.PluralRules)', () => {
  it('says "1 participant" and "2 participants", in three languages', () => {
    const people = (n: number) => ({ ...assessment({ a: 5 }), participants: Array.from({ length: n }, (_, i) => ({ id: `p${i}`, name: `P${i}` })) });
    const intro = (n: number, lang: 'en' | 'fr' | 'es') => buildReportModel({
      assessment: people(n), framework: fw, score: scoreAssessment(people(n), fw), fileName: 'x.yaml', lang, radar: { svg: '<svg/>' }, votes: null,
    }).participation.intro;
    expect([intro(1, 'en'), intro(2, 'en')]).toEqual(['1 participant took part in the assessment.', '2 participants took part in the assessment.']);
    expect([intro(1, 'fr'), intro(2, 'fr')]).toEqual(['1 personne a participé à l’évaluation.', '2 personnes ont participé à l’évaluation.']);
    expect([intro(1, 'es'), intro(3, 'es')]).toEqual(['1 persona participó en la evaluación.', '3 personas participaron en la evaluación.']);
  });
});

describe('the methodology\'s citation of the framework', () => {
  it('puts the source in parentheses, or after a comma when the title ends in parentheses of its own', () => {
    const cited = (title: string) => buildReportModel({
      assessment: assessment({ a: 5 }), framework: { ...fw, title: { en: title }, source: { publisher: { en: 'UCLG' }, year: 2015 } } as Framework,
      score: scoreAssessment(assessment({ a: 5 }), fw), fileName: 'x.yaml', lang: 'en', radar: { svg: '<svg/>' }, votes: null,
    }).methodology.framework;
    expect(cited('Tiny')).toBe('Framework: Tiny (UCLG, 2015).');
    expect(cited('Tiny (1–10 scale)')).toBe('Framework: Tiny (1–10 scale), UCLG, 2015.');
  });
});
