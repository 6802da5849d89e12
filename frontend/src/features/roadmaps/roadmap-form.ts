import { z } from 'zod';
import { LONG_TEXT_MAX, ROADMAP_TITLE_MAX } from '@/config/constants';
import type { Roadmap, RoadmapInput, RoadmapPatch } from '@/lib/api/types';
import { changedFields } from '@/lib/three-way';

/** The roadmap dialog's fields: texts and "YYYY-MM-DD" dates ('' while not chosen). */
export type RoadmapFormValues = {
  title: string;
  description: string;
  periodStart: string;
  periodEnd: string;
};

export const ROADMAP_FIELDS = ['title', 'description', 'periodStart', 'periodEnd'] as const satisfies readonly (keyof RoadmapFormValues)[];

/** Message keys (src/i18n) of the roadmap form's own checks. */
export type RoadmapErrorKey =
  'roadmapForm.errors.titleRequired' | 'roadmapForm.errors.tooLong' | 'roadmapForm.errors.dateRequired' | 'roadmapForm.errors.periodOrder';

/** The server's rules for a roadmap (RoadmapInput): a title, at most 500 characters; a period whose end is not before its start. */
export function roadmapSchema(message: (key: RoadmapErrorKey, values?: { max: number }) => string = (key) => key) {
  return z
    .object({
      title: z
        .string()
        .refine((text) => text.trim() !== '', { message: message('roadmapForm.errors.titleRequired') })
        .refine((text) => text.length <= ROADMAP_TITLE_MAX, { message: message('roadmapForm.errors.tooLong', { max: ROADMAP_TITLE_MAX }) }),
      description: z
        .string()
        .refine((text) => text.length <= LONG_TEXT_MAX, { message: message('roadmapForm.errors.tooLong', { max: LONG_TEXT_MAX }) }),
      periodStart: z.string().min(1, { message: message('roadmapForm.errors.dateRequired') }),
      periodEnd: z.string().min(1, { message: message('roadmapForm.errors.dateRequired') }),
    })
    .refine((values) => !values.periodStart || !values.periodEnd || values.periodEnd >= values.periodStart, {
      message: message('roadmapForm.errors.periodOrder'),
      path: ['periodEnd'],
    });
}

/** A new roadmap for the next calendar year, 1 January to 31 December. */
export function newRoadmapValues(today: Date = new Date()): RoadmapFormValues {
  const year = today.getFullYear() + 1;
  return { title: '', description: '', periodStart: `${year}-01-01`, periodEnd: `${year}-12-31` };
}

export function roadmapToForm(roadmap: Roadmap): RoadmapFormValues {
  return {
    title: roadmap.title,
    description: roadmap.description ?? '',
    periodStart: roadmap.periodStart,
    periodEnd: roadmap.periodEnd,
  };
}

/** What counts as a change: surrounding spaces do not. */
export function projectRoadmap(values: RoadmapFormValues, field: keyof RoadmapFormValues): string {
  return values[field].trim();
}

export function roadmapInput(values: RoadmapFormValues): RoadmapInput {
  const description = values.description.trim();
  return {
    title: values.title.trim(),
    ...(description ? { description } : {}),
    periodStart: values.periodStart,
    periodEnd: values.periodEnd,
  };
}

/** The merge patch from `loaded` to `values`: only the changed fields (an emptied description is null), and the version. */
export function roadmapPatch(loaded: RoadmapFormValues, values: RoadmapFormValues, version: number): RoadmapPatch {
  const patch: RoadmapPatch = { version };
  for (const field of changedFields(ROADMAP_FIELDS, loaded, values, projectRoadmap)) {
    if (field === 'description') patch.description = values.description.trim() || null;
    else patch[field] = values[field].trim();
  }
  return patch;
}
