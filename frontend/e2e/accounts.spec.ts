import { expect, test, type Browser, type Page } from '@playwright/test';
import { check, DESKTOP, login, PASSWORD, PHONE, tokenOf } from './support';

/**
 * Partner organisations bring their own people, against the real Keycloak and its own mails (the mail catcher that
 * make test starts): the member enterprise's administrator adds a colleague and invites her; she opens Keycloak's
 * mail, sets a password and signs in for the first time, and her account is active. A partner with its own identity
 * provider (the second realm "partner") is linked by the association; its employee types his address on Karta's
 * login page, signs in at his company and comes back as a member of his organisation.
 */

const MEMBER_ORG = '20000000-0000-4000-8000-000000000010';
const PARTNER_ORG = '20000000-0000-4000-8000-000000000020';
const MAIL = process.env.E2E_MAIL_URL ?? 'http://127.0.0.1:1080';
const KEYCLOAK = process.env.E2E_KEYCLOAK_URL ?? 'http://127.0.0.1:8180';

async function signedIn(browser: Browser, username: string, path: string, viewport = DESKTOP) {
  const context = await browser.newContext({ viewport, locale: 'ru-RU', timezoneId: 'Europe/Moscow' });
  const page = await context.newPage();
  await login(page, username, path);
  return { context, page };
}

/** The link of the newest mail Keycloak sent to this address. */
async function invitationLink(page: Page, email: string): Promise<string> {
  let link: string | undefined;
  await expect
    .poll(
      async () => {
        const messages = (await (await page.request.get(`${MAIL}/messages`)).json()) as {
          to: string[];
          text: string;
        }[];
        const mail = messages.filter((m) => m.to.includes(email)).pop();
        link = mail?.text.match(/https?:\/\/\S+\/login-actions\/action-token\S+/)?.[0];
        return link;
      },
      { message: `Keycloak's mail to ${email}`, timeout: 30_000 },
    )
    .toBeTruthy();
  return link!;
}

