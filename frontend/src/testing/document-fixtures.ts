import type { Attachment, RoadmapImportPreview } from '@/lib/api/types';
import { ids } from './fixtures';

export const IMPORT_ID = '99999999-0000-4000-8000-000000000001';

/**
 * What reading a roadmap document could give: an item understood whole, one with a partnership Karta does not know
 * (written two ways, proposed once) and "участники кластера", and one whose deadline was not understood.
 */
export function makeImportPreview(overrides: Partial<RoadmapImportPreview> = {}): RoadmapImportPreview {
  return {
    id: IMPORT_ID,
    fileName: 'Дорожная карта 2019.docx',
    format: 'DOCX',
    fileSize: 48_213,
    sha256: 'a'.repeat(64),
    createdAt: '2019-01-15T09:00:00Z',
    createdBy: 'association',
    committedAt: null,
    roadmapId: null,
    roadmap: { title: 'План мероприятий («дорожная карта») на 2019 год', year: 2019, periodStart: '2019-01-01', periodEnd: '2019-12-31' },
    items: [
      {
        index: 0,
        number: '1',
        activity: 'Разработка плана мероприятий на 2019 год',
        deadlineText: 'июнь 2019',
        deadline: { precision: 'MONTH', text: 'июнь 2019', period: '2019-06', dueDate: '2019-06-30', recurrence: null },
        duty: null,
        responsible: [
          {
            written: 'Ассоциация «Смоленский композитный кластер»',
            official: null,
            match: 'NAME',
            organisationId: ids.association,
            organisationName: 'Ассоциация СКК',
            proposedKey: null,
          },
        ],
        assisting: [
          {
            written: 'Департамент инвестиционного развития',
            official: 'Стрельцов А.В.',
            match: 'BEGINNING',
            organisationId: ids.investment,
            organisationName: 'Департамент инвестиционного развития Смоленской области',
            proposedKey: null,
          },
        ],
        expectedResult: 'Утверждён план',
        note: null,
      },
      {
        index: 1,
        number: '2',
        activity: 'Совместный проект с партнёрством',
        deadlineText: 'постоянно',
        deadline: { precision: 'ONGOING', text: 'постоянно', period: '2019', dueDate: null, recurrence: null },
        duty: null,
        responsible: [
          {
            written: 'НП «Композитные технологии»',
            official: null,
            match: 'PROPOSED',
            organisationId: null,
            organisationName: 'Некоммерческое партнёрство «Композитные технологии»',
            proposedKey: 'нп композитные технологии',
          },
        ],
        assisting: [
          {
            written: 'участники кластера',
            official: null,
            match: 'MEMBERS',
            organisationId: null,
            organisationName: null,
            proposedKey: null,
          },
        ],
        expectedResult: null,
        note: null,
      },
      {
        index: 2,
        number: '3',
        activity: 'Выставка композитов',
        deadlineText: 'когда получится',
        deadline: null,
        duty: null,
        responsible: [
          {
            written: 'АНО «ЦКР Смоленской области»',
            official: null,
            match: 'ALIAS',
            organisationId: ids.ckr,
            organisationName: 'АНО «ЦКР Смоленской области»',
            proposedKey: null,
          },
        ],
        assisting: [],
        expectedResult: null,
        note: null,
      },
    ],
    organisations: {
      matched: [
        { organisationId: ids.association, name: 'Ассоциация СКК', writtenAs: ['Ассоциация «Смоленский композитный кластер»'], items: 1 },
        {
          organisationId: ids.investment,
          name: 'Департамент инвестиционного развития Смоленской области',
          writtenAs: ['Департамент инвестиционного развития'],
          items: 1,
        },
        { organisationId: ids.ckr, name: 'АНО «ЦКР Смоленской области»', writtenAs: ['АНО «ЦКР Смоленской области»'], items: 1 },
      ],
      proposed: [
        {
          key: 'нп композитные технологии',
          fullName: 'Некоммерческое партнёрство «Композитные технологии»',
          kind: 'OTHER',
          writtenAs: ['Некоммерческое партнёрство «Композитные технологии»', 'НП «Композитные технологии»'],
          items: 2,
        },
      ],
      memberEnterprises: 6,
    },
    warnings: [
      { item: null, field: 'rows', code: 'heading-skipped', message: 'Строка-заголовок раздела пропущена: «Раздел 1».' },
      {
        item: 2,
        field: 'deadline',
        code: 'deadline-unreadable',
        message: 'Срок «когда получится» не распознан: укажите его перед импортом.',
      },
    ],
    permissions: { commit: true, createOrganisations: true },
    ...overrides,
  };
}

export function makeAttachment(itemId: string, overrides: Partial<Attachment> = {}): Attachment {
  const id = overrides.id ?? '88888888-0000-4000-8000-000000000001';
  return {
    id,
    itemId,
    progressUpdateId: null,
    fileName: 'Соглашение № 12.pdf',
    mediaType: 'application/pdf',
    size: 248_000,
    sha256: 'b'.repeat(64),
    createdAt: '2017-05-10T09:00:00Z',
    createdBy: 'Елена Кузнецова',
    authorOrganisationId: ids.investment,
    downloadUrl: `/api/v1/attachments/${id}`,
    permissions: { delete: true },
    ...overrides,
  };
}
