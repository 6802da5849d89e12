import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Body, BodyMember, BodyMemberPatch, BodyPermissions, BodySummary, HistoryEntry, Person } from '@/lib/api/types';
import { ids } from '@/testing/fixtures';
import { type ApiData, createApiData, json, mockApi, problem, server } from '@/testing/mock-api';
import { renderApp } from '@/testing/render';

const bodyIds = {
  council: 'b1000000-0000-4000-8000-000000000001',
  group: 'b1000000-0000-4000-8000-000000000002',
  registry: 'b1000000-0000-4000-8000-000000000003',
};
const personIds = {
  orlov: 'c3000000-0000-4000-8000-000000000001',
  sokolova: 'c3000000-0000-4000-8000-000000000002',
  belov: 'c3000000-0000-4000-8000-000000000003',
  kuznetsova: 'c3000000-0000-4000-8000-000000000004',
};
const created = '2024-03-01T09:00:00Z';
const ckrName = 'АНО «ЦКР Смоленской области»';

function summary(id: string, kind: BodySummary['kind'], name: string, memberCount: number): BodySummary {
  return { id, kind, name, description: null, memberCount, updatedAt: created };
}

const summaries = [
  summary(bodyIds.council, 'COUNCIL', 'Научно-технический совет кластера', 2),
  summary(bodyIds.group, 'WORKING_GROUP', 'Рабочая группа по биокомпозитам', 5),
  summary(bodyIds.registry, 'REGISTRY', 'Реестр участников федеральных рабочих групп и комиссий', 1),
];

function member(id: number, personId: string, personName: string, extra: Partial<BodyMember> = {}): BodyMember {
  return {
    id: `b2000000-0000-4000-8000-${String(id).padStart(12, '0')}`,
    personId,
    personName,
    organisationId: ids.ckr,
    organisationName: ckrName,
    role: 'MEMBER',
    note: null,
    from: '2024-03-01',
    to: null,
    current: true,
    version: 1,
    ...extra,
  };
}

function council(permissions: BodyPermissions): Body {
  return {
    id: bodyIds.council,
    kind: 'COUNCIL',
    name: 'Научно-технический совет кластера',
    description: 'Экспертиза проектов кластера',
    memberCount: 2,
    members: [
      member(1, personIds.orlov, 'Орлов Дмитрий', { role: 'CHAIR' }),
      member(2, personIds.sokolova, 'Соколова Анна', { role: 'SECRETARY', note: 'по приказу № 12' }),
      member(3, personIds.belov, 'Белов Сергей', { role: 'DEPUTY', from: '2024-03-01', to: '2025-06-30', current: false }),
    ],
    version: 4,
    createdAt: created,
    updatedAt: created,
    permissions,
  };
}

const history: HistoryEntry[] = [
  {
    id: 11,
    occurredAt: '2025-06-30T10:00:00Z',
    actor: { kind: 'PERSON', subject: 'subject-association', name: 'Иванова Мария' },
    action: 'ENDED',
    subjectType: 'BODY_MEMBER',
    subjectId: 'b2000000-0000-4000-8000-000000000003',
    changes: [{ field: 'to', from: null, to: '2025-06-30' }],
  },
  {
    id: 10,
    occurredAt: created,
    actor: { kind: 'PERSON', subject: 'subject-association', name: 'Иванова Мария' },
    action: 'CREATED',
    subjectType: null,
    subjectId: null,
    changes: [{ field: 'kind', from: null, to: 'COUNCIL' }],
  },
];

function person(id: string, name: string): Person {
  return {
    id,
    name,
    position: null,
    organisationId: ids.members,
    organisationName: 'ООО «Композит-Смоленск»',
    email: null,
    phone: null,
    accountState: 'NONE',
    roles: [],
    grantableRoles: [],
    invitedAt: null,
    version: 1,
    createdAt: created,
    updatedAt: created,
    permissions: { edit: false, invite: false, disable: false, enable: false, grantRoles: false },
  };
}

