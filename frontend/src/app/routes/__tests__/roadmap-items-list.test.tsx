import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ids } from '@/testing/fixtures';
import { type ApiData, createApiData } from '@/testing/mock-api';
import { renderApp } from '@/testing/render';

const path = `/roadmaps/${ids.roadmap2017}`;

/** Items 2, 3 and 4 with deadlines and last changes of their own, so that each order differs from the numbers'. */
function dataWithDates(): ApiData {
  const data = createApiData();
  const set = (n: number, dueDate: string, updatedAt: string) => {
    const item = data.items[n - 1]!;
    item.deadline = { precision: 'DAY', text: dueDate, period: dueDate, dueDate, recurrence: null };
    item.updatedAt = updatedAt;
  };
  set(2, '2017-03-01', '2017-08-01T10:00:00Z');
  set(3, '2017-02-01', '2017-09-01T10:00:00Z');
  set(4, '2018-02-01', '2017-07-01T10:00:00Z');
  return data;
}

/** The items' numbers, top to bottom, in the table. */
function tableNumbers(): string[] {
  const table = screen.getByRole('table', { name: 'Пункты дорожной карты' });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell')[0]!.textContent ?? '');
}

/** The items' numbers, top to bottom, on the cards ("Пункт 6" → "6"). */
function cardNumbers(): string[] {
  return screen.getAllByRole('article').map((card) =>
    within(card)
      .getByText(/^Пункт /)
      .textContent!.replace('Пункт ', ''),
  );
}

