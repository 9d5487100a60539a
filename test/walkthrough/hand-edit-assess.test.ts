// A hand edit saved while `assess` runs, in a real terminal: one that breaks
// the file stops the walkthrough with a located message and the file stays
// byte for byte as the person saved it; one that parses is kept and the next
// answer is applied on top of it.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli.js';
import { HAVE_TMUX, Terminal } from '../helpers/tmux.js';
import { leftovers, readLab } from '../helpers/lab-file.js';

let dir: string;
let cleanup: () => Promise<void>;
const terminals: Terminal[] = [];
beforeEach(async () => ({ dir, cleanup } = await tempDir('c21lab-handedit-')));
afterEach(async () => {
  for (const t of terminals.splice(0)) t.kill();
  await cleanup();
});

async function start(): Promise<Terminal> {
  const r = await runCli(['init', 'lab.yaml', '--city', 'Testville', '--date', '2026-05-14', '--yes'], { cwd: dir });
  expect(r.code, r.stderr).toBe(0);
  const t = new Terminal(['assess', 'lab.yaml'], dir);
  terminals.push(t);
  await t.answer('No participants are listed yet', 'n');
  await t.choose('Agreed score', '4');
  await t.answer('Notes', '');
  await t.answer('Evidence', '');
  return t;
}

describe.skipIf(!HAVE_TMUX)('a hand edit while assess runs (tmux)', { timeout: 90_000 }, () => {
  it('stops at a hand edit that does not parse, names file:line:col, and writes nothing over it', async () => {
    const t = await start();
    await t.waitFor(/^\? Agreed score/m);
    const file = join(dir, 'lab.yaml');
    const broken = (await readFile(file, 'utf8')).replace('city: Testville', 'city: "Testville');
    await writeFile(file, broken);
    const line = broken.split('\n').findIndex((l) => l.startsWith('city:')) + 1;
    await t.choose('Agreed score', '6');
    expect(await t.exitCode()).toBe(1);
    const screen = t.screen();
    expect(screen).toMatch(new RegExp(`lab\\.yaml:${line}:7 error yaml-syntax`));
    expect(screen).toContain('the walkthrough stops here: your last answer was not written');
    expect(screen).not.toMatch(/internal error|\n\s+at /);
    expect(await readFile(file, 'utf8')).toBe(broken);
    expect(await leftovers(dir)).toEqual([]);
  });

  it('a c21lab set from another terminal during the session lands, and so does the next answer', async () => {
    const t = await start();
    await t.waitFor(/^\? Agreed score/m);
    const other = await runCli(['set', 'lab.yaml', '9=8', '--note', '9=typed in from a paper sheet'], { cwd: dir });
    expect(other.code, other.stderr).toBe(0);
    await t.choose('Agreed score', '6');
    await t.answer('Notes', '');
    await t.answer('Evidence', '');
    t.send('C-c');
    expect(await t.exitCode()).toBe(0);
    expect((await readLab(join(dir, 'lab.yaml'))).commitments).toEqual({
      '1': { score: 4 },
      '2': { score: 6 },
      '9': { score: 8, notes: 'typed in from a paper sheet' },
    });
  });

  it('keeps a hand edit that parses and applies the next answer on top of it', async () => {
    const t = await start();
    await t.waitFor(/^\? Agreed score/m);
    const file = join(dir, 'lab.yaml');
    await writeFile(file, (await readFile(file, 'utf8')).replace('city: Testville', 'city: Testville   # renamed by hand'));
    await t.choose('Agreed score', '6');
    await t.answer('Notes', '');
    await t.answer('Evidence', '');
    t.send('C-c');
    expect(await t.exitCode()).toBe(0);
    expect(await readFile(file, 'utf8')).toContain('# renamed by hand');
    expect((await readLab(file)).commitments).toEqual({ '1': { score: 4 }, '2': { score: 6 } });
  });
});
