import { expect, test, type Locator, type Page } from '@playwright/test';
import { check, DESKTOP, login, PHONE } from './support';

/**
 * The association runs a roadmap's year in the browser: it creates a draft, adds items, approves it, copies it to
 * the next period and corrects the copy's texts; a change made meanwhile by someone else is shown, not lost. The
 * years are far ahead and the titles carry the run's time, so the journeys may run again on the same database.
 */

// No digits in the stamp: a copy shifts every four-digit number in the title as a year, and a base-36 time such as
// "mx8296us" carries one (a run's copy came out "mx8297us"). Its digits are written as the letters a–j.
const stamp = Date.now()
  .toString(36)
  .replace(/\d/g, (digit) => String.fromCharCode(97 + Number(digit)));
const YEAR = 2040 + (Math.floor(Date.now() / 1000) % 100);
const TITLE = `Проверка e2e ${stamp}: план мероприятий на ${YEAR} год`;

/** Chooses an organisation in a searchable picker by typing part of its name. */
async function chooseOrganisation(page: Page, field: Locator, name: string, typed: string) {
  await field.click();
  await field.fill(typed);
  await page.getByRole('option', { name }).click();
  await expect(field).toHaveValue(name);
}

/** Types a date as ДД.ММ.ГГГГ into a date field and leaves it. */
async function typeDate(field: Locator, text: string) {
  await field.fill(text);
  await field.press('Tab');
  await expect(field).toHaveValue(text);
}

