// `-` as an output path is stdout, for every command that writes a file a
// person could pipe: the data alone on stdout (no "written" line, nothing
// else mixed in), no file named `-`, and binary formats refused on a
// terminal (exit 2, in the user's language). In-process through main().
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EXAMPLES, runCli, tempDir } from '../helpers/cli.js';

const EX2026 = join(EXAMPLES, 'exampleville-2026.yaml');
const EX2024 = join(EXAMPLES, 'exampleville-2024.yaml');
const PRACTICE = join(EXAMPLES, 'practice-exampleville-neighbourhood-councils.yaml');

let dir: string;
let cleanup: () => Promise<void>;
// Two breakout files of one (fictional) LAB, for merge.
const BREAKOUT = (id: string, score: number) => `# Fictional LAB: Testville does not exist.
c21lab: assessment/1
framework: culture21-actions
city: Testville
date: 2026-03-14
language: en
participants:
  - id: ${id}
    name: Participant ${id}
commitments:
  "1":
    score: ${score}
`;
beforeEach(async () => {
  ({ dir, cleanup } = await tempDir('c21lab-dash-'));
  await writeFile(join(dir, 'a.yaml'), BREAKOUT('p1', 5));
  await writeFile(join(dir, 'b.yaml'), BREAKOUT('p2', 7));
});
afterEach(() => cleanup());

