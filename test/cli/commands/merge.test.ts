// `c21lab merge` on real files through the built CLI: participants united by
// id, votes and scores combined, conflicts listed with both values and their
// file:line:col, nothing written unless --prefer, the first file's comments
// kept, and the result valid.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../../helpers/cli.js';

const HEAD = `# Fictional LAB: Testville does not exist.
c21lab: assessment/1
framework: culture21-actions
city: Testville
country: ZZ
date: 2026-03-14
language: en
`;

const A = `${HEAD}facilitators:
  - Ana Testa
participants:
  - id: p1
    name: Ana Testa   # group A's note-taker
    sector: local-government
  - id: p2
    name: Bruno Exemplo
commitments:
  "1":
    score: 5
    votes: { p1: 5, p2: 6 }
    notes: Group A talked about libraries.
  "2":
    votes: { p1: 7 }
`;

const B = `${HEAD}facilitators:
  - Chidi Placeholder
participants:
  - id: p2
    name: Bruno Exemplo
  - id: p3
    name: Chidi Placeholder
    sector: academia
commitments:
  "1":
    score: 5
    votes: { p2: 6, p3: 4 }
    notes: Group B talked about festivals.
    evidence:
      - Festival programme 2025
  "3":
    score: 8
    votes: { p3: 8 }
`;

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ dir, cleanup } = await tempDir('c21lab-merge-'));
  await writeFile(join(dir, 'a.yaml'), A);
  await writeFile(join(dir, 'b.yaml'), B);
});
afterEach(() => cleanup());

