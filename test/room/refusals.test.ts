// Every refusal the room sends a phone or the projector is said on the
// facilitator's terminal too, one line in the terminal's language: who, what
// and why (the same reason, a file's finding with its line and column), so
// the facilitator can help. Requests refused for coming too fast are summed
// up rather than printed one by one.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../../src/core/validate/index.js';
import { LINES_PER_BURST, startRefusalLog } from '../../src/cli/room-refusals.js';
import { translator } from '../../src/i18n/define.js';
import { roomMessages } from '../../src/i18n/room.js';
import type { Refusal } from '../../src/room/refusals.js';
import { tempDir } from '../helpers/cli.js';
import { call, claim, copyLab, LAB, startRoom, stopRoom, type RunningRoom } from './helpers.js';

let dir: string;
let cleanup: () => Promise<void>;
const rooms: RunningRoom[] = [];
beforeAll(async () => ({ dir, cleanup } = await tempDir('c21lab-room-refusals-')));
afterAll(async () => {
  for (const r of rooms) await stopRoom(r, 'SIGKILL');
  await cleanup();
});

const refusedLines = (out: string) => out.split('\n').filter((l) => l.includes('✗'));
/** Resolves once the room has printed `count` refusal lines (they come just after the answer). */
async function waitLines(room: RunningRoom, count: number): Promise<string[]> {
  for (let i = 0; i < 100 && refusedLines(room.output()).length < count; i++) await new Promise((r) => setTimeout(r, 20));
  return refusedLines(room.output());
}

async function open(name: string, lang: string, pad?: number): Promise<RunningRoom> {
  let file: string;
  if (pad === undefined) file = await copyLab(dir, name);
  else {
    file = join(dir, name);
    const lab = await readFile(LAB, 'utf8');
    await writeFile(file, `${lab}#${'-'.repeat(pad - Buffer.byteLength(lab) - 2)}\n`);
  }
  const room = await startRoom(file, ['--lang', lang]);
  rooms.push(room);
  return room;
}

/** The answers of the first test, each refused, and the line each gets on the terminal. */
const EXPECTED = {
  en: [
    '  ✗ Refused — Ana Testa (p1), vote 12 on item 1: "12" is not a score: expected a whole number from 1 to 9, or n/a',
    '  ✗ Refused — Ana Testa (p1), vote 5 on item 2: The room has moved to another item; your screen now shows it.',
    '  ✗ Refused — a phone picking Ana Testa (p1), joining: This name has already joined on another phone. If that was not you, tell the facilitator.',
    '  ✗ Refused — a phone joining, entering the room code: This room code is not right: check the code on the projector.',
    '  ✗ Refused — someone not joined, vote 5 on item 1: This phone’s pass is not valid in this room: join again with the room code.',
    '  ✗ Refused — the facilitator, going to item number 10000: There is no such item.',
    '  ✗ Refused — Ana Testa (p1), abstention on item 1: Voting on this item is closed.',
  ],
  fr: [
    '  ✗ Refusé — Ana Testa (p1), vote 12 sur l’élément 1 : « 12 » n’est pas une note : un nombre entier de 1 à 9, ou s.o., est attendu',
    '  ✗ Refusé — Ana Testa (p1), vote 5 sur l’élément 2 : La salle est passée à un autre élément ; votre écran l’affiche maintenant.',
    '  ✗ Refusé — un téléphone qui choisit Ana Testa (p1), entrée dans la salle : Ce nom est déjà inscrit sur un autre téléphone. Si ce n’était pas vous, prévenez l’animateur.',
    '  ✗ Refusé — un téléphone qui rejoint, saisie du code de la salle : Ce code de salle n’est pas le bon : vérifiez le code affiché au projecteur.',
    '  ✗ Refusé — une personne non inscrite, vote 5 sur l’élément 1 : Le laissez-passer de ce téléphone n’est pas valable dans cette salle : rejoignez-la à nouveau avec le code.',
    '  ✗ Refusé — l’animateur, saut à l’élément n° 10000 : Cet élément n’existe pas.',
    '  ✗ Refusé — Ana Testa (p1), abstention sur l’élément 1 : Le vote sur cet élément est clos.',
  ],
  es: [
    '  ✗ Rechazado — Ana Testa (p1), voto 12 en el elemento 1: «12» no es una puntuación: se espera un número entero de 1 a 9, o n/a',
    '  ✗ Rechazado — Ana Testa (p1), voto 5 en el elemento 2: La sala pasó a otro elemento; su pantalla ya lo muestra.',
    '  ✗ Rechazado — un teléfono que elige Ana Testa (p1), entrada en la sala: Este nombre ya entró desde otro teléfono. Si no fue usted, avise a la persona facilitadora.',
    '  ✗ Rechazado — un teléfono que entra, introducción del código de la sala: Este código de sala no es correcto: compruebe el código de la proyección.',
    '  ✗ Rechazado — alguien no registrado, voto 5 en el elemento 1: El pase de este teléfono no es válido en esta sala: vuelva a entrar con el código.',
    '  ✗ Rechazado — la persona facilitadora, salto al elemento n.º 10000: Ese elemento no existe.',
    '  ✗ Rechazado — Ana Testa (p1), abstención en el elemento 1: La votación de este elemento está cerrada.',
  ],
};

