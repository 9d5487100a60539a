// The Action's script (bin/action/validate.mjs) reading validate's JSON
// result, run directly against a temp folder with a stand-in for the CLI
// (C21LAB_BIN): no install, no git. A result over spawnSync's default 1 MiB
// buffer once came back cut, read as "stopped" with outputs of 0 that a
// workflow gating on outputs.errors would pass; a result that cannot be read
// must fail the step, loudly, with no outputs at all.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

const VALIDATE = join(ROOT, 'bin', 'action', 'validate.mjs');

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'c21lab-action-output-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A stand-in for bin/c21lab.js: annotations for --format github, else `json` (a JS expression for the text printed), exiting `exit`. */
function fakeBin(name: string, json: string, exit: number): string {
  const file = join(root, `${name}.mjs`);
  writeFileSync(file, `const github = process.argv.includes('github');\nprocess.stdout.write(github ? '::error file=a.yaml::x\\n' : ${json});\nprocess.exitCode = ${exit};\n`);
  return file;
}

function runAction(bin: string, lang = 'en') {
  const dir = mkdtempSync(join(root, 'runner-'));
  const temp = mkdtempSync(join(root, 'temp-'));
  const summary = join(dir, 'summary.md');
  const output = join(dir, 'output.txt');
  writeFileSync(summary, '');
  writeFileSync(output, '');
  const r = spawnSync(process.execPath, [VALIDATE], {
    cwd: dir,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, LANG: 'C', C21LAB_BIN: bin, GITHUB_WORKSPACE: dir, GITHUB_STEP_SUMMARY: summary, GITHUB_OUTPUT: output, RUNNER_TEMP: temp, INPUT_LANG: lang },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, summary: readFileSync(summary, 'utf8'), output: readFileSync(output, 'utf8'), temp: readdirSync(temp) };
}

describe('the action reading the JSON result', () => {
  it('reads a result of several MiB whole: its counts reach the summary and the outputs', () => {
    const finding = { file: 'a.yaml', line: 1, column: 1, severity: 'error', rule: 'duplicate-key', message: 'x'.repeat(1000) };
    const files = Array.from({ length: 3000 }, (_, i) => ({ file: `a${i}.yaml`, kind: 'assessment', errors: 1, warnings: 0, findings: [{ ...finding, file: `a${i}.yaml` }] }));
    const result = { ok: false, strict: false, summary: { files: 3000, errors: 3000, warnings: 0, skipped: 0 }, files };
    const json = JSON.stringify(result);
    expect(json.length).toBeGreaterThan(2 * 1024 * 1024);
    const data = join(root, 'big.json');
    writeFileSync(data, json);
    const bin = join(root, 'big.mjs');
    writeFileSync(bin, `import { readFileSync } from 'node:fs';\nconst github = process.argv.includes('github');\nprocess.stdout.write(github ? '' : readFileSync(${JSON.stringify(data)}, 'utf8'));\nprocess.exitCode = 1;\n`);
    const r = runAction(bin);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(r.summary).toContain('❌ 3000 files checked: 3000 errors, 0 warnings.');
    expect(r.summary).not.toContain('stopped');
    expect(r.output).toBe('files=3000\nerrors=3000\nwarnings=0\n');
    expect(r.temp).toEqual([]); // the temporary result is removed
  });

  it('fails the step loudly, with no outputs, on a result cut short', () => {
    const r = runAction(fakeBin('cut', JSON.stringify('{"ok": false, "summary": {"files": 2, "err'), 1));
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/^::error title=c21lab::could not read the JSON result of c21lab validate: /m);
    expect(r.summary).toContain('❌ The result of c21lab validate could not be read');
    expect(r.output).toBe('');
  });

  it('fails the step loudly on JSON without counts, or an exit code unlike the annotations\' run', () => {
    const noCounts = runAction(fakeBin('no-counts', JSON.stringify('{"ok": true}'), 0));
    expect(noCounts.code).toBe(2);
    expect(noCounts.stdout).toContain('::error title=c21lab::could not read the JSON result');
    expect(noCounts.output).toBe('');
    const file = join(root, 'differs.mjs');
    writeFileSync(file, "const github = process.argv.includes('github');\nprocess.stdout.write(github ? '' : JSON.stringify({ summary: { files: 0, errors: 0, warnings: 0 }, files: [] }));\nprocess.exitCode = github ? 1 : 0;\n");
    const differs = runAction(file);
    expect(differs.code).toBe(2);
    expect(differs.output).toBe('');
  });

  it('words its own error annotation in the action\'s lang input, as its summary', () => {
    const fr = runAction(fakeBin('no-counts-fr', JSON.stringify('{"ok": true}'), 0), 'fr');
    expect(fr.code).toBe(2);
    expect(fr.stdout).toContain('::error title=c21lab::le résultat JSON de c21lab validate n’a pas pu être lu : il ne compte ni fichiers, ni erreurs, ni avertissements');
    const es = runAction(fakeBin('no-counts-es', JSON.stringify('{"ok": true}'), 0), 'es');
    expect(es.stdout).toContain('::error title=c21lab::no se pudo leer el resultado JSON de c21lab validate: no tiene recuentos');
  });

  it('still words a usage error as validate stopping, with no outputs of 0', () => {
    const r = runAction(fakeBin('usage', "''", 2));
    expect(r.code).toBe(2);
    expect(r.summary).toContain('c21lab stopped before checking (exit code 2)');
    expect(r.output).toBe('');
  });
});