/** Serves the bodies and the council (read from `state`, so a test sees a write's effect). */
function serveBodies(body: Body, mayCreate: boolean) {
  const state = { body };
  server.use(
    mockApi.get('/api/v1/bodies', ({ request }) => {
      const kind = new URL(request.url).searchParams.get('kind');
      const items = summaries.filter((s) => !kind || s.kind === kind);
      return json({ items, page: 0, size: 50, totalItems: items.length, mayCreate });
    }),
    mockApi.get('/api/v1/bodies/{id}', ({ params }) => (params.id === state.body.id ? json(state.body) : problem(404, 'Орган не найден'))),
    mockApi.get('/api/v1/bodies/{id}/history', () => json({ items: history, page: 0, size: 50, totalItems: history.length })),
    mockApi.post('/api/v1/bodies/{id}/members', async ({ request }) => {
      const input = await request.json();
      const added = member(9, input.personId, 'Кузнецова Елена', {
        role: input.role,
        from: input.from ?? '2026-12-02',
        note: input.note ?? null,
        organisationName: 'ООО «Композит-Смоленск»',
      });
      state.body = { ...state.body, members: [...state.body.members, added], memberCount: state.body.memberCount + 1 };
      return json(added, { status: 201 });
    }),
    mockApi.patch('/api/v1/bodies/{id}/members/{memberId}', async ({ params, request }) => {
      const patch = await request.json();
      const found = state.body.members.find((m) => m.id === params.memberId);
      if (!found) return problem(404, 'Член не найден');
      const changes: BodyMemberPatch = { ...(patch as BodyMemberPatch) };
      delete changes.version;
      const changed: BodyMember = { ...found, ...changes, current: changes.to ? false : found.current, version: found.version + 1 };
      state.body = { ...state.body, members: state.body.members.map((m) => (m.id === changed.id ? changed : m)) };
      return json(changed);
    }),
  );
  return state;
}

const manage: BodyPermissions = { edit: true, manageMembers: true };
const readOnly: BodyPermissions = { edit: false, manageMembers: false };

function withUser(user: 'association' | 'member'): ApiData {
  const data = createApiData({ user });
  data.people = [person(personIds.kuznetsova, 'Кузнецова Елена'), person(personIds.orlov, 'Орлов Дмитрий')];
  return data;
}

