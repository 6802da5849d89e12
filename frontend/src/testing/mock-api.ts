/**
 * The Karta API as Mock Service Worker handlers, typed by the generated contract (`paths` in schema.d.ts).
 *
 * The handlers serve the test's fixtures and carry no business rules: they read, filter and page plain data, and
 * the few writes store what was sent. What the caller may do is whatever the fixture's `permissions` say; a test
 * that needs another answer (a refusal, a validation problem) says so with `server.use(mockApi.post(...))`.
 */
import {
  http,
  HttpResponse,
  type DefaultBodyType,
  type HttpResponseInit,
  type HttpResponseResolver,
  type JsonBodyType,
  type PathParams,
  type RequestHandlerOptions,
} from 'msw';
import { setupServer } from 'msw/node';
import type { components, paths } from '@/lib/api/schema';
import type {
  Attachment,
  RoadmapImportPreview,
  HistoryEntry,
  ItemOrganisation,
  Me,
  MyItem,
  Organisation,
  ProgressUpdate,
  Roadmap,
  RoadmapCopyPreview,
  RoadmapItem,
  RoadmapSummary,
  QuarterlyReport,
  ReportForm,
  ReportCompleteness,
  ConsolidatedSummary,
  ReportImport,
  Notification,
  Person,
  Meeting,
  AgendaItem,
  Participant,
  Decision,
} from '@/lib/api/types';
import {
  ids,
  makeCopyPreview,
  noItemPermissions,
  noRoadmapPermissions,
  makeHistory,
  makeItems,
  makeMyItems,
  makeOrganisations,
  makeProgress,
  makeRoadmaps,
  makeSummary,
  users,
} from './fixtures';
import { makeMeeting, makeMeetings, organiserPermissions } from './meeting-fixtures';
import { makeCompleteness, makeConsolidatedSummary, makeReportForm, summaryOf } from './report-fixtures';

/** Where the test app's API client sends its requests. */
export const API_ORIGIN = 'http://karta.test';

type Problem = components['schemas']['Problem'];
type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
type PathWith<M extends Method> = { [P in keyof paths]: [paths[P][M]] extends [never | undefined] ? never : P }[keyof paths];
type Operation<P extends keyof paths, M extends Method> = NonNullable<paths[P][M]>;
type Responses<O> = O extends { responses: infer R } ? R : never;
type Json<R> = R extends { content: { 'application/json': infer B } } ? B : never;
/** The JSON body of the operation's success answer (200 or 201). */
export type SuccessBody<P extends keyof paths, M extends Method> =
  | Json<Responses<Operation<P, M>>[200 & keyof Responses<Operation<P, M>>]>
  | Json<Responses<Operation<P, M>>[201 & keyof Responses<Operation<P, M>>]>;
/** The JSON body the operation takes. */
export type RequestBody<P extends keyof paths, M extends Method> =
  Operation<P, M> extends { requestBody?: { content: { 'application/json': infer B } } } ? B : undefined;

type Resolver<P extends keyof paths, M extends Method> = HttpResponseResolver<
  PathParams<string>,
  RequestBody<P, M> & DefaultBodyType,
  (SuccessBody<P, M> & DefaultBodyType) | Problem
>;

/** '/api/v1/roadmaps/{id}/items' → 'http://karta.test/api/v1/roadmaps/:id/items' */
function url(path: string): string {
  return API_ORIGIN + path.replace(/\{(\w+)\}/g, ':$1');
}

/** Handlers for one operation of the contract: the path must exist in it, and the answer must match its schema. */
export const mockApi = {
  get: <P extends PathWith<'get'>>(path: P, resolver: Resolver<P, 'get'>, options?: RequestHandlerOptions) =>
    http.get(url(path), resolver, options),
  post: <P extends PathWith<'post'>>(path: P, resolver: Resolver<P, 'post'>, options?: RequestHandlerOptions) =>
    http.post(url(path), resolver, options),
  put: <P extends PathWith<'put'>>(path: P, resolver: Resolver<P, 'put'>, options?: RequestHandlerOptions) =>
    http.put(url(path), resolver, options),
  patch: <P extends PathWith<'patch'>>(path: P, resolver: Resolver<P, 'patch'>, options?: RequestHandlerOptions) =>
    http.patch(url(path), resolver, options),
  delete: <P extends PathWith<'delete'>>(path: P, resolver: Resolver<P, 'delete'>, options?: RequestHandlerOptions) =>
    http.delete(url(path), resolver, options),
};

/** A JSON answer whose type is its body's (so a handler's answer is checked against the contract). */
export function json<T extends JsonBodyType>(body: T, init?: HttpResponseInit): HttpResponse<T> {
  return HttpResponse.json<T>(body, init);
}

/** An RFC 9457 problem answer, as the server sends it. */
export function problem(status: number, detail: string, errors: Array<{ field: string; message: string }> = []) {
  const body: Problem = {
    type: 'urn:karta:problem:test',
    title: detail,
    status,
    detail,
    requestId: 'req-test',
    ...(errors.length ? { errors } : {}),
  };
  return json(body, { status, headers: { 'Content-Type': 'application/problem+json' } });
}

