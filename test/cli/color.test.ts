// FORCE_COLOR as Node and chalk read it, NO_COLOR and --no-color, in a pipe
// and in a real terminal (tmux, whose capture keeps the escape codes).
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, runCli, tempDir } from '../helpers/cli.js';
import { HAVE_TMUX, TMUX } from '../helpers/tmux.js';

const ESC = '\u001b[';
let dir: string;
let cleanup: () => Promise<void>;
let bad: string;

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir('c21lab-color-'));
  bad = join(dir, 'bad.yaml');
  writeFileSync(bad, 'c21lab: assessment/1\nframework: culture21-actions\ncity: X\ndate: 2026-02-30\nlanguage: en\ncommitments: {}\n');
});
afterAll(() => cleanup());

describe('in a pipe', () => {
  it.each([
    ['1', true], ['2', true], ['3', true], ['true', true], ['', true],
    ['0', false], ['false', false],
  ])('FORCE_COLOR=%j colours: %s', async (value, coloured) => {
    const r = await runCli(['validate', bad], { env: { NO_COLOR: undefined, FORCE_COLOR: value } });
    expect(r.code).toBe(1);
    expect(r.stdout.includes(ESC)).toBe(coloured);
  });
  it('colours neither by default nor with --no-color, even when forced', async () => {
    expect((await runCli(['validate', bad], { env: { NO_COLOR: undefined } })).stdout).not.toContain(ESC);
    expect((await runCli(['validate', '--no-color', bad], { env: { NO_COLOR: undefined, FORCE_COLOR: '1' } })).stdout).not.toContain(ESC);
  });
});

/** Runs the CLI in a fresh tmux terminal and returns the screen with its escape codes. */
async function inTerminal(env: Record<string, string>): Promise<string> {
  const socket = `c21lab-color-${process.pid}-${Math.random().toString(36).slice(2)}`;
  const vars = Object.entries({ PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: dir, LANG: 'C.UTF-8', TERM: 'xterm-256color', ...env })
    .map(([k, v]) => `'${k}=${v}'`)
    .join(' ');
  const tmux = (...args: string[]) => execFileSync(TMUX, ['-L', socket, ...args], { encoding: 'utf8' });
  tmux('new-session', '-d', '-x', '200', '-y', '20', `env -i ${vars} '${process.execPath}' '${BIN}' validate '${bad}'; echo '[done]'; sleep 600`);
  try {
    for (let i = 0; i < 200; i++) {
      const screen = tmux('capture-pane', '-p', '-e', '-J', '-t', '0');
      if (screen.includes('[done]')) return screen;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`the command never finished:\n${tmux('capture-pane', '-p', '-t', '0')}`);
  } finally {
    tmux('kill-server');
  }
}

describe.skipIf(!HAVE_TMUX)('in a real terminal', () => {
  it('colours by default, not with FORCE_COLOR=0 or false, not with NO_COLOR', async () => {
    expect(await inTerminal({})).toContain(ESC);
    expect(await inTerminal({ FORCE_COLOR: '0' })).not.toContain(ESC);
    expect(await inTerminal({ FORCE_COLOR: 'false' })).not.toContain(ESC);
    expect(await inTerminal({ NO_COLOR: '1' })).not.toContain(ESC);
  });
});
