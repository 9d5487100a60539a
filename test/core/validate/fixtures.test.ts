// Every invalid fixture through the real CLI: exit 1, the expected rule at the
// expected line, no crash, no stack trace, no ajv jargon. Fixtures declare
// their expectation in a first-line comment (`# expect: rule @ line`), or in
// expectations.json when the file cannot carry a comment.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli, tempDir, type RunResult } from '../../helpers/cli.js';

const DIR = join(ROOT, 'test', 'fixtures', 'invalid');
const REL = 'test/fixtures/invalid';

interface Expectation {
  rule: string;
  line: number;
  column?: number;
}

const fromJson = JSON.parse(readFileSync(join(DIR, 'expectations.json'), 'utf8')) as Record<string, Expectation>;
const files = readdirSync(DIR).filter((f) => f.endsWith('.yaml')).sort();

function expectation(file: string): Expectation {
  if (fromJson[file]) return fromJson[file];
  const first = readFileSync(join(DIR, file), 'utf8').split(/\r?\n/)[0] ?? '';
  const m = /^# expect: ([a-z0-9-]+) @ (\d+)$/.exec(first);
  if (!m) throw new Error(`${file}: no "# expect: rule @ line" comment and no entry in expectations.json`);
  return { rule: m[1]!, line: Number(m[2]) };
}

interface JsonFinding {
  line: number;
  column: number;
  severity: string;
  rule: string;
  message: string;
}
interface JsonOut {
  files: { file: string; findings: JsonFinding[] }[];
}

describe('invalid fixtures', () => {
  let json: RunResult;
  let text: RunResult;
  beforeAll(async () => {
    // One process for all the files (the CLI's normal use), checked file by file below.
    [json, text] = await Promise.all([
      runCli(['validate', '--format', 'json', ...files.map((f) => `${REL}/${f}`)]),
      runCli(['validate', ...files.map((f) => `${REL}/${f}`)]),
    ]);
  });

  it('has at least 45 fixtures, each with an expectation', () => {
    expect(files.length).toBeGreaterThanOrEqual(45);
    for (const f of files) expect(expectation(f).rule).toMatch(/^[a-z0-9-]+$/);
    for (const f of Object.keys(fromJson)) expect(files).toContain(f);
  });

  it('exits 1 without a crash or stack trace', () => {
    expect(json.code).toBe(1);
    expect(text.code).toBe(1);
    expect(json.stderr).toBe('');
    expect(text.stderr).not.toMatch(/^\s+at /m);
    expect(text.stderr).not.toMatch(/internal error/);
  });

  it.each(files)('%s: reports its expected rule at its expected line', (file) => {
    const exp = expectation(file);
    const out = JSON.parse(json.stdout) as JsonOut;
    const result = out.files.find((f) => f.file === `${REL}/${file}`);
    expect(result, `${file} missing from the output`).toBeDefined();
    const hit = result!.findings.find((f) => f.rule === exp.rule && f.line === exp.line && f.severity === 'error');
    expect(hit, `${file}: expected ${exp.rule} @ ${exp.line}, got ${JSON.stringify(result!.findings)}`).toBeDefined();
    if (exp.column !== undefined) expect(hit!.column).toBe(exp.column);
    // The text format carries the same finding as file:line:col severity rule message.
    expect(text.stdout).toContain(`${REL}/${file}:${hit!.line}:${hit!.column} error ${exp.rule} ${hit!.message}`);
    for (const f of result!.findings) {
      expect(f.message).not.toMatch(/must (match|be equal|have required|NOT|pass)|#\/|\$defs|additionalProperties|instancePath/);
    }
  });

  it('each fixture fails on its own, too (no finding depends on another file in the batch)', async () => {
    const sample = ['score-zero.yaml', 'alias-bomb.yaml', 'invalid-utf8.yaml', 'empty.yaml', 'framework-escape.yaml'];
    for (const f of sample) {
      const r = await runCli(['validate', `${REL}/${f}`]);
      expect(r.code, f).toBe(1);
      expect(r.stdout, f).toContain(` error ${expectation(f).rule} `);
    }
  });
});

describe('a 5 MB file', () => {
  let tmp: Awaited<ReturnType<typeof tempDir>>;
  beforeAll(async () => {
    tmp = await tempDir();
  });
  afterAll(() => tmp.cleanup());

  it('is refused with file-too-large, at 1:1, exit 1', async () => {
    const notes = 'x'.repeat(100);
    const lines = ['c21lab: assessment/1', 'framework: culture21-actions', 'city: Big', 'date: 2026-01-01', 'language: en', 'x-padding:'];
    let size = 0;
    const pad: string[] = [];
    while (size < 5 * 1024 * 1024) {
      pad.push(`  - ${notes}`);
      size += notes.length + 5;
    }
    writeFileSync(join(tmp.dir, 'big.yaml'), [...lines, ...pad, ''].join('\n'));
    const r = await runCli(['validate', 'big.yaml'], { cwd: tmp.dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^big\.yaml:1:1 error file-too-large the file is \d+ bytes, more than the limit of 1048576 bytes/m);
  });
});
