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

/** Colour only on a terminal, never with NO_COLOR (any value) or --no-color; FORCE_COLOR wins for tests. */
export function wantColor(io: CliIO, flag: boolean | undefined): boolean {
  if (flag === false) return false;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0') return true;
  return Boolean(io.stdout.isTTY) && io.env.TERM !== 'dumb';
}

export function makeStyle(color: boolean): ChalkInstance {
  return new Chalk({ level: color ? 1 : 0 });
}

export function writeLine(stream: Writable, text = ''): void {
  stream.write(text + '\n');
}
