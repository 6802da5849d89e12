import { expect, test } from '@playwright/test';
import { check, DESKTOP, login, open2017Roadmap, PHONE } from './support';

const STATUS_LABELS: Record<string, string> = {
  NOT_STARTED: 'Не начато',
  IN_PROGRESS: 'В работе',
  DONE: 'Выполнено',
  CANCELLED: 'Отменено',
};

test.describe('desktop', () => {
  test.use({ viewport: DESKTOP });

  test('a department reports progress on item 6 with a status change', async ({ page }) => {
    await login(page, 'department');
    await check(page, 'the start page');
    await open2017Roadmap(page, check);

    const table = page.getByRole('table', { name: 'Пункты дорожной карты' });
    const row6 = table.getByRole('row').filter({ has: page.getByRole('cell', { name: '6', exact: true }) });
    await expect(row6).toContainText('Департамент инвестиционного развития');
    await row6.getByRole('link').click();
    await expect(page.getByRole('heading', { level: 1, name: /^6\. / })).toBeVisible();
    await check(page, 'item 6');

    // The test may run again on the same database: move on from whatever status the item has now.
    const badge = page.getByTestId('item-status');
    const current = (await badge.getAttribute('data-status')) ?? 'NOT_STARTED';
    const target = current === 'IN_PROGRESS' ? 'DONE' : 'IN_PROGRESS';
    const text = `Проверка e2e ${new Date().toISOString()}: проект документа направлен на согласование.`;

    const form = page.getByRole('region', { name: 'Сообщить о ходе выполнения' });
    await form.getByLabel('Что сделано').fill(text);
    await form.getByLabel('Новый статус').selectOption(target);
    await form.getByLabel('Ссылка на подтверждение').fill('https://example.org/e2e-evidence');
    await form.getByRole('button', { name: 'Отправить' }).click();

    await expect(form.getByRole('status')).toHaveText('Сообщение добавлено');
    await check(page, 'item 6 after a progress update');
    const entry = page.getByRole('listitem').filter({ hasText: text });
    await expect(entry).toBeVisible();
    await expect(entry).toContainText(`${STATUS_LABELS[current]} → ${STATUS_LABELS[target]}`);
    await expect(entry.getByRole('link', { name: 'Подтверждение' })).toHaveAttribute('href', 'https://example.org/e2e-evidence');
    await expect(badge).toHaveAttribute('data-status', target);
  });

  test('switching to English changes the interface language', async ({ page }) => {
    await login(page, 'member');
    await open2017Roadmap(page, check);
    await expect(page.getByRole('navigation', { name: 'Основная навигация' }).getByRole('link', { name: 'Дорожные карты' })).toBeVisible();

    await page.getByRole('radiogroup', { name: 'Язык интерфейса' }).locator('label', { hasText: 'EN' }).click();

    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Roadmaps' })).toBeVisible();
    await expect(page.getByRole('columnheader', { name: 'Activity' })).toBeVisible();
    await expect(page.getByText(/^\d+ items?$/)).toBeVisible();
    await check(page, 'the items in English');

    // The choice survives a reload.
    await page.reload();
    await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
  });
});

for (const [size, viewport, device] of [
  ['desktop', DESKTOP, {}],
  ['phone', PHONE, { isMobile: true, hasTouch: true }],
] as const) {
  test.describe(`${size}: my items and the copy confirmation`, () => {
    test.use({ viewport, ...device });

    test('a department sees its items and reaches its organisation from the user menu', async ({ page }) => {
      await login(page, 'department');
      await page.goto('/my-items');
      await expect(page.getByRole('heading', { level: 1, name: 'Мои пункты' })).toBeVisible();
      await expect(page.getByText(/Департамент инвестиционного развития/).first()).toBeVisible();
      await expect(page.getByText(/^\d+ пункт/)).toBeVisible();
      await check(page, 'my items');

      await page.getByRole('button', { name: /меню пользователя/i }).click();
      const menu = page.getByRole('menu');
      await expect(menu).toBeVisible();
      await check(page, 'the open user menu');
      await page.keyboard.press('Escape');
      await expect(menu).toBeHidden();

      await page.getByRole('button', { name: /меню пользователя/i }).click();
      await page.getByRole('menuitem', { name: 'Моя организация' }).click();
      await expect(page.getByRole('heading', { level: 1, name: /Департамент инвестиционного развития/ })).toBeVisible();
      await check(page, 'my organisation');
    });

    test('the association is asked to confirm a copy, with the new period and title', async ({ page }) => {
      await login(page, 'association');
      await page.goto('/roadmaps');
      await expect(page.getByRole('article').first()).toBeVisible();
      await check(page, 'the roadmaps');

      await page.getByRole('button', { name: /Копировать на следующий период: .*на 2017 год/ }).click();
      const dialog = page.getByRole('dialog', { name: 'Копировать дорожную карту?' });
      await expect(dialog).toBeVisible();
      await expect(dialog).toContainText('2018');
      await check(page, 'the copy confirmation');
      // Cancelled here: a confirmed copy would leave a new draft in the shared demo database on every run.
      await dialog.getByRole('button', { name: 'Отмена' }).click();
      await expect(dialog).toBeHidden();
    });
  });
}

test.describe('phone', () => {
  test.use({ viewport: PHONE, isMobile: true, hasTouch: true });

  test('the roadmap shows its 14 items as cards without horizontal scrolling', async ({ page }) => {
    await login(page, 'member');
    await check(page, 'the start page');
    await open2017Roadmap(page, check);

    await expect(page.getByText('14 пунктов')).toBeVisible();
    await expect(page.getByRole('article')).toHaveCount(14);
    await expect(page.getByRole('table')).toHaveCount(0);
    const scrollWidth = await page.evaluate(() => document.scrollingElement?.scrollWidth ?? Number.POSITIVE_INFINITY);
    expect(scrollWidth).toBeLessThanOrEqual(390);

    // The navigation drawer opens from its button and closes with Escape.
    await page.getByRole('button', { name: 'Открыть меню навигации' }).click();
    await expect(page.getByRole('button', { name: 'Закрыть меню навигации' })).toHaveAttribute('aria-expanded', 'true');
    await check(page, 'the open navigation');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('button', { name: 'Открыть меню навигации' })).toHaveAttribute('aria-expanded', 'false');
  });
});
