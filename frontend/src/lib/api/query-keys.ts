/**
 * Query keys shared by the features, shaped like the API's resources so that one invalidation reaches
 * every view of a resource (e.g. ['roadmap', id] covers its items, its summary and the roadmap itself).
 */
export const queryKeys = {
  me: () => ['me'] as const,
  roadmaps: (params?: object) => (params ? (['roadmaps', params] as const) : (['roadmaps'] as const)),
  roadmap: (roadmapId: string) => ['roadmap', roadmapId] as const,
  roadmapDetail: (roadmapId: string) => ['roadmap', roadmapId, 'detail'] as const,
  roadmapItems: (roadmapId: string, params?: object) =>
    params ? (['roadmap', roadmapId, 'items', params] as const) : (['roadmap', roadmapId, 'items'] as const),
  roadmapSummary: (roadmapId: string) => ['roadmap', roadmapId, 'summary'] as const,
  /** "My items": a progress update or a status change invalidates it as well as the item. */
  myItems: (page?: number) => (page === undefined ? (['myItems'] as const) : (['myItems', page] as const)),
  item: (itemId: string) => ['item', itemId] as const,
  itemDetail: (itemId: string) => ['item', itemId, 'detail'] as const,
  itemProgress: (itemId: string) => ['item', itemId, 'progress'] as const,
  itemHistory: (itemId: string) => ['item', itemId, 'history'] as const,
  itemAttachments: (itemId: string) => ['item', itemId, 'attachments'] as const,
  roadmapImport: (importId: string) => ['roadmapImport', importId] as const,
  organisations: (params?: object) => (params ? (['organisations', params] as const) : (['organisations'] as const)),
  organisation: (organisationId: string) => ['organisation', organisationId] as const,
  reportForm: (version?: number) => ['reportForm', version ?? 'current'] as const,
  reports: (params?: object) => (params ? (['reports', params] as const) : (['reports'] as const)),
  report: (reportId: string) => ['report', reportId] as const,
  reportCompleteness: (year: number) => ['reports', 'completeness', year] as const,
  reportSummary: (period: string, includeSubmitted: boolean) => ['reports', 'summary', period, includeSubmitted] as const,
  /** The caller's organisation's notifications (every page, and the bell's unread count). */
  notifications: (page?: number) => (page === undefined ? (['notifications'] as const) : (['notifications', page] as const)),
  people: (params?: object) => (params ? (['people', params] as const) : (['people'] as const)),
  person: (personId: string) => ['person', personId] as const,
  personHistory: (personId: string, page?: number) =>
    page === undefined ? (['person', personId, 'history'] as const) : (['person', personId, 'history', page] as const),
  serviceAccounts: () => ['serviceAccounts'] as const,
  /** A meeting: ['meeting', id] covers its detail, agenda, attendance, decisions and check-in code. */
  meeting: (meetingId: string) => ['meeting', meetingId] as const,
  meetingDetail: (meetingId: string) => ['meeting', meetingId, 'detail'] as const,
  meetingAttendance: (meetingId: string) => ['meeting', meetingId, 'attendance'] as const,
  auditEvents: (params?: object) => (params ? (['auditEvents', params] as const) : (['auditEvents'] as const)),
};
