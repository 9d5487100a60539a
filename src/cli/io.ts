// What a command gets from the outside world. Tests pass their own streams
// and environment; nothing in a command reaches for process.* directly.
import type { Chalk as ChalkClass, ChalkInstance } from 'chalk';
import type { Readable, Writable } from 'node:stream';
import type { Lang } from '../core/types.js';

export interface CliIO {
  stdout: Writable & { isTTY?: boolean; columns?: number };
  stderr: Writable & { isTTY?: boolean };
  stdin: Readable & { isTTY?: boolean };
  env: Record<string, string | undefined>;
  cwd: string;
}

/** Global options, shared by every command. */
export interface GlobalOptions {
  lang?: Lang; // only when --lang was given; commands then consult the file and LANG
  verbose: boolean;
  color: boolean; // resolved: TTY, no NO_COLOR, no --no-color
}

/** What every command receives: built once per run by ./context.ts. */
export type { RunContext as CommandContext } from './context.js';

export function processIO(): CliIO {
  // `c21lab … | head` closes the pipe early: that is the reader's choice, not a crash.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw error;
    });
  }
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env, cwd: process.cwd() };
}

/**
 * Whether to colour: --no-color always wins; then FORCE_COLOR as Node and
 * chalk read it ('', 1, 2, 3 or true: on; 0, false or anything else: off),
 * which overrides NO_COLOR as it does in Node; then NO_COLOR (any non-empty
 * value) turns it off; otherwise colour only on a terminal that is not dumb.
 */
export function wantColor(io: CliIO, flag: boolean | undefined): boolean {
  if (flag === false) return false;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined) return ['', '1', '2', '3', 'true'].includes(force);
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  return Boolean(io.stdout.isTTY) && io.env.TERM !== 'dumb';
}

let Chalk: typeof ChalkClass | undefined;

/**
 * Loads chalk, for a run that may colour its output (main() calls it when
 * stdout or stderr is a terminal, or colour is forced). A colourless run (CI,
 * a pipe, NO_COLOR) never loads it: chalk and its colour detection cost about
 * a tenth of a bare node start.
 */
export async function loadChalk(): Promise<void> {
  Chalk ??= (await import('chalk')).Chalk;
}

/** Keys of chalk that take arguments and return a style (chalk.hex('#fff').bold…). */
const BUILDERS = new Set(['rgb', 'hex', 'ansi256', 'bgRgb', 'bgHex', 'bgAnsi256']);

/**
 * What chalk is at level 0, without chalk: every style, however chained,
 * returns its arguments as chalk joins them ('' + one, or all joined by a
 * space). test/cli/style.test.ts holds it to chalk's own level 0.
 */
const PLAIN: ChalkInstance = new Proxy(function plain() {} as unknown as ChalkInstance, {
  apply: (_target, _this, args: unknown[]) => (args.length === 1 ? `${String(args[0])}` : args.join(' ')),
  get: (_target, key) => (key === 'level' ? 0 : typeof key === 'string' && BUILDERS.has(key) ? () => PLAIN : typeof key === 'symbol' ? undefined : PLAIN),
  set: () => true,
});

export function makeStyle(color: boolean): ChalkInstance {
  // Without loadChalk() first there is no chalk to colour with: plain text, never a crash.
  return color && Chalk ? new Chalk({ level: 1 }) : PLAIN;
}

export function writeLine(stream: Writable, text = ''): void {
  stream.write(text + '\n');
}
