// Issue 9: one parser for every value a person types. Each value of the
// table goes through every door that takes it — `set` (arguments and the
// answers CSV), `assess --commitment`, `validate` of a file, `merge`, the
// room's API (in-process, fastify inject) and the walkthrough's vote prompt —
// and every door gives the same verdict in the same words, with the same
// "did you mean". The expected words come from the core and the one catalog,
// so a door that words a value its own way fails here.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Framework } from '../../src/core/types.js';
import { createContext } from '../../src/core/validate/index.js';
import { parseItemId, parseParticipantId, parseTypedScore } from '../../src/core/values.js';
import { FRAMEWORKS } from '../../src/generated/frameworks.js';
import { itemIdMessage, participantIdMessage, scoreMessage } from '../../src/i18n/values.js';
import { Room } from '../../src/room/room.js';
import { buildServer } from '../../src/room/server.js';
import { freshState } from '../../src/room/sidecar.js';
import { runCli, tempDir } from '../helpers/cli.js';
import { newAssessment, walk, writeAssessment } from '../walkthrough/helpers.js';

const fw = FRAMEWORKS['culture21-actions']?.data as Framework;
const PEOPLE = 'participants:\n  - id: p1\n    name: Ana Example\n  - id: p2\n    name: Bo Example';
/** Commitments 1 and 2 scored, so a file differs only where a test puts its value. */
const LAB = newAssessment({ votes: true, participants: PEOPLE }).replace('commitments: {}\n', 'commitments:\n  "1":\n    score: 4\n');

let dir: string;
let cleanup: () => Promise<void>;
let file: string;
beforeAll(async () => {
  ({ dir, cleanup } = await tempDir('c21lab-typed-'));
  file = await writeAssessment(dir, LAB);
});
afterAll(async () => cleanup());

/** The room over the same file, spoken to in-process: the API the phones use, without a network. */
async function roomApi() {
  const room = new Room({
    file: join(dir, 'room-lab.yaml'),
    statePath: join(dir, 'room-lab.state.json'),
    text: LAB,
    fw,
    state: freshState(false),
    save: async () => {},
    saveState: async () => {},
    validation: createContext(dir),
  });
  const { app } = await buildServer({ room, lang: 'en', joinUrl: () => 'http://127.0.0.1/', onInternalError: (e) => { throw e; } });
  const post = async (url: string, payload: unknown, token?: string, lang?: string) => {
    const headers = { ...(token ? { 'x-room-token': token } : {}), ...(lang ? { 'x-room-lang': lang } : {}) };
    const r = await app.inject({ method: 'POST', url, payload: payload as object, headers });
    return { status: r.statusCode, body: r.json<{ error?: string; message?: string; token?: string }>() };
  };
  const claimed = await post('/api/claim', { code: room.state.code, id: 'p1' });
  return { app, post, token: claimed.body.token as string, current: room.current.id };
}

/** Runs one CLI case and returns its words: what it printed, for comparing with the expected message. */
async function cli(args: string[]) {
  const r = await runCli(['--lang', 'en', ...args], { cwd: dir });
  return { code: r.code, out: r.stdout + r.stderr };
}

describe('item ids: one verdict, one wording', () => {
  const values = ['3', ' 3 ', '33', '3.9', '03', '0x7', '1e1', '３', 'n/a'];
  let api: Awaited<ReturnType<typeof roomApi>>;
  beforeAll(async () => (api = await roomApi()));
  afterAll(async () => api.app.close());

  for (const value of values) {
    it(JSON.stringify(value), async () => {
      const typed = parseItemId(value, fw, 'commitment');
      const expected = typed.ok ? undefined : itemIdMessage(typed, 'en');

      const set = await cli(['set', 'lab.yaml', `${value}=5`, '--vote', `${value}:p1=5`]);
      const assess = await cli(['assess', 'lab.yaml', '--commitment', value]);
      const vote = await api.post('/api/vote', { item: value, value: 5 }, api.token);
      if (expected === undefined) {
        expect(set.code, set.out).toBe(0);
        expect(assess.out).toContain('assess needs an interactive terminal'); // accepted: it only lacks a terminal
        expect(vote.body.error).toBe(value.trim() === api.current ? undefined : 'errNotCurrent');
      } else {
        expect(set.code).toBe(1);
        expect(set.out).toContain(`lab.yaml: ${expected}\n`);
        expect(assess.code).toBe(2);
        expect(assess.out).toContain(`c21lab: ${expected}\n`);
        expect(vote).toEqual({ status: 400, body: { error: 'errNoSuchItem', message: expected } });
      }
      await writeFile(file, LAB);

      // In a file the key is the id itself (nothing trimmed); the same words for what is refused.
      const inFile = parseItemId(value, fw, 'commitment', { verbatim: true });
      const bad = join(dir, 'bad.yaml');
      await writeFile(bad, LAB.replace('  "1":\n', `  ${JSON.stringify(value)}:\n`));
      const validate = await cli(['validate', 'bad.yaml']);
      const merge = await cli(['merge', 'lab.yaml', 'bad.yaml', '-o', 'merged.yaml', '--force']);
      if (inFile.ok) {
        expect(validate.code, validate.out).toBe(0);
      } else {
        const words = itemIdMessage(inFile, 'en');
        expect(validate.code).toBe(1);
        expect(validate.out).toContain(`unknown-commitment ${words}\n`);
        expect(merge.code).toBe(1);
        expect(merge.out).toContain(words);
      }
    });
  }

  it('` 3 ` is typed as 3 at every door, and refused in a file with "did you mean"', () => {
    expect(parseItemId(' 3 ', fw, 'commitment', { verbatim: true })).toMatchObject({ ok: false, suggestion: '3' });
  });
});