test.describe('partner organisations bring their own people', () => {
  // three people sign in, one of them through a second Keycloak realm: more round trips than other journeys
  test.setTimeout(240_000);

  test('the enterprise administrator invites a colleague, who follows the mail to a working first sign-in', async ({ browser }) => {
    const tag = Math.random().toString(36).slice(2, 8);
    const email = `olga-${tag}@kompozit-demo.example`;
    // the association has enabled sign-in for the member enterprise (a Keycloak Organization)
    const association = await signedIn(browser, 'association', '/');
    const response = await association.page.request.post(`/api/v1/organisations/${MEMBER_ORG}/sign-in`, {
      headers: { Authorization: `Bearer ${await tokenOf(association.page)}` },
      data: { enabled: true },
    });
    expect(response.status()).toBe(200);
    await association.context.close();

    // the administrator adds a colleague on its organisation's page and invites her
    const admin = await signedIn(browser, 'member', '/');
    const page = admin.page;
    await page.getByRole('button', { name: /Игорь Волков|member/ }).click();
    await page.getByRole('menuitem', { name: 'Моя организация' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /Композит-Демо/ })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Сотрудники' })).toBeVisible();
    await check(page, 'my organisation');
    await page.getByRole('link', { name: 'Добавить человека' }).click();
    await page.getByLabel('Имя').fill(`Соколова Ольга ${tag}`);
    await page.getByLabel('Должность').fill('Инженер-технолог');
    await page.getByLabel('Электронная почта').fill(email);
    await check(page, 'a new person');
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Соколова Ольга ${tag}` })).toBeVisible();
    await expect(page.getByText('нет учётной записи')).toBeVisible();
    await page.getByRole('button', { name: 'Пригласить' }).click();
    await expect(page.getByText('приглашён', { exact: true })).toBeVisible();
    await check(page, 'the invited person');

    // she opens Keycloak's mail, sets her password and signs in for the first time
    const link = await invitationLink(page, email);
    const colleague = await browser.newContext({
      viewport: PHONE,
      isMobile: true,
      hasTouch: true,
      locale: 'ru-RU',
      timezoneId: 'Europe/Moscow',
    });
    const phone = await colleague.newPage();
    await phone.goto(link);
    // Keycloak first names what the link will do («Выполните следующие действия»), then asks for the password
    await expect(phone.locator('#kc-page-title')).toContainText(/Выполните следующие действия|Perform the following/);
    await phone.locator('#kc-info-message a').click();
    await phone.locator('#password-new').fill('Kompozit-2026');
    await phone.locator('#password-confirm').fill('Kompozit-2026');
    await phone.locator('input[type=submit], button[type=submit]').first().click();
    // done: Keycloak says so and leads back to the app (or goes there itself)
    const back = phone.locator('#kc-info-message a, a[href*="127.0.0.1"]').first();
    if (await back.isVisible({ timeout: 10_000 }).catch(() => false)) await back.click();
    else if (!phone.url().includes(new URL(page.url()).host)) await phone.goto(new URL('/', page.url()).href);
    // the app sends her to Keycloak's sign-in (address first, then the password) unless the link signed her in
    const username = phone.locator('#username');
    const userMenu = phone.getByRole('button', { name: /меню пользователя/i });
    await expect(username.or(userMenu)).toBeVisible({ timeout: 60_000 });
    if (await username.isVisible()) {
      await username.fill(email);
      await phone.click('#kc-login');
      await phone.locator('#password').fill('Kompozit-2026');
      await phone.click('#kc-login');
    }
    await expect(userMenu).toHaveAccessibleName(new RegExp(`Соколова`), { timeout: 60_000 });
    await check(phone, 'the first sign-in, on a phone');
    await colleague.close();

    // the administrator sees the account active
    await page.reload();
    await expect(page.getByText('активна', { exact: true })).toBeVisible();
    await admin.context.close();
  });

  test('a partner employee signs in with his company account, through the partner identity provider', async ({ browser }) => {
    // the association links the partner's identity provider on its page
    const association = await signedIn(browser, 'association', `/organisations/${PARTNER_ORG}`);
    const page = association.page;
    await expect(page.getByRole('heading', { level: 1, name: /АгроПартнёр-Демо/ })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Вход в Карту' })).toBeVisible();
    await check(page, 'the partner organisation');
    await page.getByRole('button', { name: 'Настроить вход' }).click();
    const enabled = page.getByLabel('Сотрудники организации могут входить в Карту');
    if (!(await enabled.isChecked())) await enabled.check();
    await page.getByLabel('Домен электронной почты').fill('agro-partner.example');
    const link = page.getByLabel(/(Подключить|Заменить) корпоративный сервер входа/);
    if (!(await link.isChecked())) await link.check();
    await page.getByLabel('Адрес сервера (issuer)').fill(`${KEYCLOAK}/realms/partner`);
    await page.getByLabel('Идентификатор клиента (client id)').fill('karta-broker');
    await page.getByLabel('Секрет клиента (client secret)').fill('karta-broker-dev-secret');
    await page.getByLabel('Название на странице входа').fill('АгроПартнёр: корпоративный вход');
    await check(page, 'the sign-in settings');
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await expect(page.getByText('разрешён', { exact: true })).toBeVisible();
    await expect(page.getByText(`${KEYCLOAK}/realms/partner`)).toBeVisible();
    await association.context.close();

    // the employee types his company address on Karta's login page and is sent to his company's sign-in
    const context = await browser.newContext({ viewport: DESKTOP, locale: 'ru-RU', timezoneId: 'Europe/Moscow' });
    const employee = await context.newPage();
    await employee.goto('/');
    await employee.waitForSelector('#username', { timeout: 60_000 });
    await employee.fill('#username', 'petrov@agro-partner.example');
    await employee.click('#kc-login');
    await expect(employee).toHaveURL(/\/realms\/partner\//);
    await expect(employee.getByText(/АгроПартнёр/).first()).toBeVisible();
    await employee.fill('#username', 'petrov');
    await employee.fill('#password', PASSWORD);
    await employee.click('#kc-login');
    // back in Karta as a member of the partner organisation
    await expect(employee.getByRole('banner')).toContainText(/Карта/, { timeout: 60_000 });
    await employee.getByRole('button', { name: /Пётр Петров|Петров/ }).click();
    await employee.getByRole('menuitem', { name: 'Моя организация' }).click();
    await expect(employee.getByRole('heading', { level: 1, name: /АгроПартнёр-Демо/ })).toBeVisible();
    await expect(employee.getByText(/Петров/).first()).toBeVisible();
    await check(employee, 'the partner employee, signed in through his company');
    await context.close();
  });
});

for (const [size, viewport, touch] of [
  ['desktop', DESKTOP, {}],
  ['phone', PHONE, { isMobile: true, hasTouch: true }],
] as const) {
  test.describe(`${size}: the association keeps people, scripts and the audit log`, () => {
    test.use({ viewport, ...touch });
    test('finds a person, issues a script account whose secret it sees once, and reads the change in the audit log', async ({ page }) => {
      test.setTimeout(180_000);
      await login(page, 'association', '/people');
      await expect(page.getByRole('heading', { level: 1, name: 'Люди' })).toBeVisible();
      await page.getByLabel('Поиск', { exact: true }).fill('Волков');
      await expect(page.getByText('Волков Игорь').first()).toBeVisible();
      await check(page, `the people directory (${size})`);
      await page.getByText('Волков Игорь').first().click();
      await expect(page.getByRole('heading', { level: 1, name: 'Волков Игорь' })).toBeVisible();
      await expect(page.getByText('member@karta.local')).toBeVisible();
      await check(page, `a person (${size})`);

      const name = `Выгрузка ${size} ${Math.random().toString(36).slice(2, 6)}`;
      await page.goto('/service-accounts');
      await expect(page.getByRole('heading', { level: 1, name: 'Сервисные учётные записи' })).toBeVisible();
      await page.getByLabel('Название').fill(name);
      await page.getByRole('button', { name: 'Создать учётную запись' }).click();
      const secret = page.getByRole('dialog', { name: 'Секрет учётной записи' });
      await expect(secret.getByText('Секрет показывается только один раз')).toBeVisible();
      await check(page, `the secret, shown once (${size})`);
      await secret.getByRole('button', { name: 'Я сохранил секрет, закрыть' }).click();
      await expect(page.getByRole('dialog')).toHaveCount(0);
      await expect(page.getByText(name).first()).toBeVisible();
      await check(page, `the service accounts (${size})`);

      await page.goto('/audit?objectType=SERVICE_ACCOUNT');
      await expect(page.getByRole('heading', { level: 1, name: 'Журнал изменений' })).toBeVisible();
      await expect(page.getByText(name).first()).toBeVisible();
      await check(page, `the audit log (${size})`);
    });
  });
}