describe('c21lab room: refusals on the facilitator’s terminal (real HTTP)', { timeout: 60_000 }, () => {
  it.each(['en', 'fr', 'es'] as const)('prints each refused answer in %s, one line each, and nothing for accepted ones', async (lang) => {
    const room = await open(`answers-${lang}.yaml`, lang);
    const ana = await claim(room, 'p1');
    // Accepted: no line.
    expect((await call(room, '/api/vote', { body: { item: '1', value: 7 }, token: ana })).status).toBe(200);
    expect((await call(room, '/api/me', { token: ana })).status).toBe(200);
    expect((await call(room, '/api/projector', { key: room.key })).status).toBe(200);
    expect((await call(room, '/favicon.ico')).status).toBe(404); // the browser's own request, no one's action
    // Refused, each for its own reason.
    expect((await call(room, '/api/vote', { body: { item: '1', value: 12 }, token: ana })).status).toBe(400);
    expect((await call(room, '/api/vote', { body: { item: '2', value: 5 }, token: ana })).status).toBe(409);
    expect((await call(room, '/api/claim', { body: { code: room.code, id: 'p1' } })).status).toBe(409);
    expect((await call(room, '/api/join', { body: { code: 'WRONG1' } })).status).toBe(403);
    expect((await call(room, '/api/vote', { body: { item: '1', value: 5 }, token: 'not-a-pass' })).status).toBe(401);
    expect((await call(room, '/api/control', { body: { action: 'jump', index: 9999 }, key: room.key })).status).toBe(400);
    expect((await call(room, '/api/control', { body: { action: 'close' }, key: room.key })).status).toBe(200);
    expect((await call(room, '/api/vote', { body: { item: '1', value: 'abstain' }, token: ana })).status).toBe(409);
    // Waits for an eighth line that must not come.
    expect(await waitLines(room, EXPECTED[lang].length + 1)).toEqual(EXPECTED[lang]);
  });

  it.each([
    ['en', (bytes: string) => `Not saved: the assessment file would not validate with this change (FILE:1:1 the file is ${bytes} bytes, more than the limit of 1048576 bytes for one file); nothing was written.`, '  ✗ Refused — the facilitator, note on item 1: '],
    ['fr', (bytes: string) => `Non enregistré : le fichier de l’évaluation ne serait plus valide avec ce changement (FILE:1:1 le fichier fait ${bytes} octets, plus que la limite de 1048576 octets par fichier) ; rien n’a été écrit.`, '  ✗ Refusé — l’animateur, commentaire sur l’élément 1 : '],
  ] as const)('prints a change the file would not validate with (422) in %s, with the finding and its line:col', async (lang, reason, head) => {
    const room = await open(`full-${lang}.yaml`, lang, MAX_FILE_BYTES - 2_000);
    const file = join(dir, `full-${lang}.yaml`);
    const r = await call(room, '/api/note', { body: { item: '1', notes: 'y'.repeat(3_000) }, key: room.key });
    expect(r.status).toBe(422);
    const bytes = /(10\d{5})/.exec(String(r.body.message))?.[1] as string;
    expect(await waitLines(room, 1)).toEqual([head + reason(bytes).replace('FILE', file)]);
  });

  it('sums up a flood of requests refused for coming too fast: its first one, then one line for the rest', async () => {
    const room = await open('flood.yaml', 'en');
    const ana = await claim(room, 'p1');
    const all = await Promise.all(Array.from({ length: 60 }, () => call(room, '/api/me', { token: ana })));
    const limited = all.filter((a) => a.status === 429).length;
    expect(limited).toBeGreaterThan(1);
    expect(await waitLines(room, 1)).toEqual(['  ✗ Refused — Ana Testa (p1), opening a room screen: Too many requests at once: wait a moment and try again.']);
    // The rest are counted, and said when the burst's time is over or the room closes.
    expect(await stopRoom(room, 'SIGINT')).toBe(0);
    const lines = refusedLines(room.output());
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(new RegExp(`^  ✗ Refused — ${limited - 1} more requests in \\d+ s, too many at once: Ana Testa \\(p1\\) ×${limited - 1}$`));
  });

  it('names no one in an anonymous room: the random id only, even for a name a phone tries to pick', async () => {
    const anon = await startRoom(await copyLab(dir, 'anonymous.yaml'), ['--anonymous', '--lang', 'en']);
    rooms.push(anon);
    const joined = await call(anon, '/api/register', { body: { code: anon.code, name: 'Ignored Name' } });
    const id = joined.body.id as string;
    expect((await call(anon, '/api/vote', { body: { item: '1', value: 0 }, token: joined.body.token as string })).status).toBe(400);
    expect((await call(anon, '/api/claim', { body: { code: anon.code, id: 'p1' } })).status).toBe(403);
    expect(await waitLines(anon, 3)).toEqual([
      `  ✗ Refused — ${id}, vote 0 on item 1: "0" is not a score: expected a whole number from 1 to 9, or n/a`,
      '  ✗ Refused — a phone picking p1, joining: This room is anonymous: names cannot be picked.',
    ]);
  });
});

