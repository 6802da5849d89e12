import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Person, PersonPermissions } from '@/lib/api/types';
import { ids } from '@/testing/fixtures';
import { type ApiData, createApiData, json, mockApi, problem, server } from '@/testing/mock-api';
import { renderApp } from '@/testing/render';

const noPermissions: PersonPermissions = { edit: false, invite: false, disable: false, enable: false, grantRoles: false };

const personIds = {
  ivanova: 'c1000000-0000-4000-8000-000000000001',
  petrov: 'c1000000-0000-4000-8000-000000000002',
};

function person(id: string, extra: Partial<Person> = {}): Person {
  return {
    id,
    name: 'Иванова Анна Сергеевна',
    position: 'Инженер-технолог',
    organisationId: ids.members,
    organisationName: 'Предприятия Смоленского композитного кластера',
    email: 'ivanova@composite.example',
    phone: '+7 (4812) 11-22-33',
    accountState: 'NONE',
    roles: [],
    grantableRoles: [],
    invitedAt: null,
    version: 3,
    createdAt: '2026-11-01T09:00:00Z',
    updatedAt: '2026-11-01T09:00:00Z',
    permissions: { ...noPermissions },
    ...extra,
  };
}

const people = [
  person(personIds.ivanova),
  person(personIds.petrov, {
    name: 'Петров Пётр Ильич',
    position: null,
    organisationId: ids.investment,
    organisationName: 'Департамент инвестиционного развития Смоленской области',
    email: null,
    phone: null,
    accountState: 'ACTIVE',
  }),
];

/** Serves one person (and answers the history), starting from `initial`; the answer of each write replaces it. */
function servePerson(initial: Person) {
  const state = { current: initial };
  server.use(
    mockApi.get('/api/v1/people/{id}', () => json(state.current, { headers: { ETag: `"${state.current.version}-p"` } })),
    mockApi.get('/api/v1/people/{id}/history', () => json({ items: [], page: 0, size: 50, totalItems: 0 })),
  );
  return state;
}

function withUser(user: 'association' | 'member' | 'department'): ApiData {
  return createApiData({ user });
}

