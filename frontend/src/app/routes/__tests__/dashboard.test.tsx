import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
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

  it('links every counter to the item list filtered accordingly, as a card with a focus ring', async () => {
    const { user, router, requestsTo } = renderApp(path, { viewport: 'desktop' });
    const totals = await screen.findByRole('region', { name: 'Итоги' });
    const links = within(totals).getAllByRole('link');
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      `/roadmaps/${ids.roadmap2017}`,
      `/roadmaps/${ids.roadmap2017}?overdue=true`,
      `/roadmaps/${ids.roadmap2017}?status=NOT_STARTED`,
      `/roadmaps/${ids.roadmap2017}?status=IN_PROGRESS`,
      `/roadmaps/${ids.roadmap2017}?status=DONE`,
      `/roadmaps/${ids.roadmap2017}?status=CANCELLED`,
    ]);
    const overdue = within(totals).getByRole('link', { name: /Просрочено\s*14/ });
    expect(overdue).toHaveClass('mantine-focus-auto');
    expect(within(totals).getByRole('link', { name: /Всего пунктов\s*14/ })).toBeInTheDocument();

    await user.click(overdue);
    await waitFor(() => expect(router.state.location.pathname).toBe(`/roadmaps/${ids.roadmap2017}`));
    expect(await screen.findByRole('switch', { name: 'Только просроченные' })).toBeChecked();
    await waitFor(() =>
      expect(
        requestsTo('GET', /\/items$/)
          .at(-1)
          ?.url.searchParams.get('overdue'),
      ).toBe('true'),
    );
  });

  it('links the rows of the status table to the items with that status', async () => {
    const { user, router } = renderApp(path, { viewport: 'desktop' });
    const byStatus = await screen.findByRole('table', { name: 'По статусам' });
    expect(within(byStatus).getByRole('link', { name: 'В работе' })).toHaveAttribute(
      'href',
      `/roadmaps/${ids.roadmap2017}?status=IN_PROGRESS`,
    );
    expect(within(byStatus).getByRole('link', { name: 'Всего пунктов' })).toHaveAttribute('href', `/roadmaps/${ids.roadmap2017}`);

    await user.click(within(byStatus).getByRole('link', { name: 'Не начато' }));
    await waitFor(() => expect(router.state.location.search).toBe('?status=NOT_STARTED'));
    expect(await screen.findByRole('checkbox', { name: 'Не начато' })).toBeChecked();
    expect(await screen.findByText('14 пунктов')).toBeInTheDocument();
  });

  it('links each organisation and its non-zero counts to its items', async () => {
    const { user, router } = renderApp(path, { viewport: 'desktop' });
    const table = await screen.findByRole('table', { name: 'По организациям' });
    const row = within(table).getByRole('row', { name: /^Департамент инвестиционного развития/ });
    expect(within(row).getByRole('link', { name: 'Департамент инвестиционного развития Смоленской области' })).toHaveAttribute(
      'href',
      `/roadmaps/${ids.roadmap2017}?organisationId=${ids.investment}`,
    );
    expect(
      within(row).getByRole('link', { name: '1 — Департамент инвестиционного развития Смоленской области: Не начато' }),
    ).toHaveAttribute('href', `/roadmaps/${ids.roadmap2017}?status=NOT_STARTED&organisationId=${ids.investment}`);
    expect(
      within(row).getByRole('link', { name: '1 — Департамент инвестиционного развития Смоленской области: Просрочено' }),
    ).toHaveAttribute('href', `/roadmaps/${ids.roadmap2017}?organisationId=${ids.investment}&overdue=true`);
    // A zero is not a link: there is nothing to open.
    expect(within(row).queryByRole('link', { name: /В работе/ })).not.toBeInTheDocument();

    await user.click(within(row).getByRole('link', { name: 'Департамент инвестиционного развития Смоленской области' }));
    await waitFor(() => expect(router.state.location.search).toBe(`?organisationId=${ids.investment}`));
    expect(await screen.findByText('8 пунктов')).toBeInTheDocument();
  });

  it('draws distinct organisation labels, the full name on hover, and opens the items from a bar', async () => {
    const data = createApiData();
    const summary = makeSummary();
    // Two more departments whose names begin alike: cut to one length they would read the same.
    for (const [n, name] of [
      [7, 'Департамент Смоленской области по экономическому развитию и торговле'],
      [8, 'Департамент Смоленской области по экономическому развитию и туризму'],
    ] as const) {
      summary.byOrganisation.push({
        organisationId: `a0000000-0000-4000-8000-00000000000${n}`,
        organisationName: name,
        responsible: 1,
        assisting: 0,
        overdue: 1,
        byStatus: { NOT_STARTED: 1, IN_PROGRESS: 0, DONE: 0, CANCELLED: 0 },
      });
    }
    data.summaries.set(ids.roadmap2017, summary);
    giveChartsASize();
    const { user, router } = renderApp(path, { data, viewport: 'desktop' });
    const chart = await screen.findByRole('img', { name: /Диаграмма пунктов по организациям/ });
    await waitFor(() => expect(chartLabels(chart)).toHaveLength(7));

    const labels = chartLabels(chart);
    expect(new Set(labels.map((label) => label.text)).size).toBe(7);
    expect(labels.map((label) => label.title)).toContain('Департамент Смоленской области по образованию и науке');
    for (const label of labels) expect(label.text.startsWith('Департамент инвес…')).toBe(false);
    const economy = labels.filter((label) => label.title.includes('экономическому'));
    expect(economy[0]!.text).not.toBe(economy[1]!.text);

    // The first bar is the association's (most involved) "Не начато".
    const bars = chart.querySelectorAll('.recharts-bar-rectangle');
    expect(bars.length).toBeGreaterThan(0);
    await user.click(bars[0]!);
    await waitFor(() => expect(router.state.location.pathname).toBe(`/roadmaps/${ids.roadmap2017}`));
    expect(new URLSearchParams(router.state.location.search).get('organisationId')).toBe(ids.association);
    expect(new URLSearchParams(router.state.location.search).get('status')).toBe('NOT_STARTED');
  });

  it('lists the organisations as cards with count links on a phone, never a wide table', async () => {
    giveChartsASize(340);
    renderApp(path);
    const section = await screen.findByRole('region', { name: 'По организациям' });
    expect(within(section).queryByRole('table')).not.toBeInTheDocument();
    const list = within(section).getByRole('list', { name: 'По организациям' });
    const association = within(list).getAllByRole('listitem')[0]!;
    expect(within(association).getByRole('link', { name: 'Ассоциация «Смоленский композитный кластер»' })).toHaveAttribute(
      'href',
      `/roadmaps/${ids.roadmap2017}?organisationId=${ids.association}`,
    );
    expect(within(association).getByText('Ответственный: 9 · Соисполнитель: 5')).toBeInTheDocument();
    expect(within(association).getByRole('link', { name: 'Не начато: 9 — Ассоциация «Смоленский композитный кластер»' })).toHaveAttribute(
      'href',
      `/roadmaps/${ids.roadmap2017}?status=NOT_STARTED&organisationId=${ids.association}`,
    );
    expect(within(association).getByRole('link', { name: /^Просрочено: 9/ })).toHaveAttribute(
      'href',
      `/roadmaps/${ids.roadmap2017}?organisationId=${ids.association}&overdue=true`,
    );

    const chart = screen.getByRole('img', { name: /Диаграмма пунктов по организациям/ });
    await waitFor(() => expect(chartLabels(chart)).toHaveLength(5));
    const labels = chartLabels(chart);
    expect(new Set(labels.map((label) => label.text)).size).toBe(5);
    for (const label of labels) for (const line of label.lines) expect(line.length).toBeLessThanOrEqual(20);
  });

  it('links back to the roadmap', async () => {
    renderApp(path);
    const breadcrumbs = await screen.findByRole('navigation', { name: 'Навигационная цепочка' });
    expect(await within(breadcrumbs).findByRole('link', { name: /на 2017 год/ })).toHaveAttribute('href', `/roadmaps/${ids.roadmap2017}`);
  });
});

const original = HTMLElement.prototype.getBoundingClientRect;
afterEach(() => {
  vi.restoreAllMocks();
});

/**
 * jsdom lays nothing out, so recharts would draw nothing: give its responsive containers a size (the rest of the
 * page keeps measuring 0).
 */
function giveChartsASize(width = 800) {
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
    if (!this.classList.contains('recharts-responsive-container')) return original.call(this);
    const height = parseFloat(this.parentElement?.style.height.replace(/[^\d.]/g, '') ?? '') * 16 || 400;
    return { x: 0, y: 0, top: 0, left: 0, right: width, bottom: height, width, height, toJSON: () => ({}) } as DOMRect;
  });
}

/** The organisation axis' labels: their lines, as read, and the full name in their SVG title. */
function chartLabels(chart: HTMLElement) {
  return [...chart.querySelectorAll('g > title')]
    .filter((title) => title.textContent)
    .map((title) => {
      const lines = [...title.parentElement!.querySelectorAll('tspan')].map((tspan) => tspan.textContent ?? '');
      return { title: title.textContent ?? '', lines, text: lines.join(' ') };
    });
}