describe('scores: one verdict, one wording', () => {
  const values = ['7', ' 7 ', '33', '3.9', '0x7', '1e1', '７', 'n/a', 's.o.', 'no aplica', 'N/A', ''];
  let api: Awaited<ReturnType<typeof roomApi>>;
  beforeAll(async () => (api = await roomApi()));
  afterAll(async () => api.app.close());

  for (const value of values) {
    it(JSON.stringify(value), async () => {
      const typed = parseTypedScore(value, fw.scale);
      const expected = typed.ok ? undefined : scoreMessage(typed, value, fw.scale, 'en');
      await writeFile(join(dir, 'answers.csv'), `item,score\n2,"${value}"\n`);

      const set = await cli(['set', 'lab.yaml', `2=${value}`]);
      await writeFile(file, LAB);
      const csv = await cli(['set', 'lab.yaml', '--answers', 'answers.csv']);
      await writeFile(file, LAB);
      const vote = await api.post('/api/vote', { item: api.current, value }, api.token);
      if (expected === undefined) {
        expect(set.code, set.out).toBe(0);
        expect(csv.code, csv.out).toBe(0);
        expect(vote.status).toBe(200);
      } else {
        expect(set.code).toBe(1);
        expect(set.out).toContain(`lab.yaml: 2: ${expected}\n`);
        // An empty cell of a paper sheet is an item not scored yet, so a sheet of empty cells sets nothing.
        if (value === '') expect(csv.code).toBe(2);
        else expect(csv.code).toBe(1);
        if (value !== '') expect(csv.out).toContain(`answers.csv:2:3: 2: ${expected}\n`);
        expect(vote).toEqual({ status: 400, body: { error: 'errOffScale', message: expected } });
      }

      // The walkthrough's vote prompt; there Enter (nothing typed) leaves the vote empty, as the prompt says.
      if (value === '') return;
      const { dir: wdir, cleanup: done } = await tempDir('c21lab-typed-walk-');
      try {
        await writeAssessment(wdir, newAssessment({ votes: true, participants: PEOPLE }));
        const run = walk(wdir, [{ expect: 'Vote of Ana', answer: value }, { expect: 'Vote of Bo', exit: true }]);
        if (expected === undefined) expect((await run).end).toBe('interrupted');
        else await expect(run).rejects.toThrow(`: ${expected}; Enter leaves it empty.`);
      } finally {
        await done();
      }
    });
  }
});

