import { screen, waitFor, within } from '@testing-library/react';
import { HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AuditEvent } from '@/lib/api/types';
import { createApiData, json, mockApi, server } from '@/testing/mock-api';
import { renderApp } from '@/testing/render';
import { captureDownloads, type SavedFile } from '@/testing/downloads';

const personId = 'c1000000-0000-4000-8000-000000000001';

const events: AuditEvent[] = [
  {
    id: 2,
    occurredAt: '2026-12-02T09:15:00Z',
    actor: { kind: 'PERSON', subject: 'subject-association', name: 'Иванова Мария' },
    objectType: 'PERSON',
    objectId: personId,
    parentId: null,
    action: 'UPDATED',
    changes: [{ field: 'position', from: 'Инженер', to: 'Главный технолог' }],
    requestId: 'req-2',
  },
  {
    id: 1,
    occurredAt: '2026-12-01T08:00:00Z',
    actor: { kind: 'SERVICE', subject: 'service-account-svc-1', name: 'Выгрузка в 1С' },
    objectType: 'PERSON',
    objectId: personId,
    parentId: null,
    action: 'CREATED',
    changes: [{ field: 'email', from: null, to: 'ivanova@composite.example' }],
    requestId: 'req-1',
  },
];

let saved: SavedFile[] = [];

beforeEach(() => {
  saved = captureDownloads();
  server.use(
    mockApi.get('/api/v1/audit-events', ({ request }) => {
      if (new URL(request.url).searchParams.get('format') === 'csv') {
        return new HttpResponse('occurredAt;actor\n', {
          headers: { 'Content-Type': 'text/csv; charset=UTF-8', 'Content-Disposition': 'attachment; filename="karta-audit.csv"' },
        }) as never;
      }
      return json({ items: events, page: 0, size: 50, totalItems: events.length });
    }),
  );
});

afterEach(() => vi.restoreAllMocks());

describe('audit log', () => {
  it('is in the menu of the association and lists who changed what, newest first', async () => {
    renderApp('/audit', { data: createApiData({ user: 'association' }), viewport: 'desktop' });
    expect(await screen.findByRole('link', { name: 'Журнал изменений' })).toHaveAttribute('href', '/audit');
    const table = await screen.findByRole('table', { name: 'Записи журнала' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(within(rows[0]!).getByText('Иванова Мария')).toBeInTheDocument();
    expect(within(rows[0]!).getByText('человек')).toBeInTheDocument();
    expect(within(rows[0]!).getByText('Изменение')).toBeInTheDocument();
    expect(within(rows[0]!).getByText(/Человек/)).toBeInTheDocument();
    expect(within(rows[0]!).getByText(personId)).toBeInTheDocument();
    expect(within(rows[0]!).getByText('Должность:')).toBeInTheDocument();
    expect(within(rows[0]!).getByText(/Инженер → Главный технолог/)).toBeInTheDocument();
    expect(within(rows[1]!).getByText('скрипт')).toBeInTheDocument();
    expect(within(rows[1]!).getByText(/пусто → ivanova@composite.example/)).toBeInTheDocument();
  });

  it('puts the filters of the URL into the request, and the CSV download carries them', async () => {
    const { user, requestsTo } = renderApp(`/audit?objectId=${personId}&objectType=PERSON&from=2026-12-01&to=2026-12-02`, {
      data: createApiData({ user: 'association' }),
    });
    await screen.findByRole('list', { name: 'Записи журнала' });
    const query = requestsTo('GET', /\/audit-events$/)[0]!.url.searchParams;
    expect(query.get('objectId')).toBe(personId);
    expect(query.get('objectType')).toBe('PERSON');
    expect(query.get('from')).toBe(new Date(2026, 11, 1).toISOString());
    // `to` is exclusive: the day after the last one asked for.
    expect(query.get('to')).toBe(new Date(2026, 11, 3).toISOString());
    expect(query.get('page')).toBe('0');

    await user.click(screen.getByRole('button', { name: 'Скачать CSV' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]!.name).toBe('karta-audit.csv');
    const csv = requestsTo('GET', /\/audit-events$/).find((request) => request.url.searchParams.get('format') === 'csv')!;
    expect(csv.url.searchParams.get('objectId')).toBe(personId);
    expect(csv.url.searchParams.get('objectType')).toBe('PERSON');
    expect(csv.url.searchParams.get('from')).toBe(query.get('from'));
    expect(csv.url.searchParams.get('to')).toBe(query.get('to'));
    expect(csv.headers.get('Authorization')).toBe('Bearer test-token');
  });

  it('writes a chosen object type and a typed actor into the URL and asks again', async () => {
    const { user, search, requestsTo } = renderApp('/audit', { data: createApiData({ user: 'association' }) });
    await screen.findByRole('list', { name: 'Записи журнала' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Тип объекта' }), 'SERVICE_ACCOUNT');
    await user.type(screen.getByRole('searchbox', { name: /Кто/ }), 'Иванова');
    await waitFor(() => expect(search().get('actor')).toBe('Иванова'));
    expect(search().get('objectType')).toBe('SERVICE_ACCOUNT');
    await waitFor(() => {
      const last = requestsTo('GET', /\/audit-events$/).at(-1)!.url.searchParams;
      expect(last.get('actor')).toBe('Иванова');
      expect(last.get('objectType')).toBe('SERVICE_ACCOUNT');
    });
  });
});
