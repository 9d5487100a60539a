// The edits `merge` makes besides scores, votes, notes and evidence: the
// participants list written anew, a facilitator or expert added,
// settings.votes and the framework set. Each changes only its lines, keeps
// an entry that shared the value through an alias as it was, and is parsed
// again and checked like every other edit. Under a file's own `%YAML 1.1`,
// values are written as that version reads them.
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { addName, setFramework, setIn, setListItemKey, setNotes, setParticipants, setVoteSetting } from '../../../src/core/edit/index.js';
import { YAML_OPTIONS } from '../../../src/core/yaml/source.js';

const HEAD = 'c21lab: assessment/1\nframework: culture21-actions   # bundled\ncity: Testville\ncountry: ZZ\ndate: "2026-05-14"\nlanguage: en\n';
const FILE = `${HEAD}facilitators:   # who ran it
  - Ana Testa
settings:
  votes: false   # decided on the day
participants:
  # group A
  - id: p1
    name: Ana Testa
`;
const data = (text: string) => parseDocument(text, YAML_OPTIONS).toJS() as Record<string, unknown>;

/** The lines that differ, in order (same line count expected). */
function changedLines(a: string, b: string): [string, string][] {
  const x = a.split('\n');
  const y = b.split('\n');
  expect(y).toHaveLength(x.length);
  return x.flatMap((line, i) => (line === y[i] ? [] : [[line, y[i] as string] as [string, string]]));
}

describe('merge’s edits change only their lines', () => {
  it('the framework and settings.votes: the value alone, the comment after it kept', () => {
    expect(changedLines(FILE, setFramework(FILE, 'frameworks/demo.yaml'))).toEqual([
      ['framework: culture21-actions   # bundled', 'framework: frameworks/demo.yaml   # bundled'],
    ]);
    expect(changedLines(FILE, setVoteSetting(FILE, true))).toEqual([['  votes: false   # decided on the day', '  votes: true   # decided on the day']]);
  });

  it('a name is one new line at the end of its list; a list that is not there is added at the end', () => {
    expect(addName(FILE, 'facilitators', 'Chidi Placeholder')).toBe(FILE.replace('  - Ana Testa\n', '  - Ana Testa\n  - Chidi Placeholder\n'));
    expect(addName(FILE, 'experts', 'Dana Sample')).toBe(`${FILE}experts:\n  - Dana Sample\n`);
  });

  it('the participants list written anew, after the comment that opens it', () => {
    const people = [{ id: 'p1', name: 'Ana Maria Testa' }, { id: 'p2', name: 'Bruno Exemplo' }];
    const out = setParticipants(FILE, people);
    expect(out).toBe(FILE.replace('    name: Ana Testa\n', '    name: Ana Maria Testa\n  - id: p2\n    name: Bruno Exemplo\n'));
    expect(data(out).participants).toEqual(people);
  });
});

describe('a value shared through an alias keeps its value where it was shared', () => {
  it('the framework, the settings, the participants list and a name in it', () => {
    const text = `${HEAD.replace('framework: culture21-actions', 'framework: &fw ../f.yaml')}x-sheet: *fw\nsettings: &s { votes: false }\nx-settings: *s\nparticipants: &ppl\n  - id: p1\n    name: &ana Ana Testa\nfacilitators: [*ana]\nx-people: *ppl\n`;
    expect(data(setFramework(text, 'f.yaml'))).toMatchObject({ framework: 'f.yaml', 'x-sheet': '../f.yaml' });
    expect(data(setVoteSetting(text, true))).toMatchObject({ settings: { votes: true }, 'x-settings': { votes: false } });
    const out = data(setParticipants(text, [{ id: 'p1', name: 'Bea' }]));
    expect(out).toMatchObject({ participants: [{ id: 'p1', name: 'Bea' }], facilitators: ['Ana Testa'], 'x-people': [{ id: 'p1', name: 'Ana Testa' }] });
    expect(data(addName(text, 'facilitators', 'Chidi'))).toMatchObject({ facilitators: ['Ana Testa', 'Chidi'], participants: [{ name: 'Ana Testa' }] });
  });
});

describe('under the file’s own %YAML 1.1, a new value is written as that version reads it', () => {
  // YAML 1.2 writes `yes`, `No`, `12:30` and `2026-05-14` plain; under `%YAML 1.1` those read as a boolean, a
  // number and a date, so each edit quotes them (and the check, which parses the result again, would refuse one that did not).
  const OLD = `%YAML 1.1\n---\n${FILE}  - id: p2\n    name: Bruno Exemplo\n    x-remote: "yes"\n`;
  const read = (text: string) => parseDocument(text, YAML_OPTIONS).toJS() as Record<string, unknown>;

  it('the splice itself: p2’s "yes" stays a text, a framework "No" too', () => {
    expect((read(setIn(OLD, ['participants'], read(OLD).participants)).participants as unknown[])[1]).toMatchObject({ 'x-remote': 'yes' });
    expect(read(setIn(OLD, ['framework'], 'No')).framework).toBe('No');
  });

  it('every kind of edit: list, name, framework, note, a list item’s name', () => {
    expect((read(setParticipants(OLD, read(OLD).participants as never)).participants as unknown[])[1]).toMatchObject({ 'x-remote': 'yes' });
    expect(read(addName(OLD, 'facilitators', 'No')).facilitators).toEqual(['Ana Testa', 'No']);
    expect(read(setFramework(OLD, 'No')).framework).toBe('No');
    expect(setVoteSetting(OLD, true)).toBe(OLD.replace('votes: false', 'votes: true'));
    for (const note of ['yes', 'On', '12:30', '2026-05-14', '1_000']) {
      const edited = setNotes(OLD, '3', undefined, note);
      expect((read(edited).commitments as Record<string, { notes: string }>)['3']!.notes, note).toBe(note);
      expect(edited).toContain(`notes: "${note}"`);
    }
    expect((read(setListItemKey(OLD, ['participants'], 0, 'name', 'Yes')).participants as { name: string }[])[0]!.name).toBe('Yes');
  });

  it('in a YAML 1.2 file, the same values stay plain where 1.2 reads them as text', () => {
    expect(setNotes(FILE, '3', undefined, 'yes')).toContain('notes: yes');
  });
});
