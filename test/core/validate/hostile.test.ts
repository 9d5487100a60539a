// Untrusted input on the read side (issue 8): the hostile-input corpus
// (mutations of the bundled examples, hostile-corpus.ts) through the real CLI
// in one run, each file with its own exit code and rule; and the fast and the
// exact pass giving byte-identical findings on every mutation and fixture.
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLES, ROOT, runCli, tempDir } from '../../helpers/cli.js';
import { createContext, validateBytes } from '../../../src/core/validate/index.js';
import { hostileCorpus, type Mutation } from './hostile-corpus.js';

interface JsonOut {
  files: { file: string; errors: number; findings: { rule: string; line: number; message: string; omitted?: number }[] }[];
}

const corpus = hostileCorpus();
const nameOf = (m: Mutation, i: number) => `${String(i).padStart(3, '0')}-${m.name}.yaml`;

describe('the hostile-input corpus', () => {
  let tmp: Awaited<ReturnType<typeof tempDir>>;
  let out: JsonOut;
  beforeAll(async () => {
    tmp = await tempDir();
    mkdirSync(join(tmp.dir, '.git')); // the repository root: framework paths may not leave it
    cpSync(join(EXAMPLES, 'frameworks'), join(tmp.dir, 'frameworks'), { recursive: true });
    corpus.forEach((m, i) => writeFileSync(join(tmp.dir, nameOf(m, i)), m.bytes));
    const r = await runCli(['validate', '--format', 'json', ...corpus.map(nameOf)], { cwd: tmp.dir });
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(r.code).toBe(1);
    out = JSON.parse(r.stdout) as JsonOut;
  });
  afterAll(() => tmp.cleanup());

  it('holds at least 300 mutations', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(300);
  });

  it('gives every mutation its exit code and its rule, with a line', () => {
    const byFile = new Map(out.files.map((f) => [f.file, f]));
    const wrong: string[] = [];
    corpus.forEach((m, i) => {
      const f = byFile.get(nameOf(m, i));
      if (!f) return void wrong.push(`${m.name}: not in the output`);
      const code = f.errors > 0 ? 1 : 0;
      if (code !== m.code) wrong.push(`${m.name}: exit ${code}, expected ${m.code}: ${f.findings.map((x) => x.rule).join(', ')}`);
      if (m.rule && !f.findings.some((x) => x.rule === m.rule && x.line >= 1)) {
        wrong.push(`${m.name}: no ${m.rule}, found ${f.findings.map((x) => `${x.rule} ${x.message}`).join(' | ')}`);
      }
    });
    expect(wrong).toEqual([]);
  });

  it('caps a repeated rule with an "and N more" line that still counts them', () => {
    const i = corpus.findIndex((m) => m.name.endsWith('--unknown-key-x200'));
    const f = out.files.find((x) => x.file === nameOf(corpus[i]!, i))!;
    const more = f.findings.filter((x) => x.omitted !== undefined);
    expect(more).toHaveLength(1);
    expect(more[0]).toMatchObject({ rule: 'unknown-key', omitted: 100 });
    expect(more[0]!.message).toMatch(/\b100\b.*unknown-key/); // in the file's language
    expect(f.findings.filter((x) => x.rule === 'unknown-key')).toHaveLength(101);
    expect(f.errors).toBeGreaterThanOrEqual(200);
  });

  it('gives the same exit code to a file checked on its own', async () => {
    for (const pick of ['--score0-0x5', '--flow-key', '--deep-flow', '--x-key-ok', '--url-ok-mailto_lab_example_org']) {
      const i = corpus.findIndex((m) => m.name.endsWith(pick));
      expect(i, pick).toBeGreaterThanOrEqual(0);
      const r = await runCli(['validate', nameOf(corpus[i]!, i)], { cwd: tmp.dir });
      expect(r.code, `${pick}: ${r.stdout}`).toBe(corpus[i]!.code);
    }
  });
});

