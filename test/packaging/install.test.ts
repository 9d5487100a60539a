// The README's install paths, for real: what the package carries, a global
// install from a clone (a copy, --install-links: the run's one shared install,
// shared-install.ts), then uninstall; the lockfile that npm ci and pre-commit's
// npm install in its clone read; and the Action's own install step.
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { join } from 'node:path';
import { afterAll, beforeAll, it } from 'vitest';
import { ROOT, tempDir } from '../helpers/cli.js';
import { run } from './package-repo.js';
import { sharedSnapshot, sharedInstall, type Snapshot } from './shared-install.js';

let dir: string;
let cleanup: () => Promise<void>;
let shared: Snapshot;
const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir('c21lab-install-'));
  shared = await sharedSnapshot();
}, 120_000);
afterAll(() => cleanup());

// The checks are independent (the clone and the shared install are only
// read; the uninstall and the Action's install work on copies) and mostly wait
// on npm, so they run at once.

it.concurrent('the package carries the built code, schemas, data, licence and man page, and no sources or tests', async ({ expect }) => {
  const r = await run('npm', ['pack', '--dry-run', '--json'], shared.source, shared.env);
  expect(r.code, r.stderr).toBe(0);
  const files = (JSON.parse(r.stdout) as Array<{ files: Array<{ path: string }> }>)[0]!.files.map((f) => f.path);
  for (const f of ['bin/c21lab.js', 'dist/cli/main.js', 'dist/c21lab.1', 'LICENSE', 'README.md', 'package.json', '.c21lab/schemas/v1/assessment.schema.json', 'schemas/assessment.schema.json', 'data/frameworks/culture21-actions.yaml']) {
    expect(files).toContain(f);
  }
  expect(files.filter((f) => /^(src|test|bench|\.ci)\//.test(f))).toEqual([]);
  const pkg = JSON.parse(readFileSync(join(shared.source, 'package.json'), 'utf8')) as Record<string, unknown>;
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
  const installed = await sharedInstall();
  const v = await run(installed.bin, ['--version'], dir, installed.env);
  expect(v.stdout.trim()).toBe(version);
  expect(existsSync(join(installed.prefix, 'share', 'man', 'man1', 'c21lab.1'))).toBe(true);
  const demo = await run(installed.bin, ['demo', join(dir, 'demo')], dir, installed.env);
  expect(demo.code, demo.stderr).toBe(0);
  expect(existsSync(join(dir, 'demo', 'report.html'))).toBe(true);
  // Uninstalled from a copy of the prefix (links kept as they are), since other files use the shared one.
  const prefix = join(dir, 'prefix');
  cpSync(installed.prefix, prefix, { recursive: true, verbatimSymlinks: true });
  const bin = join(prefix, 'bin', 'c21lab');
  expect((await run(bin, ['--version'], dir, installed.env)).stdout.trim()).toBe(version);
  const remove = await run('npm', ['uninstall', '-g', '--prefix', prefix, 'c21lab'], dir, installed.env);
  expect(remove.code, remove.stderr).toBe(0);
  expect(existsSync(bin)).toBe(false);
  expect(existsSync(join(prefix, 'lib', 'node_modules', 'c21lab'))).toBe(false);
  expect(existsSync(join(prefix, 'share', 'man', 'man1', 'c21lab.1'))).toBe(false);
}, 300_000);

it.concurrent('the lockfile names each registry package’s tarball, so installs from it look nothing up first', async ({ expect }) => {
  // Without "resolved", npm ci (the Action's, CI's) and pre-commit's npm install in its clone
  // read every package's registry document first, for twice the CPU: README, "Tests"; to
  // fill them in, .ci/lock-resolved.mjs. An npm-shrinkwrap.json would take the lockfile's
  // place for npm ci, and the clone, tarball and git installs ignore it (README, "Tests").
  const lock = JSON.parse(readFileSync(join(shared.source, 'package-lock.json'), 'utf8')) as { packages: Record<string, { resolved?: string; link?: boolean }> };
  const entries = Object.entries(lock.packages).filter(([path, entry]) => path !== '' && !entry.link);
  expect(entries.length).toBeGreaterThan(0);
  expect(entries.filter(([, entry]) => !entry.resolved?.startsWith('https://registry.npmjs.org/')).map(([path]) => path)).toEqual([]);
  expect(readFileSync(join(shared.source, '.npmrc'), 'utf8')).toMatch(/^omit-lockfile-registry-resolved=false$/m);
  expect(existsSync(join(shared.source, 'npm-shrinkwrap.json'))).toBe(false);
});

it.concurrent('the Action’s install step works on a clone: runtime dependencies only, no compiler, no build', async ({ expect }) => {
  const action = parse(readFileSync(join(shared.source, 'action.yml'), 'utf8')) as { runs: { steps: Array<{ name?: string; run?: string }> } };
  const step = action.runs.steps.find((s) => s.name === 'Install c21lab');
  expect(step?.run).toBeTruthy();
  const copy = join(dir, 'action-path');
  cpSync(shared.source, copy, { recursive: true });
  // At a lower CPU priority (the same step, only scheduled later): nothing waits for it.
  const r = await run('nice', ['-n', '5', 'bash', '-euo', 'pipefail', '-c', step?.run as string], copy, shared.env);
  expect(r.code, r.stderr).toBe(0);
  expect(r.stdout.trim().split('\n').pop()).toBe(version);
  expect(existsSync(join(copy, 'node_modules', 'typescript'))).toBe(false);
  const v = await run(process.execPath, [join(copy, 'bin', 'c21lab.js'), 'validate', join(copy, 'data', 'examples')], copy, shared.env);
  expect(v.code, v.stdout + v.stderr).toBe(0);
}, 300_000);
