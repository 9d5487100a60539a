// The room validates each write before it makes it, as `set` and the
// walkthrough do (issue 9: one rule for every writer): a change that would
// take the file over the size limit is refused with a clear message in the
// screen's language, nothing of it is written, and the answers that came in
// the same write still land: a note does not cost the phones their votes, and
// a vote the file cannot take does not cost the others of its batch theirs.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setVote, setVotes } from '../../src/core/edit/index.js';
import type { Assessment, Framework } from '../../src/core/types.js';
import { createContext, MAX_FILE_BYTES } from '../../src/core/validate/index.js';
import { FRAMEWORKS } from '../../src/generated/frameworks.js';
import { Room, RoomError } from '../../src/room/room.js';
import { freshState } from '../../src/room/sidecar.js';
import { runCli, tempDir } from '../helpers/cli.js';
import { call, claim, LAB, startRoom, stopRoom, type RunningRoom } from './helpers.js';

const fw = FRAMEWORKS['culture21-actions']?.data as Framework;
const data = (text: string) => parseDocument(text).toJS() as Assessment;
const bytes = (text: string) => Buffer.byteLength(text);

let dir: string;
let cleanup: () => Promise<void>;
let lab: string;
beforeAll(async () => {
  ({ dir, cleanup } = await tempDir('c21lab-room-valid-'));
  lab = await readFile(LAB, 'utf8');
});
afterAll(async () => cleanup());

/** `text` padded with a comment line to `size` bytes. */
function padTo(text: string, size: number): string {
  return `${text}#${'-'.repeat(size - bytes(text) - 2)}\n`;
}

