// The forgiving walkthrough in a real 80×24 terminal (tmux): a whole vote
// round typed on one line, the score question naming its commitment on the
// visible screen, and a half-typed note kept when the facilitator presses
// Ctrl+C (what inquirer had on its line, not a scripted value).
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Assessment } from '../../src/core/types.js';
import { runCli, tempDir } from '../helpers/cli.js';
import { HAVE_TMUX, Terminal } from '../helpers/tmux.js';

let dir: string;
let cleanup: () => Promise<void>;
let t: Terminal | undefined;
beforeEach(async () => ({ dir, cleanup } = await tempDir('c21lab-tmux-forgiving-')));
afterEach(async () => {
  t?.kill();
  await cleanup();
});

const LAB = `# Fictional: Testville does not exist.
c21lab: assessment/1
framework: culture21-actions
city: Testville
date: 2026-05-14
language: en
settings:
  votes: true
participants:
  - id: p1
    name: Ana Example
  - id: p2
    name: Bo Example
  - id: p3
    name: Cy Example
`;

describe.skipIf(!HAVE_TMUX)('the forgiving walkthrough in a real terminal', { timeout: 120_000 }, () => {
  it('one-line round, the commitment on an 80×24 screen, a half-typed note kept on Ctrl+C', async () => {
    await writeFile(join(dir, 'lab.yaml'), LAB);
    t = new Terminal(['assess', 'lab.yaml'], dir, {}, { columns: 80, rows: 24 });
    await t.answer('Vote of Ana Example', '6 7 -');
    await t.waitFor(/\? Agreed score · 1\/9 · Cultural rights \(proposal selected\)/);
    // The question, and the commitment it is about, are on the visible screen.
    expect(t.visible()).toMatch(/Agreed score · 1\/9 · Cultural rights/);
    expect(t.visible().split('\n').length).toBeLessThanOrEqual(24);
    await t.choose('Agreed score', '7');
    await t.waitFor(/\? Notes/);
    t.type('Only the central library opens on Sund');
    await t.waitFor('opens on Sund');
    t.send('C-c');
    expect(await t.exitCode()).toBe(0);
    expect(t.screen()).toContain('The note you were typing is kept in the file.');
    const a = parse(await readFile(join(dir, 'lab.yaml'), 'utf8')) as Assessment;
    expect(a.commitments?.['1']).toEqual({ votes: { p1: 6, p2: 7 }, score: 7, notes: 'Only the central library opens on Sund' });
    expect((await runCli(['validate', 'lab.yaml'], { cwd: dir })).code).toBe(0);
  });
});
