import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Organisation, Person } from '@/lib/api/types';
import { ids, users } from '@/testing/fixtures';
import { type ApiData, createApiData, json, mockApi, problem, server } from '@/testing/mock-api';
import { renderApp } from '@/testing/render';

const staff: Person = {
  id: 'c1000000-0000-4000-8000-000000000001',
  name: 'Иванова Анна Сергеевна',
  position: 'Инженер-технолог',
  organisationId: ids.members,
  organisationName: 'Предприятия Смоленского композитного кластера',
  email: 'ivanova@composite.example',
  phone: null,
  accountState: 'INVITED',
  roles: [],
  grantableRoles: [],
  invitedAt: '2026-12-01T08:00:00Z',
  version: 1,
  createdAt: '2026-11-01T09:00:00Z',
  updatedAt: '2026-11-01T09:00:00Z',
  permissions: { edit: true, invite: true, disable: false, enable: false, grantRoles: false },
};

/** A partner organisation's administrator, who manages its staff and its sign-in. */
function partnerAdmin(): ApiData {
  const data = createApiData({ user: 'member' });
  data.me = { ...users.member, roles: ['member', 'organisation-admin'], organisationId: ids.members, organisationName: 'Предприятия СКК' };
  const members = data.organisations.find((organisation) => organisation.id === ids.members)!;
  members.permissions = { ...members.permissions, manageSignIn: true };
  data.people = [staff];
  return data;
}

describe('organisation page: staff and sign-in', () => {
  it('gives a partner administrator «Моя организация», its staff and the add button pre-filled', async () => {
    const { user, router } = renderApp('/roadmaps', { data: partnerAdmin(), viewport: 'desktop' });
    await user.click(await screen.findByRole('link', { name: 'Моя организация' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/organisations/${ids.members}`));
    const section = await screen.findByRole('region', { name: 'Сотрудники' });
    expect(await within(section).findByRole('link', { name: 'Иванова Анна Сергеевна' })).toHaveAttribute('href', `/people/${staff.id}`);
    expect(within(section).getByText('приглашён')).toBeInTheDocument();
    expect(within(section).getByRole('link', { name: 'Добавить человека' })).toHaveAttribute(
      'href',
      `/people/new?organisationId=${ids.members}`,
    );
    expect(screen.getByRole('link', { name: 'Моя организация' })).toHaveAttribute('aria-current', 'page');
  });

  it('shows sign-in read-only and no add button to someone else', async () => {
    const data = createApiData();
    data.people = [staff];
    renderApp(`/organisations/${ids.members}`, { data });
    const signIn = await screen.findByRole('region', { name: 'Вход в Карту' });
    expect(within(signIn).getByText('не разрешён')).toBeInTheDocument();
    expect(within(signIn).queryByRole('button', { name: 'Настроить вход' })).not.toBeInTheDocument();
    const section = screen.getByRole('region', { name: 'Сотрудники' });
    await within(section).findByText('Иванова Анна Сергеевна');
    expect(within(section).queryByRole('link', { name: 'Добавить человека' })).not.toBeInTheDocument();
  });

  it('enables sign-in with the domain and a corporate OIDC provider, posting the right body', async () => {
    const data = partnerAdmin();
    server.use(
      mockApi.post('/api/v1/organisations/{id}/sign-in', () => {
        const members = data.organisations.find((organisation) => organisation.id === ids.members)!;
        const updated: Organisation = {
          ...members,
          signIn: {
            enabled: true,
            domain: 'composite.example',
            identityProvider: { alias: 'org-composite', issuer: 'https://sso.composite.example/realms/staff' },
          },
        };
        return json(updated);
      }),
    );
    const { user, requestsTo } = renderApp(`/organisations/${ids.members}`, { data });
    const signIn = await screen.findByRole('region', { name: 'Вход в Карту' });
    await user.click(within(signIn).getByRole('button', { name: 'Настроить вход' }));
    await user.click(within(signIn).getByRole('switch', { name: 'Сотрудники организации могут входить в Карту' }));
    await user.type(within(signIn).getByRole('textbox', { name: 'Домен электронной почты' }), 'composite.example');
    await user.click(within(signIn).getByRole('checkbox', { name: 'Подключить корпоративный сервер входа (OIDC)' }));
    await user.type(within(signIn).getByRole('textbox', { name: /Адрес сервера/ }), 'https://sso.composite.example/realms/staff');
    await user.type(within(signIn).getByRole('textbox', { name: /Идентификатор клиента/ }), 'karta');
    await user.type(within(signIn).getByLabelText(/Секрет клиента/), 'top-secret');
    await user.click(within(signIn).getByRole('button', { name: 'Сохранить' }));
    expect(await within(signIn).findByText('разрешён')).toBeInTheDocument();
    expect(within(signIn).getByText('org-composite')).toBeInTheDocument();
    expect(requestsTo('POST', /\/sign-in$/)[0]?.body).toEqual({
      enabled: true,
      domain: 'composite.example',
      identityProvider: { issuer: 'https://sso.composite.example/realms/staff', clientId: 'karta', clientSecret: 'top-secret' },
    });
  });

  it('says nothing changed when the sign-in server is unavailable', async () => {
    server.use(mockApi.post('/api/v1/organisations/{id}/sign-in', () => problem(503, 'Keycloak unavailable')));
    const { user } = renderApp(`/organisations/${ids.members}`, { data: partnerAdmin() });
    const signIn = await screen.findByRole('region', { name: 'Вход в Карту' });
    await user.click(within(signIn).getByRole('button', { name: 'Настроить вход' }));
    await user.click(within(signIn).getByRole('switch', { name: 'Сотрудники организации могут входить в Карту' }));
    await user.click(within(signIn).getByRole('button', { name: 'Сохранить' }));
    expect(await within(signIn).findByText(/ничего не изменилось/)).toBeInTheDocument();
  });
});
