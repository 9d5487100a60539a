// `c21lab history`: every overall figure says what it is the mean of. Each
// version's Overall states its coverage, and the trend's overall row is over
// the commitments scored in both versions, so a commitment scored for the first
// time (here 8, n/a at first; 4, not scored at first) does not read as progress.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/cli.js';
import { assessment, git, GIT_ENV, pct, write } from '../../helpers/git-repo.js';

const BEFORE = { 1: 3, 2: 6, 3: 4, 8: 'n/a' as const };
const AFTER = { 1: 5, 2: 6, 3: 4, 4: 9, 8: 9 };

let root: string;
const env = { ...GIT_ENV };

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'c21lab-history-cover-'));
  git(root, 'init', '-q');
  write(root, 'lab.yaml', assessment('2021-04-10', BEFORE));
  git(root, 'add', '.');
  git(root, 'commit', '-qm', 'First LAB');
  write(root, 'lab.yaml', assessment('2024-04-10', AFTER));
  git(root, 'commit', '-qam', 'Second LAB');
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

const mean = (values: number[]) => Math.round((values.reduce((s, v) => s + v, 0) / values.length) * 10) / 10;

describe('history: overall figures state their coverage', () => {
  it('JSON gives each version its coverage and the trend an overall over the common commitments', async () => {
    const r = await runCli(['history', 'lab.yaml', '--format', 'json'], { cwd: root, env });
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as {
      versions: { overall: number; overallCoverage: { scored: number; total: number } }[];
      trendOverall: { ids: string[]; total: number; first: number; latest: number; change: number };
    };
    expect(doc.versions.map((v) => v.overallCoverage)).toEqual([{ scored: 3, total: 9 }, { scored: 5, total: 9 }]);
    expect(doc.trendOverall.ids).toEqual(['1', '2', '3']);
    expect(doc.trendOverall.total).toBe(9);
    const first = mean([pct(3), pct(6), pct(4)]);
    const latest = mean([pct(5), pct(6), pct(4)]);
    expect(doc.trendOverall.first).toBe(first);
    expect(doc.trendOverall.latest).toBe(latest);
    expect(doc.trendOverall.change).toBe(Math.round((latest - first) * 10) / 10);
    // The version's own overall (all it scored) is not what the trend compares.
    expect(doc.versions[1]?.overall).not.toBe(latest);
  });

  it.each([
    ['en', '(3/9)', '(5/9)', 'Overall (3 of 9 commitments, those scored in both)', 'means 3 of the 9 commitments'],
    ['fr', '(3/9)', '(5/9)', 'Global (3 engagements sur 9, ceux notés dans les deux)', 'signifie 3 engagements sur 9'],
    ['es', '(3/9)', '(5/9)', 'Global (3 de 9 compromisos, los puntuados en ambas)', 'significa 3 de los 9 compromisos'],
  ])('the %s table says it in the Overall column, its note and the trend row', async (lang, before, after, trendLabel, note) => {
    const r = await runCli(['--lang', lang, 'history', 'lab.yaml'], { cwd: root, env });
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    const row = (date: string) => lines.find((l) => l.startsWith(date)) ?? '';
    expect(row('2021-04-10').trimEnd().endsWith(before)).toBe(true);
    expect(row('2024-04-10').trimEnd().endsWith(after)).toBe(true);
    expect(r.stdout).toContain(trendLabel);
    expect(r.stdout).toContain(note);
  });
});