describe('c21lab room: a write the file would not validate with (real HTTP)', { timeout: 60_000 }, () => {
  let room: RunningRoom;
  let file: string;
  let ana: string;
  let bruno: string;
  beforeAll(async () => {
    // 2,000 bytes under the limit: votes fit, a 3,000-character note does not.
    file = join(dir, 'full.yaml');
    await writeFile(file, padTo(lab, MAX_FILE_BYTES - 2_000));
    room = await startRoom(file);
    ana = await claim(room, 'p1');
    bruno = await claim(room, 'p2');
  });
  afterAll(async () => {
    if (room) await stopRoom(room, 'SIGKILL');
  });

  it('refuses the note with 422 and the finding in the screen’s language, and writes nothing', async () => {
    const before = await readFile(file, 'utf8');
    const r = await call(room, '/api/note', { body: { item: '1', notes: 'y'.repeat(3_000) }, key: room.key });
    expect(r.status).toBe(422);
    expect(r.body.error).toBe('errFileInvalid');
    expect(r.body.message).toMatch(/^Not saved: the assessment file would not validate with this change \(the file is 10\d{5} bytes, more than the limit of 1048576 bytes for one file\); nothing was written\.$/);
    const fr = await call(room, '/api/note', { body: { item: '1', notes: 'y'.repeat(3_000) }, key: room.key, headers: { 'x-room-lang': 'fr' } });
    expect(fr.status).toBe(422);
    expect(fr.body.message).toMatch(/^Non enregistré : le fichier de l’évaluation ne serait plus valide avec ce changement \(le fichier fait 10\d{5} octets, plus que la limite de 1048576 octets par fichier\)/);
    const es = await call(room, '/api/note', { body: { item: '1', notes: 'y'.repeat(3_000) }, key: room.key, headers: { 'x-room-lang': 'es' } });
    expect(es.body.message).toMatch(/^No se guardó: el archivo de la evaluación dejaría de ser válido con este cambio \(el archivo tiene 10\d{5} bytes/);
    expect(JSON.stringify(r.body)).not.toMatch(/at .*\.js|stack|node_modules/);
    expect(await readFile(file, 'utf8')).toBe(before);
  });

  it('keeps the votes sent at the same time as the refused note, and the file validates', async () => {
    const [note, a, b] = await Promise.all([
      call(room, '/api/note', { body: { item: '1', notes: 'y'.repeat(3_000) }, key: room.key }),
      call(room, '/api/vote', { body: { item: '1', value: 6 }, token: ana }),
      call(room, '/api/vote', { body: { item: '1', value: 8 }, token: bruno }),
    ]);
    expect(note.status).toBe(422);
    expect([a.status, b.status]).toEqual([200, 200]);
    const saved = data(await readFile(file, 'utf8'));
    expect(saved.commitments?.['1']?.votes).toEqual({ p1: 6, p2: 8 });
    expect(saved.commitments?.['1']?.notes).toBeUndefined();
    // A short note still fits.
    expect((await call(room, '/api/note', { body: { item: '1', notes: 'Agreed after a long debate' }, key: room.key })).status).toBe(200);
    const v = await runCli(['validate', file]);
    expect(v.code, v.stdout + v.stderr).toBe(0);
  });
});

describe('the room’s writes in one batch (in-process)', () => {
  /** A room over `text` whose sidecar writes wait for `release()`: what is asked meanwhile goes in one write. */
  function heldRoom(text: string) {
    const saves: string[] = [];
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const room = new Room({
      file: join(dir, 'batch.yaml'),
      statePath: join(dir, 'batch.state.json'),
      text,
      fw,
      state: freshState(false),
      validation: createContext(dir),
      save: async (_file, t) => void saves.push(t),
      saveState: () => held,
    });
    const who = (id: string) => room.participants.find((p) => p.id === id) ?? { id, name: id };
    return { room, saves, release, who };
  }

  async function refusal(p: Promise<unknown>): Promise<RoomError> {
    const error = await p.then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(RoomError);
    return error as RoomError;
  }

  it('a note that takes the file over the limit fails alone: the votes queued with it are written', async () => {
    const { room, saves, release, who } = heldRoom(padTo(lab, MAX_FILE_BYTES - 2_000));
    const busy = room.control('open'); // the sidecar write holds the queue
    const note = room.note('1', 'y'.repeat(3_000));
    const votes = [room.vote(who('p1'), '1', 6), room.vote(who('p2'), '1', 7)];
    release();
    await busy;
    const error = await refusal(note);
    expect([error.status, error.key, error.detail?.kind]).toEqual([422, 'errFileInvalid', 'file']);
    await Promise.all(votes);
    expect(saves).toHaveLength(1); // one write, with the votes and without the note
    expect(data(saves[0] as string).commitments?.['1']).toEqual({ votes: { p1: 6, p2: 7 } });
    expect(room.assessment.commitments?.['1']).toEqual({ votes: { p1: 6, p2: 7 } });
  });

  it('a vote the file cannot take is refused to its voter; the others of its batch land', async () => {
    // Item 1 has p1's vote; the file is sized so that p2's new vote takes it exactly to the limit, and the
    // batch's three votes written together would take it over.
    const base = lab.replace('\nparticipants:', '\ncommitments:\n  "1":\n    votes: { p1: 5 }\n\nparticipants:');
    const grows = bytes(setVote(padTo(base, 10_000), '1', undefined, 'p2', 7)) - 10_000;
    const text = padTo(base, MAX_FILE_BYTES - grows);
    expect(bytes(setVote(text, '1', undefined, 'p2', 7))).toBe(MAX_FILE_BYTES);
    expect(bytes(setVotes(text, '1', undefined, { p1: 6, p2: 7, p3: 8 }))).toBeGreaterThan(MAX_FILE_BYTES);
    const { room, saves, release, who } = heldRoom(text);
    const busy = room.control('open');
    const changed = room.vote(who('p1'), '1', 6); // the same size: fits
    const fits = room.vote(who('p2'), '1', 7);
    const over = room.vote(who('p3'), '1', 8);
    release();
    await busy;
    await Promise.all([changed, fits]);
    const error = await refusal(over);
    expect([error.status, error.key]).toEqual([422, 'errFileInvalid']);
    expect(saves).toHaveLength(1);
    expect(bytes(saves[0] as string)).toBe(MAX_FILE_BYTES);
    expect(data(saves[0] as string).commitments?.['1']?.votes).toEqual({ p1: 6, p2: 7 });
    expect(room.assessment.commitments?.['1']?.votes).toEqual({ p1: 6, p2: 7 });
    expect(room.myVote(who('p3'))).toBeNull();
  });
});
