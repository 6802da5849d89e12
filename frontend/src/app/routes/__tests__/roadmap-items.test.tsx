import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ids, organisation } from '@/testing/fixtures';
import { createApiData } from '@/testing/mock-api';
import { renderApp } from '@/testing/render';

const path = `/roadmaps/${ids.roadmap2017}`;

describe('roadmap items page', () => {
  it('shows the 14 items of the 2017 roadmap as cards on a phone, with a Russian plural count', async () => {
    renderApp(path);

    expect(await screen.findByRole('heading', { level: 1, name: /на 2017 год/ })).toBeInTheDocument();
    expect(await screen.findByText('14 пунктов')).toBeInTheDocument();
    const cards = screen.getAllByRole('article');
    expect(cards).toHaveLength(14);
    expect(screen.queryByRole('table')).not.toBeInTheDocument();

    const item6 = cards[5]!;
    expect(within(item6).getByText('Пункт 6')).toBeInTheDocument();
    expect(within(item6).getByText('Не начато')).toBeInTheDocument();
    expect(within(item6).getByText('Просрочено')).toBeInTheDocument();
    expect(within(item6).getByText(/Департамент инвестиционного развития Смоленской области/)).toBeInTheDocument();
    expect(within(item6).getByText('(Стрельцов А.В.)')).toBeInTheDocument();
  });

  it('shows a table with the item columns on a desktop', async () => {
    renderApp(path, { viewport: 'desktop' });

    const table = await screen.findByRole('table', { name: 'Пункты дорожной карты' });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((header) => header.textContent);
    expect(headers).toEqual(['№', 'Мероприятие', 'Срок', 'Ответственные', 'Статус', 'Изменён']);
    expect(within(table).getAllByRole('row')).toHaveLength(15);
    const first = within(table).getAllByRole('row')[1]!;
    expect(within(first).getByText('июнь 2017')).toBeInTheDocument();
    expect(within(first).getByText('Просрочено')).toBeInTheDocument();
    expect(within(first).getByText('1 июн. 2017')).toBeInTheDocument();
  });

  it('uses the singular and the few forms of the count', async () => {
    const { user, search } = renderApp(path, { viewport: 'desktop' });
    await screen.findByText('14 пунктов');

    await user.click(screen.getByRole('searchbox', { name: 'Поиск' }));
    await user.paste('нормативно-правового');
    expect(await screen.findByText('1 пункт')).toBeInTheDocument();
    expect(search().get('q')).toBe('нормативно-правового');

    await user.clear(screen.getByRole('searchbox', { name: 'Поиск' }));
    await user.paste('раз в квартал');
    expect(await screen.findByText('2 пункта')).toBeInTheDocument();
  });

  it('writes the status and overdue filters to the URL and sends them to the API', async () => {
    const data = createApiData();
    data.items[2]!.status = 'IN_PROGRESS';
    data.items[3]!.status = 'DONE';
    data.items[3]!.overdue = false;
    const { user, search, requestsTo } = renderApp(path, { data, viewport: 'desktop' });
    await screen.findByText('14 пунктов');

    await user.click(screen.getByRole('checkbox', { name: 'В работе' }));
    await waitFor(() => expect(search().getAll('status')).toEqual(['IN_PROGRESS']));
    expect(await screen.findByText('1 пункт')).toBeInTheDocument();

    await user.click(screen.getByRole('checkbox', { name: 'Выполнено' }));
    await waitFor(() => expect(search().getAll('status')).toEqual(['IN_PROGRESS', 'DONE']));
    expect(await screen.findByText('2 пункта')).toBeInTheDocument();

    await user.click(screen.getByRole('switch', { name: 'Только просроченные' }));
    await waitFor(() => expect(search().get('overdue')).toBe('true'));
    expect(await screen.findByText('1 пункт')).toBeInTheDocument();

    const last = requestsTo('GET', /\/items$/).at(-1)!;
    expect(last.url.searchParams.getAll('status')).toEqual(['IN_PROGRESS', 'DONE']);
    expect(last.url.searchParams.get('overdue')).toBe('true');

    await user.click(screen.getByRole('button', { name: 'Сбросить фильтры' }));
    await waitFor(() => expect(search().toString()).toBe(''));
    expect(await screen.findByText('14 пунктов')).toBeInTheDocument();
  });

  it('reads the filters from the URL: organisation, dates and search', async () => {
    const data = createApiData();
    const { requestsTo } = renderApp(
      `${path}?organisationId=${ids.education}&dueAfter=2017-01-01&dueBefore=2017-12-31&q=%D0%B8%D0%BD%D0%BD%D0%BE%D0%B2%D0%B0%D1%86`,
      {
        data,
        viewport: 'desktop',
      },
    );

    expect(await screen.findByText('1 пункт')).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Поиск' })).toHaveValue('инновац');
    const request = requestsTo('GET', /\/items$/).at(-1)!;
    expect(request.url.searchParams.get('organisationId')).toBe(ids.education);
    expect(request.url.searchParams.get('dueAfter')).toBe('2017-01-01');
    expect(request.url.searchParams.get('dueBefore')).toBe('2017-12-31');
    expect(request.url.searchParams.get('page')).toBe('0');
    await waitFor(() =>
      expect(screen.getByRole('combobox', { name: 'Организация' })).toHaveValue('Департамент Смоленской области по образованию и науке'),
    );
  });

  it('chooses an organisation from the select and writes it to the URL', async () => {
    const { user, search } = renderApp(path, { viewport: 'desktop' });
    await screen.findByText('14 пунктов');

    await user.click(screen.getByRole('combobox', { name: 'Организация' }));
    await user.click(await screen.findByRole('option', { name: 'Департамент Смоленской области по сельскому хозяйству' }));

    await waitFor(() => expect(search().get('organisationId')).toBe(ids.agriculture));
    expect(await screen.findByText('2 пункта')).toBeInTheDocument();
  });

  it('finds an organisation beyond the first page by typing its name: the server searches', async () => {
    const data = createApiData();
    for (let n = 1; n <= 30; n += 1) {
      data.organisations.push(
        organisation(
          `f0000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
          'MEMBER_ENTERPRISE',
          `Организация-участник № ${String(n).padStart(2, '0')}`,
          null,
        ),
      );
    }
    const yartsevo = organisation(
      'f0000000-0000-4000-8000-000000000099',
      'MEMBER_ENTERPRISE',
      'Ярцевский композитный завод',
      'Ярцевский КЗ',
    );
    data.organisations.push(yartsevo);
    data.items[8]!.assisting.push({ organisationId: yartsevo.id, organisationName: yartsevo.displayName, official: null });
    const { user, search, requestsTo } = renderApp(path, { data, viewport: 'desktop' });
    await screen.findByText('14 пунктов');

    await user.click(screen.getByRole('combobox', { name: 'Организация' }));
    expect(await screen.findByRole('option', { name: 'Департамент Смоленской области по сельскому хозяйству' })).toBeInTheDocument();
    expect(screen.queryByRole('option', { name: 'Ярцевский КЗ' })).not.toBeInTheDocument();

    await user.type(screen.getByRole('combobox', { name: 'Организация' }), 'Ярцев');
    await user.click(await screen.findByRole('option', { name: 'Ярцевский КЗ' }));

    await waitFor(() => expect(search().get('organisationId')).toBe(yartsevo.id));
    expect(await screen.findByText('1 пункт')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Организация' })).toHaveValue('Ярцевский КЗ');
    const searches = requestsTo('GET', /^\/api\/v1\/organisations$/);
    expect(searches.map((request) => request.url.searchParams.get('q'))).toContain('Ярцев');
    // Never the whole directory: each request asks for one short page.
    for (const request of searches) expect(Number(request.url.searchParams.get('size'))).toBeLessThanOrEqual(20);
  });

  it('pages through a long list with the page in the URL', async () => {
    const data = createApiData();
    const template = data.items[0]!;
    for (let n = 15; n <= 60; n += 1) {
      data.items.push({ ...template, id: ids.item(n), number: String(n), activity: `Мероприятие ${n}` });
    }
    const { user, search, requestsTo } = renderApp(path, { data, viewport: 'desktop' });
    expect(await screen.findByText('60 пунктов')).toBeInTheDocument();
    expect(screen.getAllByRole('row')).toHaveLength(51);

    await user.click(screen.getByRole('button', { name: 'Страница 2' }));
    await waitFor(() => expect(search().get('page')).toBe('2'));
    await waitFor(() => expect(screen.getAllByRole('row')).toHaveLength(11));
    expect(
      requestsTo('GET', /\/items$/)
        .at(-1)!
        .url.searchParams.get('page'),
    ).toBe('1');
  });

  it('opens the item page when an item is clicked, and links to the dashboard', async () => {
    const { user, router } = renderApp(path);
    await screen.findByText('14 пунктов');
    expect(screen.getByRole('link', { name: 'Сводка' })).toHaveAttribute('href', `/roadmaps/${ids.roadmap2017}/dashboard`);

    await user.click(screen.getByRole('link', { name: /нормативно-правового документа/ }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/items/${ids.item(6)}`));
  });

  it('says so when no item matches', async () => {
    renderApp(`${path}?status=CANCELLED`);
    expect(await screen.findByText('0 пунктов')).toBeInTheDocument();
    expect(screen.getByText('Пунктов не найдено')).toBeInTheDocument();
  });
});