describe('one verdict, whichever pass runs', () => {
  const ctx = createContext(ROOT);
  const both = (file: string, bytes: Buffer) => {
    const fast = validateBytes(file, bytes, ctx, { fast: true }).findings;
    const exact = validateBytes(file, bytes, ctx, { fast: false }).findings;
    return [JSON.stringify(fast), JSON.stringify(exact)];
  };

  // Both passes over ~440 files, a megabyte among them: seconds alone, more beside the rest of the suite.
  it('on every mutation of the corpus', { timeout: 120_000 }, () => {
    const differ = corpus.filter((m) => {
      const [fast, exact] = both(join(EXAMPLES, `${m.name}.yaml`), m.bytes);
      return fast !== exact;
    });
    expect(differ.map((m) => m.name)).toEqual([]);
  });

  it('quotes a score as it is written, not as it reads (-0, a number past 2^53)', () => {
    const base = readFileSync(join(EXAMPLES, 'exampleville-2026.yaml'), 'utf8');
    for (const written of ['-0', '99999999999999999999999999']) {
      const text = base.replace(/^(\s+score: )\d+$/m, `$1${written}`);
      for (const bytes of [Buffer.from(text), Buffer.from(`${text}x-a: &a 1\n`)]) {
        const messages = validateBytes('lab.yaml', bytes, ctx, { fast: true }).findings.filter((f) => f.rule === 'score-out-of-scale').map((f) => f.message);
        // Core findings carry codes and values; the CLI words them (`"-0" is not a score…`).
        expect(messages, written).toEqual([expect.stringContaining(`value=${written},`)]);
      }
    }
  });

  it('one finding for a tagged value (the tag), and a YAML 1.1 timestamp named as one', () => {
    const base = readFileSync(join(EXAMPLES, 'exampleville-2026.yaml'), 'utf8');
    const tagged = validateBytes('lab.yaml', Buffer.from(base.replace(/^city: .*$/m, 'city: !!binary aGVsbG8=')), ctx).findings;
    expect(tagged.filter((f) => f.severity === 'error').map((f) => f.rule)).toEqual(['yaml-tag']);
    const old = validateBytes('lab.yaml', Buffer.from(`%YAML 1.1\n---\n${base}`), ctx).findings.filter((f) => f.rule === 'wrong-type');
    expect(old.map((f) => f.message)).toEqual([expect.stringContaining('tTimestamp')]);
  });

  it('on every fixture and example', () => {
    const dirs = ['test/fixtures/valid', 'test/fixtures/invalid', 'test/fixtures/frameworks', 'data/examples', 'data/benchmarks', 'data/frameworks'];
    let checked = 0;
    for (const dir of dirs) {
      for (const name of readdirSync(join(ROOT, dir)).filter((f) => /\.ya?ml$/.test(f))) {
        const file = join(ROOT, dir, name);
        const [fast, exact] = both(file, readFileSync(file));
        expect(fast, file).toBe(exact);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(60);
  });
});

describe('framework references that loop', () => {
  // A file named as a framework is read for its kind only: its own `framework:` is not followed, so no
  // reference can recurse (a file naming itself once overflowed the stack, and took a whole run down with it).
  const assessment = (framework: string) => `c21lab: assessment/1\nframework: ${framework}\ncity: T\ndate: 2026-05-14\nlanguage: en\nfacilitators: [A]\ncommitments:\n  "1": { score: 5 }\n`;
  let tmp: Awaited<ReturnType<typeof tempDir>>;
  const CHAIN = 3000;
  beforeAll(async () => {
    tmp = await tempDir();
    mkdirSync(join(tmp.dir, '.git'));
    writeFileSync(join(tmp.dir, 'self.yaml'), assessment('self.yaml'));
    writeFileSync(join(tmp.dir, 'a.yaml'), assessment('b.yaml'));
    writeFileSync(join(tmp.dir, 'b.yaml'), assessment('a.yaml'));
    mkdirSync(join(tmp.dir, 'chain'));
    for (let i = 0; i < CHAIN; i++) writeFileSync(join(tmp.dir, 'chain', `${i}.yaml`), assessment(`${i + 1}.yaml`));
    writeFileSync(join(tmp.dir, 'chain', `${CHAIN}.yaml`), readFileSync(join(ROOT, 'data', 'frameworks', 'culture21-actions.yaml')));
  });
  afterAll(() => tmp.cleanup());

  it('is a finding on each file\'s framework: key, and the other files are still checked', async () => {
    writeFileSync(join(tmp.dir, 'good.yaml'), assessment('culture21-actions'));
    const r = await runCli(['validate', '--format', 'json', 'self.yaml', 'a.yaml', 'b.yaml', 'good.yaml'], { cwd: tmp.dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as JsonOut;
    expect(out.files.map((f) => [f.file, f.findings.filter((x) => x.rule !== 'not-scored').map((x) => `${x.rule} ${x.line} ${x.message}`)])).toEqual([
      ['a.yaml', ['framework-invalid 2 framework "b.yaml" is an assessment, not a framework file']],
      ['b.yaml', ['framework-invalid 2 framework "a.yaml" is an assessment, not a framework file']],
      ['good.yaml', []],
      ['self.yaml', ['framework-invalid 2 framework "self.yaml" is an assessment, not a framework file']],
    ]);
  });

  it('is the same finding for a command that loads the file, in its language', async () => {
    const r = await runCli(['--lang', 'es', 'score', 'self.yaml'], { cwd: tmp.dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('self.yaml:2:12 error framework-invalid');
    expect(r.stderr).not.toMatch(/internal error|stack|\n\s+at /);
  });

  it('checks a chain of 3,000 files, each naming the next', async () => {
    const r = await runCli(['validate', '--format', 'json', 'chain'], { cwd: tmp.dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as JsonOut;
    expect(out.files).toHaveLength(CHAIN + 1);
    const last = out.files.find((f) => f.file === `chain/${CHAIN - 1}.yaml`)!;
    expect(last.errors).toBe(0); // it names the framework itself
    expect(out.files.filter((f) => f.errors === 1 && f.findings[0]!.rule === 'framework-invalid')).toHaveLength(CHAIN - 1);
  }, 120_000);
});
