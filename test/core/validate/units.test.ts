// The small pure pieces of validation, in-process.
import { describe, expect, it } from 'vitest';
import { createContext, validateBytes, validateText } from '../../../src/core/validate/index.js';
import { editDistance, suggest } from '../../../src/core/suggest.js';
import { dateProblem } from '../../../src/core/validate/rules/date.js';
import { decodeUtf8 } from '../../../src/core/yaml/source.js';
import { escapeData, escapeProperty } from '../../../src/render/formatters/github.js';
import { xmlEscape } from '../../../src/render/formatters/junit.js';

describe('suggest', () => {
  it('counts a swap of neighbours as one edit', () => {
    expect(editDistance('socre', 'score')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
  it('suggests close candidates only', () => {
    expect(suggest('citty', ['city', 'country'])).toBe('city');
    expect(suggest('Score', ['score'])).toBe('score');
    expect(suggest('participants', ['city', 'date'])).toBeUndefined();
  });
});

describe('dates', () => {
  it('accepts real dates and explains the others', () => {
    expect(dateProblem('2024-02-29')).toBeUndefined();
    expect(dateProblem('2026-02-30')).toEqual({ key: 'dateNotReal', params: { month: '02', year: 2026, days: 28 } });
    expect(dateProblem('2026-00-10')?.key).toBe('dateBadMonth');
    expect(dateProblem('2026-5-1')?.key).toBe('dateFormat');
  });
});

describe('decodeUtf8', () => {
  it('strips a BOM and locates the first bad byte', () => {
    expect(decodeUtf8(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]))).toEqual({ text: 'a' });
    const bad = decodeUtf8(Buffer.concat([Buffer.from('ab\nc\u00e9d'), Buffer.from([0xc3, 0x28])]));
    expect(bad).toEqual({ error: { offset: 7, byte: 0xc3, line: 2, column: 4 } }); // é is two bytes, one column
    expect('error' in decodeUtf8(Buffer.from([0xed, 0xa0, 0x80]))).toBe(true); // a surrogate
    expect('error' in decodeUtf8(Buffer.from([0xe2, 0x82]))).toBe(true); // truncated sequence
  });
});

describe('escaping', () => {
  it('github: %, CR, LF in data; also : and , in properties', () => {
    expect(escapeData('50%\r\nnext')).toBe('50%25%0D%0Anext');
    expect(escapeProperty('a:b,c%')).toBe('a%3Ab%2Cc%25');
  });
  it('junit: the five entities, and characters XML forbids', () => {
    expect(xmlEscape(`<a href="x">&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;');
    expect(xmlEscape('a\u0000b\u001bc')).toBe('a\uFFFDb\uFFFDc');
  });
});

describe('hostile keys', () => {
  it('__proto__ and constructor keys pollute no prototype and are reported', () => {
    const ctx = createContext(process.cwd());
    const text = [
      'c21lab: assessment/1', 'framework: culture21-actions', 'city: X', 'date: 2026-01-01', 'language: en',
      '__proto__: { polluted: yes }', 'constructor: { prototype: { polluted2: yes } }',
      'commitments:', '  __proto__: { score: 5 }', '  "1": { score: 5, votes: { __proto__: 3 } }',
    ].join('\n');
    const report = validateText('hostile.yaml', text, ctx);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted2).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).score).toBeUndefined();
    const rules = report.findings.map((f) => `${f.line}:${f.rule}`);
    expect(rules).toContain('6:unknown-key');
    expect(rules).toContain('7:unknown-key');
    expect(rules).toContain('9:unknown-commitment');
    expect(rules).toContain('10:unknown-participant');
  });

  it('never throws, whatever the bytes', () => {
    const ctx = createContext(process.cwd());
    const samples = ['', '\u0000', '[', '{', '- - -', 'c21lab: [', '&a [*a]', '*x', '!!binary xyz', 'a: !!int x', ': :', '? [a]\n: b', '%YAML 9.9\n---\na: 1', '\ufeff\ufeff'];
    for (const s of samples) {
      const report = validateBytes('x.yaml', Buffer.from(s), ctx);
      expect(report.findings.length, JSON.stringify(s)).toBeGreaterThan(0);
    }
    for (let seed = 1; seed <= 200; seed++) {
      let x = seed;
      const bytes = Buffer.alloc(64, 0).map(() => ((x = (x * 1103515245 + 12345) & 0x7fffffff), x % 256));
      expect(() => validateBytes('r.yaml', bytes, ctx)).not.toThrow();
    }
  });
});

describe('the fast pass agrees with the exact pass', () => {
  it('never calls clean what the exact pass finds a problem in (every fixture and data file)', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const { join, relative } = await import('node:path');
    const root = join(import.meta.dirname, '..', '..', '..');
    const files = ['test/fixtures/invalid', 'test/fixtures/valid', 'test/fixtures/frameworks', 'data']
      .flatMap((d) => readdirSync(join(root, d), { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name))
        .map((e) => relative(root, join(e.parentPath, e.name))));
    expect(files.length).toBeGreaterThan(90);
    for (const file of files) {
      const bytes = readFileSync(join(root, file));
      const exact = validateBytes(file, bytes, createContext(root));
      const fast = validateBytes(file, bytes, createContext(root), { fast: true });
      expect(fast.findings, file).toEqual(exact.findings);
      expect(fast.kind, file).toBe(exact.kind);
    }
  });

  it('sends every construct the parsers may read differently to the exact pass', async () => {
    const { mayDisagree } = await import('../../../src/core/validate/fast.js');
    for (const risky of ['a: { b: 1 }#c', 'a: "x"#c', '---# c', 'a:\r b', 'a: [1,\n 2]', 'a:\n  1.10: 1', 'a: 01', 'x: [1, 0x1F]', 'k: 1e3', 'k: 1_000', 'k: +5', 'k: .5', '3.0: k', '1.: k', '{ 2.10: 3 }', '{ a: 1, 2.10: 3 }', 'a: *x', 'a: &x 1', 'a: !!str 1', '%YAML 1.2', 'a:\tb', '__proto__: 1', '- 1.50', '<<: *a', 'k: 4.9999999999999999', 'k: 5.00000000000000001', '3.0000000000000001: k', 'v: { p1: 6.999_999_999_999_999_9 }']) {
      expect(mayDisagree(risky), risky).toBe(true);
    }
    for (const safe of ['a: 3', 'a: 1.1', '3: x', 'date: 2026-05-14', 'n: Heritage & creativity', 'n: in 2015.\n  more', 'v: { p1: 5, p2: 12 }', 'id: "1.10"', 'a: -3', 'k: 3.0', 'k: 1.', '"6": 40.0', 'k: 66.66666666666']) {
      expect(mayDisagree(safe), safe).toBe(false);
    }
  });
});

// The precompiled validators' freshness: test/gen/generated.test.ts.

describe('what validate loads', () => {
  it('never reaches vega, inquirer, nunjucks or resvg, statically or dynamically (built module graph)', async () => {
    const { readFileSync, existsSync } = await import('node:fs');
    const { dirname, join, resolve } = await import('node:path');
    const root = join(import.meta.dirname, '..', '..', '..');
    const start = join(root, 'dist', 'cli', 'commands', 'validate.js');
    expect(existsSync(start), 'run the build first').toBe(true);
    const seen = new Set<string>();
    const bare = new Set<string>();
    const queue = [start, join(root, 'dist', 'cli', 'validate', 'worker.js')];
    while (queue.length) {
      const file = queue.pop()!;
      if (seen.has(file)) continue;
      seen.add(file);
      const code = readFileSync(file, 'utf8');
      for (const m of code.matchAll(/(?:from\s*|import\s*\(\s*|import\s+)['"]([^'"]+)['"]/g)) {
        const spec = m[1]!;
        if (spec.startsWith('.')) queue.push(resolve(dirname(file), spec));
        else bare.add(spec.split('/')[0]!.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!);
      }
    }
    expect(seen.size).toBeGreaterThan(15);
    for (const heavy of ['vega', 'vega-lite', '@inquirer/prompts', 'nunjucks', '@resvg/resvg-js']) expect([...bare]).not.toContain(heavy);
  });
});

describe('fast and exact pass on mutated files', () => {
  it('agree on 1000 random mutations of valid files (fixed seed), and neither throws', async () => {
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const root = join(import.meta.dirname, '..', '..', '..');
    const files = ['test/fixtures/valid/votes-and-participants.yaml', 'test/fixtures/valid/actions-fixture-framework.yaml', 'test/fixtures/valid/benchmark.yaml', 'test/fixtures/frameworks/actions.yaml'];
    const texts = files.map((f) => readFileSync(join(root, f), 'utf8'));
    // One context per pass for the whole loop, as a run of validate has: only
    // the files named here are mutated, never the frameworks they refer to, so
    // a framework read once is the one every iteration would read again.
    const exactCtx = createContext(root);
    const fastCtx = createContext(root);
    let a = 20260514;
    const rnd = (n: number) => {
      // mulberry32: a small PRNG with a fixed seed, so a failure can be replayed
      a = (a + 0x6d2b79f5) >>> 0;
      let t = a;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) % n;
    };
    const pieces = [' ', ':', '-', '"', "'", '#', '[', ']', '{', '}', ',', '\n', '\n ', '  ', '0', '1', '.', '?', '|', '>', '&a', '*a', '!', 'n/a', '~', '1.10', '01', '2026-02-30', '\t', '\r', '---', '__proto__'];
    for (let i = 0; i < 1000; i++) {
      const k = rnd(texts.length);
      let t = texts[k]!;
      for (let j = 1 + rnd(3); j > 0; j--) {
        const pos = rnd(t.length);
        const op = rnd(3);
        if (op === 0) t = t.slice(0, pos) + t.slice(pos + 1 + rnd(5));
        else if (op === 1) t = t.slice(0, pos) + pieces[rnd(pieces.length)]! + t.slice(pos);
        else {
          const lines = t.split('\n');
          lines.splice(rnd(lines.length), 0, lines[rnd(lines.length)]!);
          t = lines.join('\n');
        }
      }
      const bytes = Buffer.from(t);
      const exact = validateBytes(files[k]!, bytes, exactCtx);
      const fast = validateBytes(files[k]!, bytes, fastCtx, { fast: true });
      expect(fast.findings, t).toEqual(exact.findings);
    }
  }, 120_000); // 2,000 validations: about 5 s alone, but the suite shares two cores with installs and browsers
});

describe('a score written 1e1 or 0x0A: one finding, how it is written', () => {
  const lab = (votes: string[]) => [
    'c21lab: assessment/1', 'framework: culture21-actions', 'city: Testville', 'date: 2026-03-14', 'language: en',
    'participants:', ...votes.map((_, i) => `  - { id: p${i}, name: P${i} }`),
    'commitments:', '  "1":', '    score: 5', '    votes:', ...votes.map((v, i) => `      p${i}: ${v}`), '',
  ].join('\n');

  it('says invalid-score, not also score-out-of-scale for the 10 it reads as', () => {
    const report = validateText('lab.yaml', lab(['1e1', '0x0A', '10']), createContext(process.cwd()));
    const rules = report.findings.filter((f) => f.severity === 'error').map((f) => `${f.line} ${f.rule}`);
    expect(rules).toEqual(['14 invalid-score', '15 invalid-score', '16 score-out-of-scale']);
  });

  it('past the cap of shown findings, "and N more" counts each score once', () => {
    // 150 scores read as 10, each written 1e1: 150 findings of one rule, 100 shown and 50 counted.
    const report = validateText('lab.yaml', lab(Array.from({ length: 150 }, () => '1e1')), createContext(process.cwd()));
    expect(report.findings.filter((f) => f.rule === 'score-out-of-scale')).toEqual([]);
    const shown = report.findings.filter((f) => f.rule === 'invalid-score' && f.omitted === undefined);
    const more = report.findings.filter((f) => f.omitted !== undefined);
    expect(shown).toHaveLength(100);
    expect(more).toMatchObject([{ rule: 'invalid-score', omitted: 50 }]);
  });

  it('an in-scale score written 0x05 takes back no other score\'s out-of-scale finding past the cap', () => {
    const plain = validateText('lab.yaml', lab([...Array.from({ length: 108 }, () => '99'), '5']), createContext(process.cwd()));
    const hex = validateText('lab.yaml', lab([...Array.from({ length: 108 }, () => '99'), '0x05']), createContext(process.cwd()));
    const more = (r: typeof plain) => r.findings.find((f) => f.omitted !== undefined && f.rule === 'score-out-of-scale')?.omitted;
    expect(more(plain)).toBe(8);
    expect(more(hex)).toBe(8);
    expect(hex.findings.filter((f) => f.rule === 'invalid-score')).toHaveLength(1);
  });
});

describe('an empty sequence entry (`-` alone on its line)', () => {
  // An emoji makes the common-subset reader give up, so js-yaml would read the file, and js-yaml nests the
  // entries after an empty one wrongly: the second participant vanished into the first one's x-tags.
  const text = ['c21lab: assessment/1', 'framework: culture21-actions', 'city: "Testville 🎭"', 'date: 2026-03-14', 'language: en',
    'participants:', '- id: p1', '  name: Ana', '  x-tags:', '  -', '- id: p2', '  sector: nonsense-sector', 'commitments: {}', ''].join('\n');

  it('is judged as the exact pass judges it, not passed', () => {
    const ctx = createContext(process.cwd());
    const fast = validateText('lab.yaml', text, ctx, { fast: true }).findings;
    const exact = validateText('lab.yaml', text, ctx).findings;
    expect(JSON.stringify(fast)).toBe(JSON.stringify(exact));
    expect(fast.filter((f) => f.severity === 'error').map((f) => `${f.line} ${f.rule}`)).toEqual(['11 missing-key', '12 invalid-value']);
  });
});
