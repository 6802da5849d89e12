import { describe, expect, it } from 'vitest';
import { newRoadmapValues, roadmapInput, roadmapPatch, roadmapSchema } from './roadmap-form';

const loaded = { title: 'План на 2018 год', description: 'Описание', periodStart: '2018-01-01', periodEnd: '2018-12-31' };

describe('roadmap form', () => {
  it('proposes the next calendar year', () => {
    expect(newRoadmapValues(new Date(2025, 5, 15))).toEqual({
      title: '',
      description: '',
      periodStart: '2026-01-01',
      periodEnd: '2026-12-31',
    });
  });

  it('sends a new roadmap without an empty description', () => {
    expect(roadmapInput({ ...loaded, title: '  План  ', description: ' ' })).toEqual({
      title: 'План',
      periodStart: '2018-01-01',
      periodEnd: '2018-12-31',
    });
  });

  it('patches only the changed fields, with the version; an emptied description becomes null', () => {
    expect(roadmapPatch(loaded, { ...loaded, description: '', periodEnd: '2019-06-30' }, 3)).toEqual({
      version: 3,
      description: null,
      periodEnd: '2019-06-30',
    });
    expect(roadmapPatch(loaded, { ...loaded, title: 'План на 2018 год ' }, 3)).toEqual({ version: 3 });
  });

  it('checks the title and that the period does not end before it starts', () => {
    const result = roadmapSchema().safeParse({ ...loaded, title: ' ', periodEnd: '2017-12-31' });
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['title', 'roadmapForm.errors.titleRequired'],
      ['periodEnd', 'roadmapForm.errors.periodOrder'],
    ]);
  });
});
