// The room's edits on an entry a map gets through a YAML merge key (`<<: *b`,
// under `%YAML 1.1`): the agreed score set, then cleared, and the note changed
// land on that entry alone; the anchored base keeps its values.
import { readFile, writeFile } from 'node:fs/promises';
import { parseDocument } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/cli.js';
import { LAB, call, startRoom, stopRoom, type RunningRoom } from './helpers.js';

let cleanup: () => Promise<void>;
let file: string;
let room: RunningRoom;

const MERGED = 'x-b: &b {score: 5, notes: x}\ncommitments:\n  "1": {<<: *b}\n  "2": {<<: *b, notes: two}\n';

beforeAll(async () => {
  let dir: string;
  ({ dir, cleanup } = await tempDir('c21lab-room-merge-'));
  file = `${dir}/lab.yaml`;
  const lab = (await readFile(LAB, 'utf8')).replace('date: 2026-03-14', 'date: "2026-03-14"');
  await writeFile(file, `%YAML 1.1\n---\n${lab}\n${MERGED}`);
  room = await startRoom(file);
});

afterAll(async () => {
  if (room) await stopRoom(room, 'SIGKILL');
  await cleanup();
});

const data = async () => parseDocument(await readFile(file, 'utf8')).toJS() as { commitments: Record<string, unknown>; 'x-b': unknown };

describe('edits on an entry merged through <<', { timeout: 60_000 }, () => {
  it('set and clear the agreed score, change the note; the base and the other merger keep theirs', async () => {
    const jump = async (index: number) => {
      expect((await call(room, '/api/control', { body: { action: 'jump', index }, key: room.key })).status).toBe(200);
      expect((await call(room, '/api/control', { body: { action: 'open' }, key: room.key })).status).toBe(200);
    };
    await jump(0);
    const clear = await call(room, '/api/agree', { body: { item: '1', value: null }, key: room.key });
    expect(clear.status, JSON.stringify(clear.body)).toBe(200);
    const note = await call(room, '/api/note', { body: { item: '1', notes: 'one' }, key: room.key });
    expect(note.status, JSON.stringify(note.body)).toBe(200);
    await jump(1);
    const agree = await call(room, '/api/agree', { body: { item: '2', value: 7 }, key: room.key });
    expect(agree.status, JSON.stringify(agree.body)).toBe(200);
    const after = await data();
    expect(after.commitments).toEqual({ '1': { notes: 'one' }, '2': { score: 7, notes: 'two' } });
    expect(after['x-b']).toEqual({ score: 5, notes: 'x' });
    expect(await readFile(file, 'utf8')).toContain('x-b: &b {score: 5, notes: x}\ncommitments:\n  "1": {notes: one}\n  "2": {<<: *b, notes: two, score: 7}\n');
  });

  it('a clear the edit path will not make (a `? <<` merge) is a 422 the phone can read, located on the terminal', async () => {
    const explicit = `${file}.explicit.yaml`;
    const lab = (await readFile(LAB, 'utf8')).replace('date: 2026-03-14', 'date: "2026-03-14"');
    await writeFile(explicit, `%YAML 1.1\n---\n${lab}\nx-b: &b { score: 5, notes: b }\ncommitments:\n  "1":\n    ? <<\n    : *b\n    notes: hi\n`);
    const before = await readFile(explicit, 'utf8');
    const other = await startRoom(explicit);
    try {
      expect((await call(other, '/api/control', { body: { action: 'open' }, key: other.key })).status).toBe(200);
      const clear = await call(other, '/api/agree', { body: { item: '1', value: null }, key: other.key });
      expect(clear.status).toBe(422);
      expect(clear.body.error).toBe('errMergeKey');
      expect(clear.body.message).toBe('Not saved: this value comes through a YAML merge key (<<) in the assessment file, which c21lab does not rewrite on its own; nothing was written. The facilitator can write that entry out by hand.');
      expect(await readFile(explicit, 'utf8')).toBe(before);
      await expect.poll(() => other.output(), { timeout: 10_000 }).toMatch(/✗ Refused — the facilitator, .*: .*\.explicit\.yaml:\d+:\d+ Not saved: this value comes through a YAML merge key/);
    } finally {
      await stopRoom(other, 'SIGKILL');
    }
  });
});
