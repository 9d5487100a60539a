// The published pre-commit hook, installed and run by Debian's real
// `pre-commit` (3.x: `npm install` in the hook's clone, `npm pack`, whose
// standard output must be the tarball name alone, then `npm install -g` of
// that tarball) on a temporary repository. pre-commit 4.6.2 and later install
// with `npm install --allow-git=root --install-links -g git+file://CLONE`
// instead; that command is run here too, since 4.x is not a Debian package.
// 4.6.1's command (no --install-links) and a plain `npm install -g git+URL`
// are run too: with npm 11 they break on a package that has a `build` script
// (npm "prepares" it into a link to a deleted clone), which is why c21lab's
// compile step is called `compile`.
// The hook repository is a local git repository (the run's shared snapshot,
// shared-install.ts, only read here): nothing but the npm registry is reached.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { tempDir } from '../helpers/cli.js';
import { git, gitEnv, run, validAssessment } from './package-repo.js';
import { sharedSnapshot } from './shared-install.js';

const hasPreCommit = existsSync('/usr/bin/pre-commit');

// The installs are independent (each its own prefix and repository) and spend
// much of their time waiting on git, npm's cache and the registry, so they run
// at once: `expect` comes from each test's context, as concurrent tests need.
describe.skipIf(!hasPreCommit).concurrent('pre-commit hook', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let env: NodeJS.ProcessEnv;
  let hookRepo: string;
  let rev: string;

  beforeAll(async () => {
    ({ dir, cleanup } = await tempDir('c21lab-precommit-'));
    env = { ...gitEnv(dir), PRE_COMMIT_HOME: join(dir, 'cache'), LANG: 'C.UTF-8', NO_COLOR: '1' };
    delete env.npm_config_prefix;
    delete env.NPM_CONFIG_PREFIX;
    ({ source: hookRepo, rev } = await sharedSnapshot());
  }, 120_000);
  afterAll(() => cleanup());

  it('pre-commit accepts the hook manifest', async ({ expect }) => {
    const r = await run('pre-commit', ['validate-manifest', '.pre-commit-hooks.yaml'], hookRepo, env);
    expect(r.code, r.stdout + r.stderr).toBe(0);
  });

  it('npm pack prints the tarball name and nothing else (pre-commit 3.x reads it)', async ({ expect }) => {
    const r = await run('npm', ['pack', '--dry-run'], hookRepo, env);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toMatch(/^c21lab-\d+\.\d+\.\d+\.tgz$/);
  }, 60_000);

  it('blocks a commit with located findings and lets a valid one through', async ({ expect }) => {
    const repo = join(dir, 'assessments');
    await git(dir, env, 'init', '-q', '-b', 'main', repo);
    writeFileSync(
      join(repo, '.pre-commit-config.yaml'),
      ['repos:', `  - repo: ${hookRepo}`, `    rev: ${rev}`, '    hooks:', '      - id: c21lab-validate', ''].join('\n'),
    );
    const install = await run('pre-commit', ['install'], repo, env);
    expect(install.code, install.stderr).toBe(0);

    writeFileSync(join(repo, 'good.yaml'), validAssessment());
    await git(repo, env, 'add', '.');
    const good = await run('git', ['commit', '-m', 'A valid assessment'], repo, env);
    expect(good.code, good.stdout + good.stderr).toBe(0);
    expect(good.stdout + good.stderr).toMatch(/c21lab validate\.+Passed/);

    writeFileSync(join(repo, 'bad.yaml'), validAssessment().replace('"3": { score: 5 }', '"3": { score: 12 }'));
    await git(repo, env, 'add', 'bad.yaml');
    const bad = await run('git', ['commit', '-m', 'A broken assessment'], repo, env);
    expect(bad.code).not.toBe(0);
    const out = bad.stdout + bad.stderr;
    expect(out).toMatch(/c21lab validate\.+Failed/);
    expect(out).toMatch(/bad\.yaml:9:\d+ error score-out-of-scale/);
    const log = await git(repo, env, 'log', '--format=%s');
    expect(log.stdout.trim()).toBe('A valid assessment');
  }, 600_000);

  it.for([
    ['pre-commit 4.6.2 and later', ['--allow-git=root', '--install-links']],
    ['pre-commit 4.6.1', ['--allow-git=root']],
    ['a plain npm install -g git+URL', []],
  ] as Array<[string, string[]]>)('installs from git the way %s does, with no compiler', { timeout: 600_000 }, async ([, flags], { expect }) => {
    const prefix = join(dir, `prefix-${flags.length}`);
    const installEnv = { ...env, npm_config_prefix: prefix };
    // At a lower CPU priority (the same command, only scheduled later): the
    // hook's own install above is the longest chain of the suite, so these
    // three use what CPU it leaves, at the priority of the other test files
    // (test/helpers/worker-priority.ts).
    const r = await run('nice', ['-n', '10', 'npm', 'install', ...flags, '-g', `git+file://${hookRepo}#${rev}`, '--no-audit', '--no-fund'], dir, installEnv);
    expect(r.code, r.stderr).toBe(0);
    const work = join(dir, `check-${flags.length}`);
    await git(dir, env, 'init', '-q', work);
    writeFileSync(join(work, 'bad.yaml'), validAssessment().replace('"3": { score: 5 }', '"3": { score: 12 }'));
    const v = await run(join(prefix, 'bin', 'c21lab'), ['validate', 'bad.yaml'], work, env);
    expect(v.code, v.stderr).toBe(1);
    expect(v.stdout).toMatch(/^bad\.yaml:9:\d+ error score-out-of-scale/m);
  });
});
