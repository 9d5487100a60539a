// The one reading of every typed value (core/values.ts) and its one wording
// (i18n/values.ts): a table of what people type, and what each parser says.
import { describe, expect, it } from 'vitest';
import { FRAMEWORKS } from '../../src/generated/frameworks.js';
import type { Framework } from '../../src/core/types.js';
import { suggest } from '../../src/core/suggest.js';
import {
  NA_WORDS,
  PARTICIPANT_ID_MAX,
  parseItemId,
  parseParticipantId,
  parseScoreInput,
  parseTypedDate,
  parseTypedScore,
} from '../../src/core/values.js';
import { itemIdMessage, participantIdMessage, scoreMessage, withSuggestion } from '../../src/i18n/values.js';

const fw = FRAMEWORKS['culture21-actions']?.data as Framework;
const withActions: Framework = {
  ...fw,
  id: 'demo',
  commitments: [
    { id: '1', title: { en: 'One' } },
    { id: '2', title: { en: 'Two' }, actions: [{ id: '2.1', title: { en: 'a' } }, { id: '2.10', title: { en: 'b' } }] },
  ],
};
const SCALE = fw.scale;

describe('item ids', () => {
  const table: [string, { ok: boolean; suggestion?: string }][] = [
    ['3', { ok: true }],
    [' 3 ', { ok: true }],
    ['33', { ok: false, suggestion: '3' }],
    ['3.9', { ok: false }],
    ['03', { ok: false, suggestion: '3' }],
    ['３', { ok: false, suggestion: '3' }],
    ['0x7', { ok: false }],
    ['1e1', { ok: false }],
    ['n/a', { ok: false }],
    ['', { ok: false }],
  ];
  for (const [text, want] of table) {
    it(`reads ${JSON.stringify(text)}`, () => {
      const p = parseItemId(text, fw, 'commitment');
      expect(p.ok).toBe(want.ok);
      if (!p.ok) expect(p.suggestion).toBe(want.suggestion);
    });
  }

  it('in a file the key is the id itself: " 3 " is refused, with "3" suggested', () => {
    const p = parseItemId(' 3 ', fw, 'commitment', { verbatim: true });
    expect(p).toMatchObject({ ok: false, reason: 'unknown', suggestion: '3' });
  });

  it('every item of a framework with actions, and the actions of one commitment', () => {
    expect(parseItemId('2.10', withActions)).toEqual({ ok: true, id: '2.10', commitment: '2', action: '2.10' });
    expect(parseItemId('2.1O', withActions)).toMatchObject({ ok: false, scope: 'item', suggestion: '2.1' });
    expect(parseItemId('2.2', withActions, { actionsOf: '2' })).toMatchObject({ ok: false, scope: 'action', commitment: '2', ids: ['2.1', '2.10'] });
  });

  it('worded once, the same in every language for every door', () => {
    const p = parseItemId('33', fw, 'commitment');
    if (p.ok) throw new Error('33 accepted');
    expect(itemIdMessage(p, 'en')).toBe('unknown commitment id "33": framework "culture21-actions" has 1, 2, 3, 4, 5, 6, 7, 8, 9; did you mean "3"?');
    expect(itemIdMessage(p, 'fr')).toMatch(/^identifiant d’engagement inconnu « 33 ».* ; vouliez-vous dire « 3 » \?$/);
    expect(itemIdMessage(p, 'es')).toMatch(/^identificador de compromiso desconocido «33».*; ¿quiso decir «3»\?$/);
    const empty = parseItemId('  ', fw, 'commitment');
    if (empty.ok) throw new Error('empty accepted');
    expect(itemIdMessage(empty, 'en')).toBe('expected an item id of framework "culture21-actions" (1, 2, 3, 4, 5, 6, 7, 8, 9), found nothing');
  });

  it('a key named like a prototype member is just an unknown id', () => {
    expect(parseItemId('__proto__', fw).ok).toBe(false);
    expect(parseItemId('constructor', fw).ok).toBe(false);
  });
});

