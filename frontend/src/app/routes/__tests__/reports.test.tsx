import { act, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import type { QuarterlyReport } from '@/lib/api/types';
import { API_ORIGIN, type ApiData, createApiData, mockApi, problem, server } from '@/testing/mock-api';
import { renderApp } from '@/testing/render';
import { makeReport, reporter, reportIds } from '@/testing/report-fixtures';

const full = { R01: 1000, R02: 900, P01: 50, P02: 48, P03: 2400 };
const editable = { edit: true, submit: true, accept: false, return: false, reopen: false };

function memberData(report: Partial<QuarterlyReport> = {}): ApiData {
  const data = createApiData({ user: 'member' });
  data.me = reporter;
  data.reports = [makeReport({ permissions: editable, ...report })];
  return data;
}

function field(code: string): HTMLInputElement {
  return screen.getByRole('textbox', { name: new RegExp(`^${code} ·`) });
}

afterEach(() => window.localStorage.clear());

describe('a member fills a quarterly report', () => {
  it('shows the form by sections with units, Russian numbers and the computed indicators', async () => {
    renderApp(`/reports/${reportIds.draft}`, { data: memberData({ values: { ...full, R03: 500, R04: 190, R01: 1234.5 } }) });
    expect(await screen.findByRole('heading', { level: 1, name: 'Отчёт за II квартал 2017' })).toBeInTheDocument();
    // The form's definition may come after the report.
    expect(await screen.findByRole('group', { name: 'Продажи' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Персонал' })).toBeInTheDocument();
    expect(field('R01')).toHaveValue('1234,5');
    expect(field('R01')).toHaveAttribute('inputmode', 'decimal');
    expect(field('P01')).toHaveAttribute('inputmode', 'numeric');
    expect(screen.getByTestId('computed-R08')).toHaveTextContent('55,6 %');
    expect(screen.getByTestId('computed-R09')).toHaveTextContent('21,1 % — не ниже порога 20 %');
    expect(screen.getByTestId('computed-P04')).toHaveTextContent('16 667 руб.');
    expect(screen.getByText('Ошибок нет — отчёт можно отправить')).toBeInTheDocument();
  });

  it('shows a part larger than its whole under the part as one types, and blocks submitting until it is fixed', async () => {
    const { user } = renderApp(`/reports/${reportIds.draft}`, { data: memberData({ values: full }) });
    await user.type(await screen.findByRole('textbox', { name: /^R03 ·/ }), '950');

    expect(field('R03')).toHaveAccessibleDescription(/Больше, чем Объём отгруженной продукции собственного производства \(R02\)/);
    expect(field('R03')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('button', { name: 'Отправить в ассоциацию' })).toBeDisabled();
    expect(screen.getByText('Чтобы отправить, исправьте ошибки: 1')).toBeInTheDocument();

    // The list of issues leads to the field.
    await user.click(screen.getByRole('button', { name: /Перейти к полю R03/ }));
    expect(field('R03')).toHaveFocus();

    await user.clear(field('R03'));
    await user.type(field('R03'), '450');
    expect(field('R03')).not.toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('button', { name: 'Отправить в ассоциацию' })).toBeEnabled();
  });

  it('never reads a blank as zero, and says what is not a number', async () => {
    const { user } = renderApp(`/reports/${reportIds.draft}`, { data: memberData({ values: { R01: 1000 } }) });
    await screen.findByRole('group', { name: 'Продажи' });
    expect(field('R02')).toHaveAccessibleDescription(/Обязательно для отправки/);
    await user.type(field('R03'), '12а');
    expect(field('R03')).toHaveAccessibleDescription(/Введите число, например 1 234,5/);
    expect(screen.getByTestId('computed-R08')).toHaveTextContent('не рассчитывается');
  });

  it('saves the draft by itself a moment after typing: all values, the comment and the version it was loaded at', async () => {
    const { user, requestsTo } = renderApp(`/reports/${reportIds.draft}`, { data: memberData({ values: full }) });
    await user.type(await screen.findByRole('textbox', { name: /^R05 ·/ }), '1 234,5');
    await waitFor(() => expect(screen.getByTestId('save-status')).toHaveAttribute('data-state', 'saved'), { timeout: 3000 });
    expect(screen.getByTestId('save-status')).toHaveTextContent(/Сохранено в \d\d:\d\d/);
    const puts = requestsTo('PUT', /\/quarterly-reports\//);
    expect(puts.length).toBeGreaterThanOrEqual(1);
    expect(puts.at(-1)!.body).toEqual({ values: { ...full, R05: 1234.5 }, comment: null, version: puts.length + 2 });
    expect(window.localStorage.getItem(`karta.report-unsent.${reportIds.draft}`)).toBeNull();
  });

  it('keeps what was typed on the device while the server cannot be reached, and sends it when the browser is back online', async () => {
    const data = memberData({ values: full });
    let down = true;
    server.use(http.put(`${API_ORIGIN}/api/v1/quarterly-reports/:id`, () => (down ? HttpResponse.error() : undefined)));
    const { user, requestsTo } = renderApp(`/reports/${reportIds.draft}`, { data });
    await user.type(await screen.findByRole('textbox', { name: /^R05 ·/ }), '77');
    await waitFor(() => expect(screen.getByTestId('save-status')).toHaveAttribute('data-state', 'offline'), { timeout: 3000 });
    expect(screen.getByTestId('save-status')).toHaveTextContent('Нет связи с сервером');
    const kept = JSON.parse(window.localStorage.getItem(`karta.report-unsent.${reportIds.draft}`) ?? '{}');
    expect(kept.texts.R05).toBe('77');

    down = false;
    act(() => {
      window.dispatchEvent(new Event('online'));
    });
    await waitFor(() => expect(screen.getByTestId('save-status')).toHaveAttribute('data-state', 'saved'), { timeout: 3000 });
    expect(data.reports[0]!.values.R05).toBe(77);
    expect(requestsTo('PUT', /\/quarterly-reports\//).length).toBeGreaterThanOrEqual(2);
    expect(window.localStorage.getItem(`karta.report-unsent.${reportIds.draft}`)).toBeNull();
  });

  it('restores a draft left unsent when the page is opened again, and sends it', async () => {
    window.localStorage.setItem(
      `karta.report-unsent.${reportIds.draft}`,
      JSON.stringify({
        texts: { ...Object.fromEntries(Object.entries(full).map(([k, v]) => [k, String(v)])), R05: '55' },
        comment: '',
        version: 3,
        at: '2017-07-03T10:00:00Z',
      }),
    );
    const data = memberData({ values: full });
    renderApp(`/reports/${reportIds.draft}`, { data });
    expect(await screen.findByText('Восстановлены изменения, которые не были отправлены в прошлый раз.')).toBeInTheDocument();
    expect(field('R05')).toHaveValue('55');
    await waitFor(() => expect(data.reports[0]!.values.R05).toBe(55), { timeout: 3000 });
  });

  it('does not overwrite a version saved elsewhere: it asks, and keeps mine on top when told so', async () => {
    const data = memberData({ values: full });
    const { user } = renderApp(`/reports/${reportIds.draft}`, { data });
    await screen.findByRole('group', { name: 'Продажи' });
    // Meanwhile another window saved the report.
    data.reports[0]!.version = 9;
    data.reports[0]!.values = { ...full, R06: 10 };
    await user.type(field('R05'), '5');
    const conflict = await screen.findByText('Отчёт изменили в другом окне или другой пользователь', {}, { timeout: 3000 });
    expect(conflict).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Сохранить мои значения' }));
    await waitFor(() => expect(data.reports[0]!.version).toBe(10), { timeout: 3000 });
    expect(data.reports[0]!.values.R05).toBe(5);
  });

  it('asks for a comment when revenue changed over 50 % against the previous quarter', async () => {
    const data = memberData({ values: { ...full, R01: 1600 } });
    data.reports[0]!.previousValues = { R01: 1000, R02: 900, P02: 48 };
    const { user } = renderApp(`/reports/${reportIds.draft}`, { data });
    await screen.findByRole('group', { name: 'Продажи' });
    expect(field('R01')).toHaveAccessibleDescription(/Изменение больше чем на 50 % к прошлому кварталу \(было 1\s000\)/);
    const comment = screen.getByRole('textbox', { name: /Комментарий \(N01\)/ });
    expect(comment).toHaveAccessibleDescription(/поясните их в комментарии/);
    expect(screen.getByRole('button', { name: 'Отправить в ассоциацию' })).toBeDisabled();
    await user.type(comment, 'Новый контракт');
    expect(screen.getByRole('button', { name: 'Отправить в ассоциацию' })).toBeEnabled();
  });

  it('submits after saving what is typed, and shows the server’s refusal with each field', async () => {
    const data = memberData({ values: full });
    const { user, requestsTo } = renderApp(`/reports/${reportIds.draft}`, { data });
    await user.type(await screen.findByRole('textbox', { name: /^R05 ·/ }), '3');
    await user.click(screen.getByRole('button', { name: 'Отправить в ассоциацию' }));
    expect(await screen.findByText('Отчёт отправлен в ассоциацию')).toBeInTheDocument();
    expect(data.reports[0]!.values.R05).toBe(3);
    const order = requestsTo('PUT', /./).length > 0 && requestsTo('POST', /\/submit$/).length === 1;
    expect(order).toBe(true);

    server.use(
      mockApi.post('/api/v1/quarterly-reports/{id}/submit', () =>
        problem(400, 'В отчёте 1 ошибка', [{ field: 'values.R02', message: 'R02 обязателен для отправки' }]),
      ),
    );
    await user.click(screen.getByRole('button', { name: 'Отправить в ассоциацию' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('В отчёте 1 ошибка');
    expect(alert).toHaveTextContent('R02 обязателен для отправки');
  });

  it('starts a report for the quarter just ended and opens it', async () => {
    const data = memberData();
    data.reports = [];
    const { user, router } = renderApp('/reports', { data });
    expect(await screen.findByRole('heading', { level: 1, name: 'Отчёты моей организации' })).toBeInTheDocument();
    expect(await screen.findByText(/ещё не начинала отчётов/)).toBeInTheDocument();
    // Only the quarters the server says are open for entry.
    const select = screen.getByRole('combobox', { name: /Квартал отчёта/ });
    expect(
      within(select)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['III квартал 2017', 'II квартал 2017']);
    await user.selectOptions(select, '2017-Q2');
    await user.click(screen.getByRole('button', { name: 'Начать отчёт' }));
    await waitFor(() => expect(router.state.location.pathname).toMatch(/^\/reports\/e2000000-/));
    expect(data.reports).toHaveLength(1);
    expect(data.reports[0]!.period).toBe('2017-Q2');
  });
});

describe('the association reviews reports', () => {
  function associationData(): ApiData {
    const data = createApiData({ user: 'association' });
    data.reports = [
      makeReport({
        id: reportIds.submitted,
        status: 'SUBMITTED',
        values: full,
        submittedAt: '2017-07-20T10:00:00Z',
        issues: [
          { code: 'CHANGE_OVER_THRESHOLD', severity: 'WARNING', message: 'Выручка выросла на 60 % (было 1 000)', indicators: ['R01'] },
        ],
        permissions: { edit: false, submit: false, accept: true, return: true, reopen: true },
      }),
    ];
    return data;
  }

  it('lists every organisation’s reports with a status filter in the URL', async () => {
    const { user, search } = renderApp('/reports', { data: associationData(), viewport: 'desktop' });
    const table = await screen.findByRole('table', { name: 'Отчёты участников' });
    const row = within(table).getAllByRole('row')[1]!;
    expect(row).toHaveTextContent('II квартал 2017');
    expect(row).toHaveTextContent('Предприятия Смоленского композитного кластера');
    expect(row).toHaveTextContent('Отправлен');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Статус' }), 'ACCEPTED');
    expect(search().get('status')).toBe('ACCEPTED');
    expect(await screen.findByText('Отчётов пока нет')).toBeInTheDocument();
  });

  it('reads a submitted report without fields to type in, and accepts it', async () => {
    const data = associationData();
    const { user } = renderApp(`/reports/${reportIds.submitted}`, { data });
    expect(await screen.findByText('Отчёт только для чтения')).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: /^R01 ·/ })).not.toBeInTheDocument();
    expect(screen.getByText('1 000 тыс. руб.')).toBeInTheDocument();
    // A report read as it is shows the server's words for its issues, with the figures they quote.
    expect(screen.getByRole('button', { name: /Перейти к полю R01: Выручка выросла на 60 % \(было 1 000\)/ })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Принять' }));
    expect(await screen.findByText('Отчёт принят')).toBeInTheDocument();
    expect(data.reports[0]!.status).toBe('ACCEPTED');
  });

  it('returns a report only with a comment saying what to correct', async () => {
    const data = associationData();
    const { user, requestsTo } = renderApp(`/reports/${reportIds.submitted}`, { data });
    await user.click(await screen.findByRole('button', { name: 'Вернуть на исправление' }));
    const dialog = await screen.findByRole('dialog', { name: 'Вернуть отчёт на исправление?' });
    await user.click(within(dialog).getByRole('button', { name: 'Вернуть на исправление' }));
    expect(within(dialog).getByText('Напишите, что исправить')).toBeInTheDocument();
    expect(requestsTo('POST', /\/return$/)).toHaveLength(0);
    await user.type(within(dialog).getByRole('textbox', { name: /Что исправить/ }), 'Проверьте R05');
    await user.click(within(dialog).getByRole('button', { name: 'Вернуть на исправление' }));
    expect(await screen.findByText('Отчёт возвращён на исправление')).toBeInTheDocument();
    expect(requestsTo('POST', /\/return$/)[0]!.body).toEqual({ comment: 'Проверьте R05' });
  });
});

describe('those who may not read report values', () => {
  it('tells a department so instead of an error', async () => {
    renderApp('/reports');
    expect(await screen.findByText('Значения отчётов предприятий видят сами предприятия, ассоциация и ЦКР.')).toBeInTheDocument();
  });
});
