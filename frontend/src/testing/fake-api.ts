/**
 * An in-memory stand-in for the Karta API, answering the real client's requests (no network). It follows the
 * contract's rules closely enough for the UI to be tested as a user would use it: filters, paging, permissions,
 * problem+json errors.
 */
import type { HistoryEntry, ItemStatus, Me, Organisation, ProgressUpdate, Roadmap, RoadmapItem, RoadmapSummary } from '@/lib/api/types';
import { ITEM_STATUSES, isItemStatus } from '@/lib/api/types';
import { makeHistory, makeItems, makeOrganisations, makeProgress, makeRoadmaps, users } from './fixtures';

export interface RecordedRequest {
  method: string;
  url: URL;
  headers: Headers;
  body: unknown;
}

type Handler = (request: RecordedRequest) => Response | Promise<Response>;

interface Override {
  method: string;
  path: RegExp;
  handler: Handler;
  once: boolean;
}

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });
}

export function problem(status: number, detail: string, errors: Array<{ field: string; message: string }> = []): Response {
  return new Response(
    JSON.stringify({
      type: 'urn:karta:problem:test',
      title: detail,
      status,
      detail,
      requestId: 'req-test',
      ...(errors.length ? { errors } : {}),
    }),
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  );
}

function page<T>(all: readonly T[], url: URL) {
  const pageNumber = Number(url.searchParams.get('page') ?? 0);
  const size = Number(url.searchParams.get('size') ?? 50);
  return { items: all.slice(pageNumber * size, pageNumber * size + size), page: pageNumber, size, totalItems: all.length };
}

function numberKey(item: RoadmapItem): number[] {
  return item.number.split('.').map(Number);
}

