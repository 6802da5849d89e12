import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ids, makeSummary } from '@/testing/fixtures';
import { createApiData } from '@/testing/mock-api';
import { renderApp } from '@/testing/render';

const path = `/roadmaps/${ids.roadmap2017}/dashboard`;

function rowValues(row: HTMLElement): string[] {
  return within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent ?? '');
}

describe('dashboard page', () => {
  it('shows the totals and the counts by status as a table', async () => {
    const data = createApiData();
    data.summaries.set(ids.roadmap2017, {
      ...makeSummary(),
      overdue: 13,
      byStatus: { NOT_STARTED: 12, IN_PROGRESS: 1, DONE: 1, CANCELLED: 0 },
    });
    renderApp(path, { data, viewport: 'desktop' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Сводка по дорожной карте' })).toBeInTheDocument();
    const totals = await screen.findByRole('region', { name: 'Итоги' });
    expect(within(totals).getByText('Всего пунктов').nextSibling).toHaveTextContent('14');
    expect(within(totals).getByText('Просрочено').nextSibling).toHaveTextContent('13');

    const byStatus = screen.getByRole('table', { name: 'По статусам' });
    expect(rowValues(within(byStatus).getByRole('row', { name: /Не начато/ }))).toEqual(['12']);
    expect(rowValues(within(byStatus).getByRole('row', { name: /В работе/ }))).toEqual(['1']);
    expect(rowValues(within(byStatus).getByRole('row', { name: /Выполнено/ }))).toEqual(['1']);
    expect(rowValues(within(byStatus).getByRole('row', { name: /Отменено/ }))).toEqual(['0']);
    expect(rowValues(within(byStatus).getByRole('row', { name: /Всего пунктов/ }))).toEqual(['14']);
    expect(screen.getByRole('img', { name: /Диаграмма пунктов по статусам/ })).toBeInTheDocument();
  });

  it('shows the counts by organisation as a table next to the chart', async () => {
    renderApp(path, { viewport: 'desktop' });
    const table = await screen.findByRole('table', { name: 'По организациям' });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((header) => header.textContent);
    expect(headers).toEqual([
      'Организация',
      'Ответственный',
      'Соисполнитель',
      'Просрочено',
      'Не начато',
      'В работе',
      'Выполнено',
      'Отменено',
    ]);

    const association = within(table).getByRole('row', { name: /^Ассоциация «Смоленский композитный кластер»/ });
    expect(rowValues(association)).toEqual(['9', '5', '9', '9', '0', '0', '0']);
    const investment = within(table).getByRole('row', { name: /^Департамент инвестиционного развития/ });
    expect(rowValues(investment)).toEqual(['1', '7', '1', '1', '0', '0', '0']);
    // Sorted by involvement: the association first.
    expect(within(table).getAllByRole('row')[1]).toBe(association);
    expect(screen.getByRole('img', { name: /Диаграмма пунктов по организациям/ })).toBeInTheDocument();
  });

  it('links back to the roadmap', async () => {
    renderApp(path);
    const breadcrumbs = await screen.findByRole('navigation', { name: 'Навигационная цепочка' });
    expect(await within(breadcrumbs).findByRole('link', { name: /на 2017 год/ })).toHaveAttribute('href', `/roadmaps/${ids.roadmap2017}`);
  });
});