test.describe('desktop: the association runs a roadmap from the browser', () => {
  test.use({ viewport: DESKTOP });

  test('creates a draft with two items, approves it, copies it and corrects the copy', async ({ page }) => {
    await login(page, 'association', '/roadmaps');
    await expect(page.getByRole('article').first()).toBeVisible();

    // A new draft.
    await page.getByRole('button', { name: 'Новая дорожная карта' }).click();
    const create = page.getByRole('dialog', { name: 'Новая дорожная карта' });
    await create.getByRole('textbox', { name: /Название/ }).fill(TITLE);
    await create.getByRole('textbox', { name: /Описание/ }).fill('Черновик, составленный проверкой e2e');
    await typeDate(create.getByRole('textbox', { name: /Начало периода/ }), `01.01.${YEAR}`);
    await typeDate(create.getByRole('textbox', { name: /Конец периода/ }), `31.12.${YEAR}`);
    await check(page, 'the new roadmap form');
    await create.getByRole('button', { name: 'Создать' }).click();

    await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Это черновик' })).toBeVisible();
    await check(page, 'the new draft');

    // Item 1: due in a quarter, one responsible organisation.
    await page.getByRole('link', { name: 'Добавить пункт' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Новый пункт' })).toBeVisible();
    await expect(page.getByRole('textbox', { name: /Номер/ })).toHaveValue('1');
    await page.getByRole('textbox', { name: /Мероприятие/ }).fill(`Провести стратегическую сессию участников кластера в ${YEAR} году`);
    await page.getByRole('combobox', { name: 'Точность срока' }).selectOption('QUARTER');
    await page.getByRole('combobox', { name: 'Квартал' }).selectOption({ label: 'II квартал' });
    await page.getByRole('combobox', { name: 'Год' }).selectOption(String(YEAR));
    await expect(page.getByText(`Срок: 30 июня ${YEAR}`)).toBeVisible();
    const responsible = page.getByRole('group', { name: 'Ответственные' });
    await chooseOrganisation(page, responsible.getByRole('combobox', { name: /Организация 1/ }), 'АНО «ЦКР Смоленской области»', 'ЦКР');
    await responsible.getByRole('textbox', { name: /Должностное лицо 1/ }).fill('Петров П.П.');
    await check(page, 'the new item form');
    await page.getByRole('button', { name: 'Добавить пункт' }).click();

    await expect(page.getByRole('heading', { level: 1, name: /^1\. Провести стратегическую сессию/ })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Пункт 1 добавлен' })).toBeVisible();
    await expect(page.getByText('Петров П.П.')).toBeVisible();
    await check(page, 'the new item 1');

    // Item 2: recurring each quarter, with two assisting organisations in the document's order.
    await page.getByRole('navigation', { name: 'Навигационная цепочка' }).getByRole('link', { name: TITLE }).click();
    await page.getByRole('link', { name: 'Добавить пункт' }).click();
    await expect(page.getByRole('textbox', { name: /Номер/ })).toHaveValue('2');
    await page.getByRole('textbox', { name: /Мероприятие/ }).fill(`Готовить обзор мер поддержки на ${YEAR} год`);
    await page.getByRole('combobox', { name: 'Точность срока' }).selectOption('RECURRING');
    await page.getByRole('combobox', { name: 'Периодичность' }).selectOption('QUARTERLY');
    await page.getByRole('combobox', { name: 'Год' }).selectOption(String(YEAR));
    const responsible2 = page.getByRole('group', { name: 'Ответственные' });
    await chooseOrganisation(page, responsible2.getByRole('combobox', { name: /Организация 1/ }), 'АНО «ЦКР Смоленской области»', 'ЦКР');
    const assisting = page.getByRole('group', { name: 'Соисполнители' });
    await assisting.getByRole('button', { name: 'Добавить соисполнителя' }).click();
    await chooseOrganisation(page, assisting.getByRole('combobox', { name: /Организация 1/ }), 'ООО «Композит-Демо»', 'Композит-Демо');
    await assisting.getByRole('button', { name: 'Добавить соисполнителя' }).click();
    await chooseOrganisation(page, assisting.getByRole('combobox', { name: /Организация 2/ }), 'ООО «Биокомпозит-Демо»', 'Биокомпозит');
    // The second one is the first in the document.
    await assisting.getByRole('button', { name: 'Переместить выше: ООО «Биокомпозит-Демо»' }).click();
    await expect(assisting.getByRole('combobox', { name: /Организация 1/ })).toHaveValue('ООО «Биокомпозит-Демо»');
    await page.getByRole('button', { name: 'Добавить пункт' }).click();

    await expect(page.getByRole('heading', { level: 1, name: /^2\. Готовить обзор мер поддержки/ })).toBeVisible();
    await expect(page.getByText(/ежеквартально/).first()).toBeVisible();
    const assistingText = await page
      .getByText(/Биокомпозит-Демо/)
      .first()
      .innerText();
    expect(assistingText).toMatch(/Биокомпозит-Демо[\s\S]*Композит-Демо|Биокомпозит-Демо/);
    await check(page, 'the new item 2');

    // Approval, confirmed after saying what it locks.
    await page.getByRole('navigation', { name: 'Навигационная цепочка' }).getByRole('link', { name: TITLE }).click();
    await expect(page.getByText('2 пункта')).toBeVisible();
    await page.getByRole('button', { name: 'Утвердить' }).click();
    const approve = page.getByRole('dialog', { name: 'Утвердить дорожную карту?' });
    await expect(approve).toContainText('утверждение не отменяется');
    await check(page, 'the approval confirmation');
    await approve.getByRole('button', { name: 'Утвердить' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Дорожная карта утверждена' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Утвердить' })).toHaveCount(0);
    await check(page, 'the approved roadmap');

    // A copy for the next year: confirmed with its period, it opens as a draft.
    await page.goto('/roadmaps');
    await page.getByRole('button', { name: `Копировать на следующий период: «${TITLE}»` }).click();
    const copy = page.getByRole('dialog', { name: 'Копировать дорожную карту?' });
    await expect(copy).toContainText(String(YEAR + 1));
    await expect(copy).toContainText('В него перейдут 2 пункта');
    await copy.getByRole('button', { name: 'Создать черновик' }).click();
    const copyTitle = TITLE.replace(`на ${YEAR} год`, `на ${YEAR + 1} год`);
    await expect(page.getByRole('heading', { level: 1, name: copyTitle })).toBeVisible();
    await check(page, 'the copy');

    // The copy's item still says the old year in its text: the association corrects it before approval.
    await page.getByRole('link', { name: /Готовить обзор мер поддержки/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: new RegExp(`на ${YEAR} год$`) })).toBeVisible();
    await page.getByRole('link', { name: 'Изменить' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Изменить пункт 2' })).toBeVisible();
    const activity = page.getByRole('textbox', { name: /Мероприятие/ });
    await activity.fill(`Готовить обзор мер поддержки на ${YEAR + 1} год`);
    await check(page, 'the item editor');
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await expect(page.getByRole('heading', { level: 1, name: new RegExp(`на ${YEAR + 1} год$`) })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Пункт 2 сохранён' })).toBeVisible();
    await page.getByRole('tab', { name: 'История изменений' }).click();
    await expect(page.getByRole('tabpanel')).toContainText(`на ${YEAR} год`);
    await check(page, 'the corrected item and its history');
  });
});

for (const [size, viewport, device] of [
  ['desktop', DESKTOP, {}],
  ['phone', PHONE, { isMobile: true, hasTouch: true }],
] as const) {
  test.describe(`${size}: editing an item someone else changed meanwhile`, () => {
    test.use({ viewport, ...device });

    test('shows both changes and saves mine on top of theirs', async ({ page, context }) => {
      // A draft of its own with one item, made through the API the SPA uses, with the association's token.
      await login(page, 'association', '/roadmaps');
      await expect(page.getByRole('article').first()).toBeVisible();
      const token = await page.evaluate(() => {
        const stored = window.sessionStorage.getItem('karta.session');
        return stored ? (JSON.parse(stored) as { token?: string }).token : undefined;
      });
      expect(token, 'the tab keeps its access token').toBeTruthy();
      const headers = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
      const roadmap = await (
        await page.request.post('/api/v1/roadmaps', {
          headers,
          data: { title: `${TITLE} (${size}, правка)`, periodStart: `${YEAR}-01-01`, periodEnd: `${YEAR}-12-31` },
        })
      ).json();
      const organisations = await (await page.request.get('/api/v1/organisations?q=ЦКР', { headers })).json();
      const item = await (
        await page.request.post(`/api/v1/roadmaps/${roadmap.id}/items`, {
          headers,
          data: {
            number: '1',
            activity: 'Подготовить отчёт о работе кластера',
            deadline: { precision: 'YEAR', period: String(YEAR) },
            responsible: [{ organisationId: organisations.items[0].id }],
          },
        })
      ).json();
      expect(item.id).toBeTruthy();

      // I open the editor; meanwhile a colleague changes the note in another tab.
      await page.goto(`/items/${item.id}/edit`);
      await expect(page.getByRole('heading', { level: 1, name: 'Изменить пункт 1' })).toBeVisible();
      await check(page, 'the item editor');
      const other = await context.newPage();
      await other.goto(`/items/${item.id}/edit`);
      await other.getByRole('textbox', { name: /Примечание/ }).fill('Согласовано с ЦКР');
      await other.getByRole('button', { name: 'Сохранить' }).click();
      await expect(other.getByRole('status').filter({ hasText: 'Пункт 1 сохранён' })).toBeVisible();
      await other.close();

      // My change of the activity meets theirs: both are shown, nothing is lost.
      await page.getByRole('textbox', { name: /Мероприятие/ }).fill('Подготовить и опубликовать отчёт о работе кластера');
      await page.getByRole('button', { name: 'Сохранить' }).click();
      const review = page.getByRole('region', { name: 'Пункт изменили, пока вы его редактировали' });
      await expect(review).toBeVisible();
      await expect(review).toContainText('Согласовано с ЦКР');
      await expect(review).toContainText('Подготовить и опубликовать отчёт о работе кластера');
      await check(page, 'the conflict review');
      await review.getByRole('button', { name: 'Применить мои изменения к новой версии' }).click();

      await expect(page.getByRole('heading', { level: 1, name: /^1\. Подготовить и опубликовать отчёт/ })).toBeVisible();
      await expect(page.getByText('Согласовано с ЦКР')).toBeVisible();
      await check(page, 'the item with both changes');
    });
  });

  test.describe(`${size}: a member sees what is its own`, () => {
    test.use({ viewport, ...device });

    test('has "Мои пункты" and is told why it cannot report on another organisation’s item', async ({ page }) => {
      await login(page, 'member', '/my-items');
      await expect(page.getByRole('heading', { level: 1, name: 'Мои пункты' })).toBeVisible();
      await check(page, 'my items of a member');

      await page.goto('/roadmaps');
      await page
        .getByRole('link', { name: /на 2017 год/ })
        .first()
        .click();
      await expect(page.getByText(/^\d+ пункт/)).toBeVisible();
      await page
        .getByRole('link', { name: /^Разработка и утверждение нормативно-правового документа/ })
        .first()
        .click();
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.getByText('Сообщать о ходе выполнения могут ответственные и соисполнители пункта')).toBeVisible();
      await expect(page.getByRole('button', { name: 'Отправить' })).toHaveCount(0);
      await expect(page.getByRole('link', { name: 'Изменить' })).toHaveCount(0);
      // The official is named in the size of the organisation's name around it, not larger.
      const official = page.getByText('(Стрельцов А.В.)').first();
      const [own, around] = await official.evaluate((element) => [
        getComputedStyle(element).fontSize,
        getComputedStyle(element.parentElement ?? element).fontSize,
      ]);
      expect(own).toBe(around);
      await check(page, 'an item a member may not report on');
    });
  });
}

test.describe('desktop: a reload', () => {
  test.use({ viewport: DESKTOP });

  test('resumes the session in the tab without a second trip through the Keycloak login', async ({ page }) => {
    await login(page, 'department', '/roadmaps');
    await expect(page.getByRole('article').first()).toBeVisible();

    const authorizations: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/protocol/openid-connect/auth')) authorizations.push(request.url());
    });
    const banner = (await page.getByRole('banner').textContent()) ?? '';
    await page.reload();
    await expect(page.getByRole('article').first()).toBeVisible();
    await expect(page.getByRole('banner')).toHaveText(banner);
    expect(authorizations, 'requests to the Keycloak authorization endpoint on reload').toEqual([]);
  });
});
