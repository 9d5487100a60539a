// `c21lab history` on real git repositories made here: several commits that
// change scores, two commits on one LAB date, an invalid version in between,
// and a `git mv` rename that the history must follow.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../helpers/cli.js';
import { fakeGit, realGit } from '../../helpers/fake-git.js';
import { assessment, git, GIT_ENV, pct, write } from '../../helpers/git-repo.js';

const SCORES_2021 = { 1: 3, 2: 6, 3: 4, 4: 2, 5: 4, 6: 3, 7: 5, 8: 'n/a' as const, 9: 3 };
const SCORES_2021_EDIT = { ...SCORES_2021, 4: 3 };
const SCORES_2023 = { ...SCORES_2021_EDIT, 1: 5, 9: 5 };
const SCORES_2026 = { ...SCORES_2023, 1: 7, 4: 5, 8: 4 };

let root: string;
let repo: string;
const env = { ...GIT_ENV };

interface JsonVersion {
  short: string;
  path: string;
  status: string;
  date: string | null;
  sameDate: boolean;
  percents: (number | null)[] | null;
  na: boolean[] | null;
  change: (number | null)[] | null;
  problem: { rule: string; line: number } | null;
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'c21lab-history-'));
  repo = join(root, 'labs-repo');
  write(repo, 'README.md', 'assessments\n');
  git(repo, 'init', '-q');
  write(repo, 'labs/testville.yaml', assessment('2021-04-10', SCORES_2021));
  git(repo, 'add', '.');
  git(repo, 'commit', '-qm', 'First LAB, day one');
  write(repo, 'labs/testville.yaml', assessment('2021-04-10', SCORES_2021_EDIT));
  git(repo, 'commit', '-qam', 'First LAB, day two: commitment 4 revised');
  // A broken version: a score off the scale and an unknown key.
  write(repo, 'labs/testville.yaml', assessment('2023-05-02', { ...SCORES_2023, 2: 12 }, 'bogus: true\n'));
  git(repo, 'commit', '-qam', 'Second LAB, typed in a hurry');
  write(repo, 'labs/testville.yaml', assessment('2023-05-02', SCORES_2023));
  git(repo, 'commit', '-qam', 'Second LAB, fixed');
  git(repo, 'mv', 'labs/testville.yaml', 'testville.yaml');
  git(repo, 'commit', '-qm', 'Move the assessment to the top');
  write(repo, 'testville.yaml', assessment('2026-06-20', SCORES_2026));
  git(repo, 'commit', '-qam', 'Third LAB');
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

async function historyJson(...extra: string[]) {
  const r = await runCli(['history', 'testville.yaml', '--format', 'json', ...extra], { cwd: repo, env });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as { c21lab: string; path: string; versions: JsonVersion[]; trend: { id: string; first: number | null; latest: number | null; change: number | null; na: { first: boolean; latest: boolean } }[] };
}

