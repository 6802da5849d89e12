import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ServiceAccount } from '@/lib/api/types';
import { createApiData, json, mockApi, server } from '@/testing/mock-api';
import { renderApp } from '@/testing/render';

function account(id: string, name: string, extra: Partial<ServiceAccount> = {}): ServiceAccount {
  return {
    id,
    name,
    clientId: `svc-${id.slice(-4)}`,
    createdAt: '2026-11-20T08:00:00Z',
    lastUsedAt: null,
    rotatedAt: null,
    secret: null,
    ...extra,
  };
}

const exportScript = account('e0000000-0000-4000-8000-000000000001', 'Выгрузка в 1С', { lastUsedAt: '2026-12-01T06:30:00Z' });

/** The list the mock serves (never with a secret), and the writes changing it. */
function serveAccounts(initial: ServiceAccount[]) {
  let list = [...initial];
  server.use(
    mockApi.get('/api/v1/service-accounts', () => json({ items: list })),
    mockApi.post('/api/v1/service-accounts', async ({ request }) => {
      const created = account('e0000000-0000-4000-8000-000000000002', (await request.json()).name);
      list = [created, ...list];
      return json({ ...created, secret: 's3cr3t-created-once' }, { status: 201 });
    }),
    mockApi.post('/api/v1/service-accounts/{id}/secret', ({ params }) => {
      const found = list.find((candidate) => candidate.id === params.id)!;
      return json({ ...found, rotatedAt: '2026-12-02T10:00:00Z', secret: 'n3w-r0tated-secret' });
    }),
    mockApi.delete('/api/v1/service-accounts/{id}', ({ params }) => {
      list = list.filter((candidate) => candidate.id !== params.id);
      return new Response(null, { status: 204 }) as never;
    }),
  );
}

describe('service accounts', () => {
  it('is in the menu for the association only', async () => {
    serveAccounts([]);
    renderApp('/service-accounts', { data: createApiData({ user: 'association' }), viewport: 'desktop' });
    expect(await screen.findByRole('link', { name: 'Сервисные учётные записи' })).toHaveAttribute('href', '/service-accounts');
  });

  it('has no menu entry for a department', async () => {
    renderApp('/roadmaps', { viewport: 'desktop' });
    await screen.findByRole('link', { name: 'Люди' });
    expect(screen.queryByRole('link', { name: 'Сервисные учётные записи' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Журнал изменений' })).not.toBeInTheDocument();
  });

  it('creates one and shows its secret once, with a warning, gone after closing', async () => {
    serveAccounts([exportScript]);
    const { user, requestsTo } = renderApp('/service-accounts', { data: createApiData({ user: 'association' }), viewport: 'desktop' });
    const table = await screen.findByRole('table', { name: 'Сервисные учётные записи' });
    expect(within(table).getByText('Выгрузка в 1С')).toBeInTheDocument();
    expect(within(table).getByText(/^1 декабря 2026, \d\d:30$/)).toBeInTheDocument();

    await user.type(screen.getByRole('textbox', { name: /Название/ }), 'Импорт отчётов');
    await user.click(screen.getByRole('button', { name: 'Создать учётную запись' }));
    const dialog = await screen.findByRole('dialog', { name: 'Секрет учётной записи' });
    expect(within(dialog).getByText('s3cr3t-created-once')).toBeInTheDocument();
    expect(within(dialog).getByText('Секрет показывается только один раз')).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Скопировать секрет' })).toBeInTheDocument();
    expect(requestsTo('POST', /\/service-accounts$/)[0]?.body).toEqual({ name: 'Импорт отчётов' });

    await user.click(within(dialog).getByRole('button', { name: 'Я сохранил секрет, закрыть' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.queryByText('s3cr3t-created-once')).not.toBeInTheDocument();
    expect(await screen.findByText('Импорт отчётов')).toBeInTheDocument();
  });

  it('rotates after a confirmation and shows the new secret once', async () => {
    serveAccounts([exportScript]);
    const { user, requestsTo } = renderApp('/service-accounts', { data: createApiData({ user: 'association' }) });
    await user.click(await screen.findByRole('button', { name: 'Сменить секрет: Выгрузка в 1С' }));
    const confirm = await screen.findByRole('dialog', { name: 'Сменить секрет?' });
    expect(requestsTo('POST', /\/secret$/)).toHaveLength(0);
    await user.click(within(confirm).getByRole('button', { name: 'Сменить секрет' }));
    const dialog = await screen.findByRole('dialog', { name: 'Секрет учётной записи' });
    expect(within(dialog).getByText('n3w-r0tated-secret')).toBeInTheDocument();
    expect(requestsTo('POST', /\/secret$/)).toHaveLength(1);
    await user.click(within(dialog).getByRole('button', { name: 'Закрыть' }));
    await waitFor(() => expect(screen.queryByText('n3w-r0tated-secret')).not.toBeInTheDocument());
  });

  it('revokes after a confirmation naming the account', async () => {
    serveAccounts([exportScript]);
    const { user, requestsTo } = renderApp('/service-accounts', { data: createApiData({ user: 'association' }) });
    await user.click(await screen.findByRole('button', { name: 'Отозвать: Выгрузка в 1С' }));
    const confirm = await screen.findByRole('dialog', { name: 'Отозвать учётную запись?' });
    expect(within(confirm).getByText(/«Выгрузка в 1С» будет удалена/)).toBeInTheDocument();
    await user.click(within(confirm).getByRole('button', { name: 'Отозвать' }));
    expect(await screen.findByText('Учётная запись «Выгрузка в 1С» отозвана')).toBeInTheDocument();
    expect(requestsTo('DELETE', /\/service-accounts\/e0000000-0000-4000-8000-000000000001$/)).toHaveLength(1);
    expect(await screen.findByText('Сервисных учётных записей нет')).toBeInTheDocument();
  });
});