describe('the bodies', () => {
  it('lists the bodies with their kind and members, filtered by kind', async () => {
    serveBodies(council(readOnly), false);
    const { user, requestsTo, search } = renderApp('/bodies', { data: withUser('member') });

    const list = await screen.findByRole('list', { name: 'Органы кластера' });
    const rows = within(list).getAllByRole('listitem');
    expect(rows).toHaveLength(3);
    expect(rows[0]).toHaveTextContent('Научно-технический совет кластера');
    expect(rows[0]).toHaveTextContent('Членов сейчас: 2');
    expect(rows[1]).toHaveTextContent('Рабочая группа');
    expect(within(list).getByRole('link', { name: 'Научно-технический совет кластера' })).toHaveAttribute(
      'href',
      `/bodies/${bodyIds.council}`,
    );
    expect(screen.queryByRole('button', { name: 'Добавить орган' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('combobox', { name: 'Вид' }));
    await user.click(await screen.findByRole('option', { name: 'Реестр участников федеральных рабочих групп и комиссий' }));
    await waitFor(() => expect(within(screen.getByRole('list', { name: 'Органы кластера' })).getAllByRole('listitem')).toHaveLength(1));
    expect(search().get('kind')).toBe('REGISTRY');
    expect(
      requestsTo('GET', /\/bodies$/)
        .at(-1)
        ?.url.searchParams.get('kind'),
    ).toBe('REGISTRY');
  });

  it('lets the association add a body', async () => {
    serveBodies(council(manage), true);
    server.use(
      mockApi.post('/api/v1/bodies', async ({ request }) => {
        const input = await request.json();
        return json(
          { ...council(manage), id: bodyIds.group, kind: input.kind, name: input.name, members: [], memberCount: 0 },
          { status: 201 },
        );
      }),
    );
    const { user, requestsTo } = renderApp('/bodies', { data: withUser('association') });

    await user.click(await screen.findByRole('button', { name: 'Добавить орган' }));
    const form = screen.getByRole('region', { name: 'Добавить орган' });
    await user.type(within(form).getByRole('textbox', { name: 'Название' }), 'Рабочая группа по стеклопластикам');
    await user.click(within(form).getByRole('button', { name: 'Добавить' }));

    await waitFor(() =>
      expect(requestsTo('POST', /\/bodies$/)[0]?.body).toEqual({
        kind: 'WORKING_GROUP',
        name: 'Рабочая группа по стеклопластикам',
        description: null,
      }),
    );
  });
});

describe('a body', () => {
  it('shows the members today with their roles in words, the former members and the history', async () => {
    serveBodies(council(readOnly), false);
    renderApp(`/bodies/${bodyIds.council}`, { data: withUser('member'), viewport: 'desktop' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Научно-технический совет кластера' })).toBeInTheDocument();
    expect(screen.getByText('Совет')).toBeInTheDocument();
    expect(screen.getByText('Экспертиза проектов кластера')).toBeInTheDocument();

    const current = within(screen.getByRole('list', { name: 'Состав' })).getAllByRole('listitem');
    expect(current).toHaveLength(2);
    expect(current[0]).toHaveTextContent('Орлов Дмитрий');
    expect(current[0]).toHaveTextContent('Председатель');
    expect(current[0]).toHaveTextContent(ckrName);
    expect(current[0]).toHaveTextContent('с 1 марта 2024');
    expect(current[1]).toHaveTextContent('Секретарь');
    expect(current[1]).toHaveTextContent('по приказу № 12');

    const former = within(screen.getByRole('list', { name: 'Бывшие члены' })).getAllByRole('listitem');
    expect(former).toHaveLength(1);
    expect(former[0]).toHaveTextContent('Белов Сергей');
    expect(former[0]).toHaveTextContent('Заместитель председателя');
    expect(former[0]).toHaveTextContent('1 марта 2024 – 30 июня 2025');

    const historyList = await screen.findByRole('list', { name: 'История изменений' });
    expect(historyList).toHaveTextContent('Завершение членства: Белов Сергей');
    expect(historyList).toHaveTextContent('Последний день: пусто → 30 июня 2025');
    expect(historyList).toHaveTextContent('Вид: пусто → Научно-технический совет');
  });

  it('offers a member of the cluster no changes', async () => {
    serveBodies(council(readOnly), false);
    renderApp(`/bodies/${bodyIds.council}`, { data: withUser('member') });
    expect(await screen.findByRole('list', { name: 'Состав' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Изменить роль' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Завершить членство' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Добавить члена' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Изменить название и описание' })).not.toBeInTheDocument();
  });

  it('lets the association add a member: the person found by name, the role, the first day and the note', async () => {
    const state = serveBodies(council(manage), false);
    const { user, requestsTo } = renderApp(`/bodies/${bodyIds.council}`, { data: withUser('association') });

    const form = await screen.findByRole('region', { name: 'Добавить члена' });
    expect(screen.getAllByRole('button', { name: 'Изменить роль' })).toHaveLength(2);
    expect(screen.getByRole('button', { name: 'Изменить название и описание' })).toBeInTheDocument();

    await user.type(within(form).getByRole('combobox', { name: 'Человек' }), 'Кузн');
    // The server searches: the list keeps only whom it found.
    await waitFor(() => expect(requestsTo('GET', /\/people$/).some((r) => r.url.searchParams.get('q') === 'Кузн')).toBe(true));
    await waitFor(() => expect(screen.queryByRole('option', { name: /Орлов Дмитрий/ })).not.toBeInTheDocument());
    await user.click(await screen.findByRole('option', { name: 'Кузнецова Елена (ООО «Композит-Смоленск»)' }));
    await user.click(within(form).getByRole('combobox', { name: 'Роль' }));
    await user.click(await screen.findByRole('option', { name: 'Заместитель председателя' }));
    await user.type(within(form).getByRole('textbox', { name: 'Первый день' }), '01.12.2026');
    await user.type(within(form).getByRole('textbox', { name: 'Примечание' }), 'от ЦКР');
    await user.click(within(form).getByRole('button', { name: 'Добавить члена' }));

    expect(await screen.findByText('В состав добавлен: Кузнецова Елена')).toBeInTheDocument();
    expect(requestsTo('POST', /\/members$/)[0]?.body).toEqual({
      personId: personIds.kuznetsova,
      role: 'DEPUTY',
      from: '2026-12-01',
      note: 'от ЦКР',
    });
    await waitFor(() => expect(within(screen.getByRole('list', { name: 'Состав' })).getAllByRole('listitem')).toHaveLength(3));
    expect(state.body.members).toHaveLength(4);
  });

  it('changes a role and ends a membership with the member’s version', async () => {
    serveBodies(council(manage), false);
    const { user, requestsTo } = renderApp(`/bodies/${bodyIds.council}`, { data: withUser('association') });

    const sokolova = within(await screen.findByRole('list', { name: 'Состав' })).getAllByRole('listitem')[1]!;
    await user.click(within(sokolova).getByRole('button', { name: 'Изменить роль' }));
    await user.click(within(sokolova).getByRole('combobox', { name: 'Роль' }));
    await user.click(await screen.findByRole('option', { name: 'Член' }));
    await user.click(within(sokolova).getByRole('button', { name: 'Сохранить роль' }));
    expect(await screen.findByText('Роль изменена: Соколова Анна — Член')).toBeInTheDocument();
    expect(requestsTo('PATCH', /\/members\//)[0]?.body).toEqual({ role: 'MEMBER', version: 1 });

    const orlov = within(screen.getByRole('list', { name: 'Состав' })).getAllByRole('listitem')[0]!;
    await user.click(within(orlov).getByRole('button', { name: 'Завершить членство' }));
    const dialog = await screen.findByRole('dialog', { name: 'Завершить членство: Орлов Дмитрий' });
    const lastDay = within(dialog).getByRole('textbox', { name: 'Последний день' });
    await user.clear(lastDay);
    await user.type(lastDay, '30.11.2026');
    await user.click(within(dialog).getByRole('button', { name: 'Завершить членство' }));
    expect(await screen.findByText('Членство завершено: Орлов Дмитрий')).toBeInTheDocument();
    expect(requestsTo('PATCH', /\/members\//)[1]?.body).toEqual({ to: '2026-11-30', version: 1 });
    await waitFor(() => expect(within(screen.getByRole('list', { name: 'Бывшие члены' })).getAllByRole('listitem')).toHaveLength(2));
  });
});

describe('renaming a body', () => {
  it('sends only what changed, with the body’s version', async () => {
    const state = serveBodies(council(manage), false);
    server.use(
      mockApi.patch('/api/v1/bodies/{id}', async ({ request }) => {
        const patch = await request.json();
        state.body = { ...state.body, name: patch.name ?? state.body.name, version: state.body.version + 1 };
        return json(state.body);
      }),
    );
    const { user, requestsTo } = renderApp(`/bodies/${bodyIds.council}`, { data: withUser('association') });

    await user.click(await screen.findByRole('button', { name: 'Изменить название и описание' }));
    const name = screen.getByRole('textbox', { name: 'Название' });
    await user.clear(name);
    await user.type(name, 'Научно-технический совет Смоленского композитного кластера');
    await user.click(screen.getByRole('button', { name: 'Сохранить' }));

    expect(await screen.findByText('Изменения сохранены')).toBeInTheDocument();
    expect(requestsTo('PATCH', /\/bodies\/[^/]+$/)[0]?.body).toEqual({
      name: 'Научно-технический совет Смоленского композитного кластера',
      version: 4,
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Научно-технический совет Смоленского композитного кластера' }),
    ).toBeInTheDocument();
  });
});
