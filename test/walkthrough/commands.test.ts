// init, set, framework and the refusals of assess, through the built CLI.
import { spawn } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Assessment } from '../../src/core/types.js';
import { BIN, runCli, tempDir } from '../helpers/cli.js';
import { newAssessment, writeAssessment } from './helpers.js';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await tempDir('c21lab-cmd-')));
afterEach(() => cleanup());

const read = async (name: string) => parseDocument(await readFile(join(dir, name), 'utf8')).toJS() as Assessment;

describe('c21lab init', () => {
  it('writes a valid file at the default path, with the modeline first, and refuses to overwrite it', async () => {
    const args = ['init', '--city', 'São Paulo', '--country', 'BR', '--date', '2026-03-02', '--facilitator', 'Ana', '--facilitator', 'Bo', '--votes', '--yes'];
    const r = await runCli(args, { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const file = 'assessments/sao-paulo-2026-03-02.yaml';
    expect(r.stdout).toContain(`written: ${file}`);
    const text = await readFile(join(dir, file), 'utf8');
    expect(text.split('\n')[0]).toMatch(/^# yaml-language-server: \$schema=.*schemas\/v1\/assessment\.schema\.json$/);
    expect(text).toContain('\nc21lab: assessment/1\n');
    expect(await read(file)).toMatchObject({
      framework: 'culture21-actions', city: 'São Paulo', country: 'BR', date: '2026-03-02', language: 'en',
      facilitators: ['Ana', 'Bo'], settings: { votes: true },
    });
    const v = await runCli(['validate', file], { cwd: dir });
    expect(v.code, v.stdout).toBe(0);
    const again = await runCli(args, { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('already exists');
    expect((await runCli([...args, '--force'], { cwd: dir })).code).toBe(0);
  });

  it('names the missing flag when it cannot ask, and checks dates and countries', async () => {
    const r = await runCli(['init', '--date', '2026-01-01'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('missing --city');
    const bad = await runCli(['init', '--city', 'X', '--date', '2026-02-30', '--yes'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('2026-02-30');
    const country = await runCli(['init', '--city', 'X', '--country', 'fr', '--yes'], { cwd: dir });
    expect(country.code).toBe(2);
  });

  it('writes a framework path relative to the new file, and the language from --lang', async () => {
    await writeAssessment(dir, newAssessment(), true);
    const r = await runCli(['init', 'labs/one.yaml', '--city', 'X', '--date', '2026-01-01', '--framework', 'frameworks/fictional-actions.yaml', '--lang', 'es', '--yes'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('escrito: labs/one.yaml');
    expect(await read('labs/one.yaml')).toMatchObject({ framework: '../frameworks/fictional-actions.yaml', language: 'es' });
    expect((await runCli(['validate', 'labs/one.yaml'], { cwd: dir })).code).toBe(0);
  });
});

describe('c21lab set', () => {
  it('sets scores, n/a, votes, notes and evidence in one write, keeping the rest', async () => {
    const participants = 'participants:\n  - id: p1\n    name: Ana\n  - id: p2\n    name: Bo';
    await writeAssessment(dir, newAssessment({ framework: 'frameworks/fictional-actions.yaml', participants }), true);
    const r = await runCli(['set', 'lab.yaml', '1.1=7', '2.10=n/a', '3=5', '--vote', '3:p1=6', '--vote', '3:p2=n/a',
      '--note', '3=Two parks: "yes"', '--note', '1=Commitment-level note', '--evidence', '3=Summer programme'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const a = await read('lab.yaml');
    expect(a.commitments).toEqual({
      '1': { actions: { '1.1': { score: 7 } }, notes: 'Commitment-level note' },
      '2': { actions: { '2.10': { score: 'n/a' } } },
      '3': { score: 5, votes: { p1: 6, p2: 'n/a' }, notes: 'Two parks: "yes"', evidence: ['Summer programme'] },
    });
    expect(await readFile(join(dir, 'lab.yaml'), 'utf8')).toContain('city: Testville   # fictional');
    expect((await runCli(['validate', 'lab.yaml'], { cwd: dir })).code).toBe(0);
  });

  it('refuses unknown ids, off-scale scores, unknown participants and scores on a commitment with actions, writing nothing', async () => {
    const file = await writeAssessment(dir, newAssessment({ framework: 'frameworks/fictional-actions.yaml' }), true);
    const before = await readFile(file, 'utf8');
    const r = await runCli(['set', 'lab.yaml', '3=7', '2.1O=4', '3=10', '1=5', '--vote', '3:p9=4', 'oops'], { cwd: dir });
    expect(r.code).toBe(1);
    // The one wording of an unknown id (validate's; issue 9 unified it).
    expect(r.stderr).toMatch(/unknown item id "2\.1O": framework "demo-actions" has 1, 1\.1, .*; did you mean "2\.1"\?/);
    expect(r.stderr).toContain('3: "10" is not a score: expected a whole number from 1 to 9, or n/a');
    expect(r.stderr).toContain('commitment 1 is scored action by action (1.1, 1.2, 1.3)');
    expect(r.stderr).toContain('3: vote by "p9", but the file declares no participants');
    expect(r.stderr).toContain('"oops" is not of the form ITEM=SCORE');
    expect(r.stderr).toContain('nothing was written');
    expect(await readFile(file, 'utf8')).toBe(before);
  });

  it.each([
    ['fr', ['« foo » n’est pas de la forme ÉLÉMENT=NOTE', '« 3=x » n’est pas de la forme ÉLÉMENT:PARTICIPANT=NOTE', '« 3 » n’est pas de la forme ÉLÉMENT=TEXTE']],
    ['es', ['«foo» no tiene la forma ELEMENTO=PUNTUACIÓN', '«3=x» no tiene la forma ELEMENTO:PARTICIPANTE=PUNTUACIÓN', '«3» no tiene la forma ELEMENTO=TEXTO']],
  ])('words a malformed assignment with the help’s forms in %s', async (lang, expected) => {
    const file = await writeAssessment(dir, newAssessment());
    const before = await readFile(file, 'utf8');
    const r = await runCli(['set', 'lab.yaml', 'foo', '--vote', '3=x', '--note', '3', '--lang', lang], { cwd: dir });
    expect(r.code).toBe(1);
    for (const text of expected) expect(r.stderr).toContain(text);
    expect(r.stderr).not.toMatch(/ITEM|SCORE|TEXT\b/);
    expect(await readFile(file, 'utf8')).toBe(before);
  });

  it('reads a paper score sheet from CSV, votes per participant column', async () => {
    const participants = 'participants:\n  - id: p1\n    name: Ana\n  - id: p2\n    name: Bo';
    await writeAssessment(dir, newAssessment({ participants }));
    await writeFile(join(dir, 'sheet.csv'), 'item,score,notes,p1,p2\n1,6,"Debate, long",5,7\n2,n/a,,,\n3,,,4,\n');
    const r = await runCli(['set', 'lab.yaml', '--answers', 'sheet.csv'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect((await read('lab.yaml')).commitments).toEqual({
      '1': { score: 6, notes: 'Debate, long', votes: { p1: 5, p2: 7 } },
      '2': { score: 'n/a' },
      '3': { votes: { p1: 4 } },
    });
    await writeFile(join(dir, 'bad.csv'), 'item;score\n1;6;7\n');
    const bad = await runCli(['set', 'lab.yaml', '--answers', 'bad.csv'], { cwd: dir });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('bad.csv:2: expected 2 fields, found 3');
  });
});

it('leaves a valid file whenever a writing process is killed with -9', { timeout: 180_000 }, async () => {
  await writeAssessment(dir, newAssessment());
  const setArgs = (i: number) => {
    const score = (i % 9) + 1;
    return [BIN, 'set', 'lab.yaml', `${score}=${score}`, '--note', `${score}=${'x'.repeat(2000)} ${i}`];
  };
  const runOnce = (i: number, killAfter?: number) => {
    const child = spawn(process.execPath, setArgs(i), { cwd: dir, stdio: 'ignore', env: { PATH: process.env.PATH, LANG: 'C' } });
    if (killAfter !== undefined) setTimeout(() => child.kill('SIGKILL'), killAfter);
    return new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  };
  // Calibrate on this machine: how long one uninterrupted run takes (not asserted).
  const start = Date.now();
  expect(await runOnce(0)).toBe(0);
  const duration = Date.now() - start;
  const outcomes: boolean[] = [];
  for (let i = 1; i <= 24; i++) {
    // Kill at a different moment each time, from loading to just after the write (the write comes last).
    const code = await runOnce(i, Math.round(duration * (0.6 + (0.6 * i) / 24)));
    outcomes.push(code === 0);
    const text = await readFile(join(dir, 'lab.yaml'), 'utf8');
    expect(parseDocument(text).errors, `after run ${i}`).toEqual([]);
    expect(text).toContain('city: Testville   # fictional');
    const note = (parseDocument(text).toJS() as Assessment).commitments?.[String((i % 9) + 1)]?.notes;
    if (code === 0) expect(note?.endsWith(` ${i}`), `run ${i} finished, so its note is on disk`).toBe(true);
  }
  const v = await runCli(['validate', 'lab.yaml'], { cwd: dir });
  expect(v.code, v.stdout + v.stderr).toBe(0);
  if (process.env.DEBUG_KILL) console.log(duration, outcomes.map((o) => (o ? 'W' : 'k')).join(''));
});

describe('c21lab assess refusals', () => {
  it('needs a terminal, and points to c21lab set', async () => {
    await writeAssessment(dir, newAssessment());
    const r = await runCli(['assess', 'lab.yaml'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('needs an interactive terminal');
    expect(r.stderr).toContain('c21lab set lab.yaml');
  });

  it('refuses an invalid file before any question, with located messages', async () => {
    await writeFile(join(dir, 'lab.yaml'), newAssessment().replace('date: 2026-05-14', 'date: 2026-02-30'));
    const r = await runCli(['assess', 'lab.yaml'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/lab\.yaml:5:7 error /);
    expect(r.stdout).toBe('');
  });

  it('speaks the file’s language', async () => {
    await writeAssessment(dir, newAssessment({ language: 'es' }));
    const r = await runCli(['assess', 'lab.yaml'], { cwd: dir });
    expect(r.stderr).toContain('assess necesita una terminal interactiva');
  });
});

describe('c21lab framework', () => {
  it('prints the framework with prompts, actions and bands in the chosen language', async () => {
    const r = await runCli(['framework', '--framework', 'data/examples/frameworks/fictional-actions.yaml', '--lang', 'fr']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Échelle : de 1 à 9');
    expect(r.stdout).toContain('4–6 En développement');
    expect(r.stdout).toMatch(/1 · Des bibliothèques pour tous \(fictif\)[\s\S]*À discuter :[\s\S]*1\.1\s+Les bibliothèques ouvrent le soir/);
  });

  it('writes printable sheets in Markdown and in HTML, escaping the framework’s text', async () => {
    const fw = (await readFile(join(process.cwd(), 'data/examples/frameworks/fictional-actions.yaml'), 'utf8'))
      .replace('en: Libraries for everyone (fictional)', 'en: "<script>alert(1)</script> | pipes"');
    await writeFile(join(dir, 'fw.yaml'), fw);
    const html = await runCli(['framework', '--framework', 'fw.yaml', '--sheet', 'out/sheet.html'], { cwd: dir });
    expect(html.code, html.stderr).toBe(0);
    const page = await readFile(join(dir, 'out/sheet.html'), 'utf8');
    expect(page).not.toContain('<script>');
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).toContain('@media print');
    expect(page.match(/<span class="box"><\/span>/g)?.length).toBe(6 * 10); // 6 items × (9 scores + n/a)
    const md = await runCli(['framework', '--framework', 'fw.yaml', '--sheet', 'sheet.md'], { cwd: dir });
    expect(md.code).toBe(0);
    const text = await readFile(join(dir, 'sheet.md'), 'utf8');
    expect(text).toContain('## 1. \\<script\\>alert(1)\\</script\\> \\| pipes');
    expect(text).toContain('| 2.10 A yearly music day takes place in every district. | ☐ | ☐ | ☐ | ☐ | ☐ | ☐ | ☐ | ☐ | ☐ | ☐ |');
    const bad = await runCli(['framework', '--sheet', 'sheet.pdf'], { cwd: dir });
    expect(bad.code).toBe(2);
  });

  it.each(['en', 'fr', 'es'])('gives the HTML sheet\'s tables real headers in %s: a thead of column headers, each item a row header', async (lang) => {
    const out = `out/sheet-${lang}.html`;
    const r = await runCli(['framework', '--framework', 'data/examples/frameworks/fictional-actions.yaml', '--sheet', join(dir, out), '--lang', lang]);
    expect(r.code, r.stderr).toBe(0);
    const page = await readFile(join(dir, out), 'utf8');
    const tables = [...page.matchAll(/<table>([\s\S]*?)<\/table>/g)].map((m) => m[1] as string);
    expect(tables.length).toBeGreaterThan(1);
    expect(page.match(/<th(?![^>]*\bscope="(?:col|row)")[\s>]/g), 'every th has a scope').toBeNull();
    for (const table of tables) {
      const [, head, body] = /^\s*<thead>([\s\S]*?)<\/thead>\s*<tbody>([\s\S]*?)<\/tbody>\s*$/.exec(table) ?? [];
      expect(head, 'a thead, then a tbody').toBeDefined();
      expect(head!.match(/<th scope="col"/g)).toHaveLength(11); // the item, 9 scores, n/a
      expect(head).not.toContain('<td');
      const rows = body!.match(/<tr>[\s\S]*?<\/tr>/g) ?? [];
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) {
        expect(row).toMatch(/^<tr><th scope="row" class="item">[^<]+<\/th>(<td><span class="box"><\/span><\/td>){10}<\/tr>$/);
      }
    }
  });
});
