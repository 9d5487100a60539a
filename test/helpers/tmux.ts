// Drives the built CLI in a real terminal: tmux on its own socket, keys sent
// with send-keys, the screen read with capture-pane. Waits poll the screen
// for expected text (no fixed sleeps); a wait that never succeeds fails the
// test with the screen attached.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { BIN } from './cli.js';

export const TMUX = '/usr/bin/tmux';
export const HAVE_TMUX = existsSync(TMUX) && spawnSync(TMUX, ['-V']).status === 0;

let counter = 0;
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export class Terminal {
  readonly socket = `c21lab-test-${process.pid}-${++counter}`;
  private done = new Map<string, number>();

  constructor(args: string[], cwd: string, env: Record<string, string> = {}, size = { columns: 120, rows: 40 }) {
    const vars = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/tmp', LANG: 'C.UTF-8', TERM: 'xterm-256color', NO_COLOR: '1', ...env };
    const quoted = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
    const command = [
      'env -i',
      ...Object.entries(vars).map(([k, v]) => quoted(`${k}=${v}`)),
      quoted(process.execPath),
      quoted(BIN),
      ...args.map(quoted),
      '; echo "[exit $?]"; sleep 3600',
    ].join(' ');
    this.tmux('new-session', '-d', '-x', String(size.columns), '-y', String(size.rows), '-c', cwd, command);
  }

  private tmux(...args: string[]): string {
    return execFileSync(TMUX, ['-L', this.socket, ...args], { encoding: 'utf8' });
  }

  /** The whole pane, scrollback included, with wrapped lines joined. */
  screen(): string {
    return this.tmux('capture-pane', '-p', '-J', '-S', '-').replace(/\s+$/, '');
  }

  /** Only what is on the screen now (no scrollback), as a person sees it. */
  visible(): string {
    return this.tmux('capture-pane', '-p').replace(/\s+$/, '');
  }

  send(...keys: string[]): void {
    this.tmux('send-keys', '-t', '0', ...keys);
  }

  /** Types text literally (no key names). */
  type(text: string): void {
    if (text) this.tmux('send-keys', '-t', '0', '-l', text);
  }

  async waitFor(test: RegExp | string | ((screen: string) => boolean), what = String(test), timeoutMs = 15_000): Promise<string> {
    const check = typeof test === 'function' ? test : (s: string) => (typeof test === 'string' ? s.includes(test) : test.test(s));
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const screen = this.screen();
      if (check(screen)) return screen;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; the screen was:\n${screen}`);
      await pause(40);
    }
  }

  private count(screen: string, re: RegExp): number {
    return screen.match(new RegExp(re.source, 'gm'))?.length ?? 0;
  }

  /** Waits until `prompt` is the active question (a "?" line) and was answered `n` times before. */
  private async active(prompt: string): Promise<string> {
    const n = this.done.get(prompt) ?? 0;
    const doneRe = new RegExp(`^✔ ${escape(prompt)}`);
    return this.waitFor(
      (s) => this.count(s, doneRe) === n && new RegExp(`^\\? ${escape(prompt)}`, 'm').test(s.split('\n').slice(-45).join('\n')),
      `the question "${prompt}"`,
    );
  }

  private async answered(prompt: string): Promise<void> {
    const n = (this.done.get(prompt) ?? 0) + 1;
    await this.waitFor((s) => this.count(s, new RegExp(`^✔ ${escape(prompt)}`)) >= n, `the answer to "${prompt}"`);
    this.done.set(prompt, n);
  }

  /** Answers a text question (input or confirm): types the text, then Enter. */
  async answer(prompt: string, text = ''): Promise<void> {
    await this.active(prompt);
    this.type(text);
    this.send('Enter');
    await this.answered(prompt);
  }

  /** Picks the choice starting with `label` in a select question, with the arrow keys. */
  async choose(prompt: string, label: string): Promise<void> {
    const screen = await this.active(prompt);
    const lines = screen.split('\n');
    const start = lines.map((l) => l.startsWith(`? ${prompt}`)).lastIndexOf(true);
    const choices = lines.slice(start + 1).filter((l) => /^[❯ ] /.test(l));
    const cursor = choices.findIndex((l) => l.startsWith('❯'));
    const target = choices.findIndex((l) => l.slice(2).startsWith(label));
    if (target === -1) throw new Error(`no choice "${label}" in "${prompt}":\n${choices.join('\n')}`);
    for (let i = 0; i < Math.abs(target - cursor); i++) this.send(target > cursor ? 'Down' : 'Up');
    await this.waitFor((s) => s.split('\n').some((l) => l.startsWith(`❯ ${label}`)), `the cursor on "${label}"`);
    this.send('Enter');
    await this.answered(prompt);
  }

  /** The exit code printed after the program ended. */
  async exitCode(): Promise<number> {
    const screen = await this.waitFor(/\[exit \d+\]/, 'the program to end');
    return Number(/\[exit (\d+)\]/.exec(screen)?.[1]);
  }

  /** The pid of the c21lab process (the child of the pane's shell). */
  programPid(): number {
    const shell = this.tmux('list-panes', '-F', '#{pane_pid}').trim();
    const out = execFileSync('ps', ['-o', 'pid=', '--ppid', shell], { encoding: 'utf8' }).trim().split(/\s+/)[0];
    return Number(out);
  }

  kill(): void {
    spawnSync(TMUX, ['-L', this.socket, 'kill-server']);
  }
}
