// Editor validation survives a clone, offline, whatever way c21lab was
// installed: c21lab, installed into a temporary prefix as a facilitator
// installs it (the run's shared install, shared-install.ts), makes a file in a
// git repository of LAB files, the repository is cloned to another folder and
// nothing in the clone refers to the install; the real yaml-language-server,
// driven over LSP, then loads the schema from the clone alone and reports the
// file's errors at the same line:col as `validate`.
import { existsSync, lstatSync, readdirSync, readFileSync, readlinkSync, rmSync, writeFileSync, copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir, EXAMPLES } from '../helpers/cli.js';
import { YamlLanguageServer, type Diagnostic } from './lsp.js';
import { git, gitEnv, run } from './package-repo.js';
import { sharedInstall } from './shared-install.js';

let dir: string;
let cleanup: () => Promise<void>;
let env: NodeJS.ProcessEnv;
let clone: string;
const FILE = 'assessments/testville-2026-05-14.yaml';

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir('c21lab-editor-'));
  env = { ...gitEnv(dir), LANG: 'C', NO_COLOR: '1' };
  delete env.npm_config_prefix;
  delete env.NPM_CONFIG_PREFIX;
  const installed = await sharedInstall();
  const prefix = installed.prefix;
  // npm links the man page generated at build (package.json "man").
  expect(existsSync(join(prefix, 'share', 'man', 'man1', 'c21lab.1'))).toBe(true);

  // A facilitator's repository, made by the installed c21lab.
  const labs = join(dir, 'labs');
  await git(dir, env, 'init', '-q', '-b', 'main', labs);
  const init = await run(join(prefix, 'bin', 'c21lab'), ['init', '--city', 'Testville', '--country', 'ZZ', '--date', '2026-05-14', '-y'], labs, env);
  expect(init.code, init.stderr).toBe(0);
  // Two errors a person makes by hand: a lower-case country code, a misspelt key.
  const path = join(labs, FILE);
  writeFileSync(path, readFileSync(path, 'utf8').replace('country: ZZ', 'country: zz').replace('language: en\n', 'language: en\ncitty: Oops\n'));
  // A bundled example copied in by hand, its $schema line repaired by `c21lab schemas`.
  mkdirSync(join(labs, 'examples'));
  copyFileSync(join(EXAMPLES, 'exampleville-2026.yaml'), join(labs, 'examples', 'exampleville.yaml'));
  const relink = await run(join(prefix, 'bin', 'c21lab'), ['schemas'], labs, env);
  expect(relink.code, relink.stderr).toBe(0);
  expect(relink.stdout).toContain('examples/exampleville.yaml: $schema line now points to ../.c21lab/schemas/v1/assessment.schema.json');
  await git(labs, env, 'add', '-A');
  await git(labs, env, 'commit', '-q', '-m', 'LAB files');

  // Another laptop: a clone in another folder, with no c21lab installed at all. The shared
  // install stays (other files use it), so the clone is checked to have no file or link that
  // points into it: whatever the editor loads, it loads from the clone.
  clone = join(dir, 'elsewhere', 'labs-clone');
  await git(dir, env, 'clone', '-q', labs, clone);
  rmSync(labs, { recursive: true, force: true });
  expect(referencesTo(clone, [installed.dir, prefix])).toEqual([]);
}, 300_000);
afterAll(() => cleanup());

/** Files (outside .git) whose text or link target names one of the folders. */
function referencesTo(root: string, folders: string[]): string[] {
  const found: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      if (name === '.git') continue;
      const path = join(d, name);
      const stat = lstatSync(path);
      if (stat.isDirectory()) walk(path);
      else if (folders.some((f) => (stat.isSymbolicLink() ? readlinkSync(path) : readFileSync(path, 'utf8')).includes(f))) found.push(path);
    }
  };
  walk(root);
  return found;
}

const at = (d: Diagnostic) => `${d.range.start.line + 1}:${d.range.start.character + 1}`;

describe('editor validation after a clone, offline', () => {
  let server: YamlLanguageServer;
  beforeAll(async () => {
    server = new YamlLanguageServer({ validate: true, hover: true, completion: true, schemaStore: { enable: false } });
    await server.start(clone);
  });
  afterAll(() => server.stop());

  it('the clone carries the schema folder and the modeline points into it', () => {
    const first = readFileSync(join(clone, FILE), 'utf8').split('\n')[0];
    expect(first).toBe('# yaml-language-server: $schema=../.c21lab/schemas/v1/assessment.schema.json');
    expect(existsSync(join(clone, '.c21lab/schemas/v1/assessment.schema.json'))).toBe(true);
  });

  it('yaml-language-server reports the errors at the same line:col as c21lab validate', async () => {
    const path = join(clone, FILE);
    const diagnostics = await server.diagnose(path, readFileSync(path, 'utf8'));
    const shown = JSON.stringify(diagnostics, null, 1);
    expect(diagnostics.map((d) => d.message).join('\n')).not.toMatch(/Unable to load schema|Unable to resolve/i);
    const errors = diagnostics.filter((d) => d.severity === 1);
    expect(errors.length, shown).toBeGreaterThanOrEqual(2);

    const v = await runCli(['validate', '--format', 'json', FILE], { cwd: clone });
    expect(v.code).toBe(1);
    const findings = (JSON.parse(v.stdout) as { files: Array<{ findings: Array<{ severity: string; line: number; column: number; rule: string }> }> }).files[0]!.findings;
    const validateAt = new Set(findings.filter((f) => f.severity === 'error').map((f) => `${f.line}:${f.column}`));
    expect([...validateAt].sort()).toEqual(['10:1', '7:10']);
    // Every error the editor shows is one validate reports, at the same place, and both known errors are shown.
    expect(new Set(errors.map(at)), shown).toEqual(validateAt);
  });

  it('hover explains a key from the schema (the schema was loaded, not guessed)', async () => {
    const text = await server.hover(join(clone, FILE), 5, 1); // "city:" on line 6
    expect(text).toMatch(/City/);
  });

  it('the repaired copy of a bundled example validates in the editor too', async () => {
    const path = join(clone, 'examples', 'exampleville.yaml');
    const diagnostics = await server.diagnose(path, readFileSync(path, 'utf8'));
    expect(diagnostics.filter((d) => d.severity === 1), JSON.stringify(diagnostics)).toEqual([]);
  });
});