describe('sorting the items', () => {
  it('sorts by a column header: the order goes to the URL and the request, aria-sort follows, Back undoes one step', async () => {
    const { user, search, router, requestsTo } = renderApp(path, { data: dataWithDates(), viewport: 'desktop' });
    await screen.findByText('14 пунктов');
    // The table's code arrives with the items (a phone gets cards instead).
    await screen.findByRole('columnheader', { name: '№' });
    const header = (name: string) => screen.getByRole('columnheader', { name });

    // By number, ascending, until told otherwise; the request says so too.
    expect(header('№')).toHaveAttribute('aria-sort', 'ascending');
    expect(header('Срок')).not.toHaveAttribute('aria-sort');
    expect(
      requestsTo('GET', /\/items$/)
        .at(-1)!
        .url.searchParams.get('sort'),
    ).toBe('number');

    await user.click(within(header('Срок')).getByRole('button', { name: 'Срок' }));
    await waitFor(() => expect(search().get('sort')).toBe('dueDate'));
    await waitFor(() => expect(tableNumbers().slice(0, 3)).toEqual(['3', '2', '1']));
    expect(header('Срок')).toHaveAttribute('aria-sort', 'ascending');
    expect(header('№')).not.toHaveAttribute('aria-sort');
    expect(
      requestsTo('GET', /\/items$/)
        .at(-1)!
        .url.searchParams.get('sort'),
    ).toBe('dueDate');

    await user.click(within(header('Срок')).getByRole('button', { name: 'Срок' }));
    await waitFor(() => expect(search().get('sort')).toBe('-dueDate'));
    await waitFor(() => expect(tableNumbers()[0]).toBe('4'));
    expect(header('Срок')).toHaveAttribute('aria-sort', 'descending');
    expect(
      requestsTo('GET', /\/items$/)
        .at(-1)!
        .url.searchParams.get('sort'),
    ).toBe('-dueDate');

    // Back: one sort step at a time.
    await act(() => router.navigate(-1));
    await waitFor(() => expect(search().get('sort')).toBe('dueDate'));
    await waitFor(() => expect(tableNumbers().slice(0, 3)).toEqual(['3', '2', '1']));
    expect(header('Срок')).toHaveAttribute('aria-sort', 'ascending');

    await act(() => router.navigate(-1));
    await waitFor(() => expect(search().has('sort')).toBe(false));
    await waitFor(() => expect(tableNumbers().slice(0, 3)).toEqual(['1', '2', '3']));
    expect(header('№')).toHaveAttribute('aria-sort', 'ascending');
    expect(router.state.location.pathname).toBe(path);
  });

  it('sorts by the last change, newest first, and reads the order from the URL', async () => {
    const { user, search } = renderApp(`${path}?sort=-number`, { data: dataWithDates(), viewport: 'desktop' });
    await screen.findByText('14 пунктов');
    await waitFor(() => expect(tableNumbers()[0]).toBe('14'));
    expect(screen.getByRole('columnheader', { name: '№' })).toHaveAttribute('aria-sort', 'descending');

    await user.click(screen.getByRole('button', { name: 'Изменён' }));
    await waitFor(() => expect(search().get('sort')).toBe('-updatedAt'));
    await waitFor(() => expect(tableNumbers().slice(0, 3)).toEqual(['3', '2', '4']));
    expect(screen.getByRole('columnheader', { name: 'Изменён' })).toHaveAttribute('aria-sort', 'descending');

    await user.click(screen.getByRole('button', { name: 'Статус' }));
    await waitFor(() => expect(search().get('sort')).toBe('status'));
    expect(screen.getByRole('columnheader', { name: 'Статус' })).toHaveAttribute('aria-sort', 'ascending');
  });

  it('ignores an unknown order in the URL', async () => {
    const { requestsTo } = renderApp(`${path}?sort=-activity`, { viewport: 'desktop' });
    await screen.findByText('14 пунктов');
    expect(
      requestsTo('GET', /\/items$/)
        .at(-1)!
        .url.searchParams.get('sort'),
    ).toBe('number');
  });

  it('offers the same orders on a phone as a "Сортировка" select; Back undoes it', async () => {
    const { user, search, router, requestsTo } = renderApp(path, { data: dataWithDates() });
    await screen.findByText('14 пунктов');
    const select = screen.getByRole('combobox', { name: 'Сортировка' });
    expect(select).toHaveValue('number');
    expect(
      within(select)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual([
      'По номеру',
      'По номеру, с конца',
      'Сначала ранние сроки',
      'Сначала поздние сроки',
      'По статусу',
      'По статусу, в обратном порядке',
      'Сначала недавно изменённые',
      'Сначала давно не менявшиеся',
    ]);

    await user.selectOptions(select, 'Сначала поздние сроки');
    await waitFor(() => expect(search().get('sort')).toBe('-dueDate'));
    await waitFor(() => expect(cardNumbers()[0]).toBe('4'));
    expect(
      requestsTo('GET', /\/items$/)
        .at(-1)!
        .url.searchParams.get('sort'),
    ).toBe('-dueDate');
    expect(within(screen.getAllByRole('article')[0]!).getByText('1 июл. 2017')).toBeInTheDocument();

    await act(() => router.navigate(-1));
    await waitFor(() => expect(search().has('sort')).toBe(false));
    await waitFor(() => expect(cardNumbers()[0]).toBe('1'));
    expect(screen.getByRole('combobox', { name: 'Сортировка' })).toHaveValue('number');
  });

  it('keeps the sort order when the filters are reset', async () => {
    const { user, search } = renderApp(`${path}?sort=-dueDate&status=NOT_STARTED`, { viewport: 'desktop' });
    await screen.findByText('14 пунктов');
    await user.click(screen.getByRole('button', { name: 'Сбросить фильтры' }));
    await waitFor(() => expect(search().has('status')).toBe(false));
    expect(search().get('sort')).toBe('-dueDate');
  });
});

describe('searching the items', () => {
  it('says what the search looks in, and finds items by an official', async () => {
    const { user, search, requestsTo } = renderApp(path, { viewport: 'desktop' });
    await screen.findByText('14 пунктов');
    const box = screen.getByRole('searchbox', { name: 'Поиск' });
    expect(box).toHaveAccessibleDescription('Поиск по тексту, организациям и ответственным лицам');
    expect(screen.getByText('Поиск по тексту, организациям и ответственным лицам')).toBeVisible();

    await user.click(box);
    await user.paste('Стрельцов');
    await waitFor(() => expect(search().get('q')).toBe('Стрельцов'));
    expect(await screen.findByText('8 пунктов')).toBeInTheDocument();
    expect(
      requestsTo('GET', /\/items$/)
        .at(-1)!
        .url.searchParams.get('q'),
    ).toBe('Стрельцов');
  });
});

describe('the due-date filter', () => {
  it('opens its calendars on the roadmap period: January 2017 from, December 2017 to', async () => {
    const { user } = renderApp(path, { viewport: 'desktop' });
    await screen.findByText('14 пунктов');

    await user.click(screen.getByRole('button', { name: 'Срок не раньше' }));
    expect(await screen.findByRole('button', { name: 'январь 2017' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /2026|2025/ })).not.toBeInTheDocument();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('button', { name: 'январь 2017' })).not.toBeInTheDocument());

    await user.click(screen.getByRole('button', { name: 'Срок не позже' }));
    expect(await screen.findByRole('button', { name: 'декабрь 2017' })).toBeInTheDocument();
  });

  it('opens on the chosen date when there is one', async () => {
    const { user } = renderApp(`${path}?dueAfter=2017-05-10`, { viewport: 'desktop' });
    await screen.findByText('14 пунктов');
    await user.click(screen.getByRole('button', { name: 'Срок не раньше' }));
    expect(await screen.findByRole('button', { name: 'май 2017' })).toBeInTheDocument();
  });
});