describe('people directory', () => {
  it('lists people with their organisation and account state, and hides contacts the caller may not see', async () => {
    server.use(mockApi.get('/api/v1/people', () => json({ items: people, page: 0, size: 50, totalItems: 2 })));
    renderApp('/people', { viewport: 'desktop', data: withUser('association') });
    const table = await screen.findByRole('table', { name: 'Люди' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(within(rows[0]!).getByRole('link', { name: 'Иванова Анна Сергеевна' })).toHaveAttribute('href', `/people/${personIds.ivanova}`);
    expect(within(rows[0]!).getByRole('link', { name: 'ivanova@composite.example' })).toHaveAttribute(
      'href',
      'mailto:ivanova@composite.example',
    );
    expect(within(rows[0]!).getByText('нет учётной записи')).toBeInTheDocument();
    expect(within(rows[1]!).getByText('Департамент инвестиционного развития Смоленской области')).toBeInTheDocument();
    expect(within(rows[1]!).getByText('активна')).toBeInTheDocument();
    expect(within(rows[1]!).queryByRole('link', { name: /@/ })).not.toBeInTheDocument();
    expect(screen.getByText('2 человека')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Добавить человека' })).toHaveAttribute('href', '/people/new');
  });

  it('shows cards on a phone, sends the search to the server, and offers no add button to a department', async () => {
    server.use(mockApi.get('/api/v1/people', () => json({ items: people, page: 0, size: 50, totalItems: 2 })));
    const { user, requestsTo, search } = renderApp('/people');
    const list = await screen.findByRole('list', { name: 'Люди' });
    expect(within(list).getAllByRole('article')).toHaveLength(2);
    expect(screen.queryByRole('link', { name: 'Добавить человека' })).not.toBeInTheDocument();
    await user.type(screen.getByRole('searchbox', { name: 'Поиск' }), 'Петров');
    await waitFor(() => expect(search().get('q')).toBe('Петров'));
    await waitFor(() =>
      expect(
        requestsTo('GET', /\/api\/v1\/people$/)
          .at(-1)
          ?.url.searchParams.get('q'),
      ).toBe('Петров'),
    );
  });
});

describe('people directory for a partner administrator', () => {
  it('adds people to its own organisation', async () => {
    const data = createApiData({ user: 'member' });
    data.me = { ...data.me, roles: ['member', 'organisation-admin'], organisationId: ids.members };
    data.people = [people[0]!];
    renderApp('/people', { data });
    expect(await screen.findByRole('link', { name: 'Добавить человека' })).toHaveAttribute(
      'href',
      `/people/new?organisationId=${ids.members}`,
    );
  });
});

describe('person page', () => {
  it('offers no actions without permissions, and says so', async () => {
    servePerson(person(personIds.ivanova));
    renderApp(`/people/${personIds.ivanova}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Иванова Анна Сергеевна' })).toBeInTheDocument();
    expect(screen.getByText('Изменять сведения и учётную запись этого человека вы не можете.')).toBeInTheDocument();
    for (const name of ['Изменить', 'Пригласить', 'Отключить учётную запись', 'Включить', 'Сохранить роли']) {
      expect(screen.queryByRole('button', { name })).not.toBeInTheDocument();
    }
  });

  it('invites, posting to the invitation, and shows the new state', async () => {
    const state = servePerson(person(personIds.ivanova, { permissions: { ...noPermissions, invite: true, edit: true } }));
    server.use(
      mockApi.post('/api/v1/people/{id}/invitation', () => {
        state.current = {
          ...state.current,
          accountState: 'INVITED',
          invitedAt: '2026-12-02T10:00:00Z',
          version: 4,
        };
        return json(state.current);
      }),
    );
    const { user, requestsTo } = renderApp(`/people/${personIds.ivanova}`, { data: withUser('association') });
    await user.click(await screen.findByRole('button', { name: 'Пригласить' }));
    expect(await screen.findByText('Приглашение отправлено на ivanova@composite.example')).toBeInTheDocument();
    expect(requestsTo('POST', new RegExp(`/people/${personIds.ivanova}/invitation$`))).toHaveLength(1);
    expect(screen.getByText('приглашён')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Отправить приглашение ещё раз' })).toBeInTheDocument();
    // The association reads the audit log: the history is a link to it, filtered by this person.
    expect(screen.getByRole('link', { name: 'История изменений' })).toHaveAttribute('href', `/audit?objectId=${personIds.ivanova}`);
  });

  it('says the sign-in server is unavailable and nothing changed on a 503', async () => {
    servePerson(person(personIds.ivanova, { permissions: { ...noPermissions, invite: true } }));
    server.use(mockApi.post('/api/v1/people/{id}/invitation', () => problem(503, 'Keycloak unavailable')));
    const { user } = renderApp(`/people/${personIds.ivanova}`);
    await user.click(await screen.findByRole('button', { name: 'Пригласить' }));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Сервер входа недоступен')).toBeInTheDocument();
    expect(within(alert).getByText(/ничего не изменилось/)).toBeInTheDocument();
    expect(screen.getByText('нет учётной записи')).toBeInTheDocument();
  });

  it('asks before disabling the account, naming the person', async () => {
    const state = servePerson(person(personIds.ivanova, { accountState: 'ACTIVE', permissions: { ...noPermissions, disable: true } }));
    server.use(
      mockApi.post('/api/v1/people/{id}/account/disable', () => {
        state.current = { ...state.current, accountState: 'DISABLED', permissions: { ...noPermissions, enable: true } };
        return json(state.current);
      }),
    );
    const { user, requestsTo } = renderApp(`/people/${personIds.ivanova}`);
    await user.click(await screen.findByRole('button', { name: 'Отключить учётную запись' }));
    const dialog = await screen.findByRole('dialog', { name: 'Отключить учётную запись?' });
    expect(within(dialog).getByText(/Иванова Анна Сергеевна не сможет войти/)).toBeInTheDocument();
    expect(requestsTo('POST', /account\/disable$/)).toHaveLength(0);
    await user.click(within(dialog).getByRole('button', { name: 'Отключить учётную запись' }));
    expect(await screen.findByText('Учётная запись отключена')).toBeInTheDocument();
    expect(requestsTo('POST', /account\/disable$/)).toHaveLength(1);
    expect(await screen.findByRole('button', { name: 'Включить' })).toBeInTheDocument();
  });

  it('edits with If-Match, and on a 412 says someone changed it meanwhile and reloads', async () => {
    const state = servePerson(person(personIds.ivanova, { permissions: { ...noPermissions, edit: true } }));
    server.use(
      mockApi.patch('/api/v1/people/{id}', () => {
        state.current = { ...state.current, position: 'Главный технолог', version: 5 };
        return problem(412, 'Версия устарела');
      }),
    );
    const { user, requestsTo } = renderApp(`/people/${personIds.ivanova}`);
    await user.click(await screen.findByRole('button', { name: 'Изменить' }));
    const position = screen.getByRole('textbox', { name: 'Должность' });
    await user.clear(position);
    await user.type(position, 'Ведущий инженер');
    await user.click(screen.getByRole('button', { name: 'Сохранить' }));
    expect(await screen.findByText(/кто-то уже изменил эти данные/)).toBeInTheDocument();
    const patch = requestsTo('PATCH', /\/people\//)[0];
    expect(patch?.headers.get('If-Match')).toBe('"3-p"');
    expect(patch?.body).toEqual({ position: 'Ведущий инженер' });
    expect(await screen.findByText('Главный технолог')).toBeInTheDocument();
  });

  it('shows a field error under its field', async () => {
    servePerson(person(personIds.ivanova, { permissions: { ...noPermissions, edit: true } }));
    server.use(
      mockApi.patch('/api/v1/people/{id}', () =>
        problem(409, 'Адрес занят', [{ field: 'email', message: 'Этот адрес уже используется для входа' }]),
      ),
    );
    const { user } = renderApp(`/people/${personIds.ivanova}`);
    await user.click(await screen.findByRole('button', { name: 'Изменить' }));
    const email = screen.getByRole('textbox', { name: 'Электронная почта' });
    await user.clear(email);
    await user.type(email, 'other@composite.example');
    await user.click(screen.getByRole('button', { name: 'Сохранить' }));
    expect(await screen.findByText('Этот адрес уже используется для входа')).toBeInTheDocument();
    expect(email).toHaveAttribute('aria-invalid', 'true');
  });

  it('grants the roles ticked among those grantable', async () => {
    const state = servePerson(
      person(personIds.ivanova, {
        accountState: 'ACTIVE',
        roles: ['member'],
        grantableRoles: ['member', 'organisation-admin'],
        permissions: { ...noPermissions, grantRoles: true },
      }),
    );
    server.use(
      mockApi.put('/api/v1/people/{id}/roles', async ({ request }) => {
        state.current = { ...state.current, roles: (await request.json()).roles };
        return json(state.current);
      }),
    );
    const { user, requestsTo } = renderApp(`/people/${personIds.ivanova}`);
    expect(await screen.findByRole('checkbox', { name: 'участник кластера' })).toBeChecked();
    await user.click(screen.getByRole('checkbox', { name: 'администратор организации' }));
    await user.click(screen.getByRole('button', { name: 'Сохранить роли' }));
    expect(await screen.findByText(/Роли сохранены/)).toBeInTheDocument();
    expect(requestsTo('PUT', /\/roles$/)[0]?.body).toEqual({ roles: ['member', 'organisation-admin'] });
  });
});

describe('adding a person', () => {
  it('creates a person in the organisation it came from and opens the new page', async () => {
    const created = person(personIds.petrov, { name: 'Сидорова Ольга', email: null, phone: null, position: null });
    server.use(
      mockApi.post('/api/v1/people', () => json(created, { status: 201 })),
      mockApi.get('/api/v1/people/{id}', () => json(created)),
      mockApi.get('/api/v1/people/{id}/history', () => json({ items: [], page: 0, size: 50, totalItems: 0 })),
    );
    const { user, requestsTo, router } = renderApp(`/people/new?organisationId=${ids.members}`, { data: withUser('association') });
    await user.type(await screen.findByRole('textbox', { name: /Имя/ }), 'Сидорова Ольга');
    await user.click(screen.getByRole('button', { name: 'Сохранить' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/people/${personIds.petrov}`));
    expect(requestsTo('POST', /\/api\/v1\/people$/)[0]?.body).toEqual({
      name: 'Сидорова Ольга',
      organisationId: ids.members,
      position: null,
      email: null,
      phone: null,
    });
    expect(await screen.findByText('Сидорова Ольга: человек добавлен')).toBeInTheDocument();
  });
});