function compareNumbers(a: RoadmapItem, b: RoadmapItem): number {
  const x = numberKey(a);
  const y = numberKey(b);
  for (let i = 0; i < Math.max(x.length, y.length); i += 1) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

let sequence = 0;
function newId(): string {
  sequence += 1;
  return `e0000000-0000-4000-8000-${String(sequence).padStart(12, '0')}`;
}

export class FakeApi {
  me: Me = users.department;
  organisations: Organisation[] = makeOrganisations();
  roadmaps: Roadmap[] = makeRoadmaps();
  items: RoadmapItem[] = makeItems();
  progress = new Map<string, ProgressUpdate[]>();
  history = new Map<string, HistoryEntry[]>();
  readonly requests: RecordedRequest[] = [];
  private overrides: Override[] = [];

  constructor(options: { user?: keyof typeof users } = {}) {
    if (options.user) this.me = users[options.user];
    const item6 = this.items.find((item) => item.number === '6');
    if (item6) {
      this.progress.set(item6.id, makeProgress(item6.id));
      this.history.set(item6.id, makeHistory());
    }
  }

  /** Answers the next matching request (or all of them) with the handler instead of the fake's logic. */
  on(method: string, path: RegExp, handler: Handler, options: { once?: boolean } = {}) {
    this.overrides.push({ method, path, handler, once: options.once ?? true });
  }

  /** The requests made to a path (and method), in order. */
  requestsTo(method: string, path: RegExp): RecordedRequest[] {
    return this.requests.filter((request) => request.method === method && path.test(request.url.pathname));
  }

  /** Whether the current user may report progress on an item (as the server decides). */
  private mayUpdateProgress(item: RoadmapItem): boolean {
    if (this.me.roles.includes('association') || this.me.roles.includes('ckr')) return true;
    if (this.me.roles.includes('integration') || !this.me.organisationId) return false;
    return [...item.responsible, ...item.assisting].some((org) => org.organisationId === this.me.organisationId);
  }

  private withPermissions(item: RoadmapItem): RoadmapItem {
    const manage = this.me.roles.includes('association') || this.me.roles.includes('ckr');
    return { ...item, permissions: { edit: manage, updateProgress: this.mayUpdateProgress(item) } };
  }

  fetch = async (request: Request): Promise<Response> => {
    const url = new URL(request.url);
    const text = request.method === 'GET' ? '' : await request.text();
    const recorded: RecordedRequest = { method: request.method, url, headers: request.headers, body: text ? JSON.parse(text) : undefined };
    this.requests.push(recorded);

    const override = this.overrides.find((o) => o.method === request.method && o.path.test(url.pathname));
    if (override) {
      if (override.once) this.overrides = this.overrides.filter((o) => o !== override);
      return override.handler(recorded);
    }
    if (request.headers.get('Authorization') !== 'Bearer test-token') return problem(401, 'Требуется вход');
    return this.route(recorded);
  };

  private route({ method, url, body }: RecordedRequest): Response {
    const path = url.pathname;
    let match: RegExpExecArray | null;

    if (method === 'GET' && path === '/api/v1/me') return json(this.me);

    if (method === 'GET' && path === '/api/v1/organisations') {
      const q = url.searchParams.get('q')?.toLowerCase();
      const kind = url.searchParams.get('kind');
      const found = this.organisations
        .filter((o) => !kind || o.kind === kind)
        .filter((o) => !q || [o.fullName, o.shortName ?? '', o.inn ?? '', ...o.aliases].some((name) => name.toLowerCase().includes(q)))
        .sort((a, b) => a.fullName.localeCompare(b.fullName));
      return json(page(found, url));
    }
    if (method === 'GET' && (match = /^\/api\/v1\/organisations\/([^/]+)$/.exec(path))) {
      const found = this.organisations.find((o) => o.id === match?.[1]);
      return found ? json(found) : problem(404, 'Организация не найдена');
    }

    if (method === 'GET' && path === '/api/v1/roadmaps') {
      const statuses = url.searchParams.getAll('status');
      const found = this.roadmaps
        .filter((r) => statuses.length === 0 || statuses.includes(r.status))
        .sort((a, b) => b.periodStart.localeCompare(a.periodStart));
      return json(page(found, url));
    }
    if (method === 'GET' && (match = /^\/api\/v1\/roadmaps\/([^/]+)$/.exec(path))) {
      const found = this.roadmaps.find((r) => r.id === match?.[1]);
      return found ? json(found) : problem(404, 'Дорожная карта не найдена');
    }
    if (method === 'POST' && (match = /^\/api\/v1\/roadmaps\/([^/]+)\/approve$/.exec(path))) {
      if (!this.me.roles.includes('association')) return problem(403, 'Недостаточно прав');
      const found = this.roadmaps.find((r) => r.id === match?.[1]);
      if (!found) return problem(404, 'Дорожная карта не найдена');
      found.status = 'APPROVED';
      found.approvedAt = new Date().toISOString();
      return json(found);
    }
    if (method === 'POST' && (match = /^\/api\/v1\/roadmaps\/([^/]+)\/copy$/.exec(path))) {
      if (!this.me.roles.includes('association') && !this.me.roles.includes('ckr')) return problem(403, 'Недостаточно прав');
      const source = this.roadmaps.find((r) => r.id === match?.[1]);
      if (!source) return problem(404, 'Дорожная карта не найдена');
      const next = (date: string) => `${Number(date.slice(0, 4)) + 1}${date.slice(4)}`;
      const copy: Roadmap = {
        ...source,
        id: newId(),
        title: (body as { title?: string } | undefined)?.title ?? source.title.replace(/\d{4}/, (year) => String(Number(year) + 1)),
        periodStart: next(source.periodStart),
        periodEnd: next(source.periodEnd),
        status: 'DRAFT',
        approvedAt: null,
        approvedBy: null,
        copiedFromId: source.id,
      };
      this.roadmaps.push(copy);
      return json(copy, 201);
    }
    if (method === 'GET' && (match = /^\/api\/v1\/roadmaps\/([^/]+)\/items$/.exec(path))) {
      const roadmapId = match[1];
      if (!this.roadmaps.some((r) => r.id === roadmapId)) return problem(404, 'Дорожная карта не найдена');
      const statuses = url.searchParams.getAll('status');
      if (statuses.some((s) => !isItemStatus(s)))
        return problem(400, 'Неизвестный статус', [{ field: 'status', message: 'неизвестное значение' }]);
      const organisationId = url.searchParams.get('organisationId');
      const overdue = url.searchParams.get('overdue');
      const q = url.searchParams.get('q')?.toLowerCase();
      const dueAfter = url.searchParams.get('dueAfter');
      const dueBefore = url.searchParams.get('dueBefore');
      const found = this.items
        .filter((item) => item.roadmapId === roadmapId)
        .filter((item) => statuses.length === 0 || statuses.includes(item.status))
        .filter((item) => !organisationId || [...item.responsible, ...item.assisting].some((o) => o.organisationId === organisationId))
        .filter((item) => overdue === null || item.overdue === (overdue === 'true'))
        .filter((item) => !q || `${item.number} ${item.activity} ${item.expectedResult ?? ''}`.toLowerCase().includes(q))
        .filter((item) => !dueAfter || item.deadline.dueDate >= dueAfter)
        .filter((item) => !dueBefore || item.deadline.dueDate <= dueBefore)
        .sort(compareNumbers)
        .map((item) => this.withPermissions(item));
      return json(page(found, url));
    }
    if (method === 'GET' && (match = /^\/api\/v1\/roadmaps\/([^/]+)\/summary$/.exec(path))) {
      return json(this.summary(match[1] ?? ''));
    }

    if (method === 'GET' && (match = /^\/api\/v1\/roadmap-items\/([^/]+)$/.exec(path))) {
      const found = this.items.find((item) => item.id === match?.[1]);
      return found ? json(this.withPermissions(found), 200, { ETag: `"${found.version}"` }) : problem(404, 'Пункт не найден');
    }
    if ((match = /^\/api\/v1\/roadmap-items\/([^/]+)\/progress-updates$/.exec(path))) {
      const item = this.items.find((candidate) => candidate.id === match?.[1]);
      if (!item) return problem(404, 'Пункт не найден');
      if (method === 'GET') return json(page(this.progress.get(item.id) ?? [], url));
      if (method === 'POST') return this.addProgress(item, body);
    }
    if (method === 'GET' && (match = /^\/api\/v1\/roadmap-items\/([^/]+)\/history$/.exec(path))) {
      return json(page(this.history.get(match[1] ?? '') ?? [], url));
    }
    return problem(404, `Нет такого ресурса: ${method} ${path}`);
  }

  private addProgress(item: RoadmapItem, body: unknown): Response {
    if (!this.mayUpdateProgress(item)) return problem(403, 'Вы не можете сообщать о ходе выполнения этого пункта');
    const { text, status, evidenceUrl } = (body ?? {}) as { text?: string; status?: string; evidenceUrl?: string };
    const errors: Array<{ field: string; message: string }> = [];
    if (!text || text.trim() === '') errors.push({ field: 'text', message: 'не должно быть пустым' });
    else if (text.length > 4000) errors.push({ field: 'text', message: 'не длиннее 4000 символов' });
    if (status !== undefined && !isItemStatus(status)) errors.push({ field: 'status', message: 'неизвестное значение' });
    if (evidenceUrl !== undefined && !/^https?:\/\/[^\s/]+/.test(evidenceUrl))
      errors.push({ field: 'evidenceUrl', message: 'должна быть ссылка http(s)' });
    if (errors.length) return problem(400, 'Запрос содержит ошибки', errors);

    const previous = item.status;
    const changed = status !== undefined && status !== previous ? (status as ItemStatus) : null;
    const update: ProgressUpdate = {
      id: newId(),
      itemId: item.id,
      text: text ?? '',
      status: changed,
      previousStatus: changed ? previous : null,
      evidenceUrl: evidenceUrl ?? null,
      author: {
        subject: this.me.subject,
        name: this.me.name,
        organisationId: this.me.organisationId ?? null,
        organisationName: this.me.organisationName ?? null,
      },
      createdAt: new Date().toISOString(),
    };
    this.progress.set(item.id, [update, ...(this.progress.get(item.id) ?? [])]);
    if (changed) {
      item.status = changed;
      item.overdue = item.overdue && changed !== 'DONE' && changed !== 'CANCELLED';
      item.version += 1;
      const entry: HistoryEntry = {
        id: (sequence += 1),
        occurredAt: update.createdAt,
        actor: { subject: this.me.subject, name: this.me.name },
        action: 'PROGRESS_ADDED',
        subjectType: 'PROGRESS_UPDATE',
        changes: [{ field: 'status', from: previous, to: changed }],
      };
      this.history.set(item.id, [entry, ...(this.history.get(item.id) ?? [])]);
    }
    return json(update, 201);
  }

  summary(roadmapId: string): RoadmapSummary {
    const items = this.items.filter((item) => item.roadmapId === roadmapId);
    const zero = () => Object.fromEntries(ITEM_STATUSES.map((s) => [s, 0])) as Record<ItemStatus, number>;
    const byStatus = zero();
    const byOrganisation = new Map<string, RoadmapSummary['byOrganisation'][number]>();
    const entry = (id: string, name: string) => {
      let found = byOrganisation.get(id);
      if (!found) {
        found = { organisationId: id, organisationName: name, responsible: 0, assisting: 0, overdue: 0, byStatus: zero() };
        byOrganisation.set(id, found);
      }
      return found;
    };
    for (const item of items) {
      byStatus[item.status] += 1;
      // As the server counts: statuses and overdue over the items where the organisation is responsible.
      for (const org of item.responsible) {
        const e = entry(org.organisationId, org.organisationName);
        e.responsible += 1;
        e.byStatus[item.status] += 1;
        if (item.overdue) e.overdue += 1;
      }
      for (const org of item.assisting) entry(org.organisationId, org.organisationName).assisting += 1;
    }
    return {
      roadmapId,
      totalItems: items.length,
      overdue: items.filter((item) => item.overdue).length,
      byStatus,
      byOrganisation: [...byOrganisation.values()],
    };
  }
}