describe('c21lab merge', () => {
  it('combines two breakout files without conflicts, keeping the first file’s comments, and the result validates', async () => {
    const r = await runCli(['merge', 'a.yaml', 'b.yaml', '-o', 'lab.yaml'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Merged 2 files into lab\.yaml: 3 participants, 2 of 9 items scored\./);
    const out = await readFile(join(dir, 'lab.yaml'), 'utf8');
    expect(out.startsWith('# Fictional LAB: Testville does not exist.\n')).toBe(true);
    expect(out).toContain('name: Ana Testa   # group A\'s note-taker');
    expect(out).toMatch(/votes: \{ p1: 5, p2: 6, p3: 4 \}/);
    expect(out).toContain('Group A talked about libraries.');
    expect(out).toContain('Group B talked about festivals.');
    expect(out).toContain('Festival programme 2025');
    expect(out).toMatch(/"3":\n\s+votes: \{ p3: 8 \}\n\s+score: 8|"3":\n\s+score: 8\n\s+votes: \{ p3: 8 \}/);
    expect(out).toMatch(/- id: p3\n\s+name: Chidi Placeholder/);
    expect(out).toMatch(/facilitators:\n\s+- Ana Testa\n\s+- Chidi Placeholder/);
    expect((await runCli(['validate', 'lab.yaml'], { cwd: dir })).code).toBe(0);
  });

  it('lists every conflict with both values and their file:line:col, exits 1 and writes nothing', async () => {
    await writeFile(join(dir, 'b.yaml'), B.replace('score: 5\n    votes: { p2: 6, p3: 4 }', 'score: 7\n    votes: { p2: 3, p3: 4 }'));
    const r = await runCli(['merge', 'a.yaml', 'b.yaml', '-o', 'lab.yaml'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/a\.yaml:19:25 .*item 1: p2 voted 6 here, 3 in b\.yaml:19:18/);
    expect(r.stderr).toMatch(/a\.yaml:18:12 .*item 1: agreed score 5 here, 7 in b\.yaml:18:12/);
    expect(r.stderr).toMatch(/2 conflicts between the files: nothing was written\./);
    expect(r.stderr).toMatch(/--prefer FILE/);
    await expect(readFile(join(dir, 'lab.yaml'), 'utf8')).rejects.toThrow();
  });

  it('--prefer FILE decides, says what it decided, and writes', async () => {
    await writeFile(join(dir, 'b.yaml'), B.replace('score: 5\n    votes: { p2: 6, p3: 4 }', 'score: 7\n    votes: { p2: 3, p3: 4 }'));
    const r = await runCli(['merge', 'a.yaml', 'b.yaml', '-o', 'lab.yaml', '--prefer', 'b.yaml'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/2 conflicts resolved in favour of b\.yaml/);
    const out = await readFile(join(dir, 'lab.yaml'), 'utf8');
    expect(out).toMatch(/"1":\n\s+score: 7\n\s+votes: \{ p1: 5, p2: 3, p3: 4 \}/);
  });

  it('refuses files of another LAB, whatever --prefer says', async () => {
    await writeFile(join(dir, 'b.yaml'), B.replace('city: Testville', 'city: Otherville'));
    const r = await runCli(['merge', 'a.yaml', 'b.yaml', '-o', 'lab.yaml', '--prefer', 'a.yaml'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/b\.yaml:4:7 .*another LAB: the city is "Otherville", the first file \(a\.yaml\) says "Testville"/);
  });

  it('usage errors: one file, no -o, --prefer not an input (exit 2)', async () => {
    expect((await runCli(['merge', 'a.yaml', '-o', 'x.yaml'], { cwd: dir })).code).toBe(2);
    expect((await runCli(['merge', 'a.yaml', 'b.yaml'], { cwd: dir })).stderr).toMatch(/-o FILE/);
    const r = await runCli(['merge', 'a.yaml', 'b.yaml', '-o', 'x.yaml', '--prefer', 'c.yaml'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--prefer c\.yaml is not one of the files to merge/);
  });

  it('refuses to overwrite an existing output without --force (exit 2, the file kept); replaces it with --force; - is stdout', async () => {
    await writeFile(join(dir, 'notes.txt'), 'precious\n');
    const r = await runCli(['merge', 'a.yaml', 'b.yaml', '-o', 'notes.txt'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('c21lab: notes.txt already exists; use --force to overwrite it\n');
    expect(r.stdout).toBe('');
    expect(await readFile(join(dir, 'notes.txt'), 'utf8')).toBe('precious\n');
    // An input is an existing file too.
    expect((await runCli(['merge', 'a.yaml', 'b.yaml', '-o', 'a.yaml'], { cwd: dir })).code).toBe(2);
    expect(await readFile(join(dir, 'a.yaml'), 'utf8')).toBe(A);
    const fr = await runCli(['--lang', 'fr', 'merge', 'a.yaml', 'b.yaml', '-o', 'notes.txt'], { cwd: dir });
    expect(fr.stderr).toContain('notes.txt existe déjà ; utilisez --force pour l’écraser');
    const es = await runCli(['--lang', 'es', 'merge', 'a.yaml', 'b.yaml', '-o', 'notes.txt'], { cwd: dir });
    expect(es.stderr).toContain('notes.txt ya existe; use --force para sobrescribirlo');
    const forced = await runCli(['merge', 'a.yaml', 'b.yaml', '-o', 'notes.txt', '--force'], { cwd: dir });
    expect(forced.code, forced.stderr).toBe(0);
    expect(forced.stdout).toContain('Merged 2 files into notes.txt');
    expect(await readFile(join(dir, 'notes.txt'), 'utf8')).toMatch(/^# Fictional LAB/);
    const dash = await runCli(['merge', 'a.yaml', 'b.yaml', '-o', '-'], { cwd: dir });
    expect(dash.code, dash.stderr).toBe(0);
    expect(dash.stdout).toMatch(/^# Fictional LAB/);
  });

  it('refuses a result over the size limit, counted in bytes as validate reads the file, and writes nothing', async () => {
    // Each input is 800 kB (400,000 two-byte letters): under the 1,048,576-byte limit; both notes together are not.
    const big = (letter: string) => `${HEAD}commitments:\n  "1":\n    score: 5\n    notes: ${letter}${'é'.repeat(400_000)}\n`;
    await writeFile(join(dir, 'a.yaml'), big('a'));
    await writeFile(join(dir, 'b.yaml'), big('b'));
    expect((await runCli(['validate', 'a.yaml', 'b.yaml'], { cwd: dir })).code).toBe(0);
    const r = await runCli(['merge', 'a.yaml', 'b.yaml', '-o', 'lab.yaml'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/lab\.yaml:1:1 error file-too-large the file is 1\d{6} bytes, more than the limit of 1048576 bytes/);
    expect(r.stderr).toContain('c21lab: The merged file would be larger than one file may be, so it was not written');
    expect(r.stderr).not.toContain('bug in c21lab');
    await expect(readFile(join(dir, 'lab.yaml'))).rejects.toThrow();
  });

  it('scores action by action, and rewrites a relative framework path for the output’s folder', async () => {
    const { mkdir, copyFile } = await import('node:fs/promises');
    const { ROOT } = await import('../../helpers/cli.js');
    await mkdir(join(dir, 'frameworks'));
    await mkdir(join(dir, 'groups'));
    await copyFile(join(ROOT, 'data', 'examples', 'frameworks', 'fictional-actions.yaml'), join(dir, 'frameworks', 'demo.yaml'));
    const head = HEAD.replace('framework: culture21-actions', 'framework: ../frameworks/demo.yaml');
    await writeFile(join(dir, 'groups', 'a.yaml'), `${head}commitments:\n  "1":\n    actions:\n      "1.1":\n        score: 4\n`);
    await writeFile(join(dir, 'groups', 'b.yaml'), `${head}commitments:\n  "1":\n    actions:\n      "1.2":\n        score: n/a\n`);
    const r = await runCli(['merge', 'groups/a.yaml', 'groups/b.yaml', '-o', 'lab.yaml'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = await readFile(join(dir, 'lab.yaml'), 'utf8');
    expect(out).toContain('framework: frameworks/demo.yaml');
    expect(out).toMatch(/"1\.1":\n\s+score: 4/);
    expect(out).toMatch(/"1\.2":\n\s+score: n\/a/);
    expect((await runCli(['validate', 'lab.yaml'], { cwd: dir })).code).toBe(0);
  });

  it('speaks French', async () => {
    await writeFile(join(dir, 'b.yaml'), B.replace('score: 5\n    votes: { p2: 6, p3: 4 }', 'score: 7\n    votes: { p2: 6, p3: 4 }'));
    const r = await runCli(['--lang', 'fr', 'merge', 'a.yaml', 'b.yaml', '-o', 'lab.yaml'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/élément 1 : note retenue 5 ici, 7 dans b\.yaml:18:12/);
  });
});

describe('c21lab merge with aliases and flow maps', { timeout: 60_000 }, () => {
  const HEAD = 'c21lab: assessment/1\nframework: culture21-actions\ncity: Testville\ncountry: ZZ\ndate: 2026-05-14\nlanguage: en\n';
  const rest = ['5', '6', '7', '8', '9'].map((k) => `  "${k}": { score: 5 }\n`).join('');
  const AL = `${HEAD}commitments:\n  "1": { score: 5 }\n  "2": { score: 5 }\n  "3": &same { score: 5 }\n  "4": *same\n${rest}`;
  const FA = `${HEAD}commitments: { "1": &x {score: 5}, "2": *x, "3": {score: 5}, "4": {score: 5}, "5": {score: 5}, "6": {score: 5}, "7": {score: 5}, "8": {score: 5}, "9": {score: 5, notes: !!str 12} }\n`;
  const FL = `${HEAD}commitments: {\n  "1": {score: 5},   # the group hesitated\n  "2": {score: 5},\n  "3": {score: 5}, "4": {score: 5}, "5": {score: 5}, "6": {score: 5}, "7": {score: 5}, "8": {score: 5},\n  "9": {score: 5}\n}\n`;
  const note = (item: string) => `${HEAD}commitments:\n  "${item}": { score: 5, notes: "from b" }\n`;

  const merged = async (a: string, b: string) => {
    await writeFile(join(dir, 'a.yaml'), a);
    await writeFile(join(dir, 'b.yaml'), b);
    return runCli(['merge', 'a.yaml', 'b.yaml', '-o', '-'], { cwd: dir });
  };

  it('a note for the anchored entry does not reach the entry aliasing it', async () => {
    const r = await merged(AL, note('3'));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe(AL.replace('&same { score: 5 }', '&same { score: 5, notes: from b }').replace('"4": *same', '"4": { score: 5 }'));
  });

  it('a note for the aliased entry is written on its own copy', async () => {
    const r = await merged(AL, note('4'));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe(AL.replace('"4": *same', '"4": { score: 5, notes: from b }'));
  });

  it('edits a flow map in place: anchor, alias, tag, comments and lines kept', async () => {
    const r = await merged(FA, note('9'));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe(FA.replace('notes: !!str 12', 'notes: !!str "12\\n\\nfrom b"'));
    const l = await merged(FL, note('9'));
    expect(l.code, l.stderr).toBe(0);
    expect(l.stdout).toBe(FL.replace('"9": {score: 5}', '"9": {score: 5, notes: from b}'));
  });
});

// Every change merge makes (participants, facilitators and experts, settings.votes, the framework path) goes
// through the checked edits of src/core/edit/assessment.ts: the first file's comments, key order and layout
// stay outside the changed lines, as they did when some of these were raw splices.
describe('c21lab merge keeps the first file’s comments and key order', { timeout: 60_000 }, () => {
  const HAND = `# Fictional LAB: Testville does not exist.
c21lab: assessment/1
framework: ../frameworks/demo.yaml   # our own sheet
city: Testville
country: ZZ
date: 2026-03-14
language: en
facilitators:   # who ran it
  - Ana Testa
experts: []   # none yet
settings:
  votes: false   # decided on the day
participants:
  # group A
  - id: p1
    name: Ana Testa   # note-taker
    sector: local-government
  - id: p2
    name: Bruno Exemplo
commitments:
  "1":
    actions:
      "1.1":
        score: 4   # hesitated
`;
  const FLOW_CRLF = [
    'c21lab: assessment/1',
    'framework: ../frameworks/demo.yaml',
    'city: Testville',
    'country: ZZ',
    'date: 2026-03-14',
    'language: en',
    'facilitators: [Ana Testa]   # flow',
    'participants: [{id: p1, name: Ana Testa}, {id: p2, name: Bruno Exemplo}]',
    '',
  ].join('\r\n');
  const OTHER = (name: string) => `c21lab: assessment/1
framework: ../frameworks/demo.yaml
city: Testville
country: ZZ
date: 2026-03-14
language: en
facilitators: [Chidi Placeholder]
experts: [Dana Sample]
settings: { votes: true }
participants:
  - id: p1
    name: ${name}
    sector: local-government
  - id: p3
    name: Chidi Placeholder
`;
  const cases: { name: string; first: string; other: string; prefer?: boolean; out: string; expected: string }[] = [
    {
      name: 'names, an expert, votes and a participant added; the framework path rewritten for the output’s folder',
      first: HAND,
      other: OTHER('Ana Testa'),
      out: 'lab.yaml',
      expected: HAND.replace('framework: ../frameworks/demo.yaml', 'framework: frameworks/demo.yaml')
        .replace('  - Ana Testa\n', '  - Ana Testa\n  - Chidi Placeholder\n')
        .replace('experts: []   # none yet\n', 'experts:   # none yet\n  - Dana Sample\n')
        .replace('votes: false', 'votes: true')
        .replace('    name: Bruno Exemplo\n', '    name: Bruno Exemplo\n  - id: p3\n    name: Chidi Placeholder\n'),
    },
    {
      name: '--prefer renames someone: the participants list is written anew, the comment before it kept',
      first: HAND,
      other: OTHER('Ana Maria Testa'),
      prefer: true,
      out: '-',
      expected: HAND.replace('framework: ../frameworks/demo.yaml', 'framework: frameworks/demo.yaml')
        .replace('  - Ana Testa\n', '  - Ana Testa\n  - Chidi Placeholder\n')
        .replace('experts: []   # none yet\n', 'experts:   # none yet\n  - Dana Sample\n')
        .replace('votes: false', 'votes: true')
        .replace('    name: Ana Testa   # note-taker\n', '    name: Ana Maria Testa\n')
        .replace('    name: Bruno Exemplo\n', '    name: Bruno Exemplo\n  - id: p3\n    name: Chidi Placeholder\n'),
    },
    {
      name: 'flow lists and Windows line ends: the new keys at the end, in the file’s line ends',
      first: FLOW_CRLF,
      other: OTHER('Ana Maria Testa'),
      prefer: true,
      out: '-',
      expected: [
        'c21lab: assessment/1',
        'framework: frameworks/demo.yaml',
        'city: Testville',
        'country: ZZ',
        'date: 2026-03-14',
        'language: en',
        'facilitators: [Ana Testa, Chidi Placeholder]   # flow',
        'participants:',
        '  - id: p1',
        '    name: Ana Maria Testa',
        '    sector: local-government',
        '  - id: p2',
        '    name: Bruno Exemplo',
        '  - id: p3',
        '    name: Chidi Placeholder',
        'experts:',
        '  - Dana Sample',
        'settings:',
        '  votes: true',
        '',
      ].join('\r\n'),
    },
  ];

  it.each(cases)('$name', async ({ first, other, prefer, out, expected }) => {
    const { mkdir, copyFile } = await import('node:fs/promises');
    const { ROOT } = await import('../../helpers/cli.js');
    await mkdir(join(dir, 'frameworks'));
    await mkdir(join(dir, 'groups'));
    await copyFile(join(ROOT, 'data', 'examples', 'frameworks', 'fictional-actions.yaml'), join(dir, 'frameworks', 'demo.yaml'));
    await writeFile(join(dir, 'groups', 'a.yaml'), first);
    await writeFile(join(dir, 'groups', 'b.yaml'), other);
    const r = await runCli(['merge', 'groups/a.yaml', 'groups/b.yaml', '-o', out, ...(prefer ? ['--prefer', 'groups/b.yaml'] : [])], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const text = out === '-' ? r.stdout : await readFile(join(dir, out), 'utf8');
    expect(text).toBe(expected);
    await writeFile(join(dir, 'lab.yaml'), text);
    expect((await runCli(['validate', 'lab.yaml'], { cwd: dir })).code).toBe(0);
  });
});

// The check every other edit had, now on merge's too: the merged text, parsed again, must hold the first
// file's data with exactly the changes merge meant.
describe('c21lab merge changes only what it means to', { timeout: 60_000 }, () => {
  const HEAD = 'c21lab: assessment/1\nframework: culture21-actions\ncity: Testville\ncountry: ZZ\ndate: "2026-03-14"\nlanguage: en\n';

  it('a %YAML 1.1 file: the participants list written anew keeps p2’s "yes" a text', async () => {
    // Written as YAML 1.2 would, `"yes"` lost its quotes, and under the file's own `%YAML 1.1` read as a
    // boolean: an x- key is free, so validating the result alone let it through. Each edit now writes in the file's version.
    const first = `%YAML 1.1\n---\n${HEAD}participants:\n  - id: p1\n    name: Ana Testa\n  - id: p2\n    name: Bruno Exemplo\n    x-remote: "yes"\n`;
    await writeFile(join(dir, 'a.yaml'), first);
    await writeFile(join(dir, 'b.yaml'), `${HEAD}participants:\n  - id: p1\n    name: Ana Maria Testa\n`);
    expect((await runCli(['validate', 'a.yaml', 'b.yaml'], { cwd: dir })).code).toBe(0);
    const r = await runCli(['merge', 'a.yaml', 'b.yaml', '--prefer', 'b.yaml', '-o', 'lab.yaml'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const { parseDocument } = await import('yaml');
    const merged = parseDocument(await readFile(join(dir, 'lab.yaml'), 'utf8')).toJS() as { participants: unknown[] };
    expect(merged.participants).toEqual([{ id: 'p1', name: 'Ana Maria Testa' }, { id: 'p2', name: 'Bruno Exemplo', 'x-remote': 'yes' }]);
    expect(await readFile(join(dir, 'a.yaml'), 'utf8')).toBe(first);
  });

  it('values shared through an alias with what merge changes keep their value in the entries that shared them', async () => {
    const { parseDocument } = await import('yaml');
    const { mkdir, copyFile } = await import('node:fs/promises');
    const { ROOT } = await import('../../helpers/cli.js');
    await mkdir(join(dir, 'frameworks'));
    await mkdir(join(dir, 'groups'));
    await copyFile(join(ROOT, 'data', 'examples', 'frameworks', 'fictional-actions.yaml'), join(dir, 'frameworks', 'demo.yaml'));
    const head = HEAD.replace('framework: culture21-actions', 'framework: &fw ../frameworks/demo.yaml');
    const first = `${head}x-sheet: *fw\nsettings: &s { votes: false }\nx-settings: *s\nparticipants: &ppl\n  - id: p1\n    name: &ana Ana Testa\nfacilitators: [*ana]\nx-people: *ppl\n`;
    await writeFile(join(dir, 'groups', 'a.yaml'), first);
    await writeFile(join(dir, 'groups', 'b.yaml'), `${head}settings: { votes: true }\nparticipants:\n  - id: p1\n    name: Ana Maria Testa\n  - id: p2\n    name: Bruno Exemplo\n`);
    const r = await runCli(['merge', 'groups/a.yaml', 'groups/b.yaml', '--prefer', 'groups/b.yaml', '-o', 'lab.yaml'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const out = parseDocument(await readFile(join(dir, 'lab.yaml'), 'utf8')).toJS() as Record<string, unknown>;
    expect(out).toMatchObject({
      framework: 'frameworks/demo.yaml',
      'x-sheet': '../frameworks/demo.yaml',
      settings: { votes: true },
      'x-settings': { votes: false },
      participants: [{ id: 'p1', name: 'Ana Maria Testa' }, { id: 'p2', name: 'Bruno Exemplo' }],
      facilitators: ['Ana Testa'],
      'x-people': [{ id: 'p1', name: 'Ana Testa' }],
    });
  });
});
