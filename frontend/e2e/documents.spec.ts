import { expect, test } from '@playwright/test';
import { check, DESKTOP, login, PHONE, tokenOf } from './support';

/**
 * Roadmap documents against the real backend and Keycloak: the association imports a roadmap from its Word table
 * (the 2017 roadmap as Karta exports it), checks the preview and commits it; a department, on a phone, photographs
 * the evidence of its item and finds it in the item's files.
 */

const SEED_ROADMAP = '50000000-0000-4000-8000-000000002017';
/** Item 6 of 2017: the investment department is responsible. */
const DEPARTMENT_ITEM = '60000000-0000-4000-8000-000000000006';

test.describe('roadmap documents', () => {
  test.setTimeout(180_000);

  test('the association imports a roadmap from its Word document, checks the preview and commits it', async ({ browser }) => {
    const context = await browser.newContext({ viewport: DESKTOP, locale: 'ru-RU', timezoneId: 'Europe/Moscow' });
    const page = await context.newPage();
    await login(page, 'association', '/roadmaps');
    await page.getByRole('link', { name: 'Импорт из документа' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Импорт дорожной карты' })).toBeVisible();
    await check(page, 'the import page');

    const exported = await page.request.get(`/api/v1/roadmaps/${SEED_ROADMAP}/export?format=docx`, {
      headers: { Authorization: `Bearer ${await tokenOf(page)}` },
    });
    expect(exported.status()).toBe(200);
    await page.locator('input[type="file"]').setInputFiles({
      name: 'Дорожная карта 2017.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: await exported.body(),
    });
    await page.getByRole('button', { name: 'Прочитать документ' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Проверка перед импортом' })).toBeVisible({ timeout: 30_000 });
    await expect(page.getByText(/мероприятий: 14, организаций найдено: \d+, новых: 0/)).toBeVisible();
    await expect(page.getByTestId('import-item')).toHaveCount(14);
    await expect(page.getByTestId('import-item').first()).toContainText('«июнь 2017» — до 30 июня 2017');
    await check(page, 'the import preview');

    // an organisation read from the document can be changed for another: the picker at both sizes, with axe
    const change = page
      .getByTestId('import-item')
      .first()
      .getByRole('button', { name: /^Изменить «/ })
      .first();
    await change.click();
    await expect(page.getByRole('combobox', { name: /^Вместо «/ })).toBeVisible();
    await check(page, 'the import preview with an organisation picker');
    await change.click();
    await expect(page.getByRole('combobox', { name: /^Вместо «/ })).toHaveCount(0);
    const phone = await browser.newContext({
      viewport: PHONE,
      locale: 'ru-RU',
      timezoneId: 'Europe/Moscow',
      isMobile: true,
      hasTouch: true,
    });
    const onPhone = await phone.newPage();
    await login(onPhone, 'association', new URL(page.url()).pathname);
    await expect(onPhone.getByTestId('import-item')).toHaveCount(14, { timeout: 30_000 });
    await onPhone
      .getByTestId('import-item')
      .first()
      .getByRole('button', { name: /^Изменить «/ })
      .first()
      .click();
    await expect(onPhone.getByRole('combobox', { name: /^Вместо «/ })).toBeInViewport({ ratio: 0.5 });
    await check(onPhone, 'the import preview with an organisation picker on a phone');
    await phone.close();

    const title = `Импорт ${Math.random().toString(36).slice(2, 7)}`;
    await page.getByRole('textbox', { name: 'Название дорожной карты' }).fill(title);
    await page.getByRole('button', { name: 'Импортировать 14 мероприятий' }).click();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible({ timeout: 30_000 });
    await expect(page.getByText(/импортирована черновиком/)).toBeVisible();
    await expect(page.getByText('Черновик').first()).toBeVisible();

    await page.getByRole('button', { name: 'Документы' }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('menuitem', { name: 'Дорожная карта (Excel)' }).click();
    expect((await download).suggestedFilename()).toMatch(/\.xlsx$/);
    await context.close();
  });

  test('a department photographs the evidence of its item on a phone and finds it among the item’s files', async ({ browser }) => {
    const context = await browser.newContext({
      viewport: PHONE,
      locale: 'ru-RU',
      timezoneId: 'Europe/Moscow',
      isMobile: true,
      hasTouch: true,
    });
    const page = await context.newPage();
    await login(page, 'department', `/items/${DEPARTMENT_ITEM}`);
    await page.getByRole('tab', { name: 'Файлы' }).click();
    await expect(page.getByRole('button', { name: 'Сфотографировать' })).toBeVisible();
    await check(page, 'the item’s files on a phone');

    const name = `Акт приёмки ${Math.random().toString(36).slice(2, 7)}.jpg`;
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0xff, 0xd9]);
    await page.locator('input[type="file"][capture]').setInputFiles({ name, mimeType: 'image/jpeg', buffer: jpeg });
    await expect(page.getByText(`Файл «${name}» сохранён.`)).toBeVisible({ timeout: 30_000 });
    const row = page.getByTestId('attachment').filter({ hasText: name });
    await expect(row).toBeVisible();
    await check(page, 'the item’s files with a photo');

    const download = page.waitForEvent('download');
    await row.getByRole('button', { name: 'Скачать' }).click();
    expect((await download).suggestedFilename()).toBe(name);

    const remove = row.getByRole('button', { name: `Удалить «${name}»` });
    await remove.click();
    await remove.click();
    await expect(page.getByTestId('attachment').filter({ hasText: name })).toHaveCount(0);
    await context.close();
  });
});
