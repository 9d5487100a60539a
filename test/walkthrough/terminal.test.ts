// End to end in a real terminal (tmux): the built binary, real keys, real files.
import { execFileSync } from 'node:child_process';
import { copyFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Assessment } from '../../src/core/types.js';
import { runCli, tempDir } from '../helpers/cli.js';
import { HAVE_TMUX, Terminal } from '../helpers/tmux.js';

const SCORE = 'Agreed score';
const NOTES = 'Notes';
const EVIDENCE = 'Evidence';

let dir: string;
let cleanup: () => Promise<void>;
const terminals: Terminal[] = [];
beforeEach(async () => ({ dir, cleanup } = await tempDir('c21lab-tmux-')));
afterEach(async () => {
  for (const t of terminals.splice(0)) t.kill();
  await cleanup();
});

function open(args: string[], env: Record<string, string> = {}): Terminal {
  const t = new Terminal(args, dir, env);
  terminals.push(t);
  return t;
}

const read = async (name = 'lab.yaml') => parseDocument(await readFile(join(dir, name), 'utf8')).toJS() as Assessment;

async function init(extra: string[] = []): Promise<void> {
  const r = await runCli(['init', 'lab.yaml', '--city', 'Testville', '--date', '2026-05-14', '--yes', ...extra], { cwd: dir });
  expect(r.code, r.stderr).toBe(0);
}

async function validates(name = 'lab.yaml'): Promise<void> {
  const r = await runCli(['validate', name], { cwd: dir });
  expect(r.code, r.stdout + r.stderr).toBe(0);
  expect(r.stdout).not.toMatch(/ error /);
}

/** Scores one item: score, no notes, no evidence. */
async function scoreItem(t: Terminal, label: string, notes = ''): Promise<void> {
  await t.choose(SCORE, label);
  await t.answer(NOTES, notes);
  await t.answer(EVIDENCE, '');
}

