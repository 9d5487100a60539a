// The walkthrough's edits inside the participants list on the shapes a hand
// edit can give them (found by fuzzing): each must succeed, give the old data
// with that one change, and keep every other line byte for byte.
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { removeListItem, setListItemKey } from '../../../src/core/edit/index.js';
import { YAML_OPTIONS } from '../../../src/core/yaml/source.js';

const HEAD = 'c21lab: assessment/1\n';
const data = (text: string): unknown => parseDocument(text, YAML_OPTIONS).toJS();
const p = (id: string, name: string, more: object = {}) => ({ id, name, ...more });

const RENAMES: [string, string, string, string][] = [
  // [case, participants lines, new name, the lines written]
  ['a name starting with ...', '  - id: p1   # hand\n    name: Ana\n    sector: other\n', '...Leila', '  - id: p1   # hand\n    name: ...Leila\n    sector: other\n'],
  ['a name that is a document marker', '  - id: p1   # hand\n    name: Ana\n', '---', '  - id: p1   # hand\n    name: ---\n'],
  ['a name on two lines', '  - id: p1   # hand\n    name: Ana\n    sector: other\n', 'Ana\nB', '  - id: p1   # hand\n    name: "Ana\\nB"\n    sector: other\n'],
  ['a comma in a flow item', '  - { id: p1, name: Ana }   # hand\n', 'Smith, Jane', '  - { id: p1, name: "Smith, Jane" }   # hand\n'],
  ['a ] in a flow item', '  - { id: p1, name: Ana }   # hand\n', 'x]', '  - { id: p1, name: "x]" }   # hand\n'],
  ['braces in a flow item', '  - { id: p1, name: Ana }   # hand\n', '{x}', '  - { id: p1, name: "{x}" }   # hand\n'],
  ['two lines in a flow item', '  - { id: p1, name: Ana }   # hand\n', 'Ana\nB', '  - { id: p1, name: "Ana\\nB" }   # hand\n'],
  ['a folded name', '  - id: p1   # hand\n    name: >-\n      Ana Example\n    sector: other\n', 'Bea', '  - id: p1   # hand\n    name: Bea\n    sector: other\n'],
  ['an empty name', '  - id: p1   # hand\n    name:\n    sector: other\n', 'Bea', '  - id: p1   # hand\n    name: Bea\n    sector: other\n'],
  ['an empty name in a flow item', '  - { id: p1, name: }   # hand\n', 'Bea', '  - { id: p1, name: Bea }   # hand\n'],
  ['a literal name, CRLF', '  - id: p1   # hand\r\n    name: |-\r\n      Ana\r\n    sector: other\r\n', 'Bea', '  - id: p1   # hand\r\n    name: Bea\r\n    sector: other\r\n'],
];

describe('setListItemKey writes a one-line name that fits its place', () => {
  it.each(RENAMES)('%s', (_, lines, name, want) => {
    const eol = lines.includes('\r\n') ? '\r\n' : '\n';
    const file = HEAD.replace('\n', eol) + 'participants:' + eol + lines + 'x-end: 1' + eol;
    const out = setListItemKey(file, ['participants'], 0, 'name', name);
    expect(out).toBe(file.replace(lines, want));
    const before = data(file) as { participants: object[] };
    expect(data(out)).toEqual({ ...before, participants: [{ ...before.participants[0], name }] });
  });

  it('under %YAML 1.1 a name 1.1 reads as a boolean is quoted', () => {
    const file = '%YAML 1.1\n---\n' + HEAD + 'participants:\n  - { id: p1, name: Ana }   # hand\n';
    expect(setListItemKey(file, ['participants'], 0, 'name', 'yes')).toBe(file.replace('name: Ana', 'name: "yes"'));
  });

  it('a name shared through an anchor keeps its old value where it is aliased', () => {
    const file = HEAD + 'participants:\n  - id: p1   # hand\n    name: &lead Ana Example\ncommitments:\n  "1":\n    notes: *lead\n';
    const out = setListItemKey(file, ['participants'], 0, 'name', 'Bea');
    expect(data(out)).toEqual({ c21lab: 'assessment/1', participants: [p('p1', 'Bea')], commitments: { '1': { notes: 'Ana Example' } } });
  });

  it('a flow item shared through an anchor too', () => {
    const file = HEAD + 'participants:\n  - &a { id: p1, name: Ana }   # hand\nx-lead: *a\n';
    const out = setListItemKey(file, ['participants'], 0, 'name', 'Bea');
    expect(data(out)).toEqual({ c21lab: 'assessment/1', participants: [p('p1', 'Bea')], 'x-lead': p('p1', 'Ana') });
  });
});

