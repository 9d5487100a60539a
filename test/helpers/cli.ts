// Runs the CLI the way users and CI do. Most cases call the built entry's
// main() in this process (as markdownlint-cli2's test cases do): the same
// argv, environment, working directory and streams, without paying a Node
// start-up per case. `binary: true` (or C21LAB_TEST_BINARY=1 for the whole
// suite) spawns bin/c21lab.js instead, for what only a real process shows:
// the shim's exit code, signals, EPIPE, a terminal.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = join(ROOT, 'bin', 'c21lab.js');
export const EXAMPLES = join(ROOT, 'data', 'examples');

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd?: string;
  env?: Record<string, string | undefined>;
  input?: string;
  /** Spawn the real binary instead of calling main() in this process. */
  binary?: boolean;
  /** In-process only: stdout claims to be a terminal (isTTY), as when nothing redirects it. */
  stdoutTTY?: boolean;
}

type Main = (argv: string[], io: unknown) => Promise<number>;
let loadedMain: Promise<Main> | undefined;

function cleanEnv(extra: RunOptions['env']): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries({ PATH: process.env.PATH, HOME: process.env.HOME, LANG: 'C', NO_COLOR: '1', ...extra })) {
    if (v !== undefined) env[k] = v;
  }
  return env;
}

/** Runs `c21lab ...args` with a clean, colourless, English environment unless told otherwise. */
export function runCli(args: string[], options: RunOptions = {}): Promise<RunResult> {
  // A terminal on stdout exists only in this process (a spawned binary writes into a pipe), so such a case stays here.
  const binary = options.binary ?? (process.env.C21LAB_TEST_BINARY === '1' && !options.stdoutTTY);
  return binary ? runBinary(args, options) : runInProcess(args, options);
}

/** Always through the real binary. */
export function runBin(args: string[], options: Omit<RunOptions, 'binary'> = {}): Promise<RunResult> {
  return runBinary(args, options);
}

function runBinary(args: string[], options: RunOptions): Promise<RunResult> {
  return runNode([BIN, ...args], { cwd: options.cwd ?? ROOT, env: cleanEnv(options.env), ...(options.input !== undefined ? { input: options.input } : {}) });
}

/** `node ARGS` as a real process, in `cwd` (the project by default) with exactly `env`: its exit code and output. */
export function runNode(args: string[], options: { cwd?: string; env: NodeJS.ProcessEnv; input?: string }): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: options.cwd ?? ROOT, env: options.env, stdio: 'pipe' });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}

function collector(): { stream: PassThrough & { isTTY?: boolean }; text: () => string } {
  const stream = new PassThrough();
  let text = '';
  stream.setEncoding('utf8').on('data', (d: string) => (text += d));
  return { stream, text: () => text };
}

async function runInProcess(args: string[], options: RunOptions): Promise<RunResult> {
  loadedMain ??= import(pathToFileURL(join(ROOT, 'dist', 'cli', 'main.js')).href).then((m: { main: Main }) => m.main);
  const main = await loadedMain;
  const out = collector();
  const err = collector();
  if (options.stdoutTTY) out.stream.isTTY = true;
  const io = {
    stdout: out.stream,
    stderr: err.stream,
    stdin: Readable.from([options.input ?? '']),
    env: cleanEnv(options.env),
    cwd: options.cwd ?? ROOT,
  };
  const code = await main(args, io);
  out.stream.end();
  err.stream.end();
  await new Promise((r) => setImmediate(r));
  return { code, stdout: out.text(), stderr: err.text() };
}

/** A fresh temporary directory, removed by the returned cleanup. */
export async function tempDir(prefix = 'c21lab-test-'): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}
