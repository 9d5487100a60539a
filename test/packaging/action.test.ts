// The GitHub Action's scripts, run here with the environment GitHub provides
// (GITHUB_WORKSPACE, GITHUB_BASE_REF, GITHUB_EVENT_*, GITHUB_STEP_SUMMARY,
// GITHUB_OUTPUT, INPUT_*), on a real pull-request-like clone; and the
// structure of action.yml and .pre-commit-hooks.yaml.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { assessment, git, GIT_ENV, write } from '../helpers/git-repo.js';

const VALIDATE = join(ROOT, 'bin', 'action', 'validate.mjs');
const SUMMARY = join(ROOT, 'bin', 'action', 'summary.mjs');

let root: string;
let origin: string;
let work: string;
let mainHead: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'c21lab-action-'));
  origin = join(root, 'origin');
  work = join(root, 'work');
  git(root, 'init', '-q', origin);
  // Already on main, and broken there: a pull request that does not touch it must not fail on it.
  write(origin, 'labs/old-broken.yaml', assessment('2020-01-01', { 1: 0 }));
  write(origin, 'labs/old-good.yaml', assessment('2020-01-01', { 1: 4 }));
  write(origin, '.github/workflows/ci.yml', 'on: push\njobs: {}\n');
  git(origin, 'add', '.');
  git(origin, 'commit', '-qm', 'main');
  mainHead = git(origin, 'rev-parse', 'HEAD').trim();
  git(root, 'clone', '-q', origin, work);
  git(work, 'checkout', '-qb', 'feature');
  write(work, 'labs/new-good.yaml', assessment('2026-01-01', { 1: 5, 2: 6 }));
  write(work, 'labs/new-bad.yaml', assessment('2026-01-01', { 1: 12 }));
  write(work, '.github/workflows/ci.yml', 'on: [push, pull_request]\njobs: {}\n');
  git(work, 'add', '.');
  git(work, 'commit', '-qm', 'Two new assessments');
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  summary: string;
  output: string;
}

function runAction(env: Record<string, string>): ActionRun {
  const dir = mkdtempSync(join(root, 'runner-'));
  const summary = join(dir, 'step-summary.md');
  const output = join(dir, 'output.txt');
  writeFileSync(summary, '');
  writeFileSync(output, '');
  const r = spawnSync(process.execPath, [VALIDATE], {
    cwd: dir,
    encoding: 'utf8',
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      LANG: 'C',
      NO_COLOR: '1',
      ...GIT_ENV,
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: work,
      GITHUB_STEP_SUMMARY: summary,
      GITHUB_OUTPUT: output,
      RUNNER_TEMP: dir,
      INPUT_PATHS: '.',
      INPUT_BASE_REF: '',
      INPUT_STRICT: 'false',
      INPUT_LANG: 'en',
      ...env,
    },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, summary: readFileSync(summary, 'utf8'), output: readFileSync(output, 'utf8') };
}

describe('the action on a pull request', () => {
  it('annotates the changed files only, writes the summary table and the outputs, and fails', () => {
    const r = runAction({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_BASE_REF: 'main' });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^::error file=labs\/new-bad\.yaml,line=\d+,col=\d+/m);
    expect(r.stdout).not.toContain('old-broken');
    expect(r.summary).toContain('## c21lab validate');
    expect(r.summary).toContain('Files changed since `origin/main`.');
    expect(r.summary).toMatch(/❌ 2 files checked: [1-9]\d* errors?, \d+ warnings?\./);
    expect(r.summary).toContain('| File | Kind | Errors | Warnings |');
    expect(r.summary).toMatch(/\| ❌ `labs\/new-bad\.yaml` \| assessment \| [1-9]\d* \| \d+ \|/);
    expect(r.summary).toMatch(/\| (✅|⚠️) `labs\/new-good\.yaml` \| assessment \| 0 \| \d+ \|/);
    expect(r.summary).toMatch(/\| `labs\/new-bad\.yaml:\d+:\d+` \| error \|/);
    expect(r.summary).not.toContain('ci.yml');
    expect(r.output).toMatch(/^files=2$/m);
    expect(r.output).toMatch(/^errors=[1-9]\d*$/m);
  });

  it('on a push, checks what changed since the commit before it', () => {
    const event = join(root, 'push-event.json');
    writeFileSync(event, JSON.stringify({ before: mainHead, after: 'HEAD' }));
    const r = runAction({ GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: event });
    expect(r.code).toBe(1);
    expect(r.summary).toContain(`Files changed since \`${mainHead}\`.`);
    expect(r.output).toMatch(/^files=2$/m);
  });

  it('elsewhere, or for a new branch, checks every file', () => {
    const event = join(root, 'new-branch.json');
    writeFileSync(event, JSON.stringify({ before: '0000000000000000000000000000000000000000' }));
    const r = runAction({ GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: event });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('file=labs/old-broken.yaml');
    expect(r.summary).toContain('All files under: ..');
    expect(r.output).toMatch(/^files=4$/m);
  });

  it('passes when the pull request only adds valid files, in the language asked', () => {
    const r = runAction({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_BASE_REF: 'main', INPUT_PATHS: 'labs/new-good.yaml', INPUT_LANG: 'fr' });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('::error');
    expect(r.summary).toMatch(/1 fichier vérifié : 0 erreur,/);
    expect(r.output).toMatch(/^errors=0$/m);
  });

  it('stops with exit 2 and an annotation when the base ref is unknown', () => {
    const r = runAction({ INPUT_BASE_REF: 'no-such-branch' });
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('::error title=c21lab::git does not know the base ref "no-such-branch"');
    expect(r.stdout).toContain('fetch-depth: 0');
  });
});