/** What the mock API serves; tests change it before (or while) the app runs. */
export interface ApiData {
  me: Me;
  organisations: Organisation[];
  roadmaps: Roadmap[];
  items: RoadmapItem[];
  /** Progress updates by item id, newest first. */
  progress: Map<string, ProgressUpdate[]>;
  /** History entries by item id, newest first. */
  history: Map<string, HistoryEntry[]>;
  /** Summaries by roadmap id. */
  summaries: Map<string, RoadmapSummary>;
  /** GET /my-items, in the server's order. */
  myItems: MyItem[];
  /** Copy previews by roadmap id. */
  copyPreviews: Map<string, RoadmapCopyPreview>;
  /** What the caller may do with the roadmap list (the association may create roadmaps). */
  roadmapListPermissions: { create: boolean };
  /** The report form in force. */
  reportForm: ReportForm;
  /** Quarterly reports, as the caller may see them (the server's filtering is the test's to set up). */
  reports: QuarterlyReport[];
  /** What the caller may do with the report list; `null` answers the list with 403 (departments, scripts). */
  reportListPermissions: { create: boolean; periods: string[] } | null;
  completeness: ReportCompleteness;
  consolidatedSummary: ConsolidatedSummary;
  /** What an upload of a filled template reads (the preview); null answers it as a file that is not a template. */
  reportImport: ReportImport | null;
  /** The caller's organisation's notifications, newest first (none unless a test adds them). */
  notifications: Notification[];
  /** People (none unless a test adds them); GET /people filters them by organisationId and q. */
  people: Person[];
  /** Meetings (src/testing/meeting-fixtures.ts), with their agenda, participants and decisions by meeting id. */
  meetings: Meeting[];
  meetingListMayCreate: boolean;
  agenda: Map<string, AgendaItem[]>;
  participants: Map<string, Participant[]>;
  decisions: Map<string, Decision[]>;
  /** The caller's calendar feed (its URL is in the POST answer only). */
  calendarFeed: { active: boolean; createdAt: string | null };
  /** What reading a roadmap document gives (src/testing/document-fixtures.ts); null answers it as no roadmap table. */
  roadmapImport: RoadmapImportPreview | null;
  /** Evidence files by item id, and whether the caller may upload there. */
  attachments: Map<string, Attachment[]>;
  attachmentsMayUpload: boolean;
}

export function createApiData(options: { user?: keyof typeof users } = {}): ApiData {
  const items = makeItems();
  return {
    me: users[options.user ?? 'department'],
    organisations: makeOrganisations(),
    roadmaps: makeRoadmaps(),
    items,
    progress: new Map([[ids.item(6), makeProgress(ids.item(6))]]),
    history: new Map([[ids.item(6), makeHistory()]]),
    summaries: new Map([[ids.roadmap2017, makeSummary()]]),
    myItems: makeMyItems(items),
    copyPreviews: new Map([[ids.roadmap2017, makeCopyPreview()]]),
    roadmapListPermissions: { create: (options.user ?? 'department') === 'association' },
    reportForm: makeReportForm(),
    reports: [],
    reportListPermissions: (options.user ?? 'department') === 'department' ? null : { create: true, periods: ['2017-Q3', '2017-Q2'] },
    completeness: makeCompleteness(),
    consolidatedSummary: makeConsolidatedSummary(),
    reportImport: null,
    notifications: [],
    people: [],
    meetings: makeMeetings(),
    meetingListMayCreate: (options.user ?? 'department') === 'association',
    agenda: new Map(),
    participants: new Map(),
    decisions: new Map(),
    calendarFeed: { active: false, createdAt: null },
    roadmapImport: null,
    attachments: new Map(),
    attachmentsMayUpload: false,
  };
}

let data: ApiData = createApiData();

/** Makes the handlers serve this data (renderApp calls it). */
export function serveApiData(next: ApiData): ApiData {
  data = next;
  return data;
}

export interface RecordedRequest {
  method: string;
  url: URL;
  headers: Headers;
  /** The parsed JSON body (filled in as soon as it has been read). */
  body: unknown;
}

/** Every request the app made in the current test, in order. */
export const requests: RecordedRequest[] = [];

/** The requests made with a method to a path matching the pattern, in order. */
export function requestsTo(method: string, path: RegExp): RecordedRequest[] {
  return requests.filter((request) => request.method === method && path.test(request.url.pathname));
}

function page<T>(all: readonly T[], requestUrl: URL) {
  const pageNumber = Number(requestUrl.searchParams.get('page') ?? 0);
  const size = Number(requestUrl.searchParams.get('size') ?? 50);
  return { items: all.slice(pageNumber * size, pageNumber * size + size), page: pageNumber, size, totalItems: all.length };
}

function contains(haystack: readonly (string | null | undefined)[], needle: string | null): boolean {
  return !needle || haystack.some((text) => text?.toLowerCase().includes(needle.toLowerCase()));
}

function itemNumber(item: RoadmapItem): number[] {
  return item.number.split('.').map(Number);
}

