import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ids } from '@/testing/fixtures';
import { createApiData, mockApi, problem, server } from '@/testing/mock-api';
import { findUserMenuButton, renderApp } from '@/testing/render';

describe('my items', () => {
  it('lists my organisation’s items on a phone as cards: number, role, activity, deadline, overdue, roadmap', async () => {
    renderApp('/my-items');
    expect(await screen.findByRole('heading', { level: 1, name: 'Мои пункты' })).toBeInTheDocument();
    expect(
      await screen.findByText(/где Департамент инвестиционного развития Смоленской области — ответственный или соисполнитель/),
    ).toBeInTheDocument();
    expect(await screen.findByText('2 пункта')).toBeInTheDocument();

    const [first, second] = screen.getAllByRole('article') as [HTMLElement, HTMLElement];
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(first).toHaveTextContent('Пункт 6 · Ответственный');
    expect(within(first).getByRole('link', { name: /^Разработка и утверждение нормативно-правового документа/ })).toHaveAttribute(
      'href',
      `/items/${ids.item(6)}`,
    );
    expect(within(first).getByText('Просрочено')).toBeInTheDocument();
    expect(within(first).getByText(/до 31 декабря 2017/)).toBeInTheDocument();
    expect(within(first).getByText(/на 2017 год/)).toBeInTheDocument();
    expect(second).toHaveTextContent('Пункт 1 · Соисполнитель');
    expect(within(second).getByText('июнь 2017')).toBeInTheDocument();
  });

  it('shows a table on a desktop with the roadmap linked, and a "due soon" badge', async () => {
    const data = createApiData();
    data.myItems[1]!.dueSoon = true;
    data.myItems[1]!.item.overdue = false;
    renderApp('/my-items', { data, viewport: 'desktop' });
    const table = await screen.findByRole('table', { name: 'Мои пункты' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(within(rows[0]!).getByRole('link', { name: /на 2017 год/ })).toHaveAttribute('href', `/roadmaps/${ids.roadmap2017}`);
    expect(within(rows[0]!).getByText('Ответственный')).toBeInTheDocument();
    expect(within(rows[1]!).getByText('Скоро срок')).toBeInTheDocument();
    expect(within(rows[1]!).queryByText('Просрочено')).not.toBeInTheDocument();
    expect(within(rows[1]!).getByText('Не начато')).toBeInTheDocument();
  });

  it('says so when the organisation has no items', async () => {
    const data = createApiData();
    data.myItems = [];
    renderApp('/my-items', { data });
    expect(await screen.findByText('У вашей организации нет пунктов')).toBeInTheDocument();
  });

  it('explains an account without an organisation', async () => {
    const data = createApiData();
    data.me = { ...data.me, organisationId: null, organisationName: null };
    data.myItems = [];
    renderApp('/my-items', { data });
    expect(await screen.findByText('Ваша учётная запись не связана с организацией')).toBeInTheDocument();
  });

  it('shows an error with a retry', async () => {
    server.use(mockApi.get('/api/v1/my-items', () => problem(500, 'Внутренняя ошибка сервера'), { once: true }));
    const { user } = renderApp('/my-items');
    expect(await screen.findByRole('alert')).toHaveTextContent('Внутренняя ошибка сервера');
    await user.click(screen.getByRole('button', { name: 'Повторить' }));
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(2));
  });

  it('is in the navigation, and the user menu leads to my items and my organisation', async () => {
    const { user, router } = renderApp('/roadmaps', { viewport: 'desktop' });
    const navigation = await screen.findByRole('navigation', { name: 'Основная навигация' });
    expect(within(navigation).getByRole('link', { name: 'Мои пункты' })).toHaveAttribute('href', '/my-items');

    await user.click(await findUserMenuButton('Меню пользователя Стрельцов Алексей'));
    expect(await screen.findByRole('menuitem', { name: 'Мои пункты' })).toHaveAttribute('href', '/my-items');
    await user.click(screen.getByRole('menuitem', { name: 'Моя организация' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/organisations/${ids.investment}`));
    expect(await screen.findByRole('heading', { level: 1, name: /Департамент инвестиционного развития/ })).toBeInTheDocument();
  });

  it('offers no link to an organisation when the user has none', async () => {
    const data = createApiData();
    data.me = { ...data.me, organisationId: null, organisationName: null };
    const { user } = renderApp('/roadmaps', { data, viewport: 'desktop' });
    await user.click(await findUserMenuButton());
    expect(await screen.findByRole('menuitem', { name: 'Мои пункты' })).toBeInTheDocument();
    expect(screen.queryByRole('menuitem', { name: 'Моя организация' })).not.toBeInTheDocument();
  });
});
