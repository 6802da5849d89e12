import { screen, waitFor, within } from '@testing-library/react';
import { http } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { QuarterlyReport } from '@/lib/api/types';
import { API_ORIGIN, type ApiData, createApiData, mockApi, problem, server } from '@/testing/mock-api';
import { renderApp } from '@/testing/render';
import { makeReport, makeReportImport, reporter, reportIds } from '@/testing/report-fixtures';
import { captureDownloads, type SavedFile } from '@/testing/downloads';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const editable = { edit: true, submit: true, accept: false, return: false, reopen: false };
const full = { R01: 1000, R02: 900, P01: 50, P02: 48, P03: 2400 };

/** The files the app handed to the browser to save: the Blob and the name of each. */
let saved: SavedFile[] = [];

beforeEach(() => {
  saved = captureDownloads();
});

afterEach(() => vi.restoreAllMocks());

function memberData(report: Partial<QuarterlyReport> = {}): ApiData {
  const data = createApiData({ user: 'member' });
  data.me = reporter;
  data.reports = [makeReport({ permissions: editable, values: full, ...report })];
  return data;
}

function xlsxFile(name = 'отчёт-2017-Q2.xlsx'): File {
  return new File([new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3])], name, { type: XLSX });
}

function field(code: string): HTMLInputElement {
  return screen.getByRole('textbox', { name: new RegExp(`^${code} ·`) });
}

