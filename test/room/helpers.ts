// Runs `c21lab room` as a real process on 127.0.0.1 with a free port, reads
// the join address, room code and projector key from what it prints, and
// talks to it over real HTTP.
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BIN, ROOT } from '../helpers/cli.js';

export const LAB = join(ROOT, 'test', 'fixtures', 'room', 'lab.yaml');

export interface RunningRoom {
  url: string;
  code: string;
  key: string;
  child: ChildProcess;
  output(): string;
  /** Resolves with the exit code once the process has ended. */
  exited: Promise<number | null>;
}

export async function copyLab(dir: string, name = 'lab.yaml'): Promise<string> {
  const file = join(dir, name);
  await copyFile(LAB, file);
  return file;
}

export function startRoom(file: string, args: string[] = [], env: Record<string, string> = {}): Promise<RunningRoom> {
  const child = spawn(process.execPath, [BIN, 'room', file, '--host', '127.0.0.1', '--port', '0', ...args], {
    env: { PATH: process.env.PATH, HOME: process.env.HOME, LANG: 'C', NO_COLOR: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (out += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const check = () => {
      // In the terminal's language: English, French (`rejoignent :`, `Code de la salle :`) or Spanish.
      const url = /(?:join at|rejoignent|entran en)\s*:\s+(http:\/\/\S+\/)/.exec(out)?.[1];
      const code = /(?:Room code|Code de la salle|Código de la sala)\s*:\s+(\S+)/.exec(out)?.[1];
      const key = /#key=(\S+)/.exec(out)?.[1];
      if (url && code && key && /Ctrl\+C/.test(out)) {
        child.stdout.off('data', check);
        resolve({ url, code, key, child, output: () => out, exited });
      }
    };
    child.stdout.on('data', check);
    void exited.then((c) => reject(new Error(`room exited (${c}) before it was ready:\n${out}`)));
  });
}

export interface Answer {
  status: number;
  body: Record<string, unknown>;
}

export async function call(room: RunningRoom, path: string, options: { body?: unknown; raw?: string; token?: string; key?: string; headers?: Record<string, string> } = {}): Promise<Answer> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers['x-room-token'] = options.token;
  if (options.key) headers['x-room-key'] = options.key;
  const hasBody = options.body !== undefined || options.raw !== undefined;
  if (hasBody && !headers['content-type']) headers['content-type'] = 'application/json';
  const res = await fetch(new URL(path, room.url), {
    method: hasBody ? 'POST' : 'GET',
    headers,
    body: options.raw ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
  });
  const text = await res.text();
  let body: Record<string, unknown> = {};
  try {
    body = JSON.parse(text) as Record<string, unknown>;
  } catch {
    body = { text };
  }
  return { status: res.status, body };
}

export async function claim(room: RunningRoom, id: string): Promise<string> {
  const r = await call(room, '/api/claim', { body: { code: room.code, id } });
  if (r.status !== 200) throw new Error(`claim ${id}: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body.token as string;
}

export async function stopRoom(room: RunningRoom, signal: NodeJS.Signals = 'SIGINT'): Promise<number | null> {
  if (room.child.exitCode === null && room.child.signalCode === null) room.child.kill(signal);
  return room.exited;
}
