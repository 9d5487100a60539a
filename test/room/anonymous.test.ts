// `c21lab room --anonymous`: no names offered or asked, votes stored under
// random anonymous ids (declared as participants, so the file validates),
// the projector never shows names even when "revealed", and the room stays
// anonymous when restarted without the flag. Also the terminal mirror.
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli.js';
import { call, copyLab, startRoom, stopRoom, type RunningRoom } from './helpers.js';

let dir: string;
let cleanup: () => Promise<void>;
let room: RunningRoom | undefined;
beforeAll(async () => ({ dir, cleanup } = await tempDir('c21lab-room-anon-')));
afterAll(async () => {
  if (room) await stopRoom(room, 'SIGKILL');
  await cleanup();
});

describe('c21lab room --anonymous', () => {
  it('stores votes under anonymous ids and never shows names', async () => {
    const file = await copyLab(dir);
    room = await startRoom(file, ['--anonymous']);
    expect(room.output()).toMatch(/Anonymous room: names are never shown/);
    const join = await call(room, '/api/join', { body: { code: room.code } });
    expect(join.body).toMatchObject({ anonymous: true, participants: [] });
    expect((await call(room, '/api/claim', { body: { code: room.code, id: 'p1' } })).body.error).toBe('errAnonymousPick');

    const a = await call(room, '/api/register', { body: { code: room.code, name: 'Should Not Be Kept', sector: 'academia' } });
    const b = await call(room, '/api/register', { body: { code: room.code } });
    expect(a.status).toBe(200);
    expect(String(a.body.id)).toMatch(/^anon-[0-9a-f]{6}$/);
    await call(room, '/api/vote', { body: { item: '1', value: 3 }, token: a.body.token as string });
    await call(room, '/api/vote', { body: { item: '1', value: 9 }, token: b.body.token as string });
    await call(room, '/api/control', { body: { action: 'reveal' }, key: room.key });
    const view = await call(room, '/api/projector', { key: room.key });
    expect(view.body).toMatchObject({ anonymous: true, votes: null, voted: 2, stats: { min: 3, max: 9, wide: true } });
    expect(view.body.bySector).toEqual([
      { sector: 'academia', n: 1, mean: 3, median: 3, meanText: '3', medianText: '3' },
      { sector: 'none', n: 1, mean: 9, median: 9, meanText: '9', medianText: '9' },
    ]);
    const me = await call(room, '/api/me', { token: a.body.token as string });
    expect((me.body.me as { name: unknown }).name).toBeNull();

    // Restarted without --anonymous, the room stays anonymous.
    await stopRoom(room, 'SIGKILL');
    room = await startRoom(file);
    expect(room.output()).toMatch(/Anonymous room/);
    expect((await call(room, '/api/join', { body: { code: room.code } })).body.anonymous).toBe(true);
    await stopRoom(room, 'SIGINT');
    // The terminal mirror followed the room.
    expect(room.output()).toMatch(/▶ Item 1\/9 · 1 Cultural rights — voting open/);
    expect(room.output()).toMatch(/2 voted · 0 abstained · 2 joined · median 6, spread 3–9 · wide spread/);
    room = undefined;

    const text = await readFile(file, 'utf8');
    expect(text).not.toContain('Should Not Be Kept');
    expect(text).toMatch(/votes: \{ anon-[0-9a-f]{6}: 3, anon-[0-9a-f]{6}: 9 \}/);
    expect((await runCli(['validate', file])).code).toBe(0);
  });

  it('refuses --anonymous on a room already started with names', async () => {
    const { dir: d, cleanup: c } = await tempDir();
    try {
      const file = await copyLab(d);
      const r = await startRoom(file);
      await call(r, '/api/claim', { body: { code: r.code, id: 'p1' } });
      await stopRoom(r, 'SIGINT');
      const again = await runCli(['room', file, '--host', '127.0.0.1', '--port', '0', '--anonymous']);
      expect(again.code).toBe(2);
      expect(again.stderr).toMatch(/started with names: --anonymous cannot take back the names already shown/);
    } finally {
      await c();
    }
  });
});