describe('a member fills the report from a spreadsheet', () => {
  it('shows what the file changes and what the rules find, and saves nothing until told', async () => {
    const data = memberData();
    data.reportImport = makeReportImport(
      data.reports[0]!,
      { R01: 1500, R03: 950, P01: null },
      {
        comment: { current: null, file: 'Новый контракт', changed: true },
        issues: [
          {
            code: 'PART_EXCEEDS_WHOLE',
            severity: 'ERROR',
            message: '«в т.ч. продукции кластера» (R03) больше, чем «Объём отгруженной продукции собственного производства» (R02).',
            indicators: ['R03', 'R02'],
          },
        ],
      },
    );
    data.reportImport.changes = 4;
    const { user, requestsTo } = renderApp(`/reports/${reportIds.draft}`, { data });
    await user.upload(await screen.findByLabelText('Файл XLSX с заполненным шаблоном'), xlsxFile());

    const preview = await screen.findByTestId('xlsx-preview');
    expect(within(preview).getByRole('heading', { name: 'Что изменится из файла «отчёт-2017-Q2.xlsx»' })).toHaveFocus();
    expect(within(preview).getByText('Изменятся 4 значения')).toBeInTheDocument();
    const table = within(preview).getByRole('table', { name: 'Изменения из файла' });
    expect(within(table).getByRole('row', { name: /^R01 · Выручка/ })).toHaveTextContent(/1\s000\s*1\s500$/);
    expect(within(table).getByRole('row', { name: /^R03 ·/ })).toHaveTextContent(/не заполнено\s*950$/);
    expect(within(table).getByRole('row', { name: /^P01 ·/ })).toHaveTextContent(/50\s*не заполнено$/);
    expect(within(table).getByRole('row', { name: /^N01 ·/ })).toHaveTextContent('Новый контракт');
    expect(within(table).queryByRole('row', { name: /^R02 ·/ })).not.toBeInTheDocument();
    expect(within(preview).getByText(/^Ошибка: «в т.ч. продукции кластера» \(R03\) больше/)).toBeInTheDocument();
    expect(within(preview).getByText('Ошибки не мешают сохранить значения, но отчёт с ошибками нельзя отправить.')).toBeInTheDocument();

    const [dryRun] = requestsTo('POST', /\/import$/);
    expect(dryRun!.url.searchParams.get('dryRun')).toBe('true');
    expect(dryRun!.headers.get('Content-Type')).toBe(XLSX);
    expect(dryRun!.headers.get('Authorization')).toBe('Bearer test-token');
    expect(data.reports[0]!.values.R01).toBe(1000);

    await user.click(within(preview).getByRole('button', { name: 'Отмена' }));
    expect(screen.queryByTestId('xlsx-preview')).not.toBeInTheDocument();
    expect(requestsTo('POST', /\/import$/)).toHaveLength(1);
    expect(data.reports[0]!.values.R01).toBe(1000);
  });

  it('saves the file’s values on the version the preview was read against, and the form shows them', async () => {
    const data = memberData();
    data.reportImport = makeReportImport(data.reports[0]!, { R01: 1500, R03: 450 });
    const { user, requestsTo } = renderApp(`/reports/${reportIds.draft}`, { data });
    await user.upload(await screen.findByLabelText('Файл XLSX с заполненным шаблоном'), xlsxFile());
    const preview = await screen.findByTestId('xlsx-preview');
    expect(within(preview).getByText('Ошибок нет.')).toBeInTheDocument();
    await user.click(within(preview).getByRole('button', { name: 'Сохранить значения' }));

    expect(await screen.findByText('Значения из файла сохранены')).toBeInTheDocument();
    const save = requestsTo('POST', /\/import$/).at(-1)!;
    expect(save.url.searchParams.get('dryRun')).toBeNull();
    expect(save.url.searchParams.get('version')).toBe('3');
    expect(data.reports[0]!.values).toMatchObject({ R01: 1500, R03: 450 });
    expect(field('R01')).toHaveValue('1500');
    expect(field('R03')).toHaveValue('450');
    expect(screen.queryByTestId('xlsx-preview')).not.toBeInTheDocument();
    // nothing left to send: the autosave does not put the old values back
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(requestsTo('PUT', /\/quarterly-reports\//)).toHaveLength(0);
  });

  it('says why a file is refused, in words, with each problem the server names', async () => {
    const data = memberData();
    server.use(
      mockApi.post('/api/v1/quarterly-reports/{id}/import', () =>
        problem(400, 'В файле есть ошибки (2); они перечислены в errors.', [
          { field: 'values.R01', message: 'Ячейка D12: «много» — не число.' },
          { field: 'values.X99', message: 'В форме (версия 1) нет показателя «X99» (строка 14): файл другой формы?' },
        ]),
      ),
    );
    const { user } = renderApp(`/reports/${reportIds.draft}`, { data });
    await user.upload(await screen.findByLabelText('Файл XLSX с заполненным шаблоном'), xlsxFile());
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Файл не принят');
    expect(alert).toHaveTextContent('В файле есть ошибки (2)');
    expect(
      within(alert)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Ячейка D12: «много» — не число.', 'В форме (версия 1) нет показателя «X99» (строка 14): файл другой формы?']);
    expect(screen.queryByTestId('xlsx-preview')).not.toBeInTheDocument();
  });

  it('downloads the template with the token and saves it under the server’s Russian name', async () => {
    const { user, requestsTo } = renderApp(`/reports/${reportIds.draft}`, { data: memberData() });
    await user.click(await screen.findByRole('button', { name: 'Скачать шаблон XLSX' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]!.name).toBe('Отчёт 2017-Q2 Предприятия Смоленского композитного кластера.xlsx');
    expect(saved[0]!.blob.size).toBeGreaterThan(0);
    const [request] = requestsTo('GET', /\/template\.xlsx$/);
    expect(request!.headers.get('Authorization')).toBe('Bearer test-token');
  });

  it('offers only the template of a report the caller may not change', async () => {
    const data = createApiData({ user: 'association' });
    data.reports = [makeReport({ status: 'SUBMITTED' })];
    renderApp(`/reports/${reportIds.draft}`, { data });
    expect(await screen.findByRole('button', { name: 'Скачать шаблон XLSX' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Загрузить из XLSX' })).not.toBeInTheDocument();
    expect(screen.queryByLabelText('Файл XLSX с заполненным шаблоном')).not.toBeInTheDocument();
  });
});

describe('exports', () => {
  it('exports the year of the completeness matrix as XLSX and CSV, for a department too', async () => {
    const { user, requestsTo } = renderApp('/reports/completeness?year=2017');
    const group = await screen.findByRole('group', { name: 'Выгрузка за 2017 год' });
    await user.click(within(group).getByRole('button', { name: 'Выгрузить XLSX' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]!.name).toBe('Отчёты участников 2017.xlsx');
    await user.click(within(group).getByRole('button', { name: 'Выгрузить CSV' }));
    await waitFor(() => expect(saved).toHaveLength(2));
    expect(saved[1]!.name).toBe('Отчёты участников 2017.csv');
    const [xlsx, csv] = requestsTo('GET', /\/export$/);
    expect(Object.fromEntries(xlsx!.url.searchParams)).toEqual({ year: '2017', format: 'xlsx' });
    expect(Object.fromEntries(csv!.url.searchParams)).toEqual({ year: '2017', format: 'csv' });
    expect(csv!.headers.get('Authorization')).toBe('Bearer test-token');
  });

  it('exports the summary’s quarter with the submitted reports when the summary counts them', async () => {
    const { user, requestsTo } = renderApp('/reports/summary?period=2017-Q2&submitted=true', { viewport: 'desktop' });
    const group = await screen.findByRole('group', { name: 'Выгрузка за II квартал 2017' });
    await user.click(within(group).getByRole('button', { name: 'Выгрузить XLSX' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(Object.fromEntries(requestsTo('GET', /\/export$/)[0]!.url.searchParams)).toEqual({
      period: '2017-Q2',
      format: 'xlsx',
      includeSubmitted: 'true',
    });
  });

  it('exports the quarter the list of reports is filtered by', async () => {
    const data = createApiData({ user: 'association' });
    data.reports = [makeReport({ status: 'SUBMITTED' })];
    const { user, requestsTo } = renderApp('/reports?period=2017-Q2', { data });
    const group = await screen.findByRole('group', { name: 'Выгрузка за II квартал 2017' });
    await user.click(within(group).getByRole('button', { name: 'Выгрузить CSV' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]!.name).toBe('Отчёты участников 2017-Q2.csv');
    expect(requestsTo('GET', /\/export$/)[0]!.url.searchParams.get('period')).toBe('2017-Q2');
  });

  it('says so when an export fails', async () => {
    server.use(http.get(`${API_ORIGIN}/api/v1/quarterly-reports/export`, () => problem(400, 'Год — от 1990 до 2200.')));
    const { user } = renderApp('/reports/completeness?year=2017');
    const group = await screen.findByRole('group', { name: 'Выгрузка за 2017 год' });
    await user.click(within(group).getByRole('button', { name: 'Выгрузить XLSX' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Не удалось выгрузить файл');
    expect(alert).toHaveTextContent('Год — от 1990 до 2200.');
    expect(saved).toHaveLength(0);
  });
});