describe.skipIf(!HAVE_TMUX)('assess in a real terminal (tmux)', { timeout: 120_000 }, () => {
  it('runs a complete session on a fresh file, from init to the final table', async () => {
    await init(['--facilitator', 'Ada Example']);
    const t = open(['assess', 'lab.yaml']);
    await t.answer('No participants are listed yet', 'n');
    const scores = ['7', '8', '5', '3', '6', '4', '2', '9', 'n/a'];
    await t.choose(SCORE, scores[0] as string);
    await t.answer(NOTES, 'A lively debate on cultural rights');
    await t.answer(EVIDENCE, 'Cultural policy 2025');
    await t.answer(EVIDENCE, '');
    for (const s of scores.slice(1)) await scoreItem(t, s);
    await t.choose('Everything is saved', 'finish');
    expect(await t.exitCode()).toBe(0);
    const screen = t.screen();
    expect(screen).toMatch(/Final scores/);
    expect(screen).toMatch(/1\s+Cultural rights\s+7\.00\s+75\.0\s+Advanced\s+1\/1/);
    expect(screen).toMatch(/9\s+Governance of culture\s+—\s+—\s+n\/a\s+0\/1 \(1 n\/a\)/);
    const a = await read();
    expect(Object.fromEntries(Object.entries(a.commitments ?? {}).map(([k, v]) => [k, v.score]))).toEqual({
      '1': 7, '2': 8, '3': 5, '4': 3, '5': 6, '6': 4, '7': 2, '8': 9, '9': 'n/a',
    });
    expect(a.commitments?.['1']).toMatchObject({ notes: 'A lively debate on cultural rights', evidence: ['Cultural policy 2025'] });
    await validates();
  });

  it('loses nothing when the process is killed with -9, and resumes at the first item not yet scored', async () => {
    await init();
    const t = open(['assess', 'lab.yaml']);
    await t.answer('No participants are listed yet', 'n');
    await scoreItem(t, '4');
    await scoreItem(t, '5');
    await t.choose(SCORE, '6'); // the third score is given; its notes are being asked
    await t.waitFor(/^\? Notes/m);
    execFileSync('kill', ['-9', String(t.programPid())]);
    expect(await t.exitCode()).toBe(137);
    const a = await read();
    expect(a.commitments).toEqual({ '1': { score: 4 }, '2': { score: 5 }, '3': { score: 6 } });
    await validates();
    const leftovers = execFileSync('ls', ['-a', dir], { encoding: 'utf8' });
    expect(leftovers).not.toMatch(/\.tmp/);

    const again = open(['assess', 'lab.yaml']);
    await again.answer('No participants are listed yet', 'n');
    await again.waitFor('Resuming at 4');
    await again.waitFor('Commitment 4 of 9');
    await scoreItem(again, '7');
    again.send('C-c');
    expect(await again.exitCode()).toBe(0);
    expect(again.screen()).toContain('saved — resume with: c21lab assess lab.yaml');
    expect((await read()).commitments?.['4']).toEqual({ score: 7 });
    await validates();
  });

  it('goes back to the previous item to change an answer', async () => {
    await init();
    const t = open(['assess', 'lab.yaml']);
    await t.answer('No participants are listed yet', 'n');
    await scoreItem(t, '3');
    await t.choose(SCORE, '← back');
    await t.waitFor(/Current answer: 3 — Emerging/);
    await scoreItem(t, '8', 'Changed after the coffee break');
    await t.choose(SCORE, 'skip');
    await t.choose(SCORE, '☰ menu');
    await t.choose('Menu', 'save and quit');
    expect(await t.exitCode()).toBe(0);
    expect((await read()).commitments).toEqual({ '1': { score: 8, notes: 'Changed after the coffee break' } });
  });

  it('keeps the comments and formatting of a hand-edited file', async () => {
    const original = await readFile(new URL('../fixtures/walkthrough/hand-commented.yaml', import.meta.url), 'utf8');
    await copyFile(new URL('../fixtures/walkthrough/hand-commented.yaml', import.meta.url), join(dir, 'lab.yaml'));
    const t = open(['assess', 'lab.yaml']);
    await t.waitFor('Commitment 2 of 9'); // commitment 1 is scored: resumes at 2
    await scoreItem(t, '7');
    await t.choose(SCORE, '5'); // commitment 3 already has notes: Enter keeps them
    await t.answer('Notes (Enter keeps them)', '');
    await t.answer(EVIDENCE, '');
    t.send('C-c');
    expect(await t.exitCode()).toBe(0);
    const after = await readFile(join(dir, 'lab.yaml'), 'utf8');
    // Every original line is still there, in order; only new lines were added.
    const lines = after.split('\n');
    let at = 0;
    for (const line of original.split('\n')) {
      const found = lines.indexOf(line, at);
      expect(found, `line kept: ${line}`).toBeGreaterThanOrEqual(at);
      at = found + 1;
    }
    expect(lines.filter((l) => !original.split('\n').includes(l)).sort()).toEqual(['    score: 5', '    score: 7', '  "2":'].sort());
    await validates();
  });

  it('init asks for what is missing in a terminal', async () => {
    const t = open(['init', '--date', '2026-09-01']);
    await t.answer('City', 'Zürich Example');
    await t.answer('Country code', 'zz');
    await t.choose('Language of the LAB', 'es');
    await t.answer('Framework', '');
    await t.answer('Facilitators', 'Ada, Bo');
    await t.answer('Collect each participant', 'y');
    expect(await t.exitCode()).toBe(0);
    expect(t.screen()).toContain('written: assessments/zurich-example-2026-09-01.yaml');
    const a = await read('assessments/zurich-example-2026-09-01.yaml');
    expect(a).toMatchObject({ city: 'Zürich Example', country: 'ZZ', date: '2026-09-01', language: 'es', facilitators: ['Ada', 'Bo'], settings: { votes: true } });
    await validates('assessments/zurich-example-2026-09-01.yaml');
  });

  it('speaks French, prompts included', async () => {
    await init(['--lang', 'fr']);
    const t = open(['assess', 'lab.yaml']);
    await t.waitFor('Les inscrire maintenant ? (o/N)');
    await t.answer('Aucun participant n’est inscrit', 'o');
    await t.answer('Nom du participant', 'Zoé Exemple');
    await t.answer('Organisation', '');
    await t.choose('Secteur', 'société civile');
    await t.answer('Ajouter une autre personne', 'n');
    await t.waitFor('Engagement 1 sur 9 · Droits culturels');
    await t.choose('Note commune', 's.o.');
    await t.answer('Notes (Entrée pour aucune)', '');
    await t.answer('Source', '');
    await t.waitFor('↑↓ naviguer • ⏎ choisir');
    t.send('C-c');
    expect(await t.exitCode()).toBe(0);
    const screen = t.screen();
    expect(screen).toContain('enregistré — reprendre avec : c21lab assess lab.yaml');
    for (const english of ['navigate', 'select', 'Yes', 'No ', 'Agreed', 'score', 'Commitment', 'saved']) expect(screen).not.toContain(english);
    const a = await read();
    expect(a.participants).toEqual([{ id: 'p1', name: 'Zoé Exemple', sector: 'civil-society' }]);
    expect(a.commitments).toEqual({ '1': { score: 'n/a' } });
  });
});

// Outside CI a machine without tmux skips the terminal tests; in CI (where
// .ci/run installs tmux) a missing tmux is a failure, never a silent pass.
it.runIf(!HAVE_TMUX)('has tmux for the terminal tests (required in CI)', () => {
  if (process.env.CI) expect.fail('tmux is not installed: .ci/run should have installed it');
  expect(HAVE_TMUX).toBe(false);
});