const REMOVALS: [string, string, number, string][] = [
  // [case, participants lines, index, the lines left]
  ['a dash alone, removed', '  -\n    id: p1   # hand\n    name: A\n  - id: p2   # hand\n    name: B\n', 0, '  - id: p2   # hand\n    name: B\n'],
  ['a dash alone, after the one removed', '  - id: p1   # hand\n    name: A\n  -\n    id: p2   # hand\n    name: B\n', 0, '  -\n    id: p2   # hand\n    name: B\n'],
  ['a dash alone, the last one removed', '  - id: p1   # hand\n    name: A\n  -\n    id: p2   # hand\n    name: B\n', 1, '  - id: p1   # hand\n    name: A\n'],
  ['a dash and a comment', '  - # first\n    id: p1   # hand\n    name: A\n  - id: p2   # hand\n    name: B\n', 0, '  - id: p2   # hand\n    name: B\n'],
  ['a dash and a tag', '  - !!map\n    id: p1   # hand\n    name: A\n  - id: p2   # hand\n    name: B\n', 0, '  - id: p2   # hand\n    name: B\n'],
  ['a dash and an anchor', '  - &a\n    id: p1   # hand\n    name: A\n  - id: p2   # hand\n    name: B\n', 0, '  - id: p2   # hand\n    name: B\n'],
  ['a dash and a tag, CRLF', '  - !!map\r\n    id: p1   # hand\r\n    name: A\r\n  - id: p2   # hand\r\n    name: B\r\n', 0, '  - id: p2   # hand\r\n    name: B\r\n'],
  // A comment line above the next item (at the dash's column or left of it) is the next item's or the
  // list's, so it stays; one indented as the removed item's content goes with it, and so do blank lines.
  ['a comment above the next item', '  - id: p1\n    name: A\n  # second group\n  - id: p2\n    name: B\n', 0, '  # second group\n  - id: p2\n    name: B\n'],
  ['a blank line and a comment above the next item', '  - id: p1\n    name: A\n\n  # second group\n  - id: p2\n    name: B\n', 0, '  # second group\n  - id: p2\n    name: B\n'],
  ["the item's own comment, then the next item's", '  - id: p1\n    name: A\n    # about A\n  # second group\n  - id: p2\n    name: B\n', 0, '  # second group\n  - id: p2\n    name: B\n'],
  ['a comment left of the dash', '  - id: p1\n    name: A\n# second group\n  - id: p2\n    name: B\n', 0, '# second group\n  - id: p2\n    name: B\n'],
  ['a middle item, the comments around it kept', '  # first\n  - id: p1\n    name: A\n  # second\n  - id: p2\n    name: B\n  # third\n  - id: p3\n    name: C\n', 1, '  # first\n  - id: p1\n    name: A\n  # second\n  # third\n  - id: p3\n    name: C\n'],
  ['a comment above the next item, CRLF', '  - id: p1\r\n    name: A\r\n  # second group\r\n  - id: p2\r\n    name: B\r\n', 0, '  # second group\r\n  - id: p2\r\n    name: B\r\n'],
  ['a literal block name, then a comment', '  - id: p1\n    name: |\n      A\n  # second group\n  - id: p2\n    name: B\n', 0, '  # second group\n  - id: p2\n    name: B\n'],
];

describe('removeListItem removes the item from its dash line', () => {
  it.each(REMOVALS)('%s', (_, lines, index, want) => {
    const eol = lines.includes('\r\n') ? '\r\n' : '\n';
    const file = HEAD.replace('\n', eol) + 'participants:' + eol + lines + 'x-end: 1' + eol;
    const out = removeListItem(file, ['participants'], index);
    expect(out).toBe(file.replace(lines, want));
    const before = data(file) as { participants: object[] };
    expect(data(out)).toEqual({ ...before, participants: before.participants.filter((_, i) => i !== index) });
  });

  it('a participant holding an anchor used elsewhere is removed, the alias keeping its value', () => {
    const file = HEAD + 'participants:\n  - id: p1   # hand\n    name: &n Ana\n  - id: p2   # hand\n    name: B\nx-lead: *n\n';
    const out = removeListItem(file, ['participants'], 0);
    expect(data(out)).toEqual({ c21lab: 'assessment/1', participants: [p('p2', 'B')], 'x-lead': 'Ana' });
    expect(out).toBe(HEAD + 'participants:\n  - id: p2   # hand\n    name: B\nx-lead: Ana\n');
  });
});
