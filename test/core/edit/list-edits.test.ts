// The edits inside the participants list (a name changed, a participant
// removed: the walkthrough's) are checked against the whole file's data, as
// every other edit is: a participant shared through an alias with another
// entry keeps its old value there, where an in-place edit of the anchored
// item would have changed both.
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { removeListItem, setListItemKey } from '../../../src/core/edit/index.js';
import { YAML_OPTIONS } from '../../../src/core/yaml/source.js';

const FILE = 'c21lab: assessment/1\nparticipants:\n  # group A\n  - &ana\n    id: p1\n    name: Ana Testa   # lead\n  - id: p2\n    name: Bo\nx-lead: *ana\n';
const data = (text: string) => parseDocument(text, YAML_OPTIONS).toJS() as { participants: { id: string; name: string }[]; 'x-lead': unknown };

describe('list edits keep what an alias shares', () => {
  it('renaming the anchored participant leaves the entry that aliased it as it was', () => {
    const out = data(setListItemKey(FILE, ['participants'], 0, 'name', 'Ana Maria'));
    expect(out.participants).toEqual([{ id: 'p1', name: 'Ana Maria' }, { id: 'p2', name: 'Bo' }]);
    expect(out['x-lead']).toEqual({ id: 'p1', name: 'Ana Testa' });
  });

  it('removing it too', () => {
    const out = data(removeListItem(FILE, ['participants'], 0));
    expect(out.participants).toEqual([{ id: 'p2', name: 'Bo' }]);
    expect(out['x-lead']).toEqual({ id: 'p1', name: 'Ana Testa' });
  });

  it('an item nothing shares is still edited in place, its comments and the anchor kept', () => {
    expect(setListItemKey(FILE, ['participants'], 1, 'name', 'Bob')).toBe(FILE.replace('name: Bo\n', 'name: Bob\n'));
    expect(removeListItem(FILE, ['participants'], 1)).toBe(FILE.replace('  - id: p2\n    name: Bo\n', ''));
  });
});
