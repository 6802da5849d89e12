import { expect, test } from '@playwright/test';
import { login, open2017Roadmap } from './support';

const STATUS_LABELS: Record<string, string> = {
  NOT_STARTED: 'Не начато',
  IN_PROGRESS: 'В работе',
  DONE: 'Выполнено',
  CANCELLED: 'Отменено',
};

test.describe('desktop', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test('a department reports progress on item 6 with a status change', async ({ page }) => {
    await login(page, 'department');
    await open2017Roadmap(page);

    const table = page.getByRole('table', { name: 'Пункты дорожной карты' });
    const row6 = table.getByRole('row').filter({ has: page.getByRole('cell', { name: '6', exact: true }) });
    await expect(row6).toContainText('Департамент инвестиционного развития');
    await row6.getByRole('link').click();
    await expect(page.getByRole('heading', { level: 1, name: /^6\. / })).toBeVisible();

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
    const entry = page.getByRole('listitem').filter({ hasText: text });
    await expect(entry).toBeVisible();
    await expect(entry).toContainText(`${STATUS_LABELS[current]} → ${STATUS_LABELS[target]}`);
    await expect(entry.getByRole('link', { name: 'Подтверждение' })).toHaveAttribute('href', 'https://example.org/e2e-evidence');
    await expect(badge).toHaveAttribute('data-status', target);
  });

  test('switching to English changes the interface language', async ({ page }) => {
    await login(page, 'member');
    await open2017Roadmap(page);
    await expect(page.getByRole('navigation', { name: 'Основная навигация' }).getByRole('link', { name: 'Дорожные карты' })).toBeVisible();

    await page.getByRole('radiogroup', { name: 'Язык интерфейса' }).locator('label', { hasText: 'EN' }).click();

    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Roadmaps' })).toBeVisible();
    await expect(page.getByRole('columnheader', { name: 'Activity' })).toBeVisible();
    await expect(page.getByText(/^\d+ items?$/)).toBeVisible();

    // The choice survives a reload.
    await page.reload();
    await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
  });
});

test.describe('phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('the roadmap shows its 14 items as cards without horizontal scrolling', async ({ page }) => {
    await login(page, 'member');
    await open2017Roadmap(page);

    await expect(page.getByText('14 пунктов')).toBeVisible();
    await expect(page.getByRole('article')).toHaveCount(14);
    await expect(page.getByRole('table')).toHaveCount(0);
    const scrollWidth = await page.evaluate(() => document.scrollingElement?.scrollWidth ?? Number.POSITIVE_INFINITY);
    expect(scrollWidth).toBeLessThanOrEqual(390);
  });
});