describe('c21lab history', () => {
  it('lists every committed version, oldest first, following the rename', async () => {
    const h = await historyJson();
    expect(h.c21lab).toBe('history/1');
    expect(h.path).toBe('testville.yaml');
    expect(h.versions.map((v) => v.status)).toEqual(['ok', 'ok', 'invalid', 'ok', 'ok', 'ok']);
    expect(h.versions.map((v) => v.path)).toEqual([
      'labs/testville.yaml', 'labs/testville.yaml', 'labs/testville.yaml', 'labs/testville.yaml', 'testville.yaml', 'testville.yaml',
    ]);
    expect(h.versions.map((v) => v.date)).toEqual(['2021-04-10', '2021-04-10', '2023-05-02', '2023-05-02', '2023-05-02', '2026-06-20']);
  });

  it('scores each version with the nine percentages and keeps n/a and gaps apart', async () => {
    const h = await historyJson();
    const [first, , , , , last] = h.versions;
    expect(first?.percents).toEqual([pct(3), pct(6), pct(4), pct(2), pct(4), pct(3), pct(5), null, pct(3)]);
    expect(last?.percents).toEqual([pct(7), pct(6), pct(4), pct(5), pct(4), pct(3), pct(5), pct(4), pct(5)]);
    expect(first?.na).toEqual([false, false, false, false, false, false, false, true, false]); // 8 is n/a, not a gap
    expect(h.versions[2]?.na).toBeNull(); // the invalid version has neither percents nor n/a
  });

  it('gives the change since the first version, per commitment', async () => {
    const h = await historyJson();
    const last = h.versions[5];
    expect(last?.change?.[0]).toBe(50); // 25.0 → 75.0
    expect(last?.change?.[3]).toBe(37.5); // 12.5 → 50.0
    expect(last?.change?.[7]).toBeNull(); // n/a in the first version: no difference
    expect(h.trend.find((t) => t.id === '9')).toEqual({ id: '9', first: 25, latest: 50, change: 25, na: { first: false, latest: false } });
    expect(h.trend.find((t) => t.id === '8')).toEqual({ id: '8', first: null, latest: pct(4), change: null, na: { first: true, latest: false } });
  });

  it('keeps an invalid version with its reason instead of failing', async () => {
    const h = await historyJson();
    const bad = h.versions[2];
    expect(bad?.percents).toBeNull();
    expect(bad?.problem?.rule).toBeTruthy();
    expect(bad?.problem?.line).toBeGreaterThan(0);
  });

  it('marks versions that share a LAB date, and --per-lab keeps the last of each', async () => {
    const h = await historyJson();
    expect(h.versions.map((v) => v.sameDate)).toEqual([false, true, false, false, true, false]);
    const perLab = await historyJson('--per-lab');
    expect(perLab.versions.map((v) => `${v.date} ${v.status}`)).toEqual([
      '2021-04-10 ok', '2023-05-02 invalid', '2023-05-02 ok', '2026-06-20 ok',
    ]);
    expect(perLab.versions[0]?.short).toBe(h.versions[1]?.short);
  });

  it('prints a versions table, the invalid version\'s note and a trend table', async () => {
    const r = await runCli(['history', 'testville.yaml'], { cwd: repo, env });
    expect(r.code).toBe(0);
    const h = await historyJson();
    const bad = h.versions[2] as JsonVersion;
    expect(r.stdout).toContain('History of testville.yaml: 6 versions in git');
    expect(r.stdout).toContain(`${bad.short}: not scored: line`);
    expect(r.stdout).toContain('Several commits carry the same LAB date');
    expect(r.stdout).toMatch(/Change since the first version \(2021-04-10 \w+ → 2026-06-20 \w+\)/);
    expect(r.stdout).toMatch(/1 {2}Cultural rights\s+25\.0\s+75\.0\s+\+50\.0/);
  });

  it('is deterministic: the same repository gives the same bytes', async () => {
    const a = await runCli(['history', 'testville.yaml', '--format', 'json'], { cwd: repo, env });
    const b = await runCli(['history', 'testville.yaml', '--format', 'json'], { cwd: repo, env });
    expect(a.stdout).toBe(b.stdout);
  });

  it('overlays the versions on a radar with --radar', async () => {
    const r = await runCli(['history', 'testville.yaml', '--per-lab', '--radar', 'out/history.svg'], { cwd: repo, env });
    expect(r.code).toBe(0);
    const svg = readFileSync(join(repo, 'out', 'history.svg'), 'utf8');
    expect(svg).toContain('<svg');
    for (const date of ['2021-04-10', '2023-05-02', '2026-06-20']) expect(svg).toContain(date);
    rmSync(join(repo, 'out'), { recursive: true });
  });

  it('--radar - writes the SVG alone to stdout, no table and no file', async () => {
    const r = await runCli(['history', 'testville.yaml', '--per-lab', '--radar', '-'], { cwd: repo, env });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^(<\?xml[^>]*>\s*)?<svg/);
    expect(r.stdout.trimEnd()).toMatch(/<\/svg>$/);
    for (const date of ['2021-04-10', '2023-05-02', '2026-06-20']) expect(r.stdout).toContain(date);
    expect(r.stderr).toBe('');
    expect(existsSync(join(repo, '-'))).toBe(false);
  });

  it('says when the working copy has uncommitted changes', async () => {
    const file = join(repo, 'testville.yaml');
    const before = readFileSync(file, 'utf8');
    writeFileSync(file, before.replace('score: 7', 'score: 8'));
    try {
      const r = await runCli(['history', 'testville.yaml'], { cwd: repo, env });
      expect(r.stdout).toContain('changes not yet committed');
    } finally {
      writeFileSync(file, before);
    }
  });
});

