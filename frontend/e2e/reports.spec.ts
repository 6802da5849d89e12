import { readFile } from 'node:fs/promises';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { check, DESKTOP, login, PHONE, tokenOf } from './support';

/**
 * Quarterly reports in real Chromium against the real backend: the demo member (ООО «Композит-Демо») has a draft for
 * IV квартал 2017 that the association reopened; it fills it (a part larger than its whole first), loses the
 * connection while typing, downloads the report as an XLSX template and uploads it back (a preview of no change),
 * submits; the association accepts it, the cluster summary counts one more enterprise, and its export downloads.
 */

const PERIOD = '2017-Q4';

/** The association, in a browser of its own, logged in at `path`. */
async function association(browser: Browser, path: string) {
  const context = await browser.newContext({ viewport: DESKTOP, locale: 'ru-RU', timezoneId: 'Europe/Moscow' });
  const page = await context.newPage();
  await login(page, 'association', path);
  return { context, page };
}

/** Runs again on the same database: a report the last run submitted or accepted is reopened first. */
async function reopenIfDone(page: Page, headers: Record<string, string>) {
  const list = await (await page.request.get(`/api/v1/quarterly-reports?period=${PERIOD}`, { headers })).json();
  const report = (list.items as { id: string; organisationName: string; status: string }[]).find((item) =>
    item.organisationName.includes('Композит-Демо'),
  );
  expect(report, 'the demo member has a report for IV квартал 2017').toBeTruthy();
  if (report!.status === 'SUBMITTED' || report!.status === 'ACCEPTED') {
    expect((await page.request.post(`/api/v1/quarterly-reports/${report!.id}/reopen`, { headers })).status()).toBe(200);
  }
}

for (const [size, viewport, device] of [
  ['desktop', DESKTOP, {}],
  ['phone', PHONE, { isMobile: true, hasTouch: true }],
] as const) {
  test.describe(`${size}: a quarterly report`, () => {
    test.use({ viewport, ...device });

    test('a member fills it, fixes a part larger than its whole, keeps typing offline, submits; the association accepts it', async ({
      page,
      context,
      browser,
    }) => {
      const admin = await association(browser, '/reports');
      const adminHeaders = { Authorization: `Bearer ${await tokenOf(admin.page)}` };
      await reopenIfDone(admin.page, adminHeaders);
      const before = await (
        await admin.page.request.get(`/api/v1/quarterly-reports/summary?period=${PERIOD}`, { headers: adminHeaders })
      ).json();

      // The member opens its draft from the list.
      await login(page, 'member', '/reports');
      await expect(page.getByRole('heading', { level: 1, name: 'Отчёты моей организации' })).toBeVisible();
      await check(page, 'the member’s reports');
      await page.getByRole('link', { name: 'IV квартал 2017' }).first().click();
      await expect(page.getByRole('heading', { level: 1, name: 'Отчёт за IV квартал 2017' })).toBeVisible();

      const field = (code: string) => page.getByRole('textbox', { name: new RegExp(`^${code} ·`) });
      for (const [code, value] of [
        ['R01', '3 950,5'],
        ['R02', '3 700'],
        ['P01', '36'],
        ['P02', '35'],
        ['P03', '3 650,2'],
      ] as const) {
        await field(code).fill(value);
      }
      // A part larger than its whole: the error is under the part as one types, and submitting waits.
      await field('R03').fill('3 800');
      await expect(field('R03')).toHaveAttribute('aria-invalid', 'true');
      await expect(page.getByText(/Больше, чем Объём отгруженной продукции собственного производства \(R02\)/).first()).toBeVisible();
      await expect(page.getByRole('button', { name: 'Отправить в ассоциацию' })).toBeDisabled();
      await check(page, 'the report with an error');
      await field('R03').fill('1 250');
      await expect(field('R03')).not.toHaveAttribute('aria-invalid', 'true');
      await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');

      // The connection drops while typing: nothing typed is lost, and it goes when the connection is back.
      // A value the last run did not leave there, so that it is a change.
      const purchased = `${400 + (Date.now() % 100)},7`;
      await context.setOffline(true);
      await field('R05').fill(purchased);
      await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'offline');
      await expect(page.getByTestId('save-status')).toContainText('Изменения сохранены на этом устройстве');
      await check(page, 'the report while offline');
      await context.setOffline(false);
      await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved', { timeout: 30_000 });
      await page.reload();
      await expect(field('R05')).toHaveValue(purchased);

      await page.getByRole('textbox', { name: /Комментарий \(N01\)/ }).fill('Проверка e2e: значения введены в браузере');
      await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');

      // The same report as a spreadsheet: the template comes with what was typed, and the server reads it back as
      // this report's template that changes nothing.
      const [template] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Скачать шаблон XLSX' }).click(),
      ]);
      expect(template.suggestedFilename()).toMatch(/^Отчёт 2017-Q4 .*Композит-Демо.*\.xlsx$/);
      await page.locator('input[type="file"]').setInputFiles({
        name: 'шаблон-2017-Q4.xlsx',
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        buffer: await readFile((await template.path())!),
      });
      const preview = page.getByTestId('xlsx-preview');
      await expect(preview).toContainText('Что изменится из файла «шаблон-2017-Q4.xlsx»');
      await expect(preview).toContainText('Файл не меняет ни одного значения.');
      await expect(preview.getByRole('button', { name: 'Сохранить значения' })).toBeDisabled();
      await check(page, 'the preview of an uploaded template');
      await preview.getByRole('button', { name: 'Отмена' }).click();
      await expect(page.getByRole('button', { name: 'Отправить в ассоциацию' })).toBeEnabled();
      await page.getByRole('button', { name: 'Отправить в ассоциацию' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'Отчёт отправлен в ассоциацию' })).toBeVisible();
      await expect(page.getByTestId('report-status')).toHaveAttribute('data-status', 'SUBMITTED');
      await check(page, 'the submitted report');

      // The association finds it in the list of the quarter, accepts it, and the summary counts it.
      await admin.page.goto(`/reports?period=${PERIOD}&status=SUBMITTED`);
      await admin.page
        .getByRole('row', { name: /Композит-Демо/ })
        .getByRole('link')
        .click();
      await expect(admin.page.getByRole('heading', { level: 1, name: 'Отчёт за IV квартал 2017' })).toBeVisible();
      await check(admin.page, 'the report under review');
      await admin.page.getByRole('button', { name: 'Принять' }).click();
      await expect(admin.page.getByRole('status').filter({ hasText: 'Отчёт принят' })).toBeVisible();

      await admin.page.goto(`/reports/summary?period=${PERIOD}`);
      await expect(admin.page.getByTestId('reporting-organisations')).toContainText(
        `учтены отчёты ${before.reportingOrganisations + 1} из ${before.expectedOrganisations}`,
      );
      await check(admin.page, 'the cluster summary');
      const [exported] = await Promise.all([
        admin.page.waitForEvent('download'),
        admin.page.getByRole('button', { name: 'Выгрузить XLSX' }).click(),
      ]);
      expect(exported.suggestedFilename()).toBe(`Отчёты участников ${PERIOD}.xlsx`);
      await admin.page.goto('/reports/completeness?year=2017');
      await expect(admin.page.getByRole('table', { name: 'Сдача отчётов предприятиями в 2017 году' })).toBeVisible();
      await check(admin.page, 'the completeness matrix');
      await admin.context.close();
    });
  });
}