// [what, argv, how stdout starts]
const CASES: Array<[string, string[], RegExp]> = [
  ['report html', ['report', EX2026, '-o', '-'], /^<!DOCTYPE html>/i],
  ['radar', ['radar', EX2026, '-o', '-'], /^(<\?xml[^>]*>\s*)?<svg/],
  ['compare --radar', ['compare', EX2024, EX2026, '--radar', '-'], /^(<\?xml[^>]*>\s*)?<svg/],
  ['panel', ['panel', EX2024, EX2026, '-o', '-', '--name', 'Two LABs', '--source', 'Exampleville (fictional)'], /^# yaml-language-server: \$schema=/],
  ['merge', ['merge', 'a.yaml', 'b.yaml', '-o', '-', '--prefer', 'b.yaml'], /c21lab: assessment\/1[\s\S]*id: p2/],
  ['practice render', ['practice', 'render', PRACTICE, '-o', '-'], /^<!DOCTYPE html>/i],
  ['framework --sheet', ['framework', '--sheet', '-'], /^<!DOCTYPE html>/i],
  ['practice render --format md', ['practice', 'render', PRACTICE, '-o', '-', '--format', 'md'], /^\*Good practice\*\n\n# /],
  ['framework --sheet - --format md', ['framework', '--sheet', '-', '--format', 'md'], /^# /],
  ['review new', ['review', 'new', EX2026, '-o', '-'], /^# yaml-language-server: \$schema=/],
  ['init', ['init', '-', '--city', 'Testville', '--country', 'ZZ', '--date', '2026-03-14', '-y'], /^# yaml-language-server: \$schema=[\s\S]*city: Testville/],
];

describe('-o - writes to stdout', () => {
  it.each(CASES)('%s', async (_what, argv, starts) => {
    const r = await runCli(argv, { cwd: dir });
    expect(r.stderr).not.toMatch(/written|wrote|écrit|escrit/i);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(starts);
    expect(r.stdout.length).toBeGreaterThan(200);
    expect(await readdir(dir)).not.toContain('-');
  });

  it('an SVG on stdout is the SVG alone: compare prints no table with it', async () => {
    const r = await runCli(['compare', EX2024, EX2026, '--radar', '-'], { cwd: dir });
    expect(r.stdout.trimEnd()).toMatch(/<\/svg>$/);
    expect(r.stdout).not.toMatch(/^\s*1\s/m);
  });

  it('a Markdown report on stdout writes its SVG charts into the working directory and says so on stderr', async () => {
    const r = await runCli(['report', EX2026, '-o', '-', '--format', 'md'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^\S/);
    const svgs = (await readdir(dir)).filter((f) => f.endsWith('.svg'));
    expect(svgs.length).toBeGreaterThan(0);
    for (const f of svgs) expect(r.stdout).toContain(f);
    // One "written" line per chart, none for the report itself, in the report's language (the example's French).
    expect(r.stderr.trim().split('\n').sort()).toEqual(svgs.map((f) => `${f} écrit`).sort());
    expect(await readdir(dir)).not.toContain('-');
  });

  it('Word to a pipe: the .docx bytes', async () => {
    const r = await runCli(['report', EX2026, '-o', '-', '--format', 'docx'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('PK')).toBe(true);
  });

  it.each([
    ['en', /a docx file is binary and stdout is a terminal/],
    ['fr', /un fichier docx est binaire et la sortie standard est un terminal/],
    ['es', /un archivo docx es binario y la salida estándar es un terminal/],
  ])('Word to a terminal is a usage error (%s)', async (lang, message) => {
    const r = await runCli(['--lang', lang, 'report', EX2026, '-o', '-', '--format', 'docx'], { cwd: dir, stdoutTTY: true });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
  });

  it('init - prints a valid assessment, writes no schema folder and names no file it did not write', async () => {
    const r = await runCli(['init', '-', '--city', 'Testville', '--country', 'ZZ', '--date', '2026-03-14', '-y'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).not.toMatch(/assessments\/|c21lab assess [\w./-]+\.yaml/);
    expect(await readdir(dir)).toEqual(['a.yaml', 'b.yaml']);
    await writeFile(join(dir, 'new.yaml'), r.stdout);
    const v = await runCli(['validate', 'new.yaml'], { cwd: dir });
    expect(v.stdout + v.stderr).not.toMatch(/ error /);
  });
});

// A folder argument given as `-`: stdout cannot hold several files, so it is a usage error, not a folder named `-`.
describe('a folder argument of - is refused', () => {
  it.each([
    ['demo', ['demo', '-'], 'c21lab demo DIR'],
    ['schemas', ['schemas', '-'], 'c21lab schemas DIR'],
    ['report --out-dir', ['report', EX2026, '--out-dir', '-'], '--out-dir'],
  ])('%s', async (_what, argv, what) => {
    const r = await runCli(argv, { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${what}: "-" stands for standard output`);
    expect(r.stdout).toBe('');
    expect(await readdir(dir)).not.toContain('-');
  });

  it.each([
    ['fr', /« - » désigne la sortie standard/],
    ['es', /«-» designa la salida estándar/],
  ])('in %s', async (lang, message) => {
    const r = await runCli(['--lang', lang, 'demo', '-'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it('./- is a folder called "-"', async () => {
    const r = await runCli(['schemas', './-'], { cwd: dir });
    expect(r.code).toBe(2); // it does not exist: the usual "not a folder", not the dash refusal
    expect(r.stderr).not.toMatch(/standard output/);
  });
});

describe('--format beside a named file', () => {
  it.each([
    ['practice render', ['practice', 'render', PRACTICE, '-o', 'p.html', '--format', 'md']],
    ['framework --sheet', ['framework', '--sheet', 's.html', '--format', 'md']],
  ])('%s: a usage error when the extension says otherwise, nothing written', async (_what, argv) => {
    const r = await runCli(argv, { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--format md does not match .*\.html/);
    expect(await readdir(dir)).toEqual(['a.yaml', 'b.yaml']);
  });

  it.each([
    ['framework without --sheet', ['framework', '--format', 'md'], '--sheet -'],
    ['practice new', ['practice', 'new', 'p.yaml', '--title', 'T', '--city', 'C', '--year', '2026', '--format', 'md'], 'practice render FILE -o -'],
  ])('%s: --format with nothing to apply it to is a usage error, nothing written', async (_what, argv, named) => {
    const r = await runCli(argv, { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`--format chooses what ${named} writes to standard output`);
    expect(r.stdout).toBe('');
    expect(await readdir(dir)).toEqual(['a.yaml', 'b.yaml']);
  });

  it('the same format as the extension is accepted', async () => {
    const r = await runCli(['framework', '--sheet', 's.md', '--format', 'md'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
  });
});