describe('c21lab history: clear errors, exit 2', () => {
  it('outside a git repository', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'c21lab-nogit-'));
    try {
      write(dir, 'a.yaml', assessment('2021-04-10', SCORES_2021));
      const r = await runCli(['history', 'a.yaml'], { cwd: dir, env: { ...env, GIT_CEILING_DIRECTORIES: tmpdir() } });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('a.yaml is not inside a git repository');
      expect(r.stderr).not.toMatch(/\n\s+at /);
      const fr = await runCli(['history', 'a.yaml', '--lang', 'fr'], { cwd: dir, env: { ...env, GIT_CEILING_DIRECTORIES: tmpdir() } });
      expect(fr.stderr).toContain('a.yaml n’est pas dans un dépôt git');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('for a file git does not track, and for a file that does not exist', async () => {
    write(repo, 'draft.yaml', assessment('2027-01-01', SCORES_2021));
    try {
      const r = await runCli(['history', 'draft.yaml'], { cwd: repo, env });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('draft.yaml is not tracked by git');
      expect(r.stderr).toContain('git add draft.yaml');
    } finally {
      rmSync(join(repo, 'draft.yaml'));
    }
    const missing = await runCli(['history', 'nowhere.yaml'], { cwd: repo, env });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nowhere.yaml: no such file');
  });

  it('when git is not installed', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'c21lab-nopath-'));
    try {
      const r = await runCli(['history', 'testville.yaml'], { cwd: repo, env: { ...env, PATH: empty } });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('git is not installed');
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it.skipIf(process.platform === 'win32')('when git stops answering: stopped after 30 s, in the user\'s language, never a hang', async () => {
    // A git first on PATH that hands every command to the real one but `cat-file`, which reads the requests
    // and answers none (a partial clone's fetch that stalls), and says when it has started.
    const silent = fakeGit(`case "$1" in cat-file) : > "$(dirname "$0")/started"; cat >/dev/null;; *) exec '${realGit()}' "$@";; esac`, env);
    const started = join(silent.dir, 'started');
    // The 30 s on fake timers, so the test takes none of them: only setTimeout (the bound's), and only here
    // (the suite shares a process between files, on real timers).
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      for (const [lang, said, hint] of [
        ['en', 'git did not answer within 30 s while reading the history of testville.yaml, and was stopped', 'Check that "git log -p -- testville.yaml" answers'],
        ['fr', 'git n’a pas répondu en 30 s en lisant l’historique de testville.yaml, et a été arrêté', 'Vérifiez que « git log -p -- testville.yaml » répond'],
        ['es', 'git no respondió en 30 s al leer el historial de testville.yaml y fue detenido', 'Compruebe que «git log -p -- testville.yaml» responde'],
      ] as const) {
        rmSync(started, { force: true });
        let done = false;
        const run = runCli(['--lang', lang, 'history', 'testville.yaml'], { cwd: repo, env: silent.env, binary: false }).finally(() => (done = true));
        await vi.waitFor(() => expect(existsSync(started)).toBe(true), { timeout: 20_000, interval: 10 });
        await vi.advanceTimersByTimeAsync(29_999);
        expect(done).toBe(false);
        await vi.advanceTimersByTimeAsync(1);
        const r = await run;
        expect(r.code).toBe(2);
        expect(r.stderr).toContain(said);
        expect(r.stderr).toContain(hint);
        expect(r.stderr).not.toMatch(/\n\s+at /);
      }
    } finally {
      vi.useRealTimers();
      silent.cleanup();
    }
  });

  it('for an unknown format', async () => {
    const r = await runCli(['history', 'testville.yaml', '--format', 'xml'], { cwd: repo, env });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("argument 'xml' is invalid. Allowed choices are table, json.");
  });
});

describe('history of something that is not a regular file', () => {
  it.skipIf(process.platform === 'win32')('a FIFO gets the safe reader\'s located finding, never "no such file"', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'c21lab-history-fifo-'));
    try {
      execFileSync('mkfifo', [join(dir, 'pipe.yaml')]);
      const r = await runCli(['history', 'pipe.yaml'], { cwd: dir });
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('pipe.yaml:1:1 error not-a-file');
      expect(r.stderr).not.toContain('no such file');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