describe('the summary script on its own', () => {
  it('escapes table cells and caps nothing it should not', () => {
    const dir = mkdtempSync(join(root, 'summary-'));
    const result = {
      ok: false,
      strict: false,
      summary: { files: 1, errors: 1, warnings: 0, skipped: 0 },
      files: [{ file: 'a|b.yaml', kind: 'assessment', errors: 1, warnings: 0, findings: [
        { file: 'a|b.yaml', line: 3, column: 5, severity: 'error', rule: 'schema', message: 'found <script>alert(1)</script> | and\na newline' },
      ] }],
    };
    writeFileSync(join(dir, 'result.json'), JSON.stringify(result));
    const out = join(dir, 'summary.md');
    writeFileSync(out, '# earlier step\n');
    const r = spawnSync(process.execPath, [SUMMARY, join(dir, 'result.json'), '--base', 'origin/main'], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH, GITHUB_STEP_SUMMARY: out, GITHUB_WORKSPACE: dir },
    });
    expect(r.status).toBe(0);
    const md = readFileSync(out, 'utf8');
    expect(md.startsWith('# earlier step\n')).toBe(true); // appended, as GitHub expects
    expect(md).toContain('| ❌ `a\\|b.yaml` | assessment | 1 | 0 |');
    // File content sits in a code span, where Markdown and HTML are shown, never run.
    expect(md).toContain('| `found <script>alert(1)</script> \\| and\\na newline` |');
    expect(md.replace(/`[^`\n]*`/g, '')).not.toContain('<script>');
  });

  it('prints the summary when not under GitHub, and exits 2 on a missing file', () => {
    const r = spawnSync(process.execPath, [SUMMARY, join(root, 'nope.json')], { encoding: 'utf8', env: { PATH: process.env.PATH } });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('cannot read');
  });
});

describe('action.yml and .pre-commit-hooks.yaml', () => {
  it('action.yml is a composite action with the documented inputs', () => {
    const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
      name: string;
      inputs: Record<string, { description: string; default?: string }>;
      outputs: Record<string, { value: string }>;
      runs: { using: string; steps: { uses?: string; run?: string; shell?: string; env?: Record<string, string>; 'working-directory'?: string }[] };
    };
    expect(action.name).toBeTruthy();
    expect(Object.keys(action.inputs)).toEqual(expect.arrayContaining(['paths', 'base-ref', 'strict', 'node-version']));
    for (const input of Object.values(action.inputs)) expect(input.description).toBeTruthy();
    expect(action.inputs['strict']?.default).toBe('false');
    expect(action.runs.using).toBe('composite');
    const steps = action.runs.steps;
    expect(steps[0]?.uses).toMatch(/^actions\/setup-node@v\d+$/);
    const install = steps.find((s) => s.run?.includes('npm ci'));
    expect(install?.['working-directory']).toBe('${{ github.action_path }}');
    // dist/ is committed: the runtime dependencies alone, no compiler and no build.
    expect(install?.run).toContain('--omit=dev');
    expect(install?.run).not.toContain('npm run build');
    // A supported Node LTS by default, and a way to leave the caller's Node alone.
    expect(action.inputs['node-version']?.default).toBe('24');
    expect((steps[0] as { if?: string }).if).toBe("inputs.node-version != ''");
    const validate = steps.find((s) => s.run?.includes('action/validate.mjs'));
    expect(validate?.shell).toBe('bash');
    // Inputs reach the script through the environment, never pasted into the shell line.
    expect(validate?.run).not.toContain('${{');
    expect(validate?.env?.INPUT_BASE_REF).toBe('${{ inputs.base-ref }}');
    for (const s of steps.filter((x) => x.run)) expect(s.shell).toBe('bash');
    expect(Object.keys(action.outputs)).toEqual(['files', 'errors', 'warnings']);
  });

  it('.pre-commit-hooks.yaml declares the node hooks running c21lab validate on YAML files', () => {
    const hooks = parse(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Record<string, unknown>[];
    expect(Array.isArray(hooks)).toBe(true);
    const main = hooks.find((h) => h.id === 'c21lab-validate');
    expect(main).toMatchObject({ language: 'node', entry: 'c21lab validate', files: '\\.(ya?ml)$' });
    expect(new RegExp(String(main?.files)).test('labs/a.yml')).toBe(true);
    expect(new RegExp(String(main?.files)).test('README.md')).toBe(false);
    for (const h of hooks) {
      expect(h).toHaveProperty('name');
      expect(h).toHaveProperty('entry');
      expect(String(h.entry).split(' ')[0]).toBe('c21lab');
    }
    // The entry is the package's own bin, which pre-commit installs from the repository.
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> };
    expect(pkg.bin).toHaveProperty('c21lab');
  });
});
