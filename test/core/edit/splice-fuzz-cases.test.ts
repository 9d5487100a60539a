// The fuzzer's minimal reproducers for the text-splicing edits: a valid file
// and a normal edit, each of which used to throw "did not give the expected
// YAML". Each edit must now succeed, give the old data with the one change,
// and keep the rest of the text byte for byte where it should.
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { addEvidence, addName, setNotes, setScore, setVoteSetting } from '../../../src/core/edit/index.js';
import { deleteIn } from '../../../src/core/edit/splice.js';
import { YAML_OPTIONS } from '../../../src/core/yaml/source.js';

const HEAD = 'c21lab: assessment/1\nframework: culture21-actions\ncity: T\ndate: 2026-05-14\nlanguage: en\n';
interface Data {
  commitments: Record<string, Record<string, unknown>>;
  [key: string]: unknown;
}
const data = (text: string) => parseDocument(text, YAML_OPTIONS).toJS() as Data;

interface Case {
  name: string;
  before: string;
  edit: (text: string) => string;
  /** What the edit changes in the data. */
  change: (d: Data) => void;
  /** The text the edit leaves as it was: the start of the file, up to here. */
  keeps?: string;
}

const note = (id: string, notes: string) => (d: Data) => void ((d.commitments[id] as Record<string, unknown>).notes = notes);

const cases: Case[] = [
  // 1. A text that yaml would write as a block scalar (`|-`), replacing a value on the key's line.
  ...['...to be continued', '---draft', '--- x', '... '].map((text) => ({
    name: `a note ${JSON.stringify(text)} replacing a note`,
    before: `${HEAD}commitments:\n  "3":\n    notes: old\n  "4":\n    score: 2\n`,
    edit: (t: string) => setNotes(t, '3', undefined, text),
    change: note('3', text),
    keeps: `${HEAD}commitments:\n  "3":\n    notes: `,
  })),
  {
    name: 'a note "---draft" into a flow map',
    before: `${HEAD}commitments:\n  "3": { score: 5, notes: old }\n`,
    edit: (t) => setNotes(t, '3', undefined, '---draft'),
    change: note('3', '---draft'),
    keeps: `${HEAD}commitments:\n  "3": { score: 5, notes: `,
  },
  // 2. A long multi-line text as a new key of a flow map: yaml folds a long double-quoted text.
  {
    name: 'a long multi-line note as a new key of a flow map',
    before: `${HEAD}commitments:\n  "2": { score: 5 }\n`,
    edit: (t) => setNotes(t, '2', undefined, 'Group A: the libraries work well.\n\nGroup B: less so.'),
    change: note('2', 'Group A: the libraries work well.\n\nGroup B: less so.'),
    keeps: `${HEAD}commitments:\n  "2": { score: 5`,
  },
  {
    name: 'evidence with a long multi-line title into a flow list',
    before: `${HEAD}commitments:\n  "2": { score: 5, evidence: [A] }\n`,
    edit: (t) => addEvidence(t, '2', undefined, { title: 'Annual report of the city,\nvolume two', url: 'https://x.org' }),
    change: (d) => void (d.commitments['2']?.evidence as unknown[]).push({ title: 'Annual report of the city,\nvolume two', url: 'https://x.org' }),
    keeps: `${HEAD}commitments:\n  "2": { score: 5, evidence: [A`,
  },
  {
    name: 'a new commitment with a long multi-line note into a flow map of commitments',
    before: `${HEAD}commitments: { "1": { score: 5 } }\n`,
    edit: (t) => setNotes(t, '2', undefined, 'Group A: the libraries work rather well overall.\nGroup B: less so.'),
    change: (d) => void (d.commitments['2'] = { notes: 'Group A: the libraries work rather well overall.\nGroup B: less so.' }),
    keeps: `${HEAD}commitments: { "1": { score: 5 }`,
  },
  // 3. A comment line ends a nested block and a sibling key follows.
  {
    name: 'a new key after a nested block ending with a comment line',
    before: `${HEAD}commitments:\n  "1":\n    score: 5\n    evidence:\n      - A\n      # - B\n  "2":\n    score: 6\n`,
    edit: (t) => setNotes(t, '1', undefined, 'x'),
    change: note('1', 'x'),
    keeps: `${HEAD}commitments:\n  "1":\n    score: 5\n    evidence:\n      - A\n      # - B\n`,
  },
  // 4. Block texts that a block scalar would not give back.
  {
    name: 'a note ending with blank lines, before a blank line',
    before: `${HEAD}commitments:\n  "1":\n    score: 5\n\nexperts: []\n`,
    edit: (t) => setNotes(t, '2', undefined, 'a\n\n'),
    change: (d) => void (d.commitments['2'] = { notes: 'a\n\n' }),
    keeps: `${HEAD}commitments:\n  "1":\n    score: 5\n`,
  },
  {
    name: 'a name of spaces and a line break into a new list',
    before: HEAD,
    edit: (t) => addName(t, 'facilitators', ' \n'),
    change: (d) => void (d.facilitators = [' \n']),
    keeps: HEAD,
  },
  // 5. An explicit key `? key` first in a map.
  {
    name: 'a new key in a map whose first key is explicit',
    before: '? c21lab\n: assessment/1\nframework: culture21-actions\ncity: T\ndate: 2026-05-14\nlanguage: en\n',
    edit: (t) => setVoteSetting(t, true),
    change: (d) => void (d.settings = { votes: true }),
    keeps: '? c21lab\n: assessment/1\nframework: culture21-actions\ncity: T\ndate: 2026-05-14\nlanguage: en\n',
  },
  {
    name: 'a new key in a nested map whose first key is explicit',
    before: `${HEAD}commitments:\n  "1":\n    ? score\n    : 5\n`,
    edit: (t) => setNotes(t, '1', undefined, 'x'),
    change: note('1', 'x'),
    keeps: `${HEAD}commitments:\n  "1":\n    ? score\n    : 5\n`,
  },
  // 6. A tag right after the colon, no space, in a flow map.
  {
    name: 'a score replacing `"score":!!str "n/a"`',
    before: '{ "c21lab": "assessment/1", "framework": "culture21-actions", "city": "T", "date": "2026-05-14", "language": "en", "commitments": { "4": { "score":!!str "n/a" } } }\n',
    edit: (t) => setScore(t, '4', undefined, 1),
    change: (d) => void ((d.commitments['4'] as Record<string, unknown>).score = 1),
    keeps: '{ "c21lab": "assessment/1", "framework": "culture21-actions", "city": "T", "date": "2026-05-14", "language": "en", "commitments": { "4": { "score":',
  },
];

describe('edits the fuzzer broke', () => {
  it.each(cases)('$name', ({ before, edit, change, keeps }) => {
    const after = edit(before);
    const expected = data(before);
    change(expected);
    expect(data(after)).toEqual(expected);
    if (keeps) expect(after.startsWith(keeps), after).toBe(true);
  });
});

describe('a removal after a nested block ending with a comment line', () => {
  const before = `${HEAD}commitments:\n  "1":\n    score: 5\n    evidence:\n      - A\n      # - B\n  "2":\n    score: 6\n`;
  it('removes that entry and keeps the next one', () => {
    expect(deleteIn(before, ['commitments', '1'])).toBe(`${HEAD}commitments:\n  "2":\n    score: 6\n`);
  });
});