describe('a score written in a file: validate words it as set words the same typed text, naming the one n/a a file takes', () => {
  // As written in YAML (unquoted): each reads as a number or a string the one parser refuses.
  const written = ['10', '0', '33', '0x7', '0x0A', '0o12', '0o7', '3.9', '4.50', '1e1', '+5', '-3', '７', 'seven', 'N/A.'];
  for (const lang of ['en', 'fr', 'es'] as const) {
    for (const value of written) {
      it(`${lang} ${value}`, async () => {
        const typed = parseTypedScore(value, fw.scale);
        expect(typed.ok).toBe(false);
        if (typed.ok) return;
        const words = scoreMessage(typed, value, fw.scale, lang);
        const set = await runCli(['--lang', lang, 'set', 'lab.yaml', `2=${value}`], { cwd: dir });
        await writeFile(file, LAB);
        expect(set.stderr).toContain(`lab.yaml: 2: ${words}\n`);
        for (const where of ['score', 'vote'] as const) {
          const text = where === 'score' ? LAB.replace('    score: 4\n', `    score: ${value}\n`) : LAB.replace('    score: 4\n', `    score: 4\n    votes:\n      p1: ${value}\n`);
          await writeFile(join(dir, 'bad.yaml'), text);
          const r = await runCli(['--lang', lang, 'validate', 'bad.yaml'], { cwd: dir });
          expect(r.code).toBe(1);
          // Located where the value is written, with set's words.
          const col = where === 'score' ? 12 : 11;
          // Set's words, but "not applicable" as the file must say it: `n/a` (set also takes the French `s.o.`; a file does not).
          const inFile = scoreMessage(typed, value, fw.scale, lang, 'n/a');
          if (lang === 'fr') expect(inFile).not.toContain('s.o.');
          expect(r.stdout).toMatch(new RegExp(`^bad\\.yaml:\\d+:${col} error (invalid-score|score-out-of-scale) ${escape(inFile)}$`, 'm'));
          // One mistake, one finding: `1e1` or `0x0A` is not also "10 is out of scale".
          const line = text.split('\n').findIndex((l) => l === (where === 'score' ? `    score: ${value}` : `      p1: ${value}`)) + 1;
          expect(line).toBeGreaterThan(0);
          expect(r.stdout.split('\n').filter((l) => l.startsWith(`bad.yaml:${line}:`)), r.stdout).toHaveLength(1);
        }
      });
    }
  }
});

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('participant ids: one verdict, one wording', () => {
  const values = ['p1', ' p1 ', 'P1', 'p9', 'p 1', 'ana 😀', 'ｐ１', 'x'.repeat(65)];
  for (const value of values) {
    it(JSON.stringify(value.length > 20 ? `${value.slice(0, 6)}… (${value.length})` : value), async () => {
      const typed = parseParticipantId(value, ['p1', 'p2']);
      const set = await cli(['set', 'lab.yaml', '--vote', `2:${value}=5`]);
      await writeFile(file, LAB);
      if (typed.ok) {
        expect(set.code, set.out).toBe(0);
      } else {
        expect(set.code).toBe(1);
        expect(set.out).toContain(`lab.yaml: 2: ${participantIdMessage(typed, 'en')}\n`);
      }
      // A vote in a file by that id: validate and merge word it as set does (nothing trimmed in a file).
      const inFile = parseParticipantId(value, ['p1', 'p2'], { verbatim: true });
      await writeFile(join(dir, 'bad.yaml'), LAB.replace('    score: 4\n', `    score: 4\n    votes:\n      ${JSON.stringify(value)}: 4\n`));
      const validate = await cli(['validate', 'bad.yaml']);
      const merge = await cli(['merge', 'lab.yaml', 'bad.yaml', '-o', 'merged.yaml', '--force']);
      if (inFile.ok) {
        expect(validate.code, validate.out).toBe(0);
      } else {
        const words = participantIdMessage(inFile, 'en');
        expect(validate.code).toBe(1);
        expect(validate.out).toContain(`unknown-participant ${words}\n`);
        expect(merge.code).toBe(1);
        expect(merge.out).toContain(words);
      }
    });
  }
});

describe('the same hint in French and Spanish', () => {
  for (const [lang, hint] of [['fr', 'vouliez-vous dire « 3 » ?'], ['es', '¿quiso decir «3»?']] as const) {
    it(lang, async () => {
      const set = await runCli(['--lang', lang, 'set', 'lab.yaml', '33=5'], { cwd: dir });
      const assess = await runCli(['--lang', lang, 'assess', 'lab.yaml', '--commitment', '33'], { cwd: dir });
      const typo = await runCli(['--lang', lang, 'validat'], { cwd: dir });
      const api = await roomApi();
      const vote = await api.post('/api/vote', { item: '33', value: 5 }, api.token, lang);
      await api.app.close();
      expect(set.stderr).toContain(hint);
      expect(assess.stderr).toContain(hint);
      expect(vote.body.message).toContain(hint);
      expect(typo.stderr).toContain(lang === 'fr' ? 'vouliez-vous dire « validate » ?' : '¿quiso decir «validate»?');
      expect(await readFile(file, 'utf8')).toBe(LAB);
    });
  }
});

describe('dates: one verdict, one wording', () => {
  for (const [lang, value] of [['en', '2026-02-30'], ['fr', '2026-13-01'], ['es', '2026-2-3'], ['en', '0000-01-01']] as const) {
    it(`${lang} ${value}`, async () => {
      const init = await runCli(['--lang', lang, 'init', '--yes', '--city', 'X', '--date', value, 'new.yaml'], { cwd: dir });
      await writeFile(join(dir, 'dated.yaml'), LAB.replace(/^date: .*$/m, `date: "${value}"`));
      const validate = await runCli(['--lang', lang, 'validate', 'dated.yaml'], { cwd: dir });
      expect(init.code).toBe(2);
      expect(validate.code).toBe(1);
      const words = /invalid-date (.*)$/m.exec(validate.stdout)?.[1];
      expect(words, validate.stdout).toBeDefined();
      expect(init.stderr).toContain(`--date${lang === 'fr' ? ' :' : ':'} ${words}`);
    });
  }
});
