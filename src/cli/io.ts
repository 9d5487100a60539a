// What a command gets from the outside world. Tests pass their own streams
// and environment; nothing in a command reaches for process.* directly.
import { Chalk, type ChalkInstance } from 'chalk';
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

export interface CommandContext {
  io: CliIO;
  global: GlobalOptions;
  /** chalk bound to the colour decision for stdout. */
  style: ChalkInstance;
}

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

export function makeStyle(color: boolean): ChalkInstance {
  return new Chalk({ level: color ? 1 : 0 });
}

export function writeLine(stream: Writable, text = ''): void {
  stream.write(text + '\n');
}
