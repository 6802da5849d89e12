import { chromium, expect, test, type Browser, type Page } from '@playwright/test';
import { cameraFileOf } from './camera';
import { check, DESKTOP, login, PHONE, tokenOf } from './support';

/**
 * A quarterly meeting as the hall lives it, against the real backend and Keycloak: the secretary plans it and shows
 * the rotating QR code on the hall's screen; a participant holds a phone up to it (Chromium's fake camera fed with the
 * QR code as rendered on that screen), signs in, and is checked in; the screen's count goes up without a reload.
 * Then the meeting runs: minutes, a decision that becomes a roadmap item, closing, and the participant's own view.
 */

const MEMBER_PERSON = '30000000-0000-4000-8000-000000000014';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

async function signedIn(browser: Browser, username: string, path: string, viewport = DESKTOP) {
  const phone = viewport.width < 500;
  const context = await browser.newContext({
    viewport,
    locale: 'ru-RU',
    timezoneId: 'Europe/Moscow',
    ...(phone ? { isMobile: true, hasTouch: true } : {}),
  });
  const page = await context.newPage();
  await login(page, username, path);
  return { context, page };
}

/** A meeting an hour from now with the member's person invited and one agenda item, made as the SPA makes it. */
async function plannedMeeting(page: Page, title: string): Promise<string> {
  const headers = { Authorization: `Bearer ${await tokenOf(page)}` };
  const startsAt = new Date(Date.now() + 3_600_000).toISOString().replace(/\.\d+Z$/, 'Z');
  const created = await page.request.post('/api/v1/meetings', {
    headers,
    data: { title, kind: 'QUARTERLY', startsAt, place: 'г. Смоленск, зал заседаний' },
  });
  expect(created.status()).toBe(201);
  const id = ((await created.json()) as { id: string }).id;
  const invited = await page.request.post(`/api/v1/meetings/${id}/participants`, { headers, data: { personId: MEMBER_PERSON } });
  expect(invited.status()).toBe(200);
  const agenda = await page.request.post(`/api/v1/meetings/${id}/agenda-items`, {
    headers,
    data: { title: 'О ходе выполнения дорожной карты', plannedMinutes: 20 },
  });
  expect(agenda.status()).toBe(201);
  return id;
}

test.describe('meetings and check-in from a phone', () => {
  test.setTimeout(240_000);

  test('the secretary shows the QR code, a participant scans it with a phone and the count goes up by itself', async ({ browser }) => {
    const title = `Ежеквартальное совещание ${Math.random().toString(36).slice(2, 7)}`;
    const organiser = await signedIn(browser, 'association', '/meetings');
    const screen = organiser.page;
    await expect(screen.getByRole('heading', { level: 1, name: 'Совещания' })).toBeVisible();
    await check(screen, 'the meetings');
    const id = await plannedMeeting(screen, title);

    await screen.goto(`/meetings/${id}`);
    await expect(screen.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(screen.getByText('Черновик').first()).toBeVisible();
    await check(screen, 'a draft meeting');
    await screen.getByRole('button', { name: 'Открыть', exact: true }).click();
    await expect(screen.getByText('Открыто').first()).toBeVisible();

    await screen.getByRole('link', { name: 'Показать QR-код для отметки' }).click();
    const qr = screen.getByRole('img', { name: 'QR-код для отметки на совещании' });
    await expect(qr).toBeVisible();
    await expect(screen.getByTestId('present-count')).toContainText('0');
    await check(screen, 'the QR screen');

    // The participant's phone: its camera sees the QR code as the hall's screen shows it.
    const camera = await cameraFileOf(qr);
    const phoneBrowser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--use-fake-ui-for-media-stream',
        '--use-fake-device-for-media-stream',
        `--use-file-for-fake-video-capture=${camera}`,
      ],
    });
    try {
      const context = await phoneBrowser.newContext({
        viewport: PHONE,
        isMobile: true,
        hasTouch: true,
        locale: 'ru-RU',
        timezoneId: 'Europe/Moscow',
        baseURL: test.info().project.use.baseURL,
        permissions: ['camera'],
      });
      const phone = await context.newPage();
      // The SPA's scanner: no code in the address, the camera reads it; Keycloak asks who this is first.
      await login(phone, 'member', `/check-in/${id}`);
      await expect(phone.getByText('Вы отмечены', { exact: true })).toBeVisible({ timeout: 60_000 });
      await expect(phone.getByText(title)).toBeVisible();
      await check(phone, 'checked in on a phone');

      // The hall's screen counts the arrival without a reload.
      await expect(screen.getByTestId('present-count')).toContainText('1', { timeout: 30_000 });
      await expect(screen.getByText('Волков Игорь')).toBeVisible();

      // Scanning again says so, with the first time.
      await phone.goto(`/check-in/${id}`);
      await expect(phone.getByText(/Вы уже отметились в \d{1,2}:\d{2}/)).toBeVisible({ timeout: 60_000 });
      await context.close();
    } finally {
      await phoneBrowser.close();
    }
    await organiser.context.close();
  });

  test('a member finds its meetings, the council and its calendar on a phone', async ({ browser }) => {
    const member = await signedIn(browser, 'member', '/meetings', PHONE);
    const page = member.page;
    await expect(page.getByRole('heading', { level: 1, name: 'Совещания' })).toBeVisible();
    await check(page, 'the meetings on a phone');
    await page.goto('/meetings/72000000-0000-4000-8000-000000000001');
    await expect(page.getByRole('heading', { level: 1, name: 'Ежеквартальное совещание по развитию кластера' })).toBeVisible();
    await expect(page.getByText('Завершено').first()).toBeVisible();
    await check(page, 'a closed meeting on a phone');
    await page.goto('/bodies');
    await expect(page.getByRole('link', { name: 'Научно-технический совет кластера' })).toBeVisible();
    await check(page, 'the bodies on a phone');
    await page.getByRole('link', { name: 'Научно-технический совет кластера' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Научно-технический совет кластера' })).toBeVisible();
    await expect(page.getByText('Соколова Анна').first()).toBeVisible();
    await check(page, 'the council on a phone');
    await member.context.close();
  });
});