describe('the items page on a phone', () => {
  it('folds the filters behind a "Фильтры" button in the search row', async () => {
    const { user } = renderApp(path);
    await screen.findByText('14 пунктов');
    const toggle = screen.getByRole('button', { name: 'Фильтры' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    const panel = document.getElementById(toggle.getAttribute('aria-controls')!)!;
    expect(panel).toBeInTheDocument();
    expect(within(panel).queryByRole('checkbox', { name: 'В работе' })).not.toBeInTheDocument();
    expect(screen.queryByRole('checkbox', { name: 'В работе' })).not.toBeInTheDocument();
    // The search box and the button share one row that does not wrap.
    const row = screen.getByRole('searchbox', { name: 'Поиск' }).closest('.mantine-Group-root')!;
    expect(row).toContainElement(toggle);
    expect(row).toHaveStyle({ flexWrap: 'nowrap' });

    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(await within(panel).findByRole('checkbox', { name: 'В работе' })).toBeVisible();
    expect(within(panel).getByRole('switch', { name: 'Только просроченные' })).toBeVisible();
  });

  it('counts the active filters on the button (the search box is in sight and not counted)', async () => {
    renderApp(`${path}?status=NOT_STARTED&overdue=true&q=${encodeURIComponent('раз в квартал')}`);
    expect(await screen.findByText('2 пункта')).toBeInTheDocument();
    const toggle = screen.getByRole('button', { name: 'Фильтры · 2' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
  });

  it('keeps the filters open on a wide screen, without the button', async () => {
    renderApp(path, { viewport: 'desktop' });
    await screen.findByText('14 пунктов');
    expect(screen.queryByRole('button', { name: /^Фильтры/ })).not.toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'В работе' })).toBeVisible();
  });

  it('keeps a long roadmap title to three lines, whole in its title attribute and behind a button', async () => {
    const data = createApiData();
    const long =
      'План мероприятий («дорожная карта») «Развитие Смоленского композитного кластера» на 2017 год, согласованный с департаментами Смоленской области';
    data.roadmaps[0]!.title = long;
    const { user } = renderApp(path, { data });
    const heading = await screen.findByRole('heading', { level: 1, name: long });
    expect(heading).toHaveAttribute('title', long);
    expect(heading).toHaveAttribute('data-line-clamp');

    const expand = screen.getByRole('button', { name: 'Название полностью' });
    expect(expand).toHaveAttribute('aria-controls', heading.id);
    await user.click(expand);
    expect(screen.getByRole('button', { name: 'Свернуть название' })).toHaveAttribute('aria-expanded', 'true');
    expect(heading).not.toHaveAttribute('data-line-clamp');
    // The dashboard link shares the status row instead of taking a row of its own.
    expect(screen.getByRole('link', { name: 'Сводка' }).closest('.mantine-Group-root')).toHaveTextContent('Период: 2017');
  });

  it('does not clamp the title on a wide screen', async () => {
    renderApp(path, { viewport: 'desktop' });
    const heading = await screen.findByRole('heading', { level: 1, name: /на 2017 год/ });
    expect(heading).not.toHaveAttribute('data-line-clamp');
    expect(screen.queryByRole('button', { name: 'Название полностью' })).not.toBeInTheDocument();
  });
});
