import { describe, expect, it } from 'vitest';
import { changedFields, rebase, threeWayDiff } from './three-way';

interface Doc {
  title: string;
  note: string;
  tags: Array<{ key: string; id: string }>;
}

const fields = ['title', 'note', 'tags'] as const;
/** Lists compare without their React keys. */
const project = (doc: Doc, field: keyof Doc) => (field === 'tags' ? doc.tags.map((tag) => tag.id) : doc[field]);

const loaded: Doc = { title: 'План', note: '', tags: [{ key: 'a', id: '1' }] };

describe('changedFields', () => {
  it('lists the fields that differ, in the order given', () => {
    expect(changedFields(fields, loaded, { ...loaded, note: 'x', title: 'y' })).toEqual(['title', 'note']);
  });

  it('compares through the projection: new keys alone are no change', () => {
    expect(changedFields(fields, loaded, { ...loaded, tags: [{ key: 'b', id: '1' }] }, project)).toEqual([]);
    expect(changedFields(fields, loaded, { ...loaded, tags: [{ key: 'a', id: '2' }] }, project)).toEqual(['tags']);
  });
});

describe('threeWayDiff', () => {
  it('says who changed what, and where both changed a field differently', () => {
    const mine: Doc = { ...loaded, title: 'Мой план', note: 'моё' };
    const theirs: Doc = { ...loaded, title: 'Их план', tags: [{ key: 'z', id: '2' }] };
    expect(threeWayDiff(fields, loaded, mine, theirs, project)).toEqual([
      { field: 'title', mine: true, theirs: true, conflict: true },
      { field: 'note', mine: true, theirs: false, conflict: false },
      { field: 'tags', mine: false, theirs: true, conflict: false },
    ]);
  });

  it('is no conflict when both made the same change', () => {
    const both: Doc = { ...loaded, title: 'Одинаково' };
    expect(threeWayDiff(fields, loaded, both, { ...both }, project)).toEqual([
      { field: 'title', mine: true, theirs: true, conflict: false },
    ]);
  });

  it('is empty when nobody changed anything', () => {
    expect(threeWayDiff(fields, loaded, { ...loaded }, { ...loaded }, project)).toEqual([]);
  });
});

describe('rebase', () => {
  it('keeps their changes and puts mine on top', () => {
    const mine: Doc = { ...loaded, title: 'Мой план' };
    const theirs: Doc = { ...loaded, title: 'Их план', note: 'их заметка' };
    expect(rebase(fields, loaded, mine, theirs, project)).toEqual({ ...loaded, title: 'Мой план', note: 'их заметка' });
  });
});
