// `c21lab history`: every overall figure says what it is the mean of. Each
// version's Overall states its coverage, and the trend's overall row is over
// the commitments scored in both versions, so a commitment scored for the first
// time (here 8, n/a at first; 4, not scored at first) does not read as progress.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
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

// Commitment 8 is n/a in the first version (a judgement of the group), 5 is not scored in either:
// every output says n/a for the one and "not scored" for the other, as `score` and `compare` do.
describe('history: n/a is told apart from "not scored"', () => {
  it('JSON gives each version an `na` beside its percents, as `compare --format json` does, and the trend both sides', async () => {
    const r = await runCli(['history', 'lab.yaml', '--format', 'json'], { cwd: root, env });
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as {
      versions: { percents: (number | null)[]; na: boolean[]; change: (number | null)[] }[];
      trend: { id: string; first: number | null; latest: number | null; change: number | null; na: { first: boolean; latest: boolean } }[];
      trendOverall: { ids: string[] };
    };
    const [before, after] = doc.versions;
    expect(before?.percents[7]).toBeNull();
    expect(before?.na).toEqual([false, false, false, false, false, false, false, true, false]);
    expect(after?.na).toEqual([false, false, false, false, false, false, false, false, false]);
    expect(after?.change[7]).toBeNull(); // n/a then: no difference, not progress
    expect(doc.trend[7]).toEqual({ id: '8', first: null, latest: 100, change: null, na: { first: true, latest: false } });
    expect(doc.trend[4]).toEqual({ id: '5', first: null, latest: null, change: null, na: { first: false, latest: false } });
    expect(doc.trendOverall.ids).not.toContain('8');
  });

  it.each([
    ['en', 'n/a', 'Information, knowledge', '— means not scored; n/a, not applicable.', 'Information, knowledge n/a', 'Economy not scored'],
    ['fr', 's.o.', 'Information, savoir', '— signifie non noté ; s.o., sans objet.', 'Information, savoir s.o.', 'Économie non noté'],
    ['es', 'n/a', 'Información, saber', '— significa sin puntuar; n/a, no aplicable.', 'Información, saber n/a', 'Economía sin puntuar'],
  ])('the %s table, trend and radar say n/a where it is n/a, and — where not scored', async (lang, na, short8, note, descNa, descNotScored) => {
    const r = await runCli(['--lang', lang, 'history', 'lab.yaml', '--radar', `na-${lang}.svg`], { cwd: root, env });
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    // Versions table: columns 1–9 after date, commit and committed; 8 is n/a, 5 not scored.
    const cells = (lines.find((l) => l.startsWith('2021-04-10')) ?? '').trim().split(/\s{2,}/);
    expect(cells.slice(3, 12)).toEqual([expect.any(String), expect.any(String), expect.any(String), '—', '—', '—', '—', na, '—']);
    expect(r.stdout).toContain(note);
    const trend8 = (lines.find((l) => l.startsWith(`8  ${short8}`)) ?? '').trim().split(/\s{2,}/);
    expect(trend8.slice(-3)).toEqual([na, localPct(100, lang), '—']);
    const trend5 = (lines.find((l) => l.startsWith('5  ')) ?? '').trim().split(/\s{2,}/);
    expect(trend5.slice(-3)).toEqual(['—', '—', '—']);
    const svg = readFileSync(join(root, `na-${lang}.svg`), 'utf8');
    const desc = /<desc[^>]*>([^<]*)<\/desc>/.exec(svg)?.[1] ?? '';
    expect(desc).toContain(`8. ${descNa}`);
    expect(desc).toContain(`5. ${descNotScored}`);
    expect(svg).toContain(`(${na})`); // on the axis label, as radar and report put it
    rmSync(join(root, `na-${lang}.svg`));
  });
});

const localPct = (v: number, lang: string) => (lang === 'en' ? v.toFixed(1) : v.toFixed(1).replace('.', ','));