describe('the terminal’s summary of rate-limited requests (in-process)', () => {
  const limited = (who: Refusal['who']): Refusal => ({ status: 429, key: 'errRateLimited', who, what: { kind: 'vote' } });
  it('prints the first of a burst at once and the rest in one line when the burst is over; then a new burst starts', async () => {
    const lines: string[] = [];
    const log = startRefusalLog(translator(roomMessages, 'fr'), 'fr', (l) => lines.push(l), 100);
    const ana = { kind: 'participant', id: 'p1', name: 'Ana Testa' } as const;
    log.onRefused(limited(ana));
    for (let i = 0; i < 5; i++) log.onRefused(limited(ana));
    log.onRefused(limited({ kind: 'unknown' }));
    expect(lines).toEqual(['  ✗ Refusé — Ana Testa (p1), un vote : Trop de requêtes à la fois : attendez un instant et réessayez.']);
    await new Promise((r) => setTimeout(r, 150));
    expect(lines.slice(1)).toEqual(['  ✗ Refusé — 6 requêtes de plus en 1 s, trop à la fois : Ana Testa (p1) ×5, une personne non inscrite']);
    // Another refusal meanwhile is printed as it comes; the next burst starts with its own first line.
    log.onRefused({ status: 409, key: 'errClosed', who: ana, what: { kind: 'vote', item: '1', value: '5' } });
    log.onRefused(limited(ana));
    log.onRefused(limited(ana));
    log.stop();
    expect(lines.slice(2)).toEqual([
      '  ✗ Refusé — Ana Testa (p1), vote 5 sur l’élément 1 : Le vote sur cet élément est clos.',
      '  ✗ Refusé — Ana Testa (p1), un vote : Trop de requêtes à la fois : attendez un instant et réessayez.',
      '  ✗ Refusé — 1 requête de plus en 1 s, trop à la fois : Ana Testa (p1)',
    ]);
  });

  it('bounds refusals that are not rate-limited too (a made-up token on each request is never limited)', () => {
    const lines: string[] = [];
    const log = startRefusalLog(translator(roomMessages, 'en'), 'en', (l) => lines.push(l), 60_000);
    for (let i = 0; i < 200; i++) log.onRefused({ status: 401, key: 'errNoToken', who: { kind: 'unknown' }, what: { kind: 'vote', item: '1', value: '5' } });
    expect(lines).toHaveLength(LINES_PER_BURST);
    log.stop();
    expect(lines).toHaveLength(LINES_PER_BURST + 1);
    expect(lines.at(-1)).toBe(`  ✗ Refused — ${200 - LINES_PER_BURST} more requests in 1 s, too many at once: someone not joined ×${200 - LINES_PER_BURST}`);
    // Once the room is closing, a refusal is printed as it comes: no summary would follow it.
    log.onRefused({ status: 401, key: 'errNoToken', who: { kind: 'unknown' }, what: { kind: 'vote', item: '1', value: '5' } });
    expect(lines).toHaveLength(LINES_PER_BURST + 2);
  });
});