describe('participant ids', () => {
  const declared = ['p1', 'p2', 'maria'];
  const table: [string, string, string?][] = [
    ['p1', 'ok'],
    [' p1 ', 'ok'],
    ['P1', 'unknown', 'p1'],
    ['ｐ１', 'badChars', 'p1'],
    ['p 1', 'badChars', 'p1'],
    ['ana 😀', 'badChars'],
    ['-p1', 'badChars', 'p1'],
    ['x'.repeat(PARTICIPANT_ID_MAX + 1), 'tooLong'],
    ['', 'empty'],
    ['p9', 'unknown', 'p1'],
  ];
  for (const [text, reason, suggestion] of table) {
    it(`reads ${JSON.stringify(text.length > 20 ? `${text.slice(0, 8)}…` : text)}`, () => {
      const p = parseParticipantId(text, declared);
      if (reason === 'ok') expect(p).toEqual({ ok: true, id: text.trim() });
      else {
        expect(p).toMatchObject({ ok: false, reason });
        expect(p.ok ? 'accepted' : p.suggestion).toBe(suggestion);
      }
    });
  }

  it('a well-formed id is accepted when there is no list to check against; none declared is its own reason', () => {
    expect(parseParticipantId('anon-3f2a')).toEqual({ ok: true, id: 'anon-3f2a' });
    expect(parseParticipantId('p1', [])).toMatchObject({ ok: false, reason: 'noParticipants' });
  });

  it('worded once', () => {
    const p = parseParticipantId('P1', declared);
    if (p.ok) throw new Error('P1 accepted');
    expect(participantIdMessage(p, 'en')).toBe('vote by "P1", who is not a declared participant (declared: p1, p2, maria); did you mean "p1"?');
    const long = parseParticipantId('y'.repeat(70), declared);
    if (long.ok) throw new Error('accepted');
    expect(participantIdMessage(long, 'fr')).toContain('est trop long : 64 caractères au plus');
  });
});

describe('scores', () => {
  it('typed and sent (the room) alike', () => {
    for (const [text, sent, want] of [
      ['7', 7, { ok: true, value: 7 }],
      [' 7 ', 7, { ok: true, value: 7 }],
      ['33', 33, { ok: false, reason: 'outOfScale' }],
      ['3.9', 3.9, { ok: false, reason: 'notNumeral' }],
      ['0', -0, { ok: false, reason: 'outOfScale' }],
    ] as const) {
      expect(parseTypedScore(text, SCALE), text).toEqual(want);
      expect(parseScoreInput(sent, SCALE), String(sent)).toEqual(want);
      expect(parseScoreInput(text, SCALE), text).toEqual(want);
    }
    // 1e1 in JSON is the number 10 (off a 1–9 scale); typed, it is no numeral at all.
    expect(parseScoreInput(1e1, SCALE)).toEqual({ ok: false, reason: 'outOfScale' });
    expect(parseTypedScore('1e1', SCALE)).toEqual({ ok: false, reason: 'notNumeral' });
    expect(parseScoreInput(true, SCALE).ok).toBe(false);
    expect(parseScoreInput(null, SCALE)).toEqual({ ok: false, reason: 'empty' });
  });

  it('n/a in en, fr and es; full-width digits refused with the plain digit suggested', () => {
    for (const na of ['n/a', 'N/A', 's.o.', 'sans objet', 'no aplica']) expect(parseTypedScore(na, SCALE)).toEqual({ ok: true, value: 'n/a' });
    expect(NA_WORDS).toContain('no procede');
    expect(parseTypedScore('７', SCALE)).toEqual({ ok: false, reason: 'notNumeral', suggestion: '7' });
    expect(parseTypedScore('0x7', SCALE)).toEqual({ ok: false, reason: 'notNumeral' });
    expect(parseTypedScore('', SCALE)).toEqual({ ok: false, reason: 'empty' });
  });

  it('worded once', () => {
    const p = parseTypedScore('７', SCALE);
    if (p.ok) throw new Error('accepted');
    expect(scoreMessage(p, '７', SCALE, 'en')).toBe(
      '"７" is not a score: write a whole number from 1 to 9 in plain digits (no sign, point, exponent or 0x), or n/a; did you mean "7"?',
    );
    const off = parseTypedScore('33', SCALE);
    if (off.ok) throw new Error('accepted');
    expect(scoreMessage(off, '33', SCALE, 'fr')).toBe('« 33 » n’est pas une note : un nombre entier de 1 à 9, ou s.o., est attendu');
  });
});

describe('dates', () => {
  it('real calendar dates only', () => {
    expect(parseTypedDate('2026-02-28')).toMatchObject({ ok: true, year: 2026, month: 2, day: 28 });
    expect(parseTypedDate('2026-02-30')).toMatchObject({ ok: false, reason: 'notReal', days: 28 });
    expect(parseTypedDate(' 2026-02-28')).toEqual({ ok: false, reason: 'format' });
    expect(parseTypedDate('２０２６-０２-２８')).toEqual({ ok: false, reason: 'format' });
    expect(parseTypedDate('0000-01-01')).toEqual({ ok: false, reason: 'yearZero' });
  });
});

describe('the one "did you mean"', () => {
  it('folds full-width forms and spaces before measuring typos', () => {
    expect(suggest('３', ['1', '2', '3'])).toBe('3');
    expect(suggest(' city ', ['city', 'country'])).toBe('city');
    expect(suggest('zzzz', ['1', '2'])).toBeUndefined();
  });
  it('one wording per language', () => {
    expect(withSuggestion('x', 'y', 'en')).toBe('x; did you mean "y"?');
    expect(withSuggestion('x', 'y', 'fr')).toBe('x ; vouliez-vous dire « y » ?');
    expect(withSuggestion('x', 'y', 'es')).toBe('x; ¿quiso decir «y»?');
    expect(withSuggestion('x', undefined, 'es')).toBe('x');
  });
});
