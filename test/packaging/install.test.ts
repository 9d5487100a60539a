// The README's install paths, for real: what the package carries, a global
// install from a clone (a copy, --install-links), then uninstall.
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { join } from 'node:path';
import { afterAll, beforeAll, it } from 'vitest';
import { ROOT, tempDir } from '../helpers/cli.js';
import { gitEnv, run, snapshotProject } from './package-repo.js';

let dir: string;
let cleanup: () => Promise<void>;
let env: NodeJS.ProcessEnv;
let source: string;
const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir('c21lab-install-'));
  env = { ...gitEnv(dir), LANG: 'C', NO_COLOR: '1' };
  delete env.npm_config_prefix;
  delete env.NPM_CONFIG_PREFIX;
  source = join(dir, 'clone');
  await snapshotProject(source, env);
}, 120_000);
afterAll(() => cleanup());

// The three checks are independent (the clone is only read; each install has
// its own prefix or copy) and mostly wait on npm, so they run at once.

it.concurrent('the package carries the built code, schemas, data, licence and man page, and no sources or tests', async ({ expect }) => {
  const r = await run('npm', ['pack', '--dry-run', '--json'], source, env);
  expect(r.code, r.stderr).toBe(0);
  const files = (JSON.parse(r.stdout) as Array<{ files: Array<{ path: string }> }>)[0]!.files.map((f) => f.path);
  for (const f of ['bin/c21lab.js', 'dist/cli/main.js', 'dist/c21lab.1', 'LICENSE', 'README.md', 'package.json', '.c21lab/schemas/v1/assessment.schema.json', 'schemas/assessment.schema.json', 'data/frameworks/culture21-actions.yaml']) {
    expect(files).toContain(f);
  }
  expect(files.filter((f) => /^(src|test|bench|\.ci)\//.test(f))).toEqual([]);
  const pkg = JSON.parse(readFileSync(join(source, 'package.json'), 'utf8')) as Record<string, unknown>;
  expect(pkg.license).toBe('MIT');
  expect(Object.keys(pkg)).toEqual(expect.arrayContaining(['repository', 'homepage', 'bugs']));
  expect(Object.keys(pkg.scripts as object)).not.toEqual(expect.arrayContaining(['prepare']));
  // Any of these makes npm run scripts at pack time (polluting the output pre-commit 3.x reads) or
  // "prepare" a git install (which needs dev dependencies, and under npm 11 -g leaves a dangling link).
  for (const hook of ['preinstall', 'install', 'postinstall', 'prepare', 'prepack', 'postpack', 'build']) {
    expect(pkg.scripts, `no "${hook}" script: see README, "CI integration", pre-commit`).not.toHaveProperty(hook);
  }
}, 60_000);

it.concurrent('installs globally from a clone as a copy, runs, and uninstalls', async ({ expect }) => {
  const prefix = join(dir, 'prefix');
  const install = await run('npm', ['install', '-g', '--install-links', '--prefix', prefix, source, '--no-audit', '--no-fund'], dir, env);
  expect(install.code, install.stderr).toBe(0);
  const bin = join(prefix, 'bin', 'c21lab');
  const v = await run(bin, ['--version'], dir, env);
  expect(v.stdout.trim()).toBe(version);
  expect(existsSync(join(prefix, 'share', 'man', 'man1', 'c21lab.1'))).toBe(true);
  const demo = await run(bin, ['demo', join(dir, 'demo')], dir, env);
  expect(demo.code, demo.stderr).toBe(0);
  expect(existsSync(join(dir, 'demo', 'report.html'))).toBe(true);
  const remove = await run('npm', ['uninstall', '-g', '--prefix', prefix, 'c21lab'], dir, env);
  expect(remove.code, remove.stderr).toBe(0);
  expect(existsSync(bin)).toBe(false);
}, 300_000);

it.concurrent('the Action’s install step works on a clone: runtime dependencies only, no compiler, no build', async ({ expect }) => {
  const action = parse(readFileSync(join(source, 'action.yml'), 'utf8')) as { runs: { steps: Array<{ name?: string; run?: string }> } };
  const step = action.runs.steps.find((s) => s.name === 'Install c21lab');
  expect(step?.run).toBeTruthy();
  const copy = join(dir, 'action-path');
  cpSync(source, copy, { recursive: true });
  const r = await run('bash', ['-euo', 'pipefail', '-c', step?.run as string], copy, env);
  expect(r.code, r.stderr).toBe(0);
  expect(r.stdout.trim().split('\n').pop()).toBe(version);
  expect(existsSync(join(copy, 'node_modules', 'typescript'))).toBe(false);
  const v = await run(process.execPath, [join(copy, 'bin', 'c21lab.js'), 'validate', join(copy, 'data', 'examples')], copy, env);
  expect(v.code, v.stdout + v.stderr).toBe(0);
}, 300_000);
