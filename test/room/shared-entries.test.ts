// The room's removals on an entry shared through an alias (`"2": *c`): clearing
// the agreed score, emptying the note and abstaining remove them from a copy
// of the entry, and the anchored entry keeps its values.
import { readFile, writeFile } from 'node:fs/promises';
import { parseDocument } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/cli.js';
import { LAB, call, claim, startRoom, stopRoom, type RunningRoom } from './helpers.js';

let cleanup: () => Promise<void>;
let file: string;
let room: RunningRoom;
let ana: string;

const SHARED = 'commitments:\n  "1": &c {score: 5, notes: x, votes: {p1: 5}}\n  "2": *c\n';

beforeAll(async () => {
  let dir: string;
  ({ dir, cleanup } = await tempDir('c21lab-room-shared-'));
  file = `${dir}/lab.yaml`;
  await writeFile(file, `${await readFile(LAB, 'utf8')}\n${SHARED}`);
  room = await startRoom(file);
  ana = await claim(room, 'p1');
});

afterAll(async () => {
  if (room) await stopRoom(room, 'SIGKILL');
  await cleanup();
});

const commitments = async () => (parseDocument(await readFile(file, 'utf8')).toJS() as { commitments: Record<string, unknown> }).commitments;

describe('removals on an entry shared through an alias', { timeout: 60_000 }, () => {
  it('clear the score, the note and a vote of the copy; the anchored entry keeps them', async () => {
    expect((await call(room, '/api/control', { body: { action: 'jump', index: 1 }, key: room.key })).status).toBe(200);
    expect((await call(room, '/api/control', { body: { action: 'open' }, key: room.key })).status).toBe(200);
    const agree = await call(room, '/api/agree', { body: { item: '2', value: null }, key: room.key });
    expect(agree.status, JSON.stringify(agree.body)).toBe(200);
    expect((await commitments())['2']).toEqual({ notes: 'x', votes: { p1: 5 } });
    const note = await call(room, '/api/note', { body: { item: '2', notes: '' }, key: room.key });
    expect(note.status, JSON.stringify(note.body)).toBe(200);
    const vote = await call(room, '/api/vote', { body: { item: '2', value: 'abstain' }, token: ana });
    expect(vote.status, JSON.stringify(vote.body)).toBe(200);
    await expect.poll(async () => (await commitments())['2'], { timeout: 10_000 }).toEqual({ votes: {} });
    expect((await commitments())['1']).toEqual({ score: 5, notes: 'x', votes: { p1: 5 } });
    expect(await readFile(file, 'utf8')).toContain('  "1": &c {score: 5, notes: x, votes: {p1: 5}}\n');
  });
});