function byNumber(a: RoadmapItem, b: RoadmapItem): number {
  const x = itemNumber(a);
  const y = itemNumber(b);
  for (let i = 0; i < Math.max(x.length, y.length); i += 1) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** What the item search looks in: its texts, its organisations' names and their officials. */
function searchableText(item: RoadmapItem): Array<string | null> {
  const parties = [...item.responsible, ...item.assisting];
  return [
    item.number,
    item.activity,
    item.expectedResult,
    item.note,
    ...parties.map((party) => party.organisationName),
    ...parties.map((party) => party.official),
  ];
}

const itemComparators: Record<string, (a: RoadmapItem, b: RoadmapItem) => number> = {
  number: byNumber,
  // no due date ("постоянно") sorts last, as PostgreSQL sorts nulls
  dueDate: (a, b) => (a.deadline.dueDate ?? '9999').localeCompare(b.deadline.dueDate ?? '9999'),
  status: (a, b) => a.status.localeCompare(b.status),
  updatedAt: (a, b) => a.updatedAt.localeCompare(b.updatedAt),
};

/** `sort` as the API takes it ("-dueDate": descending); ties and the default go by number. */
function itemOrder(sort: string | null): (a: RoadmapItem, b: RoadmapItem) => number {
  const descending = sort?.startsWith('-') ?? false;
  const compare = itemComparators[sort?.replace(/^-/, '') ?? 'number'] ?? byNumber;
  return (a, b) => (descending ? -compare(a, b) : compare(a, b)) || byNumber(a, b);
}

type DeadlineBody = components['schemas']['DeadlineInput'];
type PartyBody = components['schemas']['ItemOrganisationInput'];

/**
 * A deadline as sent, stored as given. The due date is the server's to work out; the mock puts the end of the
 * period's year there (enough for a page to show something) and no test relies on it.
 */
function storedDeadline(input: DeadlineBody): RoadmapItem['deadline'] {
  const period = input.period ?? '';
  return {
    precision: input.precision ?? 'YEAR',
    period,
    text: input.text ?? period,
    recurrence: input.recurrence ?? null,
    dueDate: `${period.slice(0, 4)}-12-31`,
  };
}

/** Organisations as sent, with the names the directory has for them. */
function storedParties(parties: readonly PartyBody[] | null | undefined): ItemOrganisation[] {
  return (parties ?? []).map((party) => ({
    organisationId: party.organisationId,
    organisationName: data.organisations.find((o) => o.id === party.organisationId)?.displayName ?? party.organisationId,
    official: party.official ?? null,
  }));
}

let sequence = 0;
function newId(): string {
  sequence += 1;
  return `e0000000-0000-4000-8000-${String(sequence).padStart(12, '0')}`;
}

const handlers = [
  mockApi.get('/api/v1/me', () => json(data.me)),

  mockApi.get('/api/v1/organisations', ({ request }) => {
    const query = new URL(request.url);
    const kind = query.searchParams.get('kind');
    const q = query.searchParams.get('q');
    const found = data.organisations
      .filter((o) => !kind || o.kind === kind)
      .filter((o) => contains([o.fullName, o.shortName, o.inn, ...o.aliases], q))
      .sort((a, b) => a.fullName.localeCompare(b.fullName, 'ru'));
    return json(page(found, query));
  }),
  mockApi.get('/api/v1/organisations/{id}', ({ params }) => {
    const found = data.organisations.find((o) => o.id === params.id);
    return found ? json(found) : problem(404, 'Организация не найдена');
  }),

  mockApi.get('/api/v1/roadmaps', ({ request }) => {
    const query = new URL(request.url);
    const statuses = query.searchParams.getAll('status');
    const found = data.roadmaps
      .filter((r) => statuses.length === 0 || statuses.includes(r.status))
      .sort((a, b) => b.periodStart.localeCompare(a.periodStart));
    return json({ ...page(found, query), permissions: data.roadmapListPermissions });
  }),
  mockApi.get('/api/v1/roadmaps/{id}', ({ params }) => {
    const found = data.roadmaps.find((r) => r.id === params.id);
    return found ? json(found) : problem(404, 'Дорожная карта не найдена');
  }),
  mockApi.post('/api/v1/roadmaps', async ({ request }) => {
    const body = await request.json();
    const now = new Date().toISOString();
    const created: Roadmap = {
      id: newId(),
      title: body.title,
      description: body.description ?? null,
      periodStart: body.periodStart,
      periodEnd: body.periodEnd,
      status: 'DRAFT',
      approvedAt: null,
      approvedBy: null,
      copiedFromId: null,
      itemCount: 0,
      version: 1,
      createdAt: now,
      updatedAt: now,
      permissions: { ...noRoadmapPermissions },
    };
    data.roadmaps.push(created);
    return json(created, { status: 201 });
  }),
  mockApi.patch('/api/v1/roadmaps/{id}', async ({ params, request }) => {
    const found = data.roadmaps.find((r) => r.id === params.id);
    if (!found) return problem(404, 'Дорожная карта не найдена');
    const changes = { ...((await request.json()) as components['schemas']['RoadmapPatch']) };
    delete changes.version;
    Object.assign(found, changes, { version: found.version + 1, updatedAt: new Date().toISOString() });
    return json(found);
  }),
  mockApi.post('/api/v1/roadmaps/{id}/archive', ({ params }) => {
    const found = data.roadmaps.find((r) => r.id === params.id);
    if (!found) return problem(404, 'Дорожная карта не найдена');
    Object.assign(found, { status: 'ARCHIVED', version: found.version + 1 });
    return json(found);
  }),
  mockApi.post('/api/v1/roadmaps/{id}/approve', ({ params }) => {
    const found = data.roadmaps.find((r) => r.id === params.id);
    if (!found) return problem(404, 'Дорожная карта не найдена');
    Object.assign(found, { status: 'APPROVED', approvedAt: new Date().toISOString(), approvedBy: data.me.name });
    return json(found);
  }),
  mockApi.post('/api/v1/roadmaps/{id}/copy', async ({ params, request }) => {
    const source = data.roadmaps.find((r) => r.id === params.id);
    if (!source) return problem(404, 'Дорожная карта не найдена');
    const body = await request.json();
    const copy: Roadmap = {
      ...source,
      id: newId(),
      title: body?.title ?? source.title,
      status: 'DRAFT',
      approvedAt: null,
      approvedBy: null,
      copiedFromId: source.id,
    };
    data.roadmaps.push(copy);
    return json(copy, { status: 201 });
  }),
  mockApi.get('/api/v1/roadmaps/{id}/copy-preview', ({ params }) => {
    const preview = data.copyPreviews.get(String(params.id));
    return preview ? json(preview) : problem(404, 'Дорожная карта не найдена');
  }),
  mockApi.get('/api/v1/people', ({ request }) => {
    const requestUrl = new URL(request.url);
    const organisationId = requestUrl.searchParams.get('organisationId');
    const q = requestUrl.searchParams.get('q');
    const found = data.people.filter(
      (person) =>
        (!organisationId || person.organisationId === organisationId) && contains([person.name, person.position, person.email], q),
    );
    return json(page(found, requestUrl));
  }),
  mockApi.get('/api/v1/people/{id}', ({ params }) => {
    const found = data.people.find((person) => person.id === params.id);
    return found ? json(found, { headers: { ETag: `"${found.version}-p"` } }) : problem(404, 'Человек не найден');
  }),
  mockApi.get('/api/v1/notifications', ({ request }) =>
    json({ ...page(data.notifications, new URL(request.url)), unread: data.notifications.filter((n) => n.readAt === null).length }),
  ),
  mockApi.post('/api/v1/notifications/{id}/read', ({ params }) => {
    const notification = data.notifications.find((n) => n.id === params.id);
    if (!notification) return problem(404, 'Уведомление не найдено');
    notification.readAt ??= new Date().toISOString();
    return new HttpResponse(null, { status: 204 });
  }),
  mockApi.post('/api/v1/notifications/read-all', () => {
    for (const notification of data.notifications) notification.readAt ??= new Date().toISOString();
    return new HttpResponse(null, { status: 204 });
  }),
  mockApi.get('/api/v1/my-items', ({ request }) =>
    json({ ...page(data.myItems, new URL(request.url)), organisationId: data.me.organisationId }),
  ),
  mockApi.get('/api/v1/roadmaps/{id}/items', ({ params, request }) => {
    if (!data.roadmaps.some((r) => r.id === params.id)) return problem(404, 'Дорожная карта не найдена');
    const query = new URL(request.url);
    const statuses = query.searchParams.getAll('status');
    const organisationId = query.searchParams.get('organisationId');
    const overdue = query.searchParams.get('overdue');
    const dueAfter = query.searchParams.get('dueAfter');
    const dueBefore = query.searchParams.get('dueBefore');
    const found = data.items
      .filter((item) => item.roadmapId === params.id)
      .filter((item) => statuses.length === 0 || statuses.includes(item.status))
      .filter((item) => !organisationId || [...item.responsible, ...item.assisting].some((o) => o.organisationId === organisationId))
      .filter((item) => overdue === null || item.overdue === (overdue === 'true'))
      .filter((item) => contains(searchableText(item), query.searchParams.get('q')))
      .filter((item) => !dueAfter || (item.deadline.dueDate !== null && item.deadline.dueDate >= dueAfter))
      .filter((item) => !dueBefore || (item.deadline.dueDate !== null && item.deadline.dueDate <= dueBefore))
      .sort(itemOrder(query.searchParams.get('sort')));
    return json(page(found, query));
  }),
  mockApi.post('/api/v1/roadmaps/{id}/items', async ({ params, request }) => {
    const roadmap = data.roadmaps.find((r) => r.id === params.id);
    if (!roadmap) return problem(404, 'Дорожная карта не найдена');
    const body = await request.json();
    const now = new Date().toISOString();
    const item: RoadmapItem = {
      id: newId(),
      roadmapId: roadmap.id,
      number: body.number,
      activity: body.activity,
      deadline: storedDeadline(body.deadline),
      responsible: storedParties(body.responsible),
      assisting: storedParties(body.assisting),
      expectedResult: body.expectedResult ?? null,
      note: body.note ?? null,
      status: body.status ?? 'NOT_STARTED',
      overdue: false,
      version: 1,
      createdAt: now,
      updatedAt: now,
      permissions: { ...noItemPermissions },
      duty: null,
      occurrences: null,
      meetings: null,
    };
    data.items.push(item);
    roadmap.itemCount += 1;
    return json(item, { status: 201 });
  }),
  mockApi.get('/api/v1/roadmaps/{id}/summary', ({ params }) => {
    const summary = data.summaries.get(String(params.id));
    return summary ? json(summary) : problem(404, 'Дорожная карта не найдена');
  }),

  mockApi.get('/api/v1/roadmap-items/{id}', ({ params }) => {
    const found = data.items.find((item) => item.id === params.id);
    // The ETag is opaque to the SPA: "<version>-<bits>".
    return found ? json(found, { headers: { ETag: `"${found.version}-7f"` } }) : problem(404, 'Пункт не найден');
  }),
  mockApi.patch('/api/v1/roadmap-items/{id}', async ({ params, request }) => {
    const item = data.items.find((candidate) => candidate.id === params.id);
    if (!item) return problem(404, 'Пункт не найден');
    const { deadline, responsible, assisting, ...changes } = (await request.json()) as components['schemas']['RoadmapItemPatch'];
    delete changes.version;
    Object.assign(item, changes, {
      ...(deadline ? { deadline: storedDeadline(deadline) } : {}),
      ...(responsible ? { responsible: storedParties(responsible) } : {}),
      ...(assisting !== undefined ? { assisting: storedParties(assisting) } : {}),
      version: item.version + 1,
      updatedAt: new Date().toISOString(),
    });
    return json(item, { headers: { ETag: `"${item.version}-7f"` } });
  }),
  mockApi.delete('/api/v1/roadmap-items/{id}', ({ params }) => {
    const index = data.items.findIndex((candidate) => candidate.id === params.id);
    if (index < 0) return problem(404, 'Пункт не найден');
    const [removed] = data.items.splice(index, 1);
    const roadmap = data.roadmaps.find((r) => r.id === removed?.roadmapId);
    if (roadmap) roadmap.itemCount -= 1;
    return new HttpResponse(null, { status: 204 });
  }),
  mockApi.get('/api/v1/roadmap-items/{id}/progress-updates', ({ params, request }) => {
    if (!data.items.some((item) => item.id === params.id)) return problem(404, 'Пункт не найден');
    return json(page(data.progress.get(String(params.id)) ?? [], new URL(request.url)));
  }),
  mockApi.post('/api/v1/roadmap-items/{id}/progress-updates', async ({ params, request }) => {
    const item = data.items.find((candidate) => candidate.id === params.id);
    if (!item) return problem(404, 'Пункт не найден');
    const body = await request.json();
    const update: ProgressUpdate = {
      id: newId(),
      itemId: item.id,
      text: body.text,
      status: body.status ?? null,
      previousStatus: body.status ? item.status : null,
      evidenceUrl: body.evidenceUrl ?? null,
      author: {
        subject: data.me.subject,
        name: data.me.name,
        organisationId: data.me.organisationId ?? null,
        organisationName: data.me.organisationName ?? null,
      },
      createdAt: new Date().toISOString(),
    };
    data.progress.set(item.id, [update, ...(data.progress.get(item.id) ?? [])]);
    if (body.status) {
      item.status = body.status;
      item.version += 1;
    }
    return json(update, { status: 201 });
  }),
  mockApi.get('/api/v1/roadmap-items/{id}/history', ({ params, request }) =>
    json(page(data.history.get(String(params.id)) ?? [], new URL(request.url))),
  ),
  mockApi.get('/api/v1/report-forms/current', () => json(data.reportForm)),
  mockApi.get('/api/v1/quarterly-reports/completeness', () => json(data.completeness)),
  mockApi.get('/api/v1/quarterly-reports/summary', () => json(data.consolidatedSummary)),
  // A file: the typed helper knows only JSON answers (before /{id}, which would take "export" for an id).
  http.get(`${API_ORIGIN}/api/v1/quarterly-reports/export`, ({ request }) => {
    const query = new URL(request.url).searchParams;
    const format = query.get('format') === 'csv' ? 'csv' : 'xlsx';
    const what = query.get('period') ?? query.get('year') ?? 'export';
    return fileAnswer(
      format === 'csv' ? '\uFEFFКвартал;Организация\r\n' : 'PK-xlsx',
      format,
      `karta-reports-${what}`,
      `Отчёты участников ${what}`,
    );
  }),
  mockApi.get('/api/v1/report-forms/{version}', () => json(data.reportForm)),
  mockApi.get('/api/v1/quarterly-reports', ({ request }) => {
    if (!data.reportListPermissions) return problem(403, 'Значения отчётов предприятий недоступны');
    const requestUrl = new URL(request.url);
    const period = requestUrl.searchParams.get('period');
    const statuses = requestUrl.searchParams.getAll('status');
    const list = data.reports
      .filter((report) => (!period || report.period === period) && (statuses.length === 0 || statuses.includes(report.status)))
      .sort((a, b) => b.period.localeCompare(a.period))
      .map(summaryOf);
    return json({ ...page(list, requestUrl), permissions: data.reportListPermissions });
  }),
  mockApi.post('/api/v1/quarterly-reports', async ({ request }) => {
    const body = await request.json();
    if (
      data.reports.some(
        (report) => report.period === body.period && report.organisationId === (body.organisationId ?? data.me.organisationId),
      )
    ) {
      return problem(409, 'Отчёт за этот квартал уже есть');
    }
    const now = new Date().toISOString();
    const report: QuarterlyReport = {
      id: `e2000000-0000-4000-8000-${String(data.reports.length + 1).padStart(12, '0')}`,
      organisationId: body.organisationId ?? data.me.organisationId ?? '',
      organisationName: data.me.organisationName ?? '',
      period: body.period,
      formVersion: data.reportForm.version,
      status: 'DRAFT',
      values: {},
      computed: {},
      previousPeriod: '',
      previousValues: null,
      comment: null,
      returnComment: null,
      issues: [],
      permissions: { edit: true, submit: true, accept: false, return: false, reopen: false },
      locked: false,
      closesAt: '2030-01-01T00:00:00Z',
      reopenedAt: null,
      version: 0,
      submittedAt: null,
      acceptedAt: null,
      createdAt: now,
      updatedAt: now,
    };
    data.reports.push(report);
    return json(report, { status: 201 });
  }),
  mockApi.get('/api/v1/quarterly-reports/{id}', ({ params }) => {
    const report = data.reports.find((candidate) => candidate.id === params.id);
    return report ? json(report) : problem(404, 'Отчёт не найден');
  }),
  mockApi.put('/api/v1/quarterly-reports/{id}', async ({ params, request }) => {
    const report = data.reports.find((candidate) => candidate.id === params.id);
    if (!report) return problem(404, 'Отчёт не найден');
    const body = await request.json();
    if (body.version !== undefined && body.version !== null && body.version !== report.version) {
      return problem(409, 'Отчёт изменён другим пользователем', [{ field: 'version', message: 'Версия устарела' }]);
    }
    report.values = Object.fromEntries(Object.entries(body.values).filter(([, value]) => value !== null));
    report.comment = body.comment ?? null;
    report.version += 1;
    report.updatedAt = new Date().toISOString();
    return json(report);
  }),
  ...(['submit', 'accept', 'reopen'] as const).map((action) =>
    mockApi.post(`/api/v1/quarterly-reports/{id}/${action}`, ({ params }) => {
      const report = data.reports.find((candidate) => candidate.id === params.id);
      if (!report) return problem(404, 'Отчёт не найден');
      report.status = action === 'submit' ? 'SUBMITTED' : action === 'accept' ? 'ACCEPTED' : 'DRAFT';
      report.version += 1;
      return json(report);
    }),
  ),
  // A file, like the export above.
  http.get(`${API_ORIGIN}/api/v1/quarterly-reports/:id/template.xlsx`, ({ params }) => {
    const report = data.reports.find((candidate) => candidate.id === params.id);
    if (!report) return problem(404, 'Отчёт не найден');
    return fileAnswer('PK-xlsx', 'xlsx', `karta-report-${report.period}`, `Отчёт ${report.period} ${report.organisationName}`);
  }),
  mockApi.post('/api/v1/quarterly-reports/{id}/import', ({ params, request }) => {
    const report = data.reports.find((candidate) => candidate.id === params.id);
    if (!report) return problem(404, 'Отчёт не найден');
    const read = data.reportImport;
    if (!read) {
      return problem(400, 'Файл не прочитан как шаблон этого отчёта; причина — в errors.', [
        { field: 'file', message: 'Это не книга XLSX. Скачайте шаблон отчёта, заполните его и загрузите сохранённый файл .xlsx.' },
      ]);
    }
    if (new URL(request.url).searchParams.get('dryRun') === 'true') {
      return json({ ...read, reportId: report.id, dryRun: true, saved: false, version: report.version, report: null });
    }
    // The save stores what the file holds.
    report.values = Object.fromEntries(read.lines.filter((line) => line.file !== null).map((line) => [line.code, line.file]));
    report.comment = read.comment.file;
    report.version += 1;
    return json({ ...read, reportId: report.id, dryRun: false, saved: true, version: report.version, report });
  }),
  mockApi.post('/api/v1/quarterly-reports/{id}/return', async ({ params, request }) => {
    const report = data.reports.find((candidate) => candidate.id === params.id);
    if (!report) return problem(404, 'Отчёт не найден');
    const body = await request.json();
    report.status = 'RETURNED';
    report.returnComment = body.comment;
    report.version += 1;
    return json(report);
  }),
  // --- Roadmap documents (the documents feature). ---
  mockApi.post('/api/v1/roadmap-imports', () => {
    if (!data.roadmapImport)
      return problem(400, 'В документе нет таблицы дорожной карты', [
        { field: 'file', message: 'В документе нет таблицы дорожной карты.' },
      ]);
    return json(data.roadmapImport, { status: 201 });
  }),
  mockApi.get('/api/v1/roadmap-imports/{id}', ({ params }) =>
    data.roadmapImport && data.roadmapImport.id === params.id ? json(data.roadmapImport) : problem(404, 'Импорт не найден'),
  ),
  mockApi.post('/api/v1/roadmap-imports/{id}/commit', async ({ params, request }) => {
    const preview = data.roadmapImport;
    if (!preview || preview.id !== params.id) return problem(404, 'Импорт не найден');
    const body = await request.json();
    const unread = preview.items.find(
      (item) =>
        !item.deadline && !(body.items ?? []).some((choice) => choice.index === item.index && (choice.skip || choice.deadline?.text)),
    );
    if (unread) return problem(400, 'Срок не распознан', [{ field: `items[${unread.index}].deadline`, message: 'Укажите срок.' }]);
    const now = new Date().toISOString();
    const roadmap: Roadmap = {
      id: newId(),
      title: body.title ?? preview.roadmap.title,
      description: `Импортирована из файла «${preview.fileName}»`,
      periodStart: preview.roadmap.periodStart,
      periodEnd: preview.roadmap.periodEnd,
      status: 'DRAFT',
      approvedAt: null,
      approvedBy: null,
      copiedFromId: null,
      itemCount: preview.items.length - (body.items ?? []).filter((choice) => choice.skip).length,
      version: 0,
      createdAt: now,
      updatedAt: now,
      permissions: { edit: true, approve: true, archive: false, copy: true, createItems: true },
    };
    data.roadmaps.push(roadmap);
    preview.committedAt = now;
    preview.roadmapId = roadmap.id;
    preview.permissions = { ...preview.permissions, commit: false };
    return json(roadmap, { status: 201 });
  }),
  mockApi.get('/api/v1/roadmap-items/{id}/attachments', ({ params }) =>
    json({ items: data.attachments.get(String(params.id)) ?? [], canUpload: data.attachmentsMayUpload, maxSize: 20 * 1024 * 1024 }),
  ),
  // Multipart: the typed helper reads JSON bodies only.
  http.post(`${API_ORIGIN}/api/v1/roadmap-items/:id/attachments`, async ({ params, request }): Promise<HttpResponse<JsonBodyType>> => {
    const form = await request.formData();
    // a Blob of the network layer's own realm: not jsdom's File, so no instanceof
    const file = form.get('file') as (Blob & { name?: string }) | string | null;
    if (!file || typeof file === 'string') return problem(400, 'Приложите файл', [{ field: 'file', message: 'Приложите файл.' }]);
    const itemId = String(params.id);
    const id = newId();
    const progressUpdateId = form.get('progressUpdateId');
    const made: Attachment = {
      id,
      itemId,
      progressUpdateId: typeof progressUpdateId === 'string' && progressUpdateId ? progressUpdateId : null,
      fileName: file.name ?? 'file',
      mediaType: file.type || 'application/pdf',
      size: file.size,
      sha256: 'c'.repeat(64),
      createdAt: new Date().toISOString(),
      createdBy: data.me.name,
      authorOrganisationId: data.me.organisationId ?? null,
      downloadUrl: `/api/v1/attachments/${id}`,
      permissions: { delete: true },
    };
    data.attachments.set(itemId, [...(data.attachments.get(itemId) ?? []), made]);
    return json(made, { status: 201 });
  }),
  http.get(`${API_ORIGIN}/api/v1/attachments/:id`, ({ params }) => {
    const found = [...data.attachments.values()].flat().find((file) => file.id === params.id);
    if (!found) return problem(404, 'Файл не найден');
    return new HttpResponse('%PDF-1.4', {
      headers: {
        'Content-Type': found.mediaType,
        'Content-Disposition': `attachment; filename="karta-file.pdf"; filename*=UTF-8''${encodeURIComponent(found.fileName)}`,
      },
    });
  }),
  mockApi.delete('/api/v1/attachments/{id}', ({ params }) => {
    for (const [itemId, files] of data.attachments) {
      if (files.some((file) => file.id === params.id)) {
        data.attachments.set(
          itemId,
          files.filter((file) => file.id !== params.id),
        );
        return new HttpResponse(null, { status: 204 });
      }
    }
    return problem(404, 'Файл не найден');
  }),
  http.get(
    `${API_ORIGIN}/api/v1/roadmaps/:id/export`,
    ({ request }) =>
      new HttpResponse('PK', {
        headers: {
          'Content-Disposition': `attachment; filename="karta-roadmap.${new URL(request.url).searchParams.get('format') ?? 'docx'}"`,
        },
      }),
  ),
  http.get(
    `${API_ORIGIN}/api/v1/roadmaps/:id/execution-report`,
    ({ request }) =>
      new HttpResponse('PK', {
        headers: {
          'Content-Disposition': `attachment; filename="karta-execution-${new URL(request.url).searchParams.get('asOf') ?? 'today'}.docx"`,
        },
      }),
  ),
  // --- Meetings (the meetings feature); the list's mayCreate and each meeting's permissions come from the fixtures. ---
  mockApi.get('/api/v1/meetings', ({ request }) => {
    const query = new URL(request.url);
    const params = query.searchParams;
    const sort = params.get('sort') ?? '-startsAt';
    const descending = sort.startsWith('-');
    const found = data.meetings
      .filter((m) => !params.get('kind') || m.kind === params.get('kind'))
      .filter((m) => !params.get('state') || m.state === params.get('state'))
      .filter((m) => params.get('mine') !== 'true' || m.participant)
      .filter((m) => !params.get('from') || m.startsAt.slice(0, 10) >= params.get('from')!)
      .filter((m) => !params.get('to') || m.startsAt.slice(0, 10) <= params.get('to')!)
      .sort((a, b) => (descending ? -1 : 1) * a.startsAt.localeCompare(b.startsAt));
    return json({ ...page(found, query), mayCreate: data.meetingListMayCreate });
  }),
  mockApi.post('/api/v1/meetings', async ({ request }) => {
    const body = await request.json();
    const now = new Date().toISOString();
    const meeting: Meeting = {
      ...makeMeeting(newId(), {
        title: body.title,
        kind: body.kind,
        startsAt: body.startsAt,
        endsAt: body.endsAt ?? null,
        place: body.place ?? null,
        videoUrl: body.videoUrl ?? null,
        number: body.number ?? null,
        createdAt: now,
        updatedAt: now,
      }),
      permissions: organiserPermissions('DRAFT'),
    };
    data.meetings.push(meeting);
    return json(meeting, { status: 201 });
  }),
  // Files: the typed helper knows only JSON answers (before /{id}, which would take "….ics" for an id).
  http.get(
    `${API_ORIGIN}/api/v1/meetings/:id.ics`,
    () =>
      new HttpResponse('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n', {
        headers: { 'Content-Type': 'text/calendar', 'Content-Disposition': 'attachment; filename="karta-meeting.ics"' },
      }),
  ),
  http.get(
    `${API_ORIGIN}/api/v1/meetings/:id/protocol.docx`,
    () =>
      new HttpResponse('PK-docx', {
        headers: {
          'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
          'Content-Disposition': 'attachment; filename="karta-protocol.docx"',
        },
      }),
  ),
  mockApi.get('/api/v1/meetings/{id}', ({ params }) => {
    const found = data.meetings.find((m) => m.id === params.id);
    return found ? json(found, { headers: { ETag: `"${found.version}-m"` } }) : problem(404, 'Совещание не найдено');
  }),
  mockApi.patch('/api/v1/meetings/{id}', async ({ params, request }) => {
    const found = data.meetings.find((m) => m.id === params.id);
    if (!found) return problem(404, 'Совещание не найдено');
    const { version, chairPersonId, secretaryPersonId, ...changes } = (await request.json()) as components['schemas']['MeetingPatch'];
    if (version !== undefined && version !== found.version) {
      return problem(409, 'Совещание изменено другим пользователем', [{ field: 'version', message: 'Версия устарела' }]);
    }
    const ref = (personId: string | null | undefined) => {
      const person = data.people.find((p) => p.id === personId);
      return person
        ? {
            personId: person.id,
            name: person.name,
            position: person.position,
            organisationId: person.organisationId,
            organisationName: person.organisationName,
          }
        : null;
    };
    Object.assign(found, changes, {
      ...(chairPersonId !== undefined ? { chair: ref(chairPersonId) } : {}),
      ...(secretaryPersonId !== undefined ? { secretary: ref(secretaryPersonId) } : {}),
      version: found.version + 1,
    });
    return json(found);
  }),
  ...(
    [
      ['open', 'OPEN'],
      ['start', 'IN_PROGRESS'],
      ['close', 'CLOSED'],
      ['cancel', 'CANCELLED'],
    ] as const
  ).map(([action, state]) =>
    mockApi.post(`/api/v1/meetings/{id}/${action}`, ({ params }) => {
      const found = data.meetings.find((m) => m.id === params.id);
      if (!found) return problem(404, 'Совещание не найдено');
      Object.assign(found, { state, version: found.version + 1, permissions: organiserPermissions(state) });
      return json(found);
    }),
  ),
  mockApi.get('/api/v1/meetings/{id}/agenda-items', ({ params, request }) =>
    json(page(data.agenda.get(String(params.id)) ?? [], new URL(request.url))),
  ),
  mockApi.post('/api/v1/meetings/{id}/agenda-items', async ({ params, request }) => {
    const body = await request.json();
    const items = data.agenda.get(String(params.id)) ?? [];
    const linked = (body.roadmapItemIds ?? []).map((itemId) => {
      const item = data.items.find((candidate) => candidate.id === itemId)!;
      return { id: item.id, roadmapId: item.roadmapId, number: item.number, activity: item.activity };
    });
    const person = data.people.find((p) => p.id === body.presenterPersonId);
    const created: AgendaItem = {
      id: newId(),
      meetingId: String(params.id),
      position: items.length + 1,
      title: body.title,
      presenter: person
        ? {
            personId: person.id,
            name: person.name,
            position: person.position,
            organisationId: person.organisationId,
            organisationName: person.organisationName,
          }
        : null,
      plannedMinutes: body.plannedMinutes ?? null,
      roadmapItems: linked,
      heard: null,
      spoke: null,
      version: 1,
    };
    data.agenda.set(String(params.id), [...items, created]);
    return json(created, { status: 201 });
  }),
  mockApi.patch('/api/v1/meetings/{id}/agenda-items/{itemId}', async ({ params, request }) => {
    const items = data.agenda.get(String(params.id)) ?? [];
    const item = items.find((candidate) => candidate.id === params.itemId);
    if (!item) return problem(404, 'Вопрос не найден');
    const { version, position, presenterPersonId, roadmapItemIds, ...changes } =
      (await request.json()) as components['schemas']['AgendaItemPatch'];
    if (version !== undefined && version !== item.version) return problem(409, 'Вопрос изменён другим пользователем');
    // The presenter and the linked items as the directory has them (only those the test's data knows).
    const person = data.people.find((p) => p.id === presenterPersonId);
    Object.assign(item, changes, {
      ...(presenterPersonId !== undefined
        ? {
            presenter: person
              ? {
                  personId: person.id,
                  name: person.name,
                  position: person.position,
                  organisationId: person.organisationId,
                  organisationName: person.organisationName,
                }
              : null,
          }
        : {}),
      ...(roadmapItemIds
        ? {
            roadmapItems: data.items
              .filter((candidate) => roadmapItemIds.includes(candidate.id))
              .map((linked) => ({ id: linked.id, roadmapId: linked.roadmapId, number: linked.number, activity: linked.activity })),
          }
        : {}),
      version: item.version + 1,
    });
    if (position !== undefined) {
      const others = items.filter((candidate) => candidate !== item);
      others.splice(position - 1, 0, item);
      others.forEach((candidate, index) => (candidate.position = index + 1));
      data.agenda.set(String(params.id), others);
    }
    return json(item);
  }),
  mockApi.delete('/api/v1/meetings/{id}/agenda-items/{itemId}', ({ params }) => {
    const items = (data.agenda.get(String(params.id)) ?? []).filter((candidate) => candidate.id !== params.itemId);
    items.forEach((candidate, index) => (candidate.position = index + 1));
    data.agenda.set(String(params.id), items);
    return new HttpResponse(null, { status: 204 });
  }),
  mockApi.put('/api/v1/meetings/{id}/agenda-items/{itemId}/minutes', async ({ params, request }) => {
    const item = (data.agenda.get(String(params.id)) ?? []).find((candidate) => candidate.id === params.itemId);
    if (!item) return problem(404, 'Вопрос не найден');
    const body = await request.json();
    if (body.version !== undefined && body.version !== item.version) {
      return problem(409, 'Протокол изменён другим пользователем', [{ field: 'version', message: 'Версия устарела' }]);
    }
    Object.assign(item, { heard: body.heard ?? null, spoke: body.spoke ?? null, version: item.version + 1 });
    return json(item);
  }),
  mockApi.get('/api/v1/meetings/{id}/attendance', ({ params }) => {
    const all = data.participants.get(String(params.id)) ?? [];
    const count = (attendance: string) => all.filter((p) => p.attendance === attendance).length;
    return json({
      invitedCount: all.filter((p) => !p.guest).length,
      presentCount: count('PRESENT'),
      absentCount: count('ABSENT'),
      excusedCount: count('EXCUSED'),
      guestCount: all.filter((p) => p.guest).length,
      participants: all,
    });
  }),
  mockApi.get('/api/v1/meetings/{id}/participants', ({ params, request }) =>
    json(page(data.participants.get(String(params.id)) ?? [], new URL(request.url))),
  ),
  mockApi.post('/api/v1/meetings/{id}/participants', async ({ params, request }) => {
    const body = await request.json();
    const all = data.participants.get(String(params.id)) ?? [];
    const invited = data.people.filter(
      (person) => person.id === body.personId || (body.organisationId && person.organisationId === body.organisationId),
    );
    const fresh = invited.filter((person) => !all.some((p) => p.personId === person.id));
    const added: Participant[] = fresh.map((person) => ({
      personId: person.id,
      name: person.name,
      position: person.position,
      organisationId: person.organisationId,
      organisationName: person.organisationName,
      attendance: null,
      checkedInAt: null,
      guest: false,
      via: null,
    }));
    data.participants.set(String(params.id), [...all, ...added]);
    return json({ added: added.length, alreadyParticipants: invited.length - added.length, invitedCount: all.length + added.length });
  }),
  mockApi.delete('/api/v1/meetings/{id}/participants/{personId}', ({ params }) => {
    data.participants.set(
      String(params.id),
      (data.participants.get(String(params.id)) ?? []).filter((p) => p.personId !== params.personId),
    );
    return new HttpResponse(null, { status: 204 });
  }),
  mockApi.put('/api/v1/meetings/{id}/participants/{personId}/attendance', async ({ params, request }) => {
    const found = (data.participants.get(String(params.id)) ?? []).find((p) => p.personId === params.personId);
    if (!found) return problem(404, 'Участник не найден');
    const body = await request.json();
    Object.assign(found, {
      attendance: body.attendance,
      via: 'MANUAL',
      checkedInAt: body.attendance === 'PRESENT' ? new Date().toISOString() : null,
    });
    return json(found);
  }),
  mockApi.get('/api/v1/meetings/{id}/decisions', ({ params, request }) =>
    json(page(data.decisions.get(String(params.id)) ?? [], new URL(request.url))),
  ),
  mockApi.post('/api/v1/meetings/{id}/decisions', async ({ params, request }) => {
    const body = await request.json();
    const all = data.decisions.get(String(params.id)) ?? [];
    const item = data.items.find((candidate) => candidate.id === body.roadmapItemId);
    const created: Decision = {
      id: newId(),
      meetingId: String(params.id),
      agendaItemId: body.agendaItemId ?? null,
      position: all.length + 1,
      text: body.text,
      responsibleOrganisationId: body.responsibleOrganisationId ?? null,
      responsibleOrganisationName: data.organisations.find((o) => o.id === body.responsibleOrganisationId)?.displayName ?? null,
      dueDate: body.dueDate ?? null,
      roadmapItem: item ? { id: item.id, roadmapId: item.roadmapId, number: item.number, activity: item.activity } : null,
      createdRoadmapItem: Boolean(body.createRoadmapItem),
      progressUpdateId: null,
      createdAt: new Date().toISOString(),
    };
    data.decisions.set(String(params.id), [...all, created]);
    return json(created, { status: 201 });
  }),
  mockApi.get('/api/v1/me/calendar-feed', () =>
    json({ active: data.calendarFeed.active, url: null, createdAt: data.calendarFeed.createdAt }),
  ),
  mockApi.post('/api/v1/me/calendar-feed', () => {
    data.calendarFeed = { active: true, createdAt: new Date().toISOString() };
    return json(
      { active: true, url: 'http://karta.test/api/v1/calendar-feeds/secret-token-123.ics', createdAt: data.calendarFeed.createdAt },
      { status: 201 },
    );
  }),
  mockApi.delete('/api/v1/me/calendar-feed', () => {
    data.calendarFeed = { active: false, createdAt: null };
    return new HttpResponse(null, { status: 204 });
  }),
];

/** A file as the API answers one: its bytes, media type and Content-Disposition (with the UTF-8 name, RFC 5987). */
function fileAnswer(content: string, format: 'xlsx' | 'csv', ascii: string, name: string) {
  const type = format === 'csv' ? 'text/csv; charset=UTF-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  return new HttpResponse(content, {
    headers: {
      'Content-Type': type,
      'Content-Disposition': `attachment; filename="${ascii}.${format}"; filename*=UTF-8''${encodeURIComponent(`${name}.${format}`)}`,
    },
  });
}

/** A recorded body: JSON as an object, anything else (an uploaded file) as its text. */
function recordedBody(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** The mock server; src/testing/setup.ts starts it for every test file. */
export const server = setupServer(...handlers);

server.events.on('request:start', ({ request }) => {
  const recorded: RecordedRequest = { method: request.method, url: new URL(request.url), headers: request.headers, body: undefined };
  requests.push(recorded);
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    void request
      .clone()
      .text()
      .then((text) => {
        recorded.body = text ? recordedBody(text) : undefined;
      });
  }
});

/** Forgets the previous test's requests and data. */
export function resetMockApi(): void {
  requests.length = 0;
  data = createApiData();
}
