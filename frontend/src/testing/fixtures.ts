/**
 * Test data shaped like the demo data: the 2017 roadmap of the Smolensk composite cluster (14 items, all overdue),
 * a draft for 2018, and the organisations its items name.
 *
 * Plain data only: what the caller may do (`permissions`) is whatever a test sets, never computed from a role. By
 * default nothing is permitted; a test that needs an action grants it in its own fixture.
 */
import type {
  HistoryEntry,
  ItemOrganisation,
  MyItem,
  ItemPermissions,
  Me,
  Organisation,
  OrganisationPermissions,
  ProgressUpdate,
  Roadmap,
  RoadmapCopyPreview,
  RoadmapItem,
  RoadmapPermissions,
  RoadmapSummary,
} from '@/lib/api/types';

export const ids = {
  roadmap2017: '11111111-1111-4111-8111-111111111111',
  roadmap2018: '22222222-2222-4222-8222-222222222222',
  association: 'a0000000-0000-4000-8000-000000000001',
  ckr: 'a0000000-0000-4000-8000-000000000002',
  investment: 'a0000000-0000-4000-8000-000000000003',
  education: 'a0000000-0000-4000-8000-000000000004',
  agriculture: 'a0000000-0000-4000-8000-000000000005',
  members: 'a0000000-0000-4000-8000-000000000006',
  item: (n: number) => `b0000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
};

const created = '2017-06-01T09:00:00Z';

export const noItemPermissions: ItemPermissions = { edit: false, delete: false, updateProgress: false, changeStatus: false };
export const noRoadmapPermissions: RoadmapPermissions = { edit: false, approve: false, archive: false, copy: false, createItems: false };
export const noOrganisationPermissions: OrganisationPermissions = {
  edit: false,
  editContacts: false,
  delete: false,
  manageSignIn: false,
};

/** An organisation nobody may change, with no INN, aliases or contacts unless `extra` gives them. */
export function organisation(
  id: string,
  kind: Organisation['kind'],
  fullName: string,
  shortName: string | null,
  extra: Partial<Organisation> = {},
): Organisation {
  return {
    id,
    kind,
    fullName,
    shortName,
    displayName: shortName ?? fullName,
    inn: null,
    aliases: [],
    contacts: { email: null, phone: null, address: null, website: null },
    signIn: { enabled: false, domain: null, identityProvider: null },
    version: 1,
    createdAt: created,
    updatedAt: created,
    permissions: { ...noOrganisationPermissions },
    ...extra,
  };
}

export function makeOrganisations(): Organisation[] {
  return [
    organisation(ids.association, 'ASSOCIATION', 'Ассоциация «Смоленский композитный кластер»', 'Ассоциация СКК', {
      inn: '6732000000',
      contacts: {
        email: 'info@composite-cluster.example',
        phone: '+7 (4812) 00-00-00',
        address: 'г. Смоленск',
        website: 'composite-cluster.example',
      },
    }),
    organisation(ids.ckr, 'DEVELOPMENT_CENTRE', 'АНО «Центр кластерного развития Смоленской области»', 'АНО «ЦКР Смоленской области»'),
    organisation(ids.investment, 'REGIONAL_AUTHORITY', 'Департамент инвестиционного развития Смоленской области', null, {
      aliases: ['Департамент инвестиционного развития (Стрельцов А.В.)', 'Департамент инвестиционного развития'],
    }),
    organisation(ids.education, 'REGIONAL_AUTHORITY', 'Департамент Смоленской области по образованию и науке', null),
    organisation(ids.agriculture, 'REGIONAL_AUTHORITY', 'Департамент Смоленской области по сельскому хозяйству', null),
    organisation(ids.members, 'OTHER', 'Предприятия Смоленского композитного кластера', null),
  ];
}

const names: Record<string, string> = {
  [ids.association]: 'Ассоциация «Смоленский композитный кластер»',
  [ids.ckr]: 'АНО «ЦКР Смоленской области»',
  [ids.investment]: 'Департамент инвестиционного развития Смоленской области',
  [ids.education]: 'Департамент Смоленской области по образованию и науке',
  [ids.agriculture]: 'Департамент Смоленской области по сельскому хозяйству',
  [ids.members]: 'Предприятия Смоленского композитного кластера',
};

const officials: Record<string, string> = {
  [ids.investment]: 'Стрельцов А.В.',
  [ids.education]: 'Иванов А.А.',
  [ids.agriculture]: 'Рыбченко Т.И.',
};

function org(id: string): ItemOrganisation {
  return { organisationId: id, organisationName: names[id] ?? id, official: officials[id] ?? null };
}

const A = ids.association;
const C = ids.ckr;
const I = ids.investment;

/** [number, activity, responsible, assisting, expected result] as in the 2017 roadmap. */
const rows: Array<[string, string, string[], string[], string]> = [
  [
    '1',
    'Разработка укрупненного плана мероприятий («дорожная карта») «Развитие Смоленского композитного кластера» на 2017 год',
    [A],
    [C, I],
    'Утвержден план мероприятий',
  ],
  [
    '2',
    'Публикация в СМИ отчета о деятельности Смоленского композитного кластера в 2016 году',
    [C],
    [A],
    'Опубликован отчет о деятельности кластера в 2016 году',
  ],
  [
    '3',
    'Внесение предложений о включении представителей Смоленской области в состав отраслевых комиссий и рабочих групп Минпромторга России и Минэкономразвития России',
    [A],
    [C, I],
    'Сформирован реестр участников рабочих групп и комиссий',
  ],
  [
    '4',
    'Внесение предложений по созданию научно-технического совета Смоленского композитного кластера',
    [A],
    [C, I],
    'Сформирован научно-технический совет',
  ],
  [
    '5',
    'Внесение предложений по созданию малого инновационного предприятия на базе ФГБОУ ВО «Смоленская государственная сельскохозяйственная академия»',
    [ids.education],
    [A, C],
    'Создано малое инновационное предприятие',
  ],
  [
    '6',
    'Разработка и утверждение нормативно-правового документа, направленного на увеличение использования инновационной продукции, в т.ч. композитной, при государственном и муниципальном строительстве',
    [I],
    [A, C],
    'Разработан и утвержден нормативно-правовой документ',
  ],
  [
    '7',
    'Подготовка и подача документов для включения кластера в перечень промышленных кластеров, поддерживаемых Минпромторгом России',
    [A],
    [C, I],
    'Кластер включен в перечень промышленных кластеров',
  ],
  [
    '8',
    'Внесение предложений о софинансировании совместных проектов промышленных кластеров',
    [A],
    [C, I],
    'Софинансирование совместных проектов кластера',
  ],
  [
    '9',
    'Подготовка и предоставление информации о финансово-экономической деятельности предприятий кластера раз в квартал по форме (приложение 1)',
    [A],
    [ids.members],
    'Сформирован отчет о финансово-экономической деятельности предприятий',
  ],
  [
    '10',
    'Проведение оценки мероприятий по созданию лаборатории селекции и генной модификации для направления биокомпозитов',
    [ids.agriculture],
    [A, C],
    'Проведена оценка целесообразности создания лаборатории',
  ],
  ['11', 'Формирование рабочей группы по развитию направления биокомпозитов', [C], [A, ids.agriculture], 'Сформирована рабочая группа'],
  ['12', 'Создание и развитие центра сертификации, стандартизации и испытаний (ЦССИ)', [A], [I, C], 'Создан ЦССИ'],
  [
    '13',
    'Проведение совещания по развитию Смоленского композитного кластера раз в квартал',
    [A],
    [I, C],
    'Ежеквартально проводятся совещания',
  ],
  ['14', 'Предоставление информации о выполнении пунктов плана мероприятий на 2017 год', [A], [C], 'Сформирован отчет о выполнении плана'],
];

export function makeItems(): RoadmapItem[] {
  return rows.map(([number, activity, responsible, assisting, expectedResult], index) => {
    const n = index + 1;
    const recurring = number === '9' || number === '13';
    const deadline: RoadmapItem['deadline'] =
      number === '1'
        ? { precision: 'MONTH', text: 'июнь 2017', period: '2017-06', dueDate: '2017-06-30', recurrence: null }
        : recurring
          ? { precision: 'RECURRING', text: '2017, раз в квартал', period: '2017', dueDate: '2017-12-31', recurrence: 'QUARTERLY' }
          : { precision: 'YEAR', text: '2017', period: '2017', dueDate: '2017-12-31', recurrence: null };
    return {
      id: ids.item(n),
      roadmapId: ids.roadmap2017,
      number,
      activity,
      deadline,
      responsible: responsible.map(org),
      assisting: assisting.map(org),
      expectedResult,
      note: null,
      status: 'NOT_STARTED',
      overdue: true,
      version: 1,
      createdAt: created,
      updatedAt: created,
      permissions: { ...noItemPermissions },
      duty: null,
      occurrences: null,
      meetings: null,
    };
  });
}

export function makeRoadmaps(): Roadmap[] {
  return [
    {
      id: ids.roadmap2017,
      title: '«Развитие Смоленского композитного кластера» на 2017 год',
      description: 'План мероприятий («дорожная карта»)',
      periodStart: '2017-01-01',
      periodEnd: '2017-12-31',
      status: 'APPROVED',
      approvedAt: '2017-06-30T10:00:00Z',
      approvedBy: 'Иванова Мария',
      copiedFromId: null,
      itemCount: 14,
      version: 2,
      createdAt: created,
      updatedAt: created,
      permissions: { ...noRoadmapPermissions },
    },
    {
      id: ids.roadmap2018,
      title: '«Развитие Смоленского композитного кластера» на 2018 год',
      description: null,
      periodStart: '2018-01-01',
      periodEnd: '2018-12-31',
      status: 'DRAFT',
      approvedAt: null,
      approvedBy: null,
      copiedFromId: ids.roadmap2017,
      itemCount: 0,
      version: 1,
      createdAt: created,
      updatedAt: created,
      permissions: { ...noRoadmapPermissions },
    },
  ];
}

/** "My items" of the department (investment development) as the server would list them: plain data, picked by hand. */
export function makeMyItems(items: readonly RoadmapItem[]): MyItem[] {
  const title = '«Развитие Смоленского композитного кластера» на 2017 год';
  const byId = (n: number) => items.find((item) => item.id === ids.item(n))!;
  return [
    { item: byId(6), roadmapTitle: title, role: 'RESPONSIBLE', dueSoon: false },
    { item: byId(1), roadmapTitle: title, role: 'ASSISTING', dueSoon: false },
  ];
}

/** What copying the 2017 roadmap would make: the 2018 period, where a draft already exists. */
export function makeCopyPreview(): RoadmapCopyPreview {
  return {
    title: '«Развитие Смоленского композитного кластера» на 2018 год',
    periodStart: '2018-01-01',
    periodEnd: '2018-12-31',
    years: 1,
    itemCount: 14,
    existing: [
      {
        id: ids.roadmap2018,
        title: '«Развитие Смоленского композитного кластера» на 2018 год',
        status: 'DRAFT',
        periodStart: '2018-01-01',
        periodEnd: '2018-12-31',
      },
    ],
  };
}

export const users: Record<'department' | 'association' | 'member', Me> = {
  department: {
    subject: 'subject-department',
    username: 'department',
    name: 'Стрельцов Алексей',
    roles: ['department'],
    personId: 'c0000000-0000-4000-8000-000000000001',
    organisationId: ids.investment,
    organisationName: names[ids.investment] ?? null,
  },
  association: {
    subject: 'subject-association',
    username: 'association',
    name: 'Иванова Мария',
    roles: ['association'],
    personId: 'c0000000-0000-4000-8000-000000000002',
    organisationId: ids.association,
    organisationName: names[ids.association] ?? null,
  },
  member: {
    subject: 'subject-member',
    username: 'member',
    name: 'Петров Пётр',
    roles: ['member'],
    personId: 'c0000000-0000-4000-8000-000000000003',
    organisationId: null,
    organisationName: null,
  },
};

export function makeProgress(itemId: string): ProgressUpdate[] {
  return [
    {
      id: 'd0000000-0000-4000-8000-000000000001',
      itemId,
      text: 'Проект документа направлен на согласование в профильные департаменты.',
      status: null,
      previousStatus: null,
      evidenceUrl: 'https://example.org/docs/draft.pdf',
      author: { subject: 'subject-ckr', name: 'Сидоров Иван', organisationId: ids.ckr, organisationName: names[ids.ckr] ?? null },
      createdAt: '2017-09-15T11:30:00Z',
    },
  ];
}

export function makeHistory(): HistoryEntry[] {
  return [
    {
      id: 2,
      occurredAt: '2017-09-01T08:00:00Z',
      actor: { kind: 'PERSON', subject: 'subject-ckr', name: 'Сидоров Иван' },
      action: 'UPDATED',
      subjectType: null,
      subjectId: null,
      changes: [{ field: 'note', from: null, to: 'Согласовать с департаментом' }],
    },
    {
      id: 1,
      occurredAt: created,
      actor: { kind: 'PERSON', subject: 'subject-association', name: 'Иванова Мария' },
      action: 'CREATED',
      subjectType: null,
      subjectId: null,
      changes: [],
    },
  ];
}

type SummaryRow = [id: string, responsible: number, assisting: number, overdue: number, notStarted: number];

/** The 2017 roadmap's summary as the server reports it: 14 items, all not started and overdue. */
export function makeSummary(): RoadmapSummary {
  const rowsByOrganisation: SummaryRow[] = [
    [ids.association, 9, 5, 9, 9],
    [ids.ckr, 2, 11, 2, 2],
    [ids.investment, 1, 7, 1, 1],
    [ids.education, 1, 0, 1, 1],
    [ids.agriculture, 1, 1, 1, 1],
    [ids.members, 0, 1, 0, 0],
  ];
  return {
    roadmapId: ids.roadmap2017,
    totalItems: 14,
    overdue: 14,
    byStatus: { NOT_STARTED: 14, IN_PROGRESS: 0, DONE: 0, CANCELLED: 0 },
    byOrganisation: rowsByOrganisation.map(([organisationId, responsible, assisting, overdue, notStarted]) => ({
      organisationId,
      organisationName: names[organisationId] ?? organisationId,
      responsible,
      assisting,
      overdue,
      byStatus: { NOT_STARTED: notStarted, IN_PROGRESS: 0, DONE: 0, CANCELLED: 0 },
    })),
  };
}
