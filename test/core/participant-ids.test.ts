// One rule for participant ids, in the schema editors use and in the one
// parser (core/values.ts) that validate, set, merge and the room use: the same
// characters, at most 64 of them, and unique whatever their case. The schema
// is checked by ajv itself, so an edit to either side alone fails here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { nextParticipantId } from '../../src/core/edit/assessment.js';
import { PARTICIPANT_ID, PARTICIPANT_ID_MAX, parseParticipantId, participantKey } from '../../src/core/values.js';
import { ROOT } from '../helpers/cli.js';

const schema = JSON.parse(readFileSync(join(ROOT, 'schemas', 'assessment.schema.json'), 'utf8')) as {
  $defs: { participant: { properties: { id: Record<string, unknown> } }; votes: { propertyNames: Record<string, unknown> } };
};

describe('the schema and the parser agree on a participant id', () => {
  it('the same pattern and the same limit, for a declared id and a vote key', () => {
    for (const rule of [schema.$defs.participant.properties.id, schema.$defs.votes.propertyNames]) {
      expect(rule.pattern).toBe(PARTICIPANT_ID.source);
      expect(rule.maxLength).toBe(PARTICIPANT_ID_MAX);
    }
  });

  const ajv = new Ajv2020({ strict: false });
  const idOk = ajv.compile(schema.$defs.participant.properties.id);
  const ids = ['p1', 'P1', 'maria', 'anon-3f2a', 'a_b', '-p1', 'p 1', 'ｐ１', '', 'x'.repeat(PARTICIPANT_ID_MAX), 'x'.repeat(PARTICIPANT_ID_MAX + 1), 'é'];
  it.each(ids.map((id) => [id.length > 20 ? `${id.slice(0, 4)}… (${id.length})` : JSON.stringify(id), id]))('%s', (_name, id) => {
    expect(idOk(id)).toBe(parseParticipantId(id as string, undefined, { verbatim: true }).ok);
  });
});

describe('unique whatever the case', () => {
  it('compares by the folded key, keeping the spelling', () => {
    expect(participantKey('P1')).toBe(participantKey('p1'));
    expect(participantKey('Maria')).not.toBe(participantKey('Mario'));
  });

  it('the room and the walkthrough never make an id that differs from one in the file only by case', () => {
    expect(nextParticipantId([{ id: 'P2' }])).toBe('p3');
    expect(nextParticipantId([{ id: 'p1' }, { id: 'P3' }])).toBe('p4');
  });
});
