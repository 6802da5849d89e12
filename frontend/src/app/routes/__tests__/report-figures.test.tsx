import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ids } from '@/testing/fixtures';
import { createApiData } from '@/testing/mock-api';
import { renderApp } from '@/testing/render';
import { reportIds } from '@/testing/report-fixtures';

describe('completeness of the quarterly reports', () => {
  it('shows a department the matrix of organisations × quarters with the totals, and links only where a report may be opened', async () => {
    const { requestsTo } = renderApp('/reports/completeness?year=2017', { viewport: 'desktop' });
    const table = await screen.findByRole('table', { name: 'Сдача отчётов предприятиями в 2017 году' });
    const [header, first, second, footer] = within(table).getAllByRole('row') as HTMLElement[];
    expect(header).toHaveTextContent('I квартал 2017II квартал 2017III квартал 2017IV квартал 2017');
    expect(first).toHaveTextContent('Предприятия Смоленского композитного кластера');
    expect(first).toHaveTextContent('В срокС опозданиемВ срокНе сдан');
    expect(within(first!).getAllByRole('link')).toHaveLength(2);
    expect(within(first!).getAllByRole('link')[1]).toHaveAttribute('href', `/reports/${reportIds.draft}`);
    expect(within(second!).queryAllByRole('link')).toHaveLength(0);
    expect(footer).toHaveTextContent('2 из 2');
    expect(footer).toHaveTextContent('1 из 2');
    // The chart's figures are there in words too.
    expect(screen.getByText('IV квартал 2017: сдали 1 из 2 (в срок 1, с опозданием 0, не сдали 1)')).toBeInTheDocument();
    expect(requestsTo('GET', /\/completeness$/)[0]!.url.searchParams.get('year')).toBe('2017');
  });

  it('shows organisations as cards on a phone and changes the year through the URL', async () => {
    const { user, search } = renderApp('/reports/completeness?year=2017');
    const card = await screen.findByRole('article', { name: 'ООО «Биокомпозит-Демо»' });
    expect(within(card).getAllByText('В срок')).toHaveLength(4);
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Год' }), '2018');
    expect(search().get('year')).toBe('2018');
  });

  it('offers the three report views to a department, which sees the list is not for it', async () => {
    renderApp('/reports');
    const nav = await screen.findByRole('navigation', { name: 'Разделы отчётов' });
    expect(within(nav).getByRole('link', { name: 'Отчёты' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('link', { name: 'Сводка по кластеру' })).toHaveAttribute('href', '/reports/summary');
  });
});

describe('the cluster summary', () => {
  it('shows the key figures with their report counts, the year to date and R09 against the 20 % threshold', async () => {
    renderApp('/reports/summary?period=2017-Q2', { viewport: 'desktop' });
    expect(await screen.findByTestId('reporting-organisations')).toHaveTextContent('II квартал 2017: учтены отчёты 2 из 3 предприятий');
    const revenue = screen.getByTestId('figure-R01');
    expect(revenue).toHaveTextContent('2 500,5 тыс. руб.');
    expect(revenue).toHaveTextContent('по 2 отчётам');
    expect(revenue).toHaveTextContent('С начала года: 4 800 тыс. руб.');
    expect(screen.getByTestId('figure-P04')).toHaveTextContent('20 000 руб.');
    expect(screen.getByTestId('benchmark-R09')).toHaveTextContent('15 %');
    expect(screen.getByTestId('benchmark-R09')).toHaveTextContent('ниже порога 20 %');
  });

  it('gives the trends as a table beside the charts, blank quarters as dashes, and counts submitted reports on request', async () => {
    const data = createApiData({ user: 'association' });
    const { user, search, requestsTo } = renderApp('/reports/summary?period=2017-Q2', { data, viewport: 'desktop' });
    const table = await screen.findByRole('table', { name: 'Показатели кластера по кварталам' });
    const revenue = within(table).getByRole('row', { name: /^R01 ·/ });
    expect(revenue).toHaveTextContent('2 299,52 500,5——4 800');
    await user.click(screen.getByRole('switch', { name: 'Учитывать отправленные, но ещё не принятые отчёты' }));
    expect(search().get('submitted')).toBe('true');
    expect(
      requestsTo('GET', /\/summary$/)
        .at(-1)!
        .url.searchParams.get('includeSubmitted'),
    ).toBe('true');
  });
});

describe('item 9, the duty of quarterly reports', () => {
  it('shows each quarter’s completeness as its progress, and leads to the matrix', async () => {
    const data = createApiData();
    const item = data.items.find((candidate) => candidate.number === '9')!;
    item.duty = 'REPORTS';
    item.occurrences = data.completeness.totals;
    renderApp(`/items/${ids.item(9)}`, { data });
    const section = await screen.findByRole('region', { name: 'Отчёты предприятий по кварталам' });
    expect(within(section).getByTestId('occurrence-2017-Q2')).toHaveTextContent(
      'II квартал 2017сдали 2 из 2: в срок 1, с опозданием 1, не сдали 0',
    );
    expect(within(section).getByTestId('occurrence-2017-Q4')).toHaveTextContent('не сдали 1');
    expect(within(section).getByRole('link', { name: 'Сдача отчётов по предприятиям' })).toHaveAttribute(
      'href',
      '/reports/completeness?year=2017',
    );
  });

  it('shows nothing of the kind on an ordinary item', async () => {
    renderApp(`/items/${ids.item(6)}`);
    await screen.findByRole('heading', { level: 1, name: /^6\. / });
    expect(screen.queryByRole('region', { name: 'Отчёты предприятий по кварталам' })).not.toBeInTheDocument();
  });
});
