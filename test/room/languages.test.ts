// The room in French and Spanish on a real room process: the projector's
// statistics and sector table come with the screen language's decimal mark,
// and the terminal mirror words an agreed n/a and a fractional median in the
// terminal's language.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli.js';
import { call, claim, copyLab, startRoom, stopRoom, type RunningRoom } from './helpers.js';

let dir: string;
let cleanup: () => Promise<void>;
let room: RunningRoom | undefined;
beforeAll(async () => ({ dir, cleanup } = await tempDir('c21lab-room-lang-')));
afterAll(async () => {
  if (room) await stopRoom(room, 'SIGKILL');
  await cleanup();
});

interface Sector {
  sector: string;
  mean: number | null;
  meanText: string | null;
  medianText: string | null;
}

describe('c21lab room in French and Spanish', () => {
  it('writes the projector’s numbers and the mirror’s words in the screen’s language', async () => {
    const file = await copyLab(dir);
    room = await startRoom(file, ['--lang', 'fr']);
    const r = room;
    const dana = await call(r, '/api/register', { body: { code: r.code, name: 'Dana Exemple', sector: 'local-government' } });
    const tokens = [await claim(r, 'p1'), dana.body.token as string, await claim(r, 'p2'), await claim(r, 'p3')];
    // local government: 5 and 6 (mean 5.5); everyone: 5, 6, 6, 5 (mean and median 5.5, sd 0.5)
    for (const [token, value] of tokens.map((tk, i) => [tk, [5, 6, 6, 5][i]] as const)) {
      expect((await call(r, '/api/vote', { body: { item: '1', value }, token })).status).toBe(200);
    }

    const byLang = async (lang: string) => (await call(r, '/api/projector', { key: r.key, headers: { 'x-room-lang': lang } })).body;
    for (const [lang, mark] of [['fr', ','], ['es', ','], ['en', '.']] as const) {
      const view = await byLang(lang);
      expect(view.stats).toMatchObject({ mean: 5.5, median: 5.5, min: 5, max: 6, sd: 0.5 });
      expect(view.statsText).toEqual({ mean: `5${mark}5`, median: `5${mark}5`, min: '5', max: '6', sd: `0${mark}5` });
      const local = (view.bySector as Sector[]).find((s) => s.sector === 'local-government');
      expect(local).toMatchObject({ mean: 5.5, meanText: `5${mark}5`, medianText: `5${mark}5` });
      const civil = (view.bySector as Sector[]).find((s) => s.sector === 'civil-society');
      expect(civil).toMatchObject({ meanText: '6', medianText: '6' });
    }
    // Without a header the screen gets the terminal's language.
    expect((await call(r, '/api/projector', { key: r.key })).body.statsText).toMatchObject({ mean: '5,5' });

    expect((await call(r, '/api/agree', { body: { item: '1', value: 'n/a' }, key: r.key })).status).toBe(200);
    expect(await stopRoom(r, 'SIGINT')).toBe(0);
    room = undefined;
    const out = r.output();
    expect(out).toMatch(/médiane 5,5, étendue 5–6/);
    expect(out).toMatch(/Note retenue\s*:\s*s\.o\./);
    expect(out).not.toMatch(/Note retenue\s*:\s*n\/a/);
  });

  it('counts the votes of those who joined against those who joined, and the file’s other votes apart', async () => {
    const file = await copyLab(dir, 'counted.yaml');
    // Two votes typed from paper before the room opens: p1 and p2 have no phone in the room.
    expect((await runCli(['set', file, '--vote', '1:p1=5', '--vote', '1:p2=6'])).code).toBe(0);
    room = await startRoom(file);
    const r = room;
    const chidi = await claim(r, 'p3');
    const dana = await call(r, '/api/register', { body: { code: r.code, name: 'Dana Exemple' } });
    expect((await call(r, '/api/vote', { body: { item: '1', value: 7 }, token: chidi })).status).toBe(200);
    const view = (await call(r, '/api/projector', { key: r.key })).body;
    // 1 of the 2 joined has voted; 3 votes in all, 2 of them from people not joined.
    expect(view).toMatchObject({ voted: 3, votedJoined: 1, joined: 2 });
    expect(dana.status).toBe(200);
    expect(await stopRoom(r, 'SIGINT')).toBe(0);
    room = undefined;
  });
});
